// Remove every relationship one document wrote, before it is written again
// $doc: the document's sha256 prefix (16 hex digits), stored on each relationship as `doc`
MATCH ()-[r]->()
WHERE r.doc = $doc
DELETE r
