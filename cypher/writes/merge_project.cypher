// Merge Project nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Project: a construction or investment project (one per name and home zone).
// $rows: [{key, props}]; props (name, investment) replace the stored values
UNWIND $rows AS row
MERGE (n:Project {key: row.key})
SET n += row.props
