// Merge Person nodes by key
// $rows: [{key, props, aliases}]; props replace the stored values
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n += row.props,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
