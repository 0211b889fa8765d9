// The shortest connection between two entities, through facts (not article mentions)
// $from, $to: two node keys (persons, organisations, zones, events, projects), e.g. the
//             ids of 周童 and 王飞; returns the path's nodes and relationships with evidence
// The types listed are every relationship type of loaders/schema.py but the provenance
// (MENTIONS, AUTHORED): the portable forms that would need no list fail, ArcadeDB filters
// the one path shortestPath found by a WHERE on it, Neo4j 5 allows no type expression
// (-[:!MENTIONS*]-) on a variable-length relationship. tests/test_event_roles.py fails
// when a type (a new event role) is missing here.
CALL {
  MATCH (a:Person {key: $from}) RETURN a
  UNION MATCH (a:Organisation {key: $from}) RETURN a
  UNION MATCH (a:Zone {key: $from}) RETURN a
  UNION MATCH (a:Event {key: $from}) RETURN a
  UNION MATCH (a:Project {key: $from}) RETURN a
}
CALL {
  MATCH (b:Person {key: $to}) RETURN b
  UNION MATCH (b:Organisation {key: $to}) RETURN b
  UNION MATCH (b:Zone {key: $to}) RETURN b
  UNION MATCH (b:Event {key: $to}) RETURN b
  UNION MATCH (b:Project {key: $to}) RETURN b
}
MATCH path = shortestPath((a)-[:HOLDS_POSITION|CHAIRED|ATTENDED|SPOKE_AT|ORGANISED|OVERSEES|OWNS|CONCERNS|PART_OF|LOCATED_IN|HELD_IN*..8]-(b))
RETURN length(path) AS length,
       [n IN nodes(path) | {id: n.key, label: labels(n)[0], name: n.name}] AS nodes,
       [r IN relationships(path) |
          {type: type(r), start: startNode(r).key, end: endNode(r).key, title: r.title,
           role: r.role, evidence: r.evidence, source: r.source}] AS relationships
