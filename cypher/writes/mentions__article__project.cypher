// Merge MENTIONS relationships (Article -> Project) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// MENTIONS: an article names an entity (every entity is linked to an article at least).
// $rows: [{key, start, end, props}]; start and end are node keys, props (count, doc) replace
//    the stored values
UNWIND $rows AS row
MATCH (a:Article {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:MENTIONS {key: row.key}]->(b)
SET r += row.props
