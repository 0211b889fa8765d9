// The extractor fingerprint a document was last loaded with (none when never loaded)
// $key: the Document key
MATCH (d:Document {key: $key})
RETURN d.extractor AS extractor
