"""The REST API on the seeded store (the real app, the real store over Bolt)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app


@pytest.fixture(scope="module")
def client(seeded):
    with TestClient(create_app(seeded)) as c:
        yield c


def test_health_and_readiness(client):
    assert client.get("/healthz").json()["status"] == "ok"
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ok"


def test_events_chaired_by(client):
    r = client.get("/events", params={"chaired_by": "宋黎静"})
    assert r.status_code == 200
    items = r.json()["items"]
    assert any("述职评议" in e["name"] and e["date"] == "2025-07-30" for e in items), items
    assert all("宋黎静" in e["chairs"] for e in items)


def test_events_bad_parameters_are_422_json(client):
    for params in ({"from": "not-a-date"}, {"limit": 0}, {"offset": -1}):
        r = client.get("/events", params=params)
        assert r.status_code == 422, params
        assert r.json()["detail"]


def test_unknown_organisation_is_404(client):
    r = client.get("/organisations/org:doesnotexist/projects")
    assert r.status_code == 404 and "detail" in r.json()


def test_organisation_projects(client, seeded):
    rows = seeded.read("MATCH (o:Organisation)-[:OVERSEES]->(p:Project) RETURN o.key AS id, count(p) AS n "
                       "ORDER BY n DESC LIMIT 1")
    assert rows, "the seeds name at least one department overseeing a project"
    r = client.get(f"/organisations/{rows[0]['id']}/projects")
    assert r.status_code == 200
    body = r.json()
    assert len([i for i in body["items"] if i["relation"] == "OVERSEES"]) == rows[0]["n"]
    assert all(i["evidence"] for i in body["items"] if i["relation"] == "OVERSEES")


# -- the query service on the seeds: the named examples --

def _song(client):
    hits = client.get("/search", params={"q": "宋黎靜"}).json()["items"]
    assert hits and hits[0]["name"] == "宋黎静" and hits[0]["label"] == "Person", hits
    return hits[0]["id"]


def test_seed_search_traditional_finds_song_lijing(client):
    trad, simp = (client.get("/search", params={"q": q}).json() for q in ("宋黎靜", "宋黎静"))
    assert [h["id"] for h in trad["items"]] == [h["id"] for h in simp["items"]]
    assert trad["items"][0]["name"] == "宋黎静"


def test_seed_profile_song_lijing_chaired_the_review_meeting(client):
    p = client.get(f"/persons/{_song(client)}").json()
    meeting = [e for e in p["chaired"] if "述职评议" in e["name"]]
    assert meeting and meeting[0]["date"] == "2025-07-30" and "宋黎静主持" in meeting[0]["evidence"]
    posts = {(x["title"], x["organisation"]) for x in p["positions"]}
    assert any("主任" in t and o.endswith("管委会") for t, o in posts), posts
    assert any(c["name"] == "周童" for c in p["co_attendees"])


def test_seed_review_meeting_detail(client):
    e_id = client.get("/events", params={"chaired_by": "宋黎静", "q": "述职评议"}).json()["items"][0]["id"]
    e = client.get(f"/events/{e_id}").json()
    assert e["date"] == "2025-07-30" and [c["name"] for c in e["chairs"]] == ["宋黎静"]
    assert ("周童", "出席") in {(a["name"], a["role"]) for a in e["attendees"]}
    assert e["evidence"]


@pytest.mark.parametrize("question,expected", [
    ("谁主持了述职评议暨工作总结大会", "宋黎静"),
    ("述职评议暨工作总结大会在哪天召开", "2025年7月30日"),
    ("谁是三门峡经济开发区管委会主任", "宋黎静"),
    ("三门峡经济开发区党工委书记是谁", "周童"),
    ("周童担任什么职务", "党工委书记"),
])
def test_seed_ask(client, question, expected):
    r = client.get("/ask", params={"q": question})
    assert r.status_code == 200, r.text
    assert expected in r.json()["answer"] and r.json()["evidence"], r.json()


def test_seed_path_zhou_tong_wang_fei(client):
    p = client.get("/path", params={"from": "周童", "to": "王飞"}).json()
    assert p["connected"] and p["nodes"][0]["name"] == "周童" and p["nodes"][-1]["name"] == "王飞"
    assert all(r["evidence"] for r in p["relationships"] if r["type"] != "PART_OF")
