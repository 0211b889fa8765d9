// Merge HELD_IN relationships (Event -> Zone) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// HELD_IN: an event took place in a zone.
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Event {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:HELD_IN {key: row.key}]->(b)
SET r += row.props
