// Merge Zone nodes by key
// $rows: [{key, props}]; props replace the stored values
UNWIND $rows AS row
MERGE (n:Zone {key: row.key})
SET n += row.props
