// Projects an organisation oversees (pushes, serves) or owns
// $org: the organisation's key (its id in the API)
MATCH (o:Organisation {key: $org})-[r:OVERSEES|OWNS]->(p:Project)
RETURN p.key AS id, p.name AS project, type(r) AS relation, p.investment AS investment,
       r.evidence AS evidence, r.source AS source
ORDER BY p.name
