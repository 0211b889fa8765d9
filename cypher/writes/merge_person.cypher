// Merge Person nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Person: a person named in a bulletin (one per name and home zone).
// $rows: [{key, props, aliases}]; props (name) replace the stored values, aliases are added to
//    the stored list
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n += row.props,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
