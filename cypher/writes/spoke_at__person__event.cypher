// Merge SPOKE_AT relationships (Person -> Event) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// SPOKE_AT: a person spoke at an event (讲话, 指出, 强调, 通报...).
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:SPOKE_AT {key: row.key}]->(b)
SET r += row.props
