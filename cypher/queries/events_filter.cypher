// Events, filtered: by chair, attendee, organiser, zone, kind and date range (any may be null)
// $chaired_by, $attended_by: a person's name (Simplified) or id; $organisation, $zone: an id,
// a full name or a short name; $kind: meeting, inspection, visit, ...;
// $from, $to: ISO dates (inclusive); $q: a part of the event name; $skip, $limit: the page.
// Newest first; events whose year is unknown ("--07-30") come last. (The API runs
// events_of_person instead, with the same parameters, when a person is given: it starts
// from the person rather than from every event.) $attended_by: any event role, as every
// Person -> Event relationship is one (loaders/schema.py EVENT_ROLES).
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($q IS NULL OR e.name CONTAINS $q)
  AND ($chaired_by IS NULL OR EXISTS { MATCH (p:Person)-[:CHAIRED]->(e) WHERE p.name = $chaired_by OR p.key = $chaired_by })
  AND ($attended_by IS NULL OR EXISTS { MATCH (p:Person)-->(e) WHERE p.name = $attended_by OR p.key = $attended_by })
  AND ($organisation IS NULL OR EXISTS { MATCH (o:Organisation)-[:ORGANISED]->(e) WHERE o.key = $organisation OR o.name = $organisation OR o.short = $organisation })
  AND ($zone IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(z:Zone) WHERE z.key = $zone OR z.name = $zone })
WITH e ORDER BY e.date DESC, e.name SKIP $skip LIMIT $limit
RETURN e.key AS id, e.name AS name, e.kind AS kind, e.date AS date, e.date_text AS date_text,
       [(e)<-[:CHAIRED]-(c) | c.name] AS chairs
ORDER BY date DESC, name
