// Meetings and other events a person chaired
// $name: the person's name (Simplified), e.g. "宋黎静"
MATCH (p:Person {name: $name})-[r:CHAIRED]->(e:Event)
RETURN e.key AS id, e.name AS event, e.kind AS kind, e.date AS date, p.name AS chair,
       r.evidence AS evidence, r.source AS source
ORDER BY e.date DESC, e.name
