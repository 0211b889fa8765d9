// Merge OWNS relationships (Organisation -> Project) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:OWNS {key: row.key}]->(b)
SET r += row.props
