// Any entity (Person, Organisation, Zone, Event, Project) by its id
// $id: the node's key, e.g. "per:0123456789abcdef" (the id the API and the web page use)
CALL {
  MATCH (n:Person {key: $id}) RETURN n
  UNION MATCH (n:Organisation {key: $id}) RETURN n
  UNION MATCH (n:Zone {key: $id}) RETURN n
  UNION MATCH (n:Event {key: $id}) RETURN n
  UNION MATCH (n:Project {key: $id}) RETURN n
}
RETURN n.key AS id, labels(n)[0] AS label, n.name AS name
