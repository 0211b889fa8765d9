// Merge MENTIONS relationships (Article -> Person) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Article {key: row.start})
MATCH (b:Person {key: row.end})
MERGE (a)-[r:MENTIONS {key: row.key}]->(b)
SET r += row.props
