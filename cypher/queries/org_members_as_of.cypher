// Members of an organisation with their titles, as known on a date
// $id: the organisation's key; $as_of: an ISO date ("2025-07-31") or null for all dates.
// Each (person, title) is listed once, with the latest as_of not after $as_of.
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organisation {key: $id})
WHERE $as_of IS NULL OR h.as_of IS NULL OR h.as_of <= $as_of
WITH p, h.title AS title, h ORDER BY h.as_of DESC
WITH p, title, collect(h)[0] AS h
RETURN p.key AS id, p.name AS name, title, h.as_of AS as_of, h.evidence AS evidence,
       h.source AS source
ORDER BY title = '', name, title
