"""Neo4j's own parser and semantic analysis check the Cypher pack (cypher/lint/lint.mjs).

The linter declares govkg's labels, relationship types and each file's documented
parameters; any error fails. Deprecation warnings are printed, not failed on: the
`CALL { WITH … }` subqueries are what ArcadeDB runs (it lacks `CALL (x) { … }`).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "cypher" / "lint"


def lint(*files: Path) -> tuple[int, dict]:
    if shutil.which("node") is None or not (LINT / "node_modules").is_dir():
        pytest.fail("the Cypher linter is not installed: run `make node-deps` (node + npm ci in cypher/lint)")
    run = subprocess.run(
        ["node", str(LINT / "lint.mjs"), "--json", *map(str, files)],
        cwd=ROOT, env={**os.environ, "GOVKG_PYTHON": sys.executable},
        capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    return run.returncode, json.loads(run.stdout)


def diagnostics(report: dict, severity: str) -> list[str]:
    return [f"{f['file']}:{d['line']}:{d['column']} {d['message']}"
            for f in report["files"] for d in f["diagnostics"] if d["severity"] == severity]


def test_the_pack_has_no_errors():
    code, report = lint()
    linted = {f["file"] for f in report["files"]}
    tracked = subprocess.run(["git", "ls-files", "*.cypher"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    assert linted == set(tracked) and "cypher/schema.cypher" in linted
    assert len(linted) >= 60
    found = diagnostics(report, "warning")
    summary = f"{len(linted)} files, {report['errors']} errors, {report['warnings']} warnings"
    print(summary, *found, sep="\n  ")
    if found:
        warnings.warn(f"Cypher lint: {summary}:\n  " + "\n  ".join(found), stacklevel=1)
    assert diagnostics(report, "error") == [] and code == 0


BROKEN = {
    "syntax error": ("// a typo\nMATCH (p:Person)\nRETRN p.name\n", 3, "Invalid input 'RETRN'"),
    "undocumented parameter": ("// a person\n// $name: the person's name\n"
                               "MATCH (p:Person {name: $name})\nRETURN p.key AS id LIMIT $limit\n",
                               4, "Parameter $limit is not defined"),
    "unknown label": ("// a typo in a label\nMATCH (p:Persn)\nRETURN p.name\n", 2, "Label Persn"),
    "unknown relationship type": ("// a typo in a type\nMATCH (p:Person)-[:CHAIRD]->(e:Event)\nRETURN e.name\n",
                                  2, "Relationship type CHAIRD"),
    "undefined variable": ("// a variable never bound\nMATCH (p:Person)\nRETURN q.name\n", 3, "Variable `q` not defined"),
    "error in a later statement": ("// two statements, as in schema.cypher\n"
                                   "CREATE INDEX a IF NOT EXISTS FOR (n:Person) ON (n.name);\n"
                                   "CREATE INDEX b IF NOT EXISTS FOR (n:Zone) ON (m.name);\n", 3, "Variable `m` not defined"),
}


@pytest.fixture(scope="module")
def broken_report(tmp_path_factory):
    """One linter run over a file per BROKEN case (node and the parser load once)."""
    folder = tmp_path_factory.mktemp("broken")
    paths = []
    for i, (text, _, _) in enumerate(BROKEN.values()):
        paths.append(folder / f"broken_{i}.cypher")
        paths[-1].write_text(text, encoding="utf-8")
    code, report = lint(*paths)
    assert code == 1
    return {what: f["diagnostics"] for what, f in zip(BROKEN, report["files"], strict=True)}


@pytest.mark.parametrize("what", BROKEN)
def test_a_broken_query_is_an_error(broken_report, what):
    _, line, message = BROKEN[what]
    errors = [d for d in broken_report[what] if d["severity"] == "error"]
    assert any(d["line"] == line and message in d["message"] for d in errors), errors


def test_parameters_documented_in_the_header_are_declared(tmp_path):
    path = tmp_path / "ok.cypher"
    path.write_text("// a person's events\n// $name: the person's name; $from, $to: ISO dates\n"
                    "MATCH (p:Person {name: $name})-[:CHAIRED]->(e:Event)\n"
                    "WHERE e.date >= $from AND e.date <= $to\nRETURN e.name\n", encoding="utf-8")
    code, report = lint(path)
    assert (code, report["errors"], report["warnings"]) == (0, 0, 0), report
