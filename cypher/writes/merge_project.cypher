// Merge Project nodes by key
// $rows: [{key, props}]; props replace the stored values
UNWIND $rows AS row
MERGE (n:Project {key: row.key})
SET n += row.props
