// Org-chart people: who holds which post in some organisations, observed on or before a date
// $orgs: a list of Organisation keys; $as_of: "YYYY-MM-DD", or null for the latest.
// Observations whose as_of has no year ("--07-30") or is missing are always returned: they
// cannot be placed before or after the date (the caller ranks them below dated observations).
UNWIND $orgs AS ok
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation {key: ok})
WHERE $as_of IS NULL OR r.as_of IS NULL OR r.as_of STARTS WITH '--' OR r.as_of <= $as_of
RETURN ok AS org, p.key AS person, p.name AS name, coalesce(r.title, '') AS title,
       r.as_of AS as_of, r.source AS source, r.evidence AS evidence
ORDER BY org, name, as_of
