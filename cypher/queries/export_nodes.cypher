// Export: every node with its labels and properties (the `govkg extract` JSON contract)
// no parameters; `key` is the node's id
MATCH (n)
RETURN n.key AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
