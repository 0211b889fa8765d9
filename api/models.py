"""Response bodies: every endpoint answers with one of these explicit models (the OpenAPI
contract at /docs). Ids are node keys (`per:…`, `org:…`, `zon:…`, `evt:…`, `prj:…`)."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, Field, create_model

from loaders.schema import EVENT_ROLES

# -- event roles: the lists of a person's events and of an event's people, one per row of
# loaders/schema.py EVENT_ROLES (a new role adds its lists here and to the OpenAPI by itself)

_ROLE_TYPES = ", ".join(r.relation for r in EVENT_ROLES)
_QUALIFIED = ", ".join(f"{r.relation}.{r.qualifier}" for r in EVENT_ROLES if r.qualifier)


def with_event_roles(name: str, doc: str, base: type[BaseModel], field: str, item: type, each: str,
                     **after: Any) -> type[BaseModel]:
    """`base` with one list of `item` per event role (loaders/schema.py EVENT_ROLES), named
    by the role's `field` (person_field, event_field), then the fields `after`."""
    roles = {getattr(r, field): (list[item], Field(description=f"{r.relation}: {r.meaning}{each}"))
             for r in EVENT_ROLES}
    clash = set(roles) & (set(base.model_fields) | set(after))
    if clash:
        raise ValueError(f"{name}: event role fields {sorted(clash)} clash with its other fields")
    return create_model(name, __doc__=doc, __base__=base, __module__=__name__, **roles, **after)


class Problem(BaseModel):
    """An error: what went wrong, in words."""
    detail: Any


class Evidence(BaseModel):
    """Where a fact was read: the sentence and the source span
    (`<document sha256 prefix>#a<article>:<start>-<end>`)."""
    evidence: Optional[str] = None
    source: Optional[str] = None


class Ref(BaseModel):
    id: str
    name: Optional[str] = None


# -- search --

class SearchHit(BaseModel):
    id: str
    label: str = Field(description="Person, Organisation, Zone, Event or Project")
    name: str
    short: Optional[str] = None
    kind: Optional[str] = None
    date: Optional[str] = None
    aliases: list[str] = []
    rank: int = Field(description="0 exact name, 1 name starts with the query, 2 contains it")


class SearchResult(BaseModel):
    query: str
    forms: list[str] = Field(description="The forms searched: as typed, Simplified (tw2s, t2s)")
    total: int
    limit: int
    offset: int
    items: list[SearchHit]


# -- persons --

class Position(Evidence):
    title: Optional[str] = None
    organisation: str
    organisation_id: str
    as_of: Optional[str] = None


class PersonEvent(Evidence):
    relation: str = Field(description=f"How the person took part: {_ROLE_TYPES} (GET /schema)")
    role: Optional[str] = Field(None, description=f"The verb read, for the roles that record it ({_QUALIFIED})")
    id: str
    name: str
    kind: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None


class CoAttendee(BaseModel):
    id: str
    name: str
    shared: int = Field(description="How many events both took part in")
    events: list[str]


class AuthoredArticle(BaseModel):
    id: str
    title: Optional[str] = None
    date: Optional[str] = None
    role: Optional[str] = None


class _Person(BaseModel):
    id: str
    name: str
    aliases: list[str]
    positions: list[Position] = Field(description="Newest first")


# a list of events per event role (chaired, attended, spoke_at...), then the co-attendees
PersonProfile = with_event_roles(
    "PersonProfile", "A person: names, positions, the events of each role, co-attendees, bylines.",
    _Person, "person_field", PersonEvent, "; newest first",
    co_attendees=(list[CoAttendee], Field(description="People who took part in the same events, most shared first")),
    articles=(list[AuthoredArticle], []))


# -- events --

class EventSummary(BaseModel):
    id: str
    name: str
    kind: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    chairs: list[str] = []


class EventList(BaseModel):
    items: list[EventSummary]
    limit: int
    offset: int


class Participant(Evidence):
    id: str
    name: str
    role: Optional[str] = Field(None, description=f"The verb read, for the roles that record it ({_QUALIFIED})")


class OrganiserRef(Evidence):
    id: str
    name: str


class _Event(BaseModel):
    id: str
    name: str
    kind: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    zones: list[Ref]


# a list of people per event role (chairs, attendees, speakers...), then the organisers
EventDetail = with_event_roles(
    "EventDetail", "An event: date, kind, zones, the people of each role, organisers, projects, evidence.",
    _Event, "event_field", Participant, "; by name",
    organisers=(list[OrganiserRef], ...),
    projects=(list[Ref], ...),
    articles=(list[AuthoredArticle], []),
    evidence=(list[str], Field(description="Every sentence the event's facts were read from")))


