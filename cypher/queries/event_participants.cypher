// Who took part in an event (chaired, attended with a role, spoke), found by part of its name
// (any event role: every Person -> Event relationship is one, loaders/schema.py EVENT_ROLES)
// $event: part of the event's name (quotes “” 《》 in the name are ignored), e.g. "述职评议暨工作总结大会"
MATCH (e:Event)
WHERE replace(replace(replace(replace(e.name, '“', ''), '”', ''), '《', ''), '》', '') CONTAINS $event
// (WITH: without it ArcadeDB plans both MATCHes as one pattern from (p:Person), every person)
WITH e
MATCH (e)<-[r]-(p:Person)
RETURN e.key AS id, e.name AS event, e.date AS date, p.key AS person_id, p.name AS person,
       type(r) AS relation, r.role AS role, r.evidence AS evidence, r.source AS source
ORDER BY date DESC, event, relation, person
