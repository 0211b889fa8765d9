// Merge ATTENDED relationships (Person -> Event) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// ATTENDED: a person attended an event; `role` is how (出席, 参加, 列席, 带队, 陪同...).
// $rows: [{key, start, end, props}]; start and end are node keys, props (role, source,
//    evidence, doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:ATTENDED {key: row.key}]->(b)
SET r += row.props
