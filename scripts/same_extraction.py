"""Checks that a change leaves extraction output byte-identical.

Runs `read_document(...).to_json()` on every annotated document (the seeds, every
tests/data/*/docs set, ../shared/realdev docs and pages) in two source trees — the working
tree and a git revision checked out as a temporary worktree — and compares the JSON byte for
byte. A refactor of the extraction must print "identical" for every document.

    .venv/bin/python scripts/same_extraction.py --base HEAD~3          # compare with a revision
    .venv/bin/python scripts/same_extraction.py --snapshot DIR          # write this tree's output
    .venv/bin/python scripts/same_extraction.py --against DIR           # compare with a snapshot
"""
from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# run inside the tree under test: its own `loaders` package, whatever its internals look like
SNAPSHOT_CODE = """
import json, sys
from pathlib import Path
from loaders.pipeline import read_document
ner, out = sys.argv[1], Path(sys.argv[2])
for line in sys.stdin:
    name, path = line.rstrip("\\n").split("\\t")
    try:
        text = read_document(path, ner=ner).to_json()
    except Exception as exc:            # a failure is an output too: it must stay the same
        text = "ERROR " + type(exc).__name__ + ": " + str(exc)
    (out / (name + ".json")).write_text(text, encoding="utf-8")
"""


def documents() -> dict[str, Path]:
    """Every annotated document, by a stable name."""
    sets = {"seeds": sorted((ROOT / "seeds").glob("*.txt"))}
    for d in sorted((ROOT / "tests" / "data").glob("*/docs")):
        sets[d.parent.name] = sorted(p for p in d.iterdir() if p.is_file())
    sets["realdev"] = sorted((SHARED / "realdev" / "docs").glob("*.txt"))
    sets["realdev-pages"] = sorted((SHARED / "realdev" / "pages").glob("*.html"))
    return {f"{s}__{p.name}": p.resolve() for s, paths in sets.items() for p in paths}


def snapshot(tree: Path, out: Path, ner: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    listing = "".join(f"{name}\t{path}\n" for name, path in documents().items())
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, "-c", SNAPSHOT_CODE, ner, str(out)], input=listing, text=True,
                   cwd=tree, env=env, check=True)


def compare(a: Path, b: Path) -> int:
    """Prints one line per document; returns the number that differ."""
    names = sorted({p.stem for p in a.glob("*.json")} | {p.stem for p in b.glob("*.json")})
    differ = 0
    for name in names:
        x, y = a / f"{name}.json", b / f"{name}.json"
        if x.exists() and y.exists() and x.read_bytes() == y.read_bytes():
            continue
        differ += 1
        print(f"DIFFERS  {name}")
        if x.exists() and y.exists():
            diff = difflib.unified_diff(x.read_text().splitlines(), y.read_text().splitlines(),
                                        "base", "tree", lineterm="", n=1)
            for line in list(diff)[:40]:
                print("    " + line)
    print(f"{len(names) - differ} of {len(names)} documents identical, {differ} differ")
    return differ


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", help="git revision to compare the working tree with")
    ap.add_argument("--snapshot", type=Path, help="write this tree's output to DIR")
    ap.add_argument("--against", type=Path, help="compare this tree's output with a snapshot DIR")
    ap.add_argument("--ner", default="lac", help="name finder backend(s), comma-separated (default lac)")
    args = ap.parse_args()
    backends = args.ner.split(",")
    if args.snapshot:
        for ner in backends:
            snapshot(ROOT, args.snapshot / ner, ner)
        print(f"{len(documents())} documents x {len(backends)} backend(s) written to {args.snapshot}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = args.against
        if args.base:
            tree = tmp / "base-tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.base],
                           check=True)
            try:
                for ner in backends:
                    snapshot(tree, tmp / "base" / ner, ner)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
            base = tmp / "base"
        if base is None:
            ap.error("give --base REV, --against DIR or --snapshot DIR")
        differ = 0
        for ner in backends:
            snapshot(ROOT, tmp / "tree" / ner, ner)
            print(f"-- backend {ner}")
            differ += compare(base / ner, tmp / "tree" / ner)
        return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
