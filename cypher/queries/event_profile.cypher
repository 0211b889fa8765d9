// One event with everyone and everything linked to it, each fact with its evidence
// $id: the event's key, e.g. "evt:0123456789abcdef"
// People: every Person -> Event relationship is an event role (loaders/schema.py EVENT_ROLES),
// so no list of role types here: a new role is listed without an edit. The patterns start
// at the event: ArcadeDB runs a pattern comprehension from its first node, and from
// (p:Person) it would scan every person.
MATCH (e:Event {key: $id})
RETURN e.key AS id, e.name AS name, e.kind AS kind, e.date AS date, e.date_text AS date_text,
  [(e)<-[r]-(p:Person) |
     {relation: type(r), role: r.role, id: p.key, name: p.name, source: r.source,
      evidence: r.evidence}] AS people,
  [(e)<-[r:ORGANISED]-(o:Organisation) |
     {id: o.key, name: o.name, source: r.source, evidence: r.evidence}] AS organisers,
  [(e)-[r:HELD_IN]->(z:Zone) | {id: z.key, name: z.name, source: r.source}] AS zones,
  [(e)-[r:CONCERNS]->(j:Project) | {id: j.key, name: j.name, source: r.source}] AS projects,
  [(e)<-[:MENTIONS]-(a:Article) | {id: a.key, title: a.title, date: a.date}] AS articles
