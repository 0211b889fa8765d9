// Merge AUTHORED relationships (Person -> Article) by key
// Generated from loaders/schema.py by `make cypher`: edit the schema, not this file.
// AUTHORED: a person wrote, photographed or edited an article (its byline).
// $rows: [{key, start, end, props}]; start and end are node keys, props (role, source,
//    evidence, doc) replace the stored values
UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Article {key: row.end})
MERGE (a)-[r:AUTHORED {key: row.key}]->(b)
SET r += row.props
