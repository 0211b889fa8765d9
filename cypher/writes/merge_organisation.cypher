// Merge Organisation nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Organisation: a body: party committee, government, department, company, school....
// $rows: [{key, props, aliases}]; props (name, short, kind) replace the stored values, aliases
//    are added to the stored list
UNWIND $rows AS row
MERGE (n:Organisation {key: row.key})
SET n += row.props,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
