// Merge CONCERNS relationships (Event -> Project) by key
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Event {key: row.start})
MATCH (b:Project {key: row.end})
MERGE (a)-[r:CONCERNS {key: row.key}]->(b)
SET r += row.props
