// Merge CONCERNS relationships (Event -> Project) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// CONCERNS: an event is about a project.
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Event {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:CONCERNS {key: row.key}]->(b)
SET r += row.props
