// Node counts per label
// no parameters
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS count
ORDER BY label
