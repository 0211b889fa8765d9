// Who chaired an event, found by (part of) its name
// $event: part of the event's name (quotes “” 《》 in the name are ignored), e.g. "述职评议暨工作总结大会"
MATCH (e:Event)
WHERE replace(replace(replace(replace(e.name, '“', ''), '”', ''), '《', ''), '》', '') CONTAINS $event
OPTIONAL MATCH (p:Person)-[r:CHAIRED]->(e)
RETURN e.key AS id, e.name AS event, e.date AS date, p.key AS person_id, p.name AS chair,
       r.evidence AS evidence, r.source AS source
ORDER BY date DESC, event, chair
