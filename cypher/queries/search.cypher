// Search persons, organisations, zones, events and projects by name
// $terms: list of strings, the query in its Simplified and Traditional forms (any may match
//         the name, the short name or an alias), e.g. ["宋黎静", "宋黎靜"]
// $label: "Person", "Organisation", "Zone", "Event", "Project", or null for all five
// $skip, $limit: the page. Returns one row: total (all matches) and items (the page), best
//         first: exact name, then name starting with the query, then containing it.
MATCH (n)
WHERE (n:Person OR n:Organisation OR n:Zone OR n:Event OR n:Project)
  AND ($label IS NULL OR $label IN labels(n))
  AND any(t IN $terms WHERE n.name CONTAINS t OR n.short CONTAINS t
                          OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS t))
WITH n, labels(n)[0] AS label,
     CASE
       WHEN any(t IN $terms WHERE n.name = t OR n.short = t OR t IN coalesce(n.aliases, [])) THEN 0
       WHEN any(t IN $terms WHERE n.name STARTS WITH t OR n.short STARTS WITH t) THEN 1
       ELSE 2
     END AS rank
ORDER BY rank,
         CASE label WHEN 'Person' THEN 0 WHEN 'Organisation' THEN 1 WHEN 'Zone' THEN 2
                    WHEN 'Project' THEN 3 ELSE 4 END,
         size(n.name), n.name
WITH collect({id: n.key, label: label, name: n.name, short: n.short, kind: n.kind,
              date: n.date, aliases: n.aliases, rank: rank}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS items
