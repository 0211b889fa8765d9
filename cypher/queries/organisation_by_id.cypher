// One organisation by its id (key)
// $id: the organisation's key
MATCH (o:Organisation {key: $id})
RETURN o.key AS id, o.name AS name, o.short AS short, o.kind AS kind
