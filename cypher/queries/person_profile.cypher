// A person's profile: names, positions, events chaired/attended/spoken at, co-attendees
// $id: the person's key, e.g. "per:0123456789abcdef"
// $co_limit: how many co-attendees (people at the same events), most shared events first
// Positions and events carry the source span and the evidence sentence of each fact. One
// row, so that a profile page is a single round trip (co_attendance.cypher lists the
// co-attendees as rows). Every Person -> Event relationship is an event role
// (loaders/schema.py EVENT_ROLES): the patterns name no role type, so a new role needs no edit.
MATCH (p:Person {key: $id})
CALL {
  WITH p
  MATCH (p)-->(e:Event)<--(o:Person)
  WHERE o <> p
  WITH o, collect(DISTINCT e.name) AS events
  ORDER BY size(events) DESC, o.name
  LIMIT $co_limit
  RETURN collect({id: o.key, name: o.name, shared: size(events), events: events}) AS co_attendees
}
RETURN p.key AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
  [(p)-[h:HOLDS_POSITION]->(o:Organisation) |
     {title: h.title, organisation: o.name, organisation_id: o.key, as_of: h.as_of,
      source: h.source, evidence: h.evidence}] AS positions,
  [(p)-[r]->(e:Event) |
     {relation: type(r), role: r.role, id: e.key, name: e.name, kind: e.kind, date: e.date,
      date_text: e.date_text, source: r.source, evidence: r.evidence}] AS events,
  [(p)-[a:AUTHORED]->(art:Article) |
     {role: a.role, id: art.key, title: art.title, date: art.date}] AS articles,
  co_attendees
