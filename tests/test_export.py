"""Exports (JSON, GraphML, GEXF, Cypher script, neo4j-admin CSV) and the JSON import: round
trips into empty stores give the same graph; Chinese text and properties survive."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import orgchart_data as D
from api.cli import app as cli_app
from graph import arcadedb
from graph import export as ex
from graph.importer import ImportFailed, import_file, import_graph
from graph.load import load_document
from graph.store import Store
from loaders.settings import Settings


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("export-data")


@pytest.fixture(scope="module")
def graph_store(graph_dir):
    """A store with a graph written for these tests: people, bodies, zones, posts (with
    Chinese evidence, null-free properties, alias lists)."""
    s = Store.open(Settings(data=graph_dir), keep_server=True)
    s.apply_schema()
    for facts in (D.zone_bulletin(), *D.handover_bulletins()):
        load_document(s, facts, force=True)
    yield s
    s.close()
    arcadedb.stop(graph_dir)


def counts(store) -> tuple[dict, dict]:
    nodes = {r["label"]: r["count"] for r in store.run_named("node_counts")}
    rels = {r["type"]: r["count"] for r in store.run_named("relationship_counts")}
    return nodes, rels


def test_json_export_is_the_extract_contract(graph_store, tmp_path):
    path = tmp_path / "graph.json"
    result = ex.export(graph_store, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    nodes, rels = counts(graph_store)
    assert len(data["nodes"]) == result["nodes"] == sum(nodes.values())
    assert len(data["relationships"]) == result["relationships"] == sum(rels.values())
    assert "周童" in path.read_text(encoding="utf-8"), "Chinese written as is, not \\u escapes"
    n = next(n for n in data["nodes"] if n["properties"].get("name") == "三门峡经济开发区党工委")
    assert n["labels"] == ["Organisation"] and n["id"].startswith("org:")
    assert n["properties"]["aliases"] == ["开发区党工委"] and "key" not in n["properties"]
    r = next(r for r in data["relationships"] if r["type"] == "HOLDS_POSITION"
             and r["properties"]["title"] == "党工委书记")
    assert set(r) == {"id", "type", "start", "end", "properties"}
    assert r["properties"]["evidence"] == "经济开发区党工委书记周童出席会议并讲话"


def test_json_round_trip_into_an_empty_store(graph_store, empty_store, tmp_path):
    path = tmp_path / "graph.json"
    ex.export(graph_store, "json", path)
    result = import_file(empty_store, path)
    assert counts(empty_store) == counts(graph_store)
    assert result.nodes == sum(counts(graph_store)[0].values())
    again = tmp_path / "again.json"
    ex.export(empty_store, "json", again)
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(path.read_text(encoding="utf-8"))
    import_file(empty_store, path)  # idempotent
    assert counts(empty_store) == counts(graph_store)


def test_seed_round_trip(seeded, empty_store, tmp_path):
    path = tmp_path / "seeds.json"
    ex.export(seeded, "json", path)
    import_file(empty_store, path)
    assert counts(empty_store) == counts(seeded)
    assert sum(counts(seeded)[0].values()) > 0


def test_import_refuses_what_is_not_the_contract(empty_store, tmp_path):
    bad = {"nodes": [{"id": "x:1", "labels": ["Alien"], "properties": {}}], "relationships": []}
    with pytest.raises(ImportFailed, match="Alien"):
        import_graph(empty_store, bad)
    dangling = {"nodes": [], "relationships": [{"id": "r", "type": "PART_OF", "start": "a", "end": "b",
                                                "properties": {}}]}
    with pytest.raises(ImportFailed, match="not among the nodes"):
        import_graph(empty_store, dangling)
    wrong_pair = {"nodes": [{"id": "per:1", "labels": ["Person"], "properties": {"name": "甲"}},
                            {"id": "zon:1", "labels": ["Zone"], "properties": {"name": "乙"}}],
                  "relationships": [{"id": "r", "type": "HOLDS_POSITION", "start": "per:1", "end": "zon:1",
                                     "properties": {}}]}
    with pytest.raises(ImportFailed, match="graph contract"):
        import_graph(empty_store, wrong_pair)
    assert sum(counts(empty_store)[0].values()) == 0, "nothing written when the file is refused"
    (tmp_path / "x.json").write_text("not json", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not JSON"):
        import_file(empty_store, tmp_path / "x.json")


def test_graphml_reread_by_networkx(graph_store, tmp_path):
    path = tmp_path / "graph.graphml"
    result = ex.export(graph_store, "graphml", path)
    g = nx.read_graphml(path)
    assert g.number_of_nodes() == result["nodes"] == sum(counts(graph_store)[0].values())
    assert g.number_of_edges() == result["relationships"] == sum(counts(graph_store)[1].values())
    zt = next(n for n, d in g.nodes(data=True) if d.get("name") == "周童")
    assert g.nodes[zt]["labels"] == ":Person" and g.nodes[zt]["label"] == "周童"
    posts = [d for _, _, d in g.out_edges(zt, data=True)]
    assert posts and posts[0]["rel_type"] == "HOLDS_POSITION" and posts[0]["title"] == "党工委书记"
    org = next(d for _, d in g.nodes(data=True) if d.get("name") == "三门峡经济开发区党工委")
    assert json.loads(org["aliases"]) == ["开发区党工委"]


def test_gexf_reread_by_networkx(graph_store, tmp_path):
    path = tmp_path / "graph.gexf"
    result = ex.export(graph_store, "gexf", path)
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == result["nodes"]
    assert g.number_of_edges() == result["relationships"]
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"周童", "宋黎静", "三门峡经济开发区"} <= labels
    assert {d.get("label") for _, _, d in g.edges(data=True)} >= {"HOLDS_POSITION", "PART_OF", "LOCATED_IN"}


def test_cypher_script_recreates_the_graph(graph_store, empty_store, tmp_path):
    path = tmp_path / "graph.cypher"
    ex.CYPHER_BATCH, old = 7, ex.CYPHER_BATCH   # several batches per label
    try:
        ex.export(graph_store, "cypher", path)
    finally:
        ex.CYPHER_BATCH = old
    text = path.read_text(encoding="utf-8")
    statements = ex.script_statements(text)
    assert statements[0].startswith("CREATE CONSTRAINT") and "apoc" not in text.lower()
    assert "CALL (" not in text and "宋黎静" in text
    with empty_store.session() as s:  # what cypher-shell -f does: one statement after the other
        for st in statements:
            s.run(st).consume()
    assert counts(empty_store) == counts(graph_store)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    ex.export(graph_store, "json", a)
    ex.export(empty_store, "json", b)
    assert json.loads(a.read_text(encoding="utf-8")) == json.loads(b.read_text(encoding="utf-8"))


def test_cypher_literals_escape():
    assert ex._literal('他说"好"\n;\\') == '"他说\\"好\\"\\n;\\\\"'
    assert ex._literal({"a b": [1, 2.5, True, None]}) == "{`a b`: [1, 2.5, true, null]}"


def test_csv_for_neo4j_admin_import(graph_store, tmp_path):
    folder = tmp_path / "csv"
    result = ex.export(graph_store, "csv", folder)
    nodes, rels = counts(graph_store)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"nodes_{lab}.csv" for lab in nodes] + [f"relationships_{t}.csv" for t in rels]
                           + ["import.sh"])
    ids = set()
    for label, n in nodes.items():
        with (folder / f"nodes_{label}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header = rows[0]
        assert header[0] == "key:ID" and header[-1] == ":LABEL"
        assert all(":" in h for h in header), header
        assert len(rows) - 1 == n and {r[-1] for r in rows[1:]} == {label}
        ids.update(r[0] for r in rows[1:])
        if label == "Organisation":
            assert "aliases:string[]" in header
            row = next(dict(zip(header, r)) for r in rows[1:] if "三门峡经济开发区党工委" in r)
            assert row["aliases:string[]"] == "开发区党工委" and row["short:string"] == "党工委"
    for rtype, n in rels.items():
        with (folder / f"relationships_{rtype}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][:4] == [":START_ID", ":END_ID", ":TYPE", "key:string"]
        assert len(rows) - 1 == n
        assert all(r[0] in ids and r[1] in ids and r[2] == rtype for r in rows[1:])
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--nodes=nodes_Person.csv" in script
    assert len(result["files"]) == len(names)


def test_cli_export_and_import(graph_dir, graph_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "g.json"
    r = runner.invoke(cli_app, ["export", "--format", "json", "-o", str(out), "--data", str(graph_dir)])
    assert r.exit_code == 0, r.output
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == sum(counts(graph_store)[0].values())
    for fmt, name in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("cypher", "g.cypher"), ("csv", "csvdir")):
        r = runner.invoke(cli_app, ["export", "-f", fmt, "-o", str(tmp_path / name), "--data", str(graph_dir)])
        assert r.exit_code == 0 and (tmp_path / name).exists(), (fmt, r.output)
    r = runner.invoke(cli_app, ["export", "-f", "xml", "-o", str(tmp_path / "x"), "--data", str(graph_dir)])
    assert r.exit_code == 2
    other = tmp_path / "other-store"
    try:
        r = runner.invoke(cli_app, ["import", str(out), "--data", str(other)])
        assert r.exit_code == 0, r.output
        with Store.open(Settings(data=other), keep_server=True) as s:
            assert counts(s) == counts(graph_store)
        r = runner.invoke(cli_app, ["import", str(tmp_path / "missing.json"), "--data", str(other)])
        assert r.exit_code == 2
    finally:
        arcadedb.stop(other)
