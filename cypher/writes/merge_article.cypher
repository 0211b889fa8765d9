// Merge Article nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Article: an article of a document.
// $rows: [{key, props}]; props (title, section, date, position) replace the stored values
UNWIND $rows AS row
MERGE (n:Article {key: row.key})
SET n += row.props
