// Export: every relationship with its type, end points (node keys) and properties
// no parameters; `key` is the relationship's id
MATCH (a)-[r]->(b)
RETURN r.key AS id, type(r) AS type, a.key AS start, b.key AS end, properties(r) AS properties
ORDER BY type, id
