// Merge OWNS relationships (Organisation -> Project) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// OWNS: an organisation builds, invests in or carries out a project.
// $rows: [{key, start, end, props}]; start and end are node keys, props (source, evidence,
//    doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:OWNS {key: row.key}]->(b)
SET r += row.props
