"""The graph's schema, defined once: every label with its key and properties, every
relationship type with the labels it joins, and the ways a person takes part in an event.

Everything else is derived from this file: `loaders/facts.py` checks the facts against it,
`graph/cypher_gen.py` writes `cypher/schema.cypher` (a uniqueness constraint on the key of
each label, the look-up indexes marked here) and the `cypher/writes/` MERGE statements
(`make cypher`), `graph/load.py` and `graph/importer.py` choose their writes by it and the
Cypher export builds its statements from the same templates. Edit here, then `make cypher`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Property:
    """A property of a node or relationship."""
    name: str
    meaning: str
    indexed: bool = False   # a look-up index `<label>_<name>` for the named queries' matches


@dataclass(frozen=True)
class NodeType:
    """A label. Nodes are merged on `key`, unique per label; the other properties replace
    the stored ones on every write, except `aliases` when `aliased` (then the new names are
    added to the stored list, so names read in other documents stay)."""
    label: str
    meaning: str
    key_form: str           # what a key looks like (made by the key functions of loaders/facts.py)
    properties: tuple[Property, ...]
    aliased: bool = False
    key: str = "key"


@dataclass(frozen=True)
class RelationshipType:
    """A relationship type and the (start label, end label) pairs it may join. Relationships
    are merged on `key` too (see `facts.DocumentFacts.add_relationship`)."""
    type: str
    meaning: str
    ends: tuple[tuple[str, str], ...]
    properties: tuple[Property, ...]
    key: str = "key"


@dataclass(frozen=True)
class EventRole:
    """A way a person takes part in an event: one row here is one Person -> Event
    relationship type, and the names the extraction, the evaluation and the API give it."""
    relation: str           # relationship type: CHAIRED
    verb_class: str         # class in loaders/lexicon/verbs.txt whose verbs after a name give the role: chair
    qualifier: str | None   # relationship property telling how (ATTENDED.role: 出席 / 带队 / 陪同), or None
    gold_field: str         # event field of the gold files and score.py: chaired_by
    metric: str             # score.py metric: chaired
    person_field: str       # list field of the API's person profile: chaired
    event_field: str        # list field of the API's event: chairs
    label_zh: str           # how the web page and /ask say it: 主持
    meaning: str            # one line for docs / OpenAPI


# -- labels ---------------------------------------------------------------------------------

PERSON, ORGANISATION, ZONE, PROJECT, EVENT, DOCUMENT, ARTICLE = (
    "Person", "Organisation", "Zone", "Project", "Event", "Document", "Article")

NAME = "the name, in Simplified Chinese"

NODE_TYPES = (
    NodeType(PERSON, "a person named in a bulletin (one per name and home zone)",
             "per:<16 hex of name and scope>", (
                 Property("name", NAME, indexed=True),
                 Property("aliases", "other names written for the same person (aliases file)"),
             ), aliased=True),
    NodeType(ORGANISATION, "a body: party committee, government, department, company, school...",
             "org:<16 hex of name>", (
                 Property("name", "the full name, in Simplified Chinese", indexed=True),
                 Property("short", "the short form the text uses (党工委, 市政府)", indexed=True),
                 Property("kind", "government, party_committee, department, company, media, ..."),
                 Property("aliases", "other names written for the same body (aliases file)"),
             ), aliased=True),
    NodeType(ZONE, "an administrative area or zone: province, city, county, town, development zone...",
             "zon:<16 hex of name>", (
                 Property("name", NAME, indexed=True),
                 Property("kind", "province, city, county, district, town, street, development_zone, ..."),
             )),
    NodeType(PROJECT, "a construction or investment project (one per name and home zone)",
             "prj:<16 hex of name and scope>", (
                 Property("name", NAME),
                 Property("investment", "the amount as written (10亿元), or absent"),
             )),
    NodeType(EVENT, "a meeting, inspection, visit, training... (one per name, date and home zone)",
             "evt:<16 hex of name, date and scope>", (
                 Property("name", NAME),
                 Property("kind", "meeting, inspection, visit, activity, training, ceremony, ..."),
                 Property("date", "YYYY-MM-DD, or --MM-DD when the year is unknown; absent if undated",
                          indexed=True),
                 Property("date_text", "the date as written (7月30日, 近日)"),
             )),
    NodeType(DOCUMENT, "one version of one bulletin file",
             "doc:<first 16 hex of the sha256>", (
                 Property("path", "the file's path as given to the build", indexed=True),
                 Property("sha256", "the digest of the file's bytes"),
                 Property("title", "the title of its first article"),
                 Property("published", "the date of issue, YYYY-MM-DD, when the text states it"),
                 Property("year", "the year the document states, for its undated days"),
                 Property("encoding", "the text encoding it was read in"),
                 Property("extractor", "the fingerprint of the extraction that loaded it (set by the build)"),
             )),
    NodeType(ARTICLE, "an article of a document",
             "art:<first 16 hex of the sha256>:<position>", (
                 Property("title", "the headline"),
                 Property("section", "the section header it appears under, or empty"),
                 Property("date", "the first date of its lead (YYYY-MM-DD or --MM-DD), or absent"),
                 Property("position", "its order in the document, from 1"),
             )),
)


# -- how a person takes part in an event ------------------------------------------------------

CHAIRED, ATTENDED, SPOKE_AT = "CHAIRED", "ATTENDED", "SPOKE_AT"

EVENT_ROLES = (
    EventRole(CHAIRED, "chair", None, "chaired_by", "chaired", "chaired", "chairs", "主持",
              "a person chaired (主持) an event"),
    EventRole(ATTENDED, "attend", "role", "attended_by", "attended", "attended", "attendees", "参加",
              "a person attended an event; `role` is how (出席, 参加, 列席, 带队, 陪同...)"),
    EventRole(SPOKE_AT, "speak", None, "spoke", "spoke", "spoke_at", "speakers", "讲话",
              "a person spoke at an event (讲话, 指出, 强调, 通报...)"),
)


# -- relationship types -----------------------------------------------------------------------

# every relationship: the document that wrote it (a re-read document replaces what it wrote)
DOC = Property("doc", "the first 16 hex of the sha256 of the document that wrote it")
# every relationship read from a sentence
READ = (Property("source", "where it was read: <doc>#a<article>:<start>-<end> (character offsets)"),
        Property("evidence", "the sentence it was read from"),
        DOC)


def _event_role(role: EventRole) -> RelationshipType:
    how = (Property(role.qualifier, f"how: the {role.verb_class} verb read (loaders/lexicon/verbs.txt)"),) \
        if role.qualifier else ()
    return RelationshipType(role.relation, role.meaning, ((PERSON, EVENT),), (*how, *READ))


RELATIONSHIP_TYPES = (
    RelationshipType("HOLDS_POSITION", "a person holds a title in an organisation, as read on a date",
                     ((PERSON, ORGANISATION),), (
                         Property("title", "the title (党工委书记); empty when only membership was read"),
                         Property("as_of", "the date of the article it was read in (YYYY-MM-DD or --MM-DD)"),
                         *READ)),
    *(_event_role(role) for role in EVENT_ROLES),
    RelationshipType("ORGANISED", "an organisation organised or convened an event",
                     ((ORGANISATION, EVENT),), READ),
    RelationshipType("OVERSEES", "an organisation directs or is responsible for a project",
                     ((ORGANISATION, PROJECT),), READ),
    RelationshipType("OWNS", "an organisation builds, invests in or carries out a project",
                     ((ORGANISATION, PROJECT),), READ),
    RelationshipType("CONCERNS", "an event is about a project", ((EVENT, PROJECT),), READ),
    RelationshipType("PART_OF", "a body within a body, a zone within a zone, an article within its document",
                     ((ORGANISATION, ORGANISATION), (ZONE, ZONE), (ARTICLE, DOCUMENT)), (DOC,)),
    RelationshipType("LOCATED_IN", "an organisation or a project is in a zone",
                     ((ORGANISATION, ZONE), (PROJECT, ZONE)), (DOC,)),
    RelationshipType("HELD_IN", "an event took place in a zone", ((EVENT, ZONE),), READ),
    RelationshipType("AUTHORED", "a person wrote, photographed or edited an article (its byline)",
                     ((PERSON, ARTICLE),), (
                         Property("role", "the byline's word for it: 记者, 通讯员, 摄影, 作者, ..."),
                         *READ)),
    RelationshipType("MENTIONS", "an article names an entity (every entity is linked to an article at least)",
                     tuple((ARTICLE, label) for label in (PERSON, ORGANISATION, ZONE, PROJECT, EVENT)), (
                         Property("count", "how many times the article names it"),
                         DOC)),
)


# -- look-ups derived from the tables above ----------------------------------------------------

LABELS = tuple(n.label for n in NODE_TYPES)
NODE_TYPE = {n.label: n for n in NODE_TYPES}
RELATIONSHIP_TYPE = {r.type: r for r in RELATIONSHIP_TYPES}
# type -> allowed (start label, end label) pairs
RELATIONSHIPS: dict[str, tuple[tuple[str, str], ...]] = {r.type: r.ends for r in RELATIONSHIP_TYPES}
EVENT_ROLE = {r.relation: r for r in EVENT_ROLES}
ALIASES = "aliases"     # the list property an `aliased` label unions


def relationship_ends() -> list[tuple[str, str, str]]:
    """Every (type, start label, end label) the schema allows, in schema order."""
    return [(r.type, a, b) for r in RELATIONSHIP_TYPES for a, b in r.ends]
