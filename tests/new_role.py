"""A new way of taking part in an event, added as loaders/schema.py says (a row in
EVENT_ROLES, then `make cypher`) and nothing else, served by the real API on a real store.

    python tests/new_role.py OUT_DIR        (tests/test_event_roles.py runs it)

Its own process, because the schema is read once per process: it runs loaders/schema.py
with one more row, INSPECTED (检查), generates the Cypher pack from it into OUT_DIR (a copy
of cypher/, imported instead of the checked-in one), loads the API test graph
(tests/api_graph.py) plus an INSPECTED fact into a fresh embedded ArcadeDB, asks the API
and the named queries about it, opens the web page's person and event views in headless
Chromium (when there is one), and prints what they answered as JSON.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "loaders" / "schema.py"
ROW = ('EventRole("INSPECTED", "inspect", "role", "inspected_by", "inspected", "inspected", "inspectors", "检查",\n'
       '              "a person inspected an event; `role` is how (检查, 视察, 督导...)"),\n')


def schema_with_inspected():
    """loaders.schema, run from its file with ROW appended to EVENT_ROLES."""
    text = SCHEMA.read_text(encoding="utf-8")
    start = text.index("\nEVENT_ROLES = (\n")
    end = text.index("\n)\n", start) + 1        # the tuple's closing line
    text = text[:end] + "    " + ROW + text[end:]
    import loaders
    spec = importlib.util.spec_from_file_location("loaders.schema", SCHEMA)
    module = importlib.util.module_from_spec(spec)
    sys.modules["loaders.schema"] = module
    exec(compile(text, str(SCHEMA), "exec"), module.__dict__)
    loaders.schema = module
    return module


def main(out: Path) -> dict:
    schema = schema_with_inspected()
    pack = out / "pack"
    shutil.copytree(ROOT / "cypher", pack / "cypher", ignore=shutil.ignore_patterns("lint", "__pycache__"))
    sys.path.insert(0, str(pack))       # `import cypher` finds the copy
    from graph import cypher_gen
    written, _ = cypher_gen.write(pack / "cypher")
    import cypher
    assert Path(cypher.__file__).parent == pack / "cypher", cypher.__file__

    sys.path.insert(0, str(ROOT / "tests"))
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api_graph import K, S8, small_graph, src
    from graph import arcadedb
    from graph.load import load_document
    from graph.store import Store
    from loaders.settings import Settings

    facts = small_graph()
    facts[0].add_relationship("INSPECTED", K.liu, K.guanmo, "视察", role="视察", source=src(3, 0, 30), evidence=S8)
    data = out / "store"
    store = Store.open(Settings(data=data), keep_server=True)
    try:
        store.apply_schema()
        for f in facts:
            load_document(store, f, force=True)
        with TestClient(create_app(store)) as client:
            def get(path, **params):
                r = client.get(path, params=params)
                assert r.status_code == 200, (path, r.status_code, r.text)
                return r.json()
            spec = get("/openapi.json")["components"]["schemas"]
            person, event = get(f"/persons/{K.liu}"), get(f"/events/{K.guanmo}")
            return {
                "roles": [r.relation for r in schema.EVENT_ROLES],
                "written": sorted(p.relative_to(pack / "cypher").as_posix() for p in written),
                "schema": get("/schema"),
                "person_properties": list(spec["PersonProfile"]["properties"]),
                "event_properties": list(spec["EventDetail"]["properties"]),
                "person": person, "event": event,
                "events_of_person": [e["id"] for e in get("/events", attended_by="刘英群")["items"]],
                "events_filter": [r["id"] for r in store.run_named("events_filter", attended_by="刘英群",
                                                                   skip=0, limit=50)],
                "co_attendance": [r["name"] for r in store.run_named("co_attendance", id=K.liu, limit=10)],
                "ask_participants": get("/ask", q="谁参加了新能源汽车零部件产业园项目观摩活动")["answer"],
                "ask_events": get("/ask", q="刘英群参加了哪些活动")["answer"],
                "keys": {"liu": K.liu, "wang": K.wang, "guanmo": K.guanmo, "jjhy": K.jjhy},
                "web": web(create_app(store), K.liu, K.guanmo),
            }
    finally:
        store.close()
        arcadedb.stop(data)


def web(app, person: str, event: str) -> dict | None:
    """The role sections (id, heading, text) of the page's person and event views."""
    from live import CHROMIUM, CHROMIUM_ARGS, live_server
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright
    sections = """() => [...document.querySelectorAll('#view section')].map(
        s => [s.id, s.querySelector('h2').firstChild.textContent, s.innerText])"""
    out = {}
    with live_server(app) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        for view, key in (("person", person), ("event", event)):
            page.goto(f"{url}/#/{view}/{key}")
            page.wait_for_selector("body[data-page]")
            out[view] = page.evaluate(sections)
            page.evaluate("() => delete document.body.dataset.page")
        browser.close()
    out["errors"] = errors
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
