// Merge PART_OF relationships (Zone -> Zone) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Zone {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
SET r += row.props
