"""The event roles (loaders/schema.py EVENT_ROLES) on the query side: the API's role lists,
GET /schema, the web page and the Cypher pack follow the table, so a new way of taking part
in an event needs a row there, `make cypher`, its type in the shortest paths' list and
nothing else in api/ or cypher/queries/ — which tests/new_role.py shows with a real store,
the real API and the real page."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import cypher
from live import CHROMIUM
from loaders import schema
from loaders.schema import EVENT, EVENT_ROLE, EVENT_ROLES, PERSON

ROOT = Path(__file__).resolve().parent.parent
APP_JS = ROOT / "api" / "static" / "app.js"
# provenance: who wrote an article, what it names; every other type is a fact between entities
PROVENANCE = {"MENTIONS", "AUTHORED"}
TYPE_UNION = re.compile(r"\[\w*:([A-Z_]+(?:\|[A-Z_]+)+)")


# -- the schema: what the queries rely on -----------------------------------------------------

def test_every_person_to_event_relationship_is_an_event_role():
    """The named queries match `(p:Person)-[r]->(e:Event)` for "took part in": right only while
    every Person -> Event type is a role. A Person -> Event type that is not one must not be
    added without changing those queries (event_profile, person_profile, events_of_person...)."""
    person_event = [t for t, start, end in schema.relationship_ends() if (start, end) == (PERSON, EVENT)]
    assert person_event == [r.relation for r in EVENT_ROLES]
    for role in EVENT_ROLES:
        assert schema.RELATIONSHIPS[role.relation] == ((PERSON, EVENT),), role.relation


def test_role_names_are_unique_and_the_qualifier_is_the_api_role():
    for field in ("relation", "person_field", "event_field", "label_zh"):
        values = [getattr(r, field) for r in EVENT_ROLES]
        assert len(set(values)) == len(values), field
    for role in EVENT_ROLES:
        assert re.fullmatch(r"[a-z_]+", role.person_field) and re.fullmatch(r"[a-z_]+", role.event_field)
        # the queries return `r.role` and the API's lists call it `role`
        assert role.qualifier in (None, "role"), f"{role.relation}: name its qualifier property `role`"


# -- the Cypher pack --------------------------------------------------------------------------

def _unions(name: str) -> list[set[str]]:
    code = "\n".join(l for l in cypher.load(name).text.splitlines() if not l.lstrip().startswith("//"))
    return [set(m.split("|")) for m in TYPE_UNION.findall(code)]


def test_no_query_lists_the_event_roles():
    """A union of types naming a role would miss the next role; a query about one role
    (`[:CHAIRED]`, `type(r) = 'CHAIRED'`) is fine. The shortest paths list every fact type."""
    roles = set(EVENT_ROLE)
    facts = set(schema.RELATIONSHIPS) - PROVENANCE
    for name in cypher.names():
        for union in _unions(name):
            if union & roles:
                assert union == facts, f"{name}.cypher lists {sorted(union)}"


@pytest.mark.parametrize("name", ["shortest_path", "shortest_path_by_name"])
def test_shortest_paths_go_through_every_fact_type(name):
    """Neither ArcadeDB (a WHERE on the path filters the one shortestPath found) nor Neo4j 5
    (no type expression on a variable-length relationship) runs a path without the
    provenance types unless the other types are listed: a new type must be added there."""
    unions = _unions(name)
    assert len(unions) == 1
    missing = set(schema.RELATIONSHIPS) - PROVENANCE - unions[0]
    assert not missing, f"cypher/queries/{name}.cypher: add {sorted(missing)} to the shortestPath types"
    assert not unions[0] & PROVENANCE


# -- the API and the page ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    # no store: the OpenAPI and /schema need none (the lifespan that opens one does not run)
    return TestClient(create_app())


def test_schema_endpoint_lists_the_roles(client):
    body = client.get("/schema").json()
    assert body == {"event_roles": [
        {"relation": r.relation, "person_field": r.person_field, "event_field": r.event_field,
         "label_zh": r.label_zh, "qualifier": r.qualifier, "meaning": r.meaning} for r in EVENT_ROLES]}
    spec = client.get("/openapi.json").json()
    ok = spec["paths"]["/schema"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/GraphSchema"}
    info = spec["components"]["schemas"]["EventRoleInfo"]["properties"]
    assert {"relation", "person_field", "event_field", "label_zh"} <= set(info)


def test_openapi_profiles_have_a_list_per_role(client):
    models = client.get("/openapi.json").json()["components"]["schemas"]
    for model, field, item, fixed in (
            ("PersonProfile", "person_field", "PersonEvent", ["id", "name", "aliases", "positions"]),
            ("EventDetail", "event_field", "Participant", ["id", "name", "kind", "date", "date_text", "zones"])):
        props = models[model]["properties"]
        names = [getattr(r, field) for r in EVENT_ROLES]
        assert list(props)[:len(fixed) + len(names)] == fixed + names, model
        for role, name in zip(EVENT_ROLES, names):
            assert props[name]["type"] == "array" and props[name]["items"] == {"$ref": f"#/components/schemas/{item}"}
            assert role.relation in props[name]["description"] and role.meaning in props[name]["description"]
        assert set(names) <= set(models[model]["required"])
    for relation in EVENT_ROLE:
        assert relation in models["PersonEvent"]["properties"]["relation"]["description"]


def test_the_page_names_no_role():
    """app.js builds the role sections from GET /schema: no role's type or field in it."""
    js = APP_JS.read_text(encoding="utf-8")
    for role in EVENT_ROLES:
        for name in (role.relation, role.person_field, role.event_field):
            assert not re.search(rf"[\"'.]{name}\b", js), f"app.js names {name}"
    assert "/schema" in js


