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
