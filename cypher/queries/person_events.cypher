// Events a person chaired, attended or spoke at, newest first
// (any event role: every Person -> Event relationship is one, loaders/schema.py EVENT_ROLES)
// $name: the person's name in Simplified Chinese, e.g. "周童"
MATCH (p:Person {name: $name})-[r]->(e:Event)
RETURN e.key AS id, e.name AS event, e.kind AS kind, e.date AS date, type(r) AS relation,
       r.role AS role, p.name AS person, r.evidence AS evidence, r.source AS source
ORDER BY date DESC, event, relation
