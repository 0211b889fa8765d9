// Merge ORGANISED relationships (Organisation -> Event) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Organisation {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:ORGANISED {key: row.key}]->(b)
SET r += row.props
