// Merge HOLDS_POSITION relationships (Person -> Organisation) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Organisation {key: row.end})
MERGE (a)-[r:HOLDS_POSITION {key: row.key}]->(b)
SET r += row.props
