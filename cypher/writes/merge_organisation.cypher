// Merge Organisation nodes by key
// $rows: [{key, props, aliases}]; props replace the stored values
UNWIND $rows AS row
MERGE (n:Organisation {key: row.key})
SET n += row.props,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
