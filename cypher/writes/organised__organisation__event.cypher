// Merge ORGANISED relationships (Organisation -> Event) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// ORGANISED: an organisation organised or convened an event.
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:ORGANISED {key: row.key}]->(b)
SET r += row.props
