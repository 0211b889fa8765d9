// Org-chart structure: the direct children of some zones and organisations
// $parents: a list of Zone / Organisation keys. A zone's children are its sub-zones (PART_OF)
// and the organisations LOCATED_IN it; an organisation's children are the organisations PART_OF it.
UNWIND $parents AS pk
MATCH (c:Zone)-[:PART_OF]->(p:Zone {key: pk})
RETURN DISTINCT pk AS parent, c.key AS id, 'Zone' AS label, c.name AS name, c.short AS short,
       c.kind AS kind, 'PART_OF' AS via
UNION ALL
UNWIND $parents AS pk
MATCH (c:Organisation)-[:LOCATED_IN]->(p:Zone {key: pk})
RETURN DISTINCT pk AS parent, c.key AS id, 'Organisation' AS label, c.name AS name, c.short AS short,
       c.kind AS kind, 'LOCATED_IN' AS via
UNION ALL
UNWIND $parents AS pk
MATCH (c:Organisation)-[:PART_OF]->(p:Organisation {key: pk})
RETURN DISTINCT pk AS parent, c.key AS id, 'Organisation' AS label, c.name AS name, c.short AS short,
       c.kind AS kind, 'PART_OF' AS via
