// Org-chart roots: the zones and organisations an id or a name designates
// $id: a node key ("zon:…" or "org:…"), or a full name, short name or alias, e.g. "三门峡经济开发区"
// Returns how each candidate matched (key > name > short/alias); the caller picks the best.
MATCH (n:Zone)
WHERE n.key = $id OR n.name = $id OR $id IN coalesce(n.aliases, [])
RETURN n.key AS id, 'Zone' AS label, n.name AS name, n.short AS short, n.kind AS kind,
       CASE WHEN n.key = $id THEN 0 WHEN n.name = $id THEN 1 ELSE 2 END AS rank
UNION ALL
MATCH (n:Organisation)
WHERE n.key = $id OR n.name = $id OR n.short = $id OR $id IN coalesce(n.aliases, [])
RETURN n.key AS id, 'Organisation' AS label, n.name AS name, n.short AS short, n.kind AS kind,
       CASE WHEN n.key = $id THEN 0 WHEN n.name = $id THEN 1 ELSE 2 END AS rank
