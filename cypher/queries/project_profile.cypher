// One project: who oversees and owns it, where it is, the events concerning it
// $id: the project's key, e.g. "prj:0123456789abcdef"
MATCH (j:Project {key: $id})
RETURN j.key AS id, j.name AS name, j.investment AS investment,
  [(o:Organisation)-[r:OVERSEES|OWNS]->(j) |
     {relation: type(r), id: o.key, name: o.name, source: r.source, evidence: r.evidence}] AS organisations,
  [(j)-[:LOCATED_IN]->(z:Zone) | {id: z.key, name: z.name}] AS zones,
  [(e:Event)-[r:CONCERNS]->(j) | {id: e.key, name: e.name, kind: e.kind, date: e.date, source: r.source}] AS events
