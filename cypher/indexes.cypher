// govkg lookup indexes: the property look-ups of the named queries besides `key` (which the
// uniqueness constraints of schema.cypher index). Neo4j 5 syntax; IF NOT EXISTS makes it
// idempotent. Run in cypher-shell with :source, or append to schema.cypher.

CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_short IF NOT EXISTS FOR (n:Organisation) ON (n.short);
CREATE INDEX zone_name IF NOT EXISTS FOR (n:Zone) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
