// Merge SPOKE_AT relationships (Person -> Event) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Event {key: row.end})
MERGE (a)-[r:SPOKE_AT {key: row.key}]->(b)
SET r += row.props
