"""Exports of the whole graph: JSON (the `govkg extract` contract), GraphML and GEXF (via
networkx, for Gephi), a Cypher script for cypher-shell, and CSV for `neo4j-admin database import`.

Every export starts from one read of the graph (`read_graph`: the named queries
export_nodes / export_relationships), so they all hold the same nodes and relationships.
Node and relationship ids are their `key` properties (deterministic, see loaders/facts.py).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graph import write_queries as W
from loaders.schema import ALIASES, LABELS, NODE_TYPE

FORMATS = ("json", "graphml", "gexf", "cypher", "csv")
CYPHER_BATCH = 500


@dataclass
class GraphDump:
    nodes: list[dict[str, Any]]            # {id, labels, properties}
    relationships: list[dict[str, Any]]    # {id, type, start, end, properties}

    def to_json_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "relationships": self.relationships}


def read_graph(store) -> GraphDump:
    nodes = []
    for row in store.run_named("export_nodes"):
        props = {k: v for k, v in (row["properties"] or {}).items() if k != "key" and v is not None}
        nodes.append({"id": row["id"], "labels": list(row["labels"]), "properties": props})
    rels = []
    for row in store.run_named("export_relationships"):
        props = {k: v for k, v in (row["properties"] or {}).items() if k != "key" and v is not None}
        rid = row["id"] or _rel_id(row["type"], row["start"], row["end"], props)
        rels.append({"id": rid, "type": row["type"], "start": row["start"], "end": row["end"],
                     "properties": props})
    return GraphDump(nodes, rels)


def _rel_id(rel_type: str, start: str, end: str, props: dict[str, Any]) -> str:
    """An id for a relationship written by someone else without a `key`."""
    blob = json.dumps([rel_type, start, end, props], ensure_ascii=False, sort_keys=True)
    return "rel:" + hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def export(store, fmt: str, path: str | Path) -> dict[str, Any]:
    """Writes the graph to `path` (a file; for csv, a folder). Returns counts and the files."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; supported: {', '.join(FORMATS)}")
    dump = read_graph(store)
    path = Path(path)
    if fmt == "csv":
        files = write_csv(dump, path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        {"json": write_json, "graphml": write_graphml, "gexf": write_gexf,
         "cypher": write_cypher}[fmt](dump, path)
        files = [path]
    return {"nodes": len(dump.nodes), "relationships": len(dump.relationships), "files": files}


# -- JSON -------------------------------------------------------------------------------

def write_json(dump: GraphDump, path: Path) -> None:
    path.write_text(json.dumps(dump.to_json_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# -- networkx: GraphML / GEXF -----------------------------------------------------------

def to_networkx(dump: GraphDump) -> nx.MultiDiGraph:
    """Nodes keyed by their key, edges keyed by theirs. Attributes: `label` (what Gephi shows:
    the name, else the key; for edges the type), `labels` (":Person", Neo4j style), `rel_type`
    (edges), and every property — lists as JSON text (GraphML/GEXF attributes are scalars)."""
    g = nx.MultiDiGraph()
    for n in dump.nodes:
        attrs = {k: _scalar(v) for k, v in n["properties"].items()}
        attrs["labels"] = ":" + ":".join(n["labels"])
        attrs["label"] = str(n["properties"].get("name") or n["properties"].get("title") or n["id"])
        g.add_node(n["id"], **attrs)
    for r in dump.relationships:
        attrs = {k: _scalar(v) for k, v in r["properties"].items()}
        attrs.update(label=r["type"], rel_type=r["type"], id=r["id"])
        g.add_edge(r["start"], r["end"], key=r["id"], **attrs)
    return g


def _scalar(v: Any) -> Any:
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def write_graphml(dump: GraphDump, path: Path) -> None:
    nx.write_graphml(to_networkx(dump), path, encoding="utf-8", edge_id_from_attribute="id")


def write_gexf(dump: GraphDump, path: Path) -> None:
    g = to_networkx(dump)
    for _, _, data in g.edges(data=True):
        data.pop("id", None)  # networkx writes the edge key as the GEXF edge id
    nx.write_gexf(g, path, encoding="utf-8")


# -- Cypher script (cypher-shell) -------------------------------------------------------

def write_cypher(dump: GraphDump, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line in cypher_script(dump):
            out.write(line)


def cypher_script(dump: GraphDump):
    """Statements for an empty Neo4j 5, each ending with `;` at a line end:
    `cypher-shell -u neo4j -p PASSWORD -f graph.cypher`. The schema first (so MERGE uses the
    key constraint), then nodes per label and relationships per type and end labels in UNWIND
    batches: the statements of cypher/schema.cypher and cypher/writes/ (graph/write_queries.py)
    with the rows as literals in place of $rows (portable Cypher: no APOC, no parameters)."""
    yield (f"// govkg graph export: {len(dump.nodes)} nodes, {len(dump.relationships)} relationships.\n"
           "// Load into an EMPTY Neo4j 5 database: cypher-shell -u neo4j -p PASSWORD -f THIS_FILE\n"
           "// (or :source THIS_FILE inside cypher-shell). Statements are idempotent (MERGE on key).\n")
    for statement in W.schema_statements():
        yield statement + ";\n"
    for lab in sorted({lab for n in dump.nodes for lab in n["labels"]} - set(LABELS)):
        yield W.key_constraint(lab) + ";\n"    # a label someone else wrote: merged on key too
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    label_of: dict[str, str] = {}
    for n in dump.nodes:
        by_labels[tuple(n["labels"])].append(n)
        label_of[n["id"]] = n["labels"][0] if n["labels"] else ""
    for labs, nodes in sorted(by_labels.items()):
        for batch in _chunks(nodes, CYPHER_BATCH):
            rows = _rows_literal([_node_row(labs[0], n) for n in batch])
            yield W.merge_nodes(labs[0], rows, extra_labels=labs[1:]) + ";\n"
    by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in dump.relationships:
        by_type[(r["type"], label_of.get(r["start"], ""), label_of.get(r["end"], ""))].append(r)
    for (rtype, a, b), rels in sorted(by_type.items()):
        for batch in _chunks(rels, CYPHER_BATCH):
            rows = _rows_literal([{"key": r["id"], "start": r["start"], "end": r["end"],
                                   "props": r["properties"]} for r in batch])
            yield W.merge_relationships(rtype, a, b, rows) + ";\n"


def _node_row(label: str, node: dict[str, Any]) -> dict[str, Any]:
    """The row a write of cypher/writes/ takes: an aliased label's aliases apart."""
    props = dict(node["properties"])
    row: dict[str, Any] = {"key": node["id"], "props": props}
    if label in NODE_TYPE and NODE_TYPE[label].aliased:
        row[ALIASES] = list(props.pop(ALIASES, None) or [])
    return row


def _rows_literal(rows: list[dict[str, Any]]) -> str:
    return "[\n  " + ",\n  ".join(_literal(row) for row in rows) + "\n]"


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _literal(v: Any) -> str:
    """A Cypher literal. Strings in double quotes with backslash escapes (no raw newline, so a
    `;` at a line end only ever ends a statement); Chinese kept as is (the file is UTF-8)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if v == v and v not in (float("inf"), float("-inf")) else "null"
    if isinstance(v, str):
        return '"' + "".join(_ESC.get(c, c if ord(c) >= 0x20 else f"\\u{ord(c):04x}") for c in v) + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_literal(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{W.ident(str(k))}: {_literal(x)}" for k, x in v.items() if x is not None) + "}"
    return _literal(str(v))


_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def script_statements(text: str) -> list[str]:
    """Splits an exported script into statements the way cypher-shell does for it (`;` at a
    line end; comment lines dropped) — used to run the script through the driver in tests."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    return [s.strip() for s in re.split(r";\s*\n", body + "\n") if s.strip()]


# -- CSV for neo4j-admin database import ------------------------------------------------

ARRAY_DELIMITER = "|"


def write_csv(dump: GraphDump, folder: Path) -> list[Path]:
    """One file per label (nodes_<Label>.csv: `key:ID`, typed property columns, `:LABEL`) and
    one per relationship type (relationships_<TYPE>.csv: `:START_ID`, `:END_ID`, `:TYPE`,
    `key`, properties), one ID space (keys are globally unique), plus import.sh with the
    `neo4j-admin database import full` command line. Arrays use `|` between elements."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in dump.nodes:
        by_label[n["labels"][0] if n["labels"] else "Node"].append(n)
    node_files, rel_files = [], []
    for label, nodes in sorted(by_label.items()):
        columns = _columns([n["properties"] for n in nodes])
        path = folder / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["key:ID"] + [f"{c}:{t}" for c, t in columns] + [":LABEL"])
            for n in nodes:
                w.writerow([n["id"]] + [_cell(n["properties"].get(c), t) for c, t in columns]
                           + [ARRAY_DELIMITER.join(n["labels"] or [label])])
        files.append(path)
        node_files.append(path.name)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in dump.relationships:
        by_type[r["type"]].append(r)
    for rtype, rels in sorted(by_type.items()):
        columns = _columns([r["properties"] for r in rels])
        path = folder / f"relationships_{rtype}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", "key:string"] + [f"{c}:{t}" for c, t in columns])
            for r in rels:
                w.writerow([r["start"], r["end"], rtype, r["id"]]
                           + [_cell(r["properties"].get(c), t) for c, t in columns])
        files.append(path)
        rel_files.append(path.name)
    script = folder / "import.sh"
    args = " \\\n  ".join([f"--nodes={f}" for f in node_files] + [f"--relationships={f}" for f in rel_files])
    script.write_text(
        "#!/bin/sh\n# Load these CSV files into a new, empty Neo4j 5 database (the server stopped):\n"
        "#   cd THIS_FOLDER && sh import.sh neo4j\n# then create the uniqueness constraints on `key` "
        "(cypher/schema.cypher).\nset -e\n"
        f'neo4j-admin database import full "${{1:-neo4j}}" --overwrite-destination \\\n'
        f'  --array-delimiter="{ARRAY_DELIMITER}" --multiline-fields=true \\\n  {args}\n', encoding="utf-8")
    files.append(script)
    return files


def _columns(props: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Property columns with one neo4j-admin type each (mixed types fall back to string)."""
    kinds: dict[str, set[str]] = {}
    for p in props:
        for k, v in p.items():
            if k != "key" and v is not None:
                kinds.setdefault(k, set()).add(_kind(v))
    cols = []
    for k in sorted(kinds):
        ks = kinds[k]
        if len(ks) == 1:
            cols.append((k, ks.pop()))
        elif ks <= {"long", "double"}:
            cols.append((k, "double"))
        elif all(t.endswith("[]") for t in ks):
            cols.append((k, "string[]"))
        else:
            cols.append((k, "string"))
    return cols


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    if isinstance(v, (list, tuple)):
        inner = {_kind(x) for x in v}
        return (inner.pop() if len(inner) == 1 else "string") + "[]" if v else "string[]"
    return "string"


def _cell(v: Any, kind: str) -> str:
    if v is None:
        return ""
    if kind.endswith("[]"):
        items = v if isinstance(v, (list, tuple)) else [v]
        return ARRAY_DELIMITER.join(_cell(x, kind[:-2]) for x in items)
    if kind == "boolean":
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)
