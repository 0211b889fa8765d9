// Merge LOCATED_IN relationships (Project -> Zone) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Project {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b)
SET r += row.props
