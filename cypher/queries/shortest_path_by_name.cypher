// How two named people (or organisations) are connected: the shortest path through facts
// $from, $to: names in Simplified Chinese, e.g. "周童" and "王飞" (a person's name, or an
//             organisation's full or short name)
// The types listed are every relationship type of loaders/schema.py but the provenance
// (MENTIONS, AUTHORED): the portable forms that would need no list fail, ArcadeDB filters
// the one path shortestPath found by a WHERE on it, Neo4j 5 allows no type expression
// (-[:!MENTIONS*]-) on a variable-length relationship. tests/test_event_roles.py fails
// when a type (a new event role) is missing here.
CALL {
  MATCH (a:Person {name: $from}) RETURN a
  UNION MATCH (a:Organisation) WHERE a.name = $from OR a.short = $from RETURN a
}
CALL {
  MATCH (b:Person {name: $to}) RETURN b
  UNION MATCH (b:Organisation) WHERE b.name = $to OR b.short = $to RETURN b
}
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[:HOLDS_POSITION|CHAIRED|ATTENDED|SPOKE_AT|ORGANISED|OVERSEES|OWNS|CONCERNS|PART_OF|LOCATED_IN|HELD_IN*..8]-(b))
RETURN length(path) AS length,
       [n IN nodes(path) | {id: n.key, label: labels(n)[0], name: n.name}] AS nodes,
       [r IN relationships(path) |
          {type: type(r), start: startNode(r).key, end: endNode(r).key, title: r.title,
           role: r.role, evidence: r.evidence, source: r.source}] AS relationships
ORDER BY length
LIMIT 1