# -- the schema --

class EventRoleInfo(BaseModel):
    """A way a person takes part in an event (loaders/schema.py EVENT_ROLES)."""
    relation: str = Field(description="The relationship type, Person -> Event: CHAIRED")
    person_field: str = Field(description="The list of a person's profile (GET /persons/{id}) with these events: chaired")
    event_field: str = Field(description="The list of an event (GET /events/{id}) with these people: chairs")
    label_zh: str = Field(description="How the web page and /ask say it: 主持")
    qualifier: Optional[str] = Field(None, description="The relationship property (and the lists' `role`) "
                                                       "telling how, or null")
    meaning: str


class GraphSchema(BaseModel):
    """What the API's role lists are: the page builds its profile sections from this."""
    event_roles: list[EventRoleInfo] = Field(description="In the order the profiles list them")


# -- organisations --

class ProjectLink(BaseModel):
    id: str
    project: str
    relation: str = Field(description="OVERSEES or OWNS")
    investment: Optional[str] = None
    evidence: Optional[str] = None
    source: Optional[str] = None


class OrganisationProjects(BaseModel):
    organisation: str
    items: list[ProjectLink]


class Member(Evidence):
    id: str
    name: str
    title: Optional[str] = None
    as_of: Optional[str] = None


class OrganisedEvent(Evidence):
    id: str
    name: str
    kind: Optional[str] = None
    date: Optional[str] = None


class OrganisationDetail(BaseModel):
    id: str
    name: str
    short: Optional[str] = None
    kind: Optional[str] = None
    parents: list[Ref]
    children: list[Ref]
    zones: list[Ref]
    members: list[Member] = Field(description="Titles as of `as_of` (or all dates)")
    events: list[OrganisedEvent] = Field(description="Events it organised, newest first")


# -- zones and projects --

class ZoneRef(BaseModel):
    id: str
    name: Optional[str] = None
    kind: Optional[str] = None


class ZoneProject(BaseModel):
    id: str
    name: Optional[str] = None
    investment: Optional[str] = None


class ZoneEvent(BaseModel):
    id: str
    name: Optional[str] = None
    kind: Optional[str] = None
    date: Optional[str] = None


class ZoneDetail(BaseModel):
    id: str
    name: str
    kind: Optional[str] = None
    parents: list[ZoneRef]
    subzones: list[ZoneRef]
    organisations: list[ZoneRef]
    projects: list[ZoneProject]
    events: list[ZoneEvent] = Field(description="Recent events held there, newest first")


class ProjectOrganisation(Evidence):
    id: str
    name: str


class ProjectDetail(BaseModel):
    id: str
    name: str
    investment: Optional[str] = None
    overseers: list[ProjectOrganisation]
    owners: list[ProjectOrganisation]
    zones: list[Ref]
    events: list[ZoneEvent]


# -- paths --

class PathNode(BaseModel):
    id: str
    label: str
    name: Optional[str] = None


class PathRelationship(Evidence):
    type: str
    start: str
    end: str
    title: Optional[str] = None
    role: Optional[str] = None


class PathResult(BaseModel):
    source: PathNode = Field(alias="from")
    target: PathNode = Field(alias="to")
    connected: bool
    length: Optional[int] = None
    nodes: list[PathNode]
    relationships: list[PathRelationship]

    model_config = {"populate_by_name": True}


# -- ask --

class AskEvidence(BaseModel):
    text: str
    source: Optional[str] = None


class AskAnswer(BaseModel):
    question: str
    normalised: str = Field(description="The question in Simplified Chinese, as matched")
    template: str = Field(description="The id of the question form it matched")
    form: str = Field(description="The question form, e.g. 谁主持了X")
    query: str = Field(description="The named Cypher query it ran (cypher/queries/<query>.cypher)")
    params: dict[str, Any]
    found: bool
    answer: str
    rows: list[dict[str, Any]]
    evidence: list[AskEvidence]


class AskForm(BaseModel):
    template: str
    form: str
    examples: list[str]


class AskUnrecognised(BaseModel):
    detail: str
    supported: list[AskForm]


# -- cypher --

class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=20000, description="Read-only Cypher")
    params: dict[str, Any] = Field(default_factory=dict)
    limit: int = Field(1000, ge=1, le=10000, description="At most this many rows are returned")

    model_config = {"json_schema_extra": {"examples": [{
        "query": "MATCH (p:Person {name: $name})-[:CHAIRED]->(e:Event) RETURN e.name, e.date",
        "params": {"name": "宋黎静"}}]}}


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="True when the row limit cut the result")
    limit: int
    elapsed_ms: float
