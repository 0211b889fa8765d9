// Projects an organisation oversees (pushes, serves) or owns, found by its name
// $org: the organisation's full name, its short name, or the end of its full name,
//       e.g. "开发区财政审计部" or "财政审计部"
MATCH (o:Organisation)-[r:OVERSEES|OWNS]->(p:Project)
WHERE o.name = $org OR o.short = $org OR o.name ENDS WITH $org
RETURN o.key AS organisation_id, o.name AS organisation, p.key AS id, p.name AS project,
       type(r) AS relation, p.investment AS investment, r.evidence AS evidence, r.source AS source
ORDER BY organisation, project
