// One organisation: names, parent and child organisations, zones and events it organised
// $id: the organisation's key, e.g. "org:0123456789abcdef"
// (members with their titles: org_members_as_of; projects: projects_overseen_by)
MATCH (o:Organisation {key: $id})
RETURN o.key AS id, o.name AS name, o.short AS short, o.kind AS kind,
  [(o)-[:PART_OF]->(up:Organisation) | {id: up.key, name: up.name}] AS parents,
  [(down:Organisation)-[:PART_OF]->(o) | {id: down.key, name: down.name}] AS children,
  [(o)-[:LOCATED_IN]->(z:Zone) | {id: z.key, name: z.name}] AS zones,
  [(o)-[r:ORGANISED]->(e:Event) |
     {id: e.key, name: e.name, kind: e.kind, date: e.date, source: r.source,
      evidence: r.evidence}] AS events
