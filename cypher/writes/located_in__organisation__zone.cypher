// Merge LOCATED_IN relationships (Organisation -> Zone) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// LOCATED_IN: an organisation or a project is in a zone.
// $rows: [{key, start, end, props}]; start and end are node keys, props (doc) replace the
//    stored values
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b)
SET r += row.props
