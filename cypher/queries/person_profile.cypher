// A person's profile: names, positions, and the events they chaired, attended or spoke at
// $id: the person's key, e.g. "per:0123456789abcdef"
// positions and events carry the source span and the evidence sentence of each fact.
MATCH (p:Person {key: $id})
RETURN p.key AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
  [(p)-[h:HOLDS_POSITION]->(o:Organisation) |
     {title: h.title, organisation: o.name, organisation_id: o.key, as_of: h.as_of,
      source: h.source, evidence: h.evidence}] AS positions,
  [(p)-[r:CHAIRED|ATTENDED|SPOKE_AT]->(e:Event) |
     {relation: type(r), role: r.role, id: e.key, name: e.name, kind: e.kind, date: e.date,
      date_text: e.date_text, source: r.source, evidence: r.evidence}] AS events,
  [(p)-[a:AUTHORED]->(art:Article) |
     {role: a.role, id: art.key, title: art.title, date: art.date}] AS articles
