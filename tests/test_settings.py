"""The settings: every variable read in one place and once, the command's flags over the
environment, and `govkg serve --workers` handing its settings to the workers (no
environment writes: tests/test_architecture.py checks the source for those)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from graph import arcadedb
from graph.store import resolve_target
from loaders.settings import VARIABLES, Settings, current

GOVKG = str(Path(sys.executable).parent / "govkg")
SEED = SEEDS / "003_c4740e32d0d06a7b.txt"


def clean_env(**variables: str) -> dict[str, str]:
    """A process environment with none of the product's variables but those given."""
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES.values()}
    env["PYTHONPATH"] = str(ROOT)
    return {**env, **variables}


def govkg(*args: str, cwd: Path | None = None, **variables: str) -> subprocess.CompletedProcess:
    return subprocess.run([GOVKG, *args], capture_output=True, text=True, timeout=300, cwd=cwd,
                          env=clean_env(**variables))


def test_every_variable_is_read():
    env = {"NEO4J_URI": "bolt://db:7687", "NEO4J_USER": "u", "NEO4J_PASSWORD": "secret",
           "NEO4J_DATABASE": "kg", "GOVKG_DATA": "/srv/kg", "GOVKG_HEAP": "2g",
           "GOVKG_ALIASES": "/etc/aliases.yaml", "HANLP_HOME": "/opt/hanlp"}
    assert set(VARIABLES.values()) == set(env)
    s = Settings.from_env(env)
    assert s == Settings(neo4j_uri="bolt://db:7687", neo4j_user="u", neo4j_password="secret",
                         neo4j_database="kg", data=Path("/srv/kg"), heap="2g",
                         aliases=Path("/etc/aliases.yaml"), hanlp_home=Path("/opt/hanlp"))
    assert "secret" not in repr(s)


def test_the_readme_lists_every_variable():
    table = (ROOT / "README.md").read_text(encoding="utf-8").split("## Settings", 1)[1].split("\n## ", 1)[0]
    assert "loaders/settings.py" in table
    assert [v for v in VARIABLES.values() if f"| `{v}` |" not in table] == []


def test_unset_or_empty_variables_leave_the_defaults():
    s = Settings.from_env({"NEO4J_URI": "", "GOVKG_HEAP": ""})
    assert s == Settings()
    assert (s.neo4j_uri, s.neo4j_user, s.data, s.heap, s.aliases, s.hanlp_home) == \
        (None, "neo4j", Path(".govkg"), "1g", None, None)


def test_flags_override_and_absent_flags_keep():
    s = Settings.from_env({"GOVKG_DATA": "/env/data", "NEO4J_URI": "bolt://env:7687"})
    flagged = s.override(data=Path("/flag/data"), neo4j_uri=None, aliases=None)
    assert flagged.data == Path("/flag/data") and flagged.neo4j_uri == "bolt://env:7687"
    assert flagged.aliases is None and s.data == Path("/env/data")
    with pytest.raises(FrozenInstanceError):
        s.data = Path("elsewhere")  # type: ignore[misc]


def test_the_environment_is_read_once(monkeypatch):
    monkeypatch.setenv("GOVKG_HEAP", "3g")
    current.cache_clear()
    try:
        first = current()
        monkeypatch.setenv("GOVKG_HEAP", "5g")
        assert current() is first and current().heap == "3g"
    finally:
        current.cache_clear()


def test_the_store_target_comes_from_the_settings_only(monkeypatch, tmp_path):
    monkeypatch.setenv("NEO4J_URI", "bolt://not-this:7687")
    embedded = resolve_target(Settings(data=tmp_path / "kg"))
    assert embedded.embedded_root == (tmp_path / "kg").resolve() and embedded.uri == ""
    server = resolve_target(Settings(neo4j_uri="bolt://db:7687", neo4j_user="u", neo4j_password="p"))
    assert (server.uri, server.user, server.password, server.embedded_root) == ("bolt://db:7687", "u", "p", None)


def test_aliases_flag_over_the_environment(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("persons:\n  - name: 武大斌\n    variants: [武斌]\n", encoding="utf-8")
    missing = str(tmp_path / "missing.yaml")

    refused = govkg("extract", str(SEED), "--ner", "rules", GOVKG_ALIASES=missing)
    assert refused.returncode == 2 and "no such aliases file" in " ".join(refused.stderr.split())

    for r in (govkg("extract", str(SEED), "--ner", "rules", "--aliases", str(good), GOVKG_ALIASES=missing),
              govkg("extract", str(SEED), "--ner", "rules", GOVKG_ALIASES=str(good))):
        assert r.returncode == 0, r.stderr
        persons = {n["properties"]["name"] for n in json.loads(r.stdout)["nodes"] if "Person" in n["labels"]}
        assert "武大斌" in persons and "武斌" not in persons


def test_data_flag_over_the_environment_and_heap_from_it(tmp_path):
    """`govkg server start --data A` with GOVKG_DATA=B starts A's server, with the Java heap
    GOVKG_HEAP names; `server stop` with GOVKG_DATA=A and no flag stops it."""
    a, b = tmp_path / "a", tmp_path / "b"
    started = govkg("server", "start", "--data", str(a), GOVKG_DATA=str(b), GOVKG_HEAP="384m")
    try:
        assert started.returncode == 0, started.stderr
        info = arcadedb.read_info(a)
        assert info is not None and arcadedb.read_info(b) is None and not b.exists()
        java_args = Path(f"/proc/{info.pid}/cmdline").read_bytes().split(b"\0")
        assert b"-Xmx384m" in java_args
    finally:
        stopped = govkg("server", "stop", GOVKG_DATA=str(a))
    assert stopped.returncode == 0 and "stopped" in stopped.stdout, stopped.stderr
    assert arcadedb.read_info(a) is None


def test_serve_workers_use_the_data_flag(tmp_path):
    """Two workers, a clean environment, a working directory elsewhere: every answer comes
    from the store of --data, and no worker falls back to ./.govkg."""
    data, elsewhere, log = tmp_path / "store", tmp_path / "cwd", tmp_path / "serve.log"
    elsewhere.mkdir()
    with open(log, "w") as stderr:
        server = subprocess.Popen([GOVKG, "serve", "--workers", "2", "--port", "0", "--data", str(data),
                                   "--build", str(SEED), "--ner", "rules"],
                                  cwd=elsewhere, env=clean_env(), stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 180
        while "govkg API on http://" not in log.read_text():
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        url = log.read_text().split("govkg API on ", 1)[1].split("/", 3)[:3]
        base = "/".join(url)
        answers = []
        for _ in range(20):  # a worker accepts only once its store is open: no retries needed
            try:
                with urllib.request.urlopen(f"{base}/readyz", timeout=60) as response:
                    answers.append((response.status, json.load(response)))
            except urllib.error.HTTPError as exc:
                answers.append((exc.code, json.load(exc)))
        assert all(status == 200 and str(data.resolve()) in body["detail"] for status, body in answers), answers
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)
    assert not (elsewhere / ".govkg").exists(), "a worker opened the default store"
    assert arcadedb.read_info(data) is None, "serve stops the server it started"
