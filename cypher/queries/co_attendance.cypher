// People who took part in the same events as a person (chaired, attended or spoke at)
// $id: the person's key; $limit: how many co-attendees, most shared events first
// (every Person -> Event relationship is an event role: loaders/schema.py EVENT_ROLES)
MATCH (p:Person {key: $id})-->(e:Event)<--(o:Person)
WHERE o <> p
WITH o, collect(DISTINCT e.name) AS events
RETURN o.key AS id, o.name AS name, size(events) AS shared, events
ORDER BY shared DESC, name
LIMIT $limit
