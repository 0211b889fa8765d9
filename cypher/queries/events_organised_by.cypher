// Events an organisation organised, newest first, found by its name
// $org: the organisation's full name, its short name, or the end of its full name
MATCH (o:Organisation)-[r:ORGANISED]->(e:Event)
WHERE o.name = $org OR o.short = $org OR o.name ENDS WITH $org
RETURN o.key AS organisation_id, o.name AS organisation, e.key AS id, e.name AS event,
       e.kind AS kind, e.date AS date, r.evidence AS evidence, r.source AS source
ORDER BY date DESC, event
