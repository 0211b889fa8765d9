"""Writes `cypher/schema.cypher` and the generated `cypher/writes/*.cypher` from
`loaders/schema.py` (`make cypher`, or `python -m graph.cypher_gen [--check] [--out DIR]`).

The files are checked in, so the Cypher pack stays readable and runnable on its own
(cypher-shell, Neo4j Browser); tests/test_cypher_generated.py fails when they differ from
what the schema gives. The other write files (delete_*, document_state,
superseded_documents) are written by hand and left alone.
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from graph import write_queries as W
from loaders.schema import NODE_TYPES, RELATIONSHIP_TYPE, relationship_ends

PACK = Path(__file__).resolve().parent.parent / "cypher"
MARK = "Generated from loaders/schema.py by `make cypher`: edit the schema, not this file."
WIDTH = 95


def generated() -> dict[str, str]:
    """Every generated file, by its path under cypher/, with its text."""
    out = {"schema.cypher": _schema_file()}
    for node in NODE_TYPES:
        out[f"writes/{W.node_query_name(node.label)}.cypher"] = _node_file(node)
    for rel_type, start, end in relationship_ends():
        out[f"writes/{W.relationship_query_name(rel_type, start, end)}.cypher"] = \
            _relationship_file(rel_type, start, end)
    return out


def stale(pack: Path) -> list[Path]:
    """Generated files in `pack` that the schema no longer gives (a type or pair removed)."""
    names = set(generated())
    return sorted(p for p in pack.rglob("*.cypher")
                  if p.relative_to(pack).as_posix() not in names and MARK in p.read_text(encoding="utf-8"))


def write(pack: Path = PACK) -> tuple[list[Path], list[Path]]:
    """Writes the files that changed and removes stale ones; returns (written, removed)."""
    written = []
    for name, text in generated().items():
        path = pack / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    removed = stale(pack)
    for path in removed:
        path.unlink()
    return written, removed


def differences(pack: Path = PACK) -> list[str]:
    """What `write(pack)` would change, in words (empty when the pack is up to date)."""
    out = []
    for name, text in generated().items():
        path = pack / name
        if not path.is_file():
            out.append(f"missing: cypher/{name}")
        elif path.read_text(encoding="utf-8") != text:
            out.append(f"differs: cypher/{name}")
    out += [f"stale: cypher/{p.relative_to(pack).as_posix()}" for p in stale(pack)]
    return out


# -- the files: a header comment (title line first), then the statements ------------------

def _comment(*paragraphs: str) -> str:
    lines = []
    for text in paragraphs:
        lines += textwrap.wrap(text, WIDTH - 3, subsequent_indent="   " if text.startswith("$") else "",
                               break_long_words=False, break_on_hyphens=False)
    return "".join(f"// {line}\n" for line in lines)


def _schema_file() -> str:
    head = _comment(
        "govkg schema: a uniqueness constraint on `key` per label, and look-up indexes on the "
        "properties the named queries match on (Neo4j 5 syntax).",
        MARK,
        "Applied on every build; IF NOT EXISTS makes it idempotent. Run in cypher-shell with :source.",
        "no parameters")
    return head + "\n" + "".join(f"{s};\n" for s in W.schema_statements())


def _node_file(node) -> str:
    props = ", ".join(p.name for p in node.properties if not (node.aliased and p.name == "aliases"))
    if node.aliased:
        rows = (f"$rows: [{{key, props, aliases}}]; props ({props}) replace the stored values, "
                "aliases are added to the stored list")
    else:
        rows = f"$rows: [{{key, props}}]; props ({props}) replace the stored values"
    head = _comment(f"Merge {node.label} nodes by key", MARK, f"{node.label}: {node.meaning}.", rows)
    return head + W.merge_nodes(node.label) + "\n"


def _relationship_file(rel_type: str, start: str, end: str) -> str:
    rel = RELATIONSHIP_TYPE[rel_type]
    props = ", ".join(p.name for p in rel.properties)
    head = _comment(
        f"Merge {rel_type} relationships ({start} -> {end}) by key", MARK,
        f"{rel_type}: {rel.meaning}.",
        f"$rows: [{{key, start, end, props}}]; start and end are node keys, props ({props}) "
        "replace the stored values")
    return head + W.merge_relationships(rel_type, start, end) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.cypher_gen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PACK, help="the cypher/ folder to write (default: this tree's)")
    parser.add_argument("--check", action="store_true", help="only say what would change; exit 1 if anything would")
    args = parser.parse_args(argv)
    if args.check:
        diff = differences(args.out)
        print("\n".join(diff) if diff else "cypher/ is up to date with loaders/schema.py")
        return 1 if diff else 0
    written, removed = write(args.out)
    for p in written:
        print(f"wrote   {p}")
    for p in removed:
        print(f"removed {p}")
    if not written and not removed:
        print("cypher/ is up to date with loaders/schema.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
