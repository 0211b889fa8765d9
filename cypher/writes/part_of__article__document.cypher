// Merge PART_OF relationships (Article -> Document) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Article {key: row.start})
MATCH (b:Document {key: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
SET r += row.props
