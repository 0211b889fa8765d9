"""Regenerates the outputs of the README's five-minute tour: runs each command of the tour
on the seeds with a fresh embedded store and writes what it printed between the README's
`<!-- tour NAME -->` and `<!-- /tour -->` markers.

    .venv/bin/python scripts/tour.py            # rewrite README.md
    .venv/bin/python scripts/tour.py --check    # exit 1 when a block's commands changed

Outputs that vary between runs (the store's folder, its port, the timing of the progress
bar) are written as a reader would see them on their own machine; long JSON answers are
abridged (strings cut at 40 characters, lists at 2 items) and say so.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOVKG = str(Path(sys.executable).parent / "govkg")
README = ROOT / "README.md"
SHOWN_GOVKG = ".venv/bin/govkg"
# the reader's defaults: no store or Neo4j settings of this shell, tables 110 columns wide
ENV = {k: v for k, v in os.environ.items() if not k.startswith(("GOVKG_", "NEO4J_"))} | {"COLUMNS": "110"}
QUERY = ("MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation)\n"
         "    WHERE p.name IN ['周童', '宋黎静'] AND r.title <> ''\n"
         "    RETURN DISTINCT p.name AS person, r.title AS title, o.name AS organisation ORDER BY person, title")


def run(args: list[str], data: Path) -> str:
    out = subprocess.run([GOVKG, *args, "--data", str(data)] if args[0] != "extract" else [GOVKG, *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=900, env=ENV)
    if out.returncode != 0:
        raise SystemExit(f"govkg {' '.join(args)} failed:\n{out.stderr}")
    return out.stdout + out.stderr


def shown(text: str, data: Path) -> str:
    text = text.replace(str(data), "/home/you/govkg/.govkg")
    return re.sub(r"bolt://127\.0\.0\.1:\d+", "bolt://127.0.0.1:7687", text).rstrip()


def abridge(value, depth: int = 0):
    if isinstance(value, str):
        return value if len(value) <= 40 else value[:40] + "…"
    if isinstance(value, list):
        items = [abridge(v, depth + 1) for v in value[:2]]
        return items + ["…"] if len(value) > 2 else items
    if isinstance(value, dict):
        return {k: abridge(v, depth + 1) for k, v in value.items()}
    return value


def get(port: int, path: str) -> str:
    url = f"http://127.0.0.1:{port}{urllib.parse.quote(path, safe='/?=&')}"
    with urllib.request.urlopen(url, timeout=60) as r:
        body = json.loads(r.read())
    short = abridge(body)
    return compact(short) + ("\n(abridged)" if short != body else "")


def compact(body: dict) -> str:
    """One line per key, one per item of a list of records (what a reader scans)."""
    def dumps(v) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))
    lines = ["{"]
    for i, (k, v) in enumerate(body.items()):
        comma = "," if i < len(body) - 1 else ""
        if isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f' "{k}": [')
            lines += [f"   {dumps(item)}" + ("," if j < len(v) - 1 else "") for j, item in enumerate(v)]
            lines.append(" ]" + comma)
        else:
            lines.append(f' "{k}": {dumps(v)}{comma}')
    return "\n".join(lines + ["}"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(data: Path):
    port = free_port()
    proc = subprocess.Popen([GOVKG, "serve", "--port", str(port), "--data", str(data)], cwd=ROOT, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/schema", timeout=5)
            return proc, port
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("govkg serve did not answer within 180 s")


def outputs() -> dict[str, str]:
    blocks: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        run(["server", "start"], data)
        try:
            blocks["build"] = f"$ {SHOWN_GOVKG} build seeds/\n" + shown(run(["build", "seeds/"], data), data)
            blocks["stats"] = f"$ {SHOWN_GOVKG} stats\n" + shown(run(["stats"], data), data)
            blocks["cypher"] = f'$ {SHOWN_GOVKG} cypher "{QUERY}"\n' + shown(run(["cypher", QUERY], data), data)
            proc, port = serve(data)
            try:
                events = get(port, "/events?chaired_by=宋黎静")
                ask = get(port, "/ask?q=谁是三门峡经济开发区管委会主任")
            finally:
                proc.send_signal(signal.SIGINT)
                proc.wait(timeout=60)
            blocks["serve"] = (f"$ {SHOWN_GOVKG} serve            # --workers 2 on a multi-core machine\n"
                               f"$ curl '127.0.0.1:8000/events?chaired_by=宋黎静'\n{events}\n\n"
                               f"$ curl '127.0.0.1:8000/ask?q=谁是三门峡经济开发区管委会主任'\n{ask}")
        finally:
            run(["server", "stop"], data)
    doc = run(["extract", "seeds/000_4546e12d9f60bd29.txt", "--format", "json"], data)
    blocks["extract"] = (f"$ {SHOWN_GOVKG} extract seeds/000_4546e12d9f60bd29.txt --format json | head -16\n"
                         + "\n".join(doc.splitlines()[:16]))
    return blocks


BLOCK = re.compile(r"(<!-- tour (\w+) -->\n)(.*?)(<!-- /tour -->)", re.S)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check that every block is marked")
    a = ap.parse_args()
    readme = README.read_text(encoding="utf-8")
    names = [m.group(2) for m in BLOCK.finditer(readme)]
    expected = ["build", "stats", "cypher", "serve", "extract"]
    if names != expected:
        raise SystemExit(f"README tour blocks {names}, expected {expected}")
    if a.check:
        return
    blocks = outputs()

    def fill(m: re.Match) -> str:
        body = "\n".join("    " + ln if ln else "" for ln in blocks[m.group(2)].splitlines())
        return f"{m.group(1)}\n{body}\n\n{m.group(4)}"

    README.write_text(BLOCK.sub(fill, readme), encoding="utf-8")
    print("README.md: tour outputs regenerated (" + ", ".join(expected) + ")")


if __name__ == "__main__":
    main()
