// When an event took place, found by part of its name, with a sentence that mentions it
// $event: part of the event's name (quotes “” 《》 in the name are ignored), e.g. "述职评议暨工作总结大会"
MATCH (e:Event)
WHERE replace(replace(replace(replace(e.name, '“', ''), '”', ''), '《', ''), '》', '') CONTAINS $event
RETURN e.key AS id, e.name AS event, e.kind AS kind, e.date AS date, e.date_text AS date_text,
       [(x)-[r]->(e) WHERE r.evidence IS NOT NULL | r.evidence][0] AS evidence,
       [(x)-[r]->(e) WHERE r.source IS NOT NULL | r.source][0] AS source
ORDER BY date DESC, event
