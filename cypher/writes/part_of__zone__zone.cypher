// Merge PART_OF relationships (Zone -> Zone) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// PART_OF: a body within a body, a zone within a zone, an article within its document.
// $rows: [{key, start, end, props}]; start and end are node keys, props (doc) replace the
//    stored values
UNWIND $rows AS row
MATCH (a:Zone {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
SET r += row.props
