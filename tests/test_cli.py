"""The command line as a user runs it: a subprocess, exit codes, no tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEEDS

GOVKG = [str(Path(sys.executable).parent / "govkg")]


def run(*args: str, env_data: Path | None = None) -> subprocess.CompletedProcess:
    import os
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    if env_data:
        env["GOVKG_DATA"] = str(env_data)
    return subprocess.run([*GOVKG, *args], capture_output=True, text=True, timeout=300, env=env)


def test_extract_prints_the_scorer_contract():
    r = run("extract", str(SEEDS / "000_4546e12d9f60bd29.txt"), "--format", "json")
    assert r.returncode == 0, r.stderr
    graph = json.loads(r.stdout)
    ids = {n["id"] for n in graph["nodes"]}
    assert all(set(n) >= {"id", "labels", "properties"} for n in graph["nodes"])
    assert all(r["start"] in ids and r["end"] in ids for r in graph["relationships"])
    assert any("Person" in n["labels"] and n["properties"]["name"] == "周童" for n in graph["nodes"])


def test_extract_missing_file_is_a_clear_error():
    r = run("extract", "no/such/bulletin.txt")
    assert r.returncode != 0
    assert "no such file" in r.stderr and "Traceback" not in r.stderr


def test_build_stats_query_and_cypher(tmp_path, data_dir):
    data = tmp_path / "store"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(SEEDS.joinpath("003_c4740e32d0d06a7b.txt").read_text(encoding="utf-8"),
                                   encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    built = run("build", str(folder), env_data=data)
    assert built.returncode == 1, built.stderr
    assert "broken.txt" in built.stderr and "Traceback" not in built.stderr
    assert "1 of 2 documents" in built.stderr
    stats = run("stats", env_data=data)
    assert stats.returncode == 0 and "Document" in stats.stdout and "Article" in stats.stdout
    q = run("query", "node_counts", "--json", env_data=data)
    assert {r["label"] for r in json.loads(q.stdout)} >= {"Document", "Article"}
    missing = run("query", "who_chaired", env_data=data)
    assert missing.returncode == 2 and "name" in missing.stderr
    c = run("cypher", "MATCH (d:Document) RETURN count(d) AS n", "--json", env_data=data)
    assert json.loads(c.stdout) == [{"n": 1}]
    refused = run("cypher", "MATCH (d:Document) DETACH DELETE d", env_data=data)
    assert refused.returncode == 2 and "read-only" in refused.stderr


def test_a_second_command_joins_the_running_server(seeded, data_dir):
    """While one process holds the embedded server (the session's store), a CLI command on
    the same data folder connects to it instead of failing on the database lock, and
    leaves it running."""
    from graph import arcadedb

    before = arcadedb.read_info(data_dir)
    assert before is not None
    r = run("stats", env_data=data_dir)
    assert r.returncode == 0, r.stderr
    assert "Document" in r.stdout
    after = arcadedb.read_info(data_dir)
    assert after is not None and after.pid == before.pid
    assert seeded.run_named("node_counts")  # our own connection still works


def test_a_server_left_behind_by_a_killed_command_is_adopted_and_stopped(tmp_path):
    """A command killed before it could stop its server leaves it running; the next
    command adopts it and stops it when done, so servers do not pile up."""
    import os
    import signal
    import time

    from graph import arcadedb

    data = tmp_path / "store"
    holder = subprocess.Popen([*GOVKG, "serve", "--port", "0", "--data", str(data)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while (info := arcadedb.read_info(data)) is None:
            assert time.monotonic() < deadline and holder.poll() is None
            time.sleep(0.2)
        assert info.owner == holder.pid
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # no chance to clean up
        holder.wait()
    assert arcadedb.read_info(data) is not None, "the database outlives its killed owner"
    r = run("stats", env_data=data)
    assert r.returncode == 0, r.stderr
    assert arcadedb.read_info(data) is None, "the next command adopted it and stopped it"


def test_ner_prints_one_json_line_per_input_line():
    lines = "党委书记王建设主持召开会议\n\n河南省新乡市財政局\n"
    r = subprocess.run([*GOVKG, "ner"], input=lines, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 3
    first = out[0]
    assert {"label": "PER", "text": "王建设"}.items() <= next(e for e in first["entities"] if e["label"] == "PER").items()
    assert all(first["text"][e["start"]:e["end"]] == e["text"] for e in first["entities"])
    assert out[1]["entities"] == []
    assert any(e["label"] in ("ORG", "LOC") for e in out[2]["entities"])
    bad = subprocess.run([*GOVKG, "ner", "--ner", "nosuch"], input="x\n", capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown NER backend" in bad.stderr
