// Remove entities that no relationship refers to any more: what a re-read document no
// longer yields (Documents stay; everything else is linked at least by MENTIONS or PART_OF)
// no parameters
MATCH (n)
WHERE NOT n:Document AND NOT EXISTS { MATCH (n)--() }
DELETE n
