// Positions a person holds (title at organisation, as of the article's date)
// $name: the person's name in Simplified Chinese, e.g. "宋黎静"
MATCH (p:Person {name: $name})-[h:HOLDS_POSITION]->(o:Organisation)
RETURN p.key AS person_id, p.name AS person, h.title AS title, o.key AS organisation_id,
       o.name AS organisation, h.as_of AS as_of, h.evidence AS evidence, h.source AS source
ORDER BY as_of DESC, organisation, title
