// Events of a person (chaired, or taken part in), filtered like events_filter
// $person: the person to start from: $chaired_by when given, else $attended_by (a separate
//          parameter because an index serves `p.name = $person` but not a coalesce());
// $chaired_by: a person's name (Simplified) or id: events they chaired, or null;
// $attended_by: a person's name or id: events they attended, chaired or spoke at, or null
// (at least one of the two is given; with both, an event must match both);
// $organisation, $zone: an id, a full name or a short name; $kind; $from, $to: ISO dates
// (inclusive); $q: a part of the event name; $skip, $limit: the page. Newest first.
// Taking part is any event role: every Person -> Event relationship is one (loaders/schema.py).
MATCH (p:Person)-[r]->(e:Event)
WHERE (p.name = $person OR p.key = $person)
  AND ($chaired_by IS NULL OR type(r) = 'CHAIRED')
WITH DISTINCT e
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($q IS NULL OR e.name CONTAINS $q)
  AND ($chaired_by IS NULL OR $attended_by IS NULL
       OR EXISTS { MATCH (a:Person)-->(e) WHERE a.name = $attended_by OR a.key = $attended_by })
  AND ($organisation IS NULL OR EXISTS { MATCH (o:Organisation)-[:ORGANISED]->(e) WHERE o.key = $organisation OR o.name = $organisation OR o.short = $organisation })
  AND ($zone IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(z:Zone) WHERE z.key = $zone OR z.name = $zone })
WITH e ORDER BY e.date DESC, e.name SKIP $skip LIMIT $limit
RETURN e.key AS id, e.name AS name, e.kind AS kind, e.date AS date, e.date_text AS date_text,
       [(e)<-[:CHAIRED]-(c) | c.name] AS chairs
ORDER BY date DESC, name
