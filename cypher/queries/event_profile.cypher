// One event with everyone and everything linked to it, each fact with its evidence
// $id: the event's key, e.g. "evt:0123456789abcdef"
MATCH (e:Event {key: $id})
RETURN e.key AS id, e.name AS name, e.kind AS kind, e.date AS date, e.date_text AS date_text,
  [(p:Person)-[r:CHAIRED|ATTENDED|SPOKE_AT]->(e) |
     {relation: type(r), role: r.role, id: p.key, name: p.name, source: r.source,
      evidence: r.evidence}] AS people,
  [(o:Organisation)-[r:ORGANISED]->(e) |
     {id: o.key, name: o.name, source: r.source, evidence: r.evidence}] AS organisers,
  [(e)-[r:HELD_IN]->(z:Zone) | {id: z.key, name: z.name, source: r.source}] AS zones,
  [(e)-[r:CONCERNS]->(j:Project) | {id: j.key, name: j.name, source: r.source}] AS projects,
  [(a:Article)-[:MENTIONS]->(e) | {id: a.key, title: a.title, date: a.date}] AS articles
