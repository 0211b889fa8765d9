// Merge Event nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Event: a meeting, inspection, visit, training... (one per name, date and home zone).
// $rows: [{key, props}]; props (name, kind, date, date_text) replace the stored values
UNWIND $rows AS row
MERGE (n:Event {key: row.key})
SET n += row.props
