"""Importing a JSON graph (the `govkg extract` / `govkg export --format json` contract) into a
store, with the same named UNWIND ... MERGE writes as a build (graph/load.py): re-importing is
idempotent, and exporting then importing into an empty store gives the same graph."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.load import merge_nodes, merge_relationships
from loaders.facts import Node, Relationship
from loaders.schema import LABELS, RELATIONSHIPS

TX_ROWS = 5000  # rows per transaction


class ImportFailed(ValueError):
    """The file is not a graph in the contract; the message says what is wrong."""


@dataclass
class ImportResult:
    nodes: int
    relationships: int


def read_json(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFailed(f"{path}: not JSON ({exc})")
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise ImportFailed(f"{path}: expected {{\"nodes\": [...], \"relationships\": [...]}}")
    return data


def parse(data: dict[str, Any]) -> tuple[list[Node], list[tuple[Relationship, str, str]]]:
    """Checks the graph against the contract (labels, relationship types and end-point labels,
    no dangling relationships) and returns the nodes and (relationship, start label, end label)."""
    nodes: dict[str, Node] = {}
    problems: list[str] = []
    for i, n in enumerate(data.get("nodes") or []):
        try:
            key, labels, props = n["id"], n.get("labels") or [], dict(n.get("properties") or {})
        except (KeyError, TypeError, AttributeError):
            problems.append(f"node #{i}: needs id, labels, properties")
            continue
        label = next((lab for lab in labels if lab in LABELS), None)
        if label is None:
            problems.append(f"node {key}: no known label in {labels} (known: {', '.join(LABELS)})")
            continue
        props.pop("key", None)
        if key in nodes:
            nodes[key].props.update(props)
        else:
            nodes[key] = Node(str(key), label, props)
    rels: dict[str, tuple[Relationship, str, str]] = {}
    for i, r in enumerate(data.get("relationships") or []):
        try:
            key, rtype, start, end = r["id"], r["type"], r["start"], r["end"]
            props = dict(r.get("properties") or {})
        except (KeyError, TypeError, AttributeError):
            problems.append(f"relationship #{i}: needs id, type, start, end, properties")
            continue
        if start not in nodes or end not in nodes:
            problems.append(f"relationship {key}: end point {start if start not in nodes else end} "
                            "is not among the nodes")
            continue
        pair = (nodes[start].label, nodes[end].label)
        if rtype not in RELATIONSHIPS or pair not in RELATIONSHIPS[rtype]:
            problems.append(f"relationship {key}: {rtype} {pair[0]}->{pair[1]} is not in the graph contract")
            continue
        props.pop("key", None)
        rels[key] = (Relationship(str(key), rtype, start, end, props), *pair)
    if problems:
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        raise ImportFailed("; ".join(problems[:10]) + more)
    return list(nodes.values()), list(rels.values())


def import_graph(store, data: dict[str, Any]) -> ImportResult:
    """Nodes first (per label), then relationships (per type and end-point labels), in
    transactions of up to TX_ROWS rows; the schema (uniqueness on key) is applied first."""
    nodes, rels = parse(data)
    store.apply_schema()
    by_label: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(n)
    for label, group in by_label.items():
        for i in range(0, len(group), TX_ROWS):
            chunk = group[i:i + TX_ROWS]
            with store.session() as s:
                s.execute_write(lambda tx: merge_nodes(tx, label, chunk))
    by_type: dict[tuple[str, str, str], list[Relationship]] = defaultdict(list)
    for rel, a, b in rels:
        by_type[(rel.type, a, b)].append(rel)
    for (rtype, a, b), group in by_type.items():
        for i in range(0, len(group), TX_ROWS):
            chunk = group[i:i + TX_ROWS]
            with store.session() as s:
                s.execute_write(lambda tx: merge_relationships(tx, rtype, a, b, chunk))
    return ImportResult(len(nodes), len(rels))


def import_file(store, path: str | Path) -> ImportResult:
    return import_graph(store, read_json(path))