# -- a new role, end to end -------------------------------------------------------------------

def test_a_new_role_needs_no_change_in_the_api_queries_or_page(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "new_role.py"), str(tmp_path)],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout)
    k = got["keys"]
    assert got["roles"] == [*EVENT_ROLE, "INSPECTED"]
    assert got["written"] == ["writes/inspected__person__event.cypher"]     # what `make cypher` adds
    assert [r["relation"] for r in got["schema"]["event_roles"]] == got["roles"]
    assert "inspected" in got["person_properties"] and "inspectors" in got["event_properties"]

    # the person's and the event's new list, with the qualifier; the others unchanged
    person, event = got["person"], got["event"]
    assert [(e["id"], e["relation"], e["role"]) for e in person["inspected"]] == [(k["guanmo"], "INSPECTED", "视察")]
    assert [e["id"] for e in person["chaired"]] == [k["jjhy"]] and person["attended"] == person["spoke_at"] == []
    assert [(p["id"], p["role"]) for p in event["inspectors"]] == [(k["liu"], "视察")]
    assert [(p["id"], p["role"]) for p in event["attendees"]] == [(k["wang"], "陪同")]
    # taking part includes it: co-attendees, the event filters, /ask
    assert [c["id"] for c in person["co_attendees"]] == [k["wang"]] and got["co_attendance"] == ["王飞"]
    assert set(got["events_of_person"]) == set(got["events_filter"]) == {k["jjhy"], k["guanmo"]}
    assert "刘英群（视察）" in got["ask_participants"] and "王飞（陪同）" in got["ask_participants"]
    assert "观摩活动（8月5日，视察）" in got["ask_events"] and "（2025年7月31日，主持）" in got["ask_events"]

    # the page: a section per role, in the table's order, titled with its word (no Chromium: not opened)
    if Path(CHROMIUM).exists():
        web = got["web"]
        assert web["errors"] == []
        for view, field, title in (("person", "person_field", "{}的活动"), ("event", "event_field", "{}")):
            sections = {id_: (heading.strip(), text) for id_, heading, text in web[view]}
            roles = got["schema"]["event_roles"]
            assert [id_ for id_, _, _ in web[view] if id_ in {r[field] for r in roles}] == [r[field] for r in roles]
            assert all(sections[r[field]][0] == title.format(r["label_zh"]) for r in roles), sections
            web[view] = sections
        assert "观摩活动" in web["person"]["inspected"][1] and "视察" in web["person"]["inspected"][1]
        assert "刘英群" in web["event"]["inspectors"][1] and "王飞" in web["event"]["attendees"][1]
