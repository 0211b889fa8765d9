// Merge PART_OF relationships (Organisation -> Organisation) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Organisation {key: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
SET r += row.props
