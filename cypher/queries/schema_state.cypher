// Schema state: how many constraints the database has (readiness check)
// no parameters; schema.cypher creates one uniqueness constraint per label (7)
SHOW CONSTRAINTS YIELD name
RETURN count(*) AS constraints
