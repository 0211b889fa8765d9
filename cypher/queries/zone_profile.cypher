// One zone: parent and sub-zones, organisations and projects located in it, events held in it
// $id: the zone's key, e.g. "zon:0123456789abcdef"
MATCH (z:Zone {key: $id})
RETURN z.key AS id, z.name AS name, z.kind AS kind,
  [(z)-[:PART_OF]->(up:Zone) | {id: up.key, name: up.name, kind: up.kind}] AS parents,
  [(sub:Zone)-[:PART_OF]->(z) | {id: sub.key, name: sub.name, kind: sub.kind}] AS subzones,
  [(o:Organisation)-[:LOCATED_IN]->(z) | {id: o.key, name: o.name, kind: o.kind}] AS organisations,
  [(j:Project)-[:LOCATED_IN]->(z) | {id: j.key, name: j.name, investment: j.investment}] AS projects,
  [(e:Event)-[r:HELD_IN]->(z) | {id: e.key, name: e.name, kind: e.kind, date: e.date, source: r.source}] AS events
