// Merge Zone nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Zone: an administrative area or zone: province, city, county, town, development zone....
// $rows: [{key, props}]; props (name, kind) replace the stored values
UNWIND $rows AS row
MERGE (n:Zone {key: row.key})
SET n += row.props
