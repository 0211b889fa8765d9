// Merge Document nodes by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// Document: one version of one bulletin file.
// $rows: [{key, props}]; props (path, sha256, title, published, year, encoding, extractor)
//    replace the stored values
UNWIND $rows AS row
MERGE (n:Document {key: row.key})
SET n += row.props
