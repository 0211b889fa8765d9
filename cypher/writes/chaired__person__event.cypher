// Merge CHAIRED relationships (Person -> Event) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// CHAIRED: a person chaired (主持) an event.
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:CHAIRED {key: row.key}]->(b)
SET r += row.props
