// Merge HOLDS_POSITION relationships (Person -> Organisation) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// HOLDS_POSITION: a person holds a title in an organisation, as read on a date.
// $rows: [{key, start, end, props}]; start and end are node keys, props (title, as_of, source,
//    evidence, doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Organisation {key: row.end})
MERGE (a)-[r:HOLDS_POSITION {key: row.key}]->(b)
SET r += row.props
