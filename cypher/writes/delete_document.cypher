// Remove a Document and its Articles (their relationships go with them; run
// delete_document_relationships first for the facts the document wrote)
// $key: the Document key
MATCH (d:Document {key: $key})
OPTIONAL MATCH (a:Article)-[:PART_OF]->(d)
DETACH DELETE a, d
