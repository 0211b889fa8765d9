// Who holds a post: "<organisation><title>", e.g. "三门峡经济开发区管委会主任"
// $phrase: the organisation (full name, short name or part of it) followed by the title.
//          A position matches when the phrase ends with its title and what precedes the
//          title names its organisation (e.g. "开发区党工委书记" matches title "党工委书记" at
//          "三门峡经济开发区党工委", and "管委会副主任" never matches a plain "主任"). A bare
//          title names its organisation only when it contains the short name ("纪检监察工委书记").
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organisation)
WHERE h.title <> '' AND $phrase ENDS WITH h.title
WITH p, h, o, left($phrase, size($phrase) - size(h.title)) AS org
WHERE (org <> '' AND (o.name CONTAINS org OR org ENDS WITH o.name
                      OR (o.short IS NOT NULL AND o.short <> '' AND (o.short CONTAINS org OR org ENDS WITH o.short))))
   OR (org = '' AND o.short IS NOT NULL AND o.short <> '' AND h.title CONTAINS o.short)
RETURN p.key AS person_id, p.name AS person, h.title AS title, o.key AS organisation_id,
       o.name AS organisation, h.as_of AS as_of, h.evidence AS evidence, h.source AS source,
       CASE WHEN o.name = org OR o.short = org THEN 0 ELSE 1 END AS exact
ORDER BY exact, as_of DESC, person
