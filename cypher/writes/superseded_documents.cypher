// Earlier versions of a file: Documents with the same path but other content
// $path: the file's path as given to the build; $key: the key of the version being loaded
MATCH (d:Document {path: $path})
WHERE d.key <> $key
RETURN d.key AS key, d.sha256 AS sha256
