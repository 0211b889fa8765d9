// Merge AUTHORED relationships (Person -> Article) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Article {key: row.end})
MERGE (a)-[r:AUTHORED {key: row.key}]->(b)
SET r += row.props
