// Merge HELD_IN relationships (Event -> Zone) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Event {key: row.start})
MATCH (b:Zone {key: row.end})
MERGE (a)-[r:HELD_IN {key: row.key}]->(b)
SET r += row.props
