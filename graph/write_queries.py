"""The write statements the schema implies: the names of their files in `cypher/writes/` and
their Cypher — the uniqueness constraint on each label's key, the look-up indexes, and one
`UNWIND rows ... MERGE` per label and per (type, start label, end label).

`graph/cypher_gen.py` writes them into `cypher/` (`make cypher`), where the loader reads
them by name; `graph/export.py` builds the .cypher export from the same templates with the
rows written out as literals. Portable Cypher only (Neo4j 5 and ArcadeDB run it unchanged).
"""
from __future__ import annotations

import re

from loaders.schema import ALIASES, NODE_TYPE, NODE_TYPES, RELATIONSHIP_TYPE

ROWS = "$rows"  # the parameter the named write files take


def node_query_name(label: str) -> str:
    """`merge_person`: the file cypher/writes/merge_person.cypher."""
    return f"merge_{label.lower()}"


def relationship_query_name(rel_type: str, start: str, end: str) -> str:
    """`attended__person__event`: one file per type and pair of end labels."""
    return f"{rel_type.lower()}__{start.lower()}__{end.lower()}"


def key_constraint(label: str, key: str = "key") -> str:
    return (f"CREATE CONSTRAINT {snake(label)}_{key} IF NOT EXISTS "
            f"FOR (n:{ident(label)}) REQUIRE n.{key} IS UNIQUE")


def lookup_index(label: str, prop: str) -> str:
    return f"CREATE INDEX {snake(label)}_{prop} IF NOT EXISTS FOR (n:{ident(label)}) ON (n.{prop})"


def schema_statements() -> list[str]:
    """cypher/schema.cypher: a key constraint per label, then the look-up indexes."""
    return ([key_constraint(n.label, n.key) for n in NODE_TYPES]
            + [lookup_index(n.label, p.name) for n in NODE_TYPES for p in n.properties if p.indexed])


def merge_nodes(label: str, rows: str = ROWS, extra_labels: tuple[str, ...] = ()) -> str:
    """Each row {key, props} (and `aliases` for an aliased label) merges one node on its key;
    props replace the stored values, aliases are added to the stored list. `extra_labels`
    is for the export of nodes someone else gave several labels."""
    node = NODE_TYPE.get(label)
    key = node.key if node else "key"
    sets = "SET n += row.props"
    if node and node.aliased:
        old = f"coalesce(n.{ALIASES}, [])"
        sets += f",\n    n.{ALIASES} = {old} + [a IN row.{ALIASES} WHERE NOT a IN {old}]"
    sets += "".join(f"\nSET n:{ident(x)}" for x in extra_labels)
    return f"UNWIND {rows} AS row\nMERGE (n:{ident(label)} {{{key}: row.key}})\n{sets}"


def merge_relationships(rel_type: str, start: str, end: str, rows: str = ROWS) -> str:
    """Each row {key, start, end, props} merges one relationship on its key between the
    nodes with those keys; props replace the stored values. An empty end label (the export
    of a graph someone else wrote) matches the node by key alone."""
    rel = RELATIONSHIP_TYPE.get(rel_type)
    key = rel.key if rel else "key"
    a = f":{ident(start)}" if start else ""
    b = f":{ident(end)}" if end else ""
    return (f"UNWIND {rows} AS row\n"
            f"MATCH (a{a} {{{_node_key(start)}: row.start}})\n"
            f"MATCH (b{b} {{{_node_key(end)}: row.end}})\n"
            f"MERGE (a)-[r:{ident(rel_type)} {{{key}: row.key}}]->(b)\n"
            "SET r += row.props")


def _node_key(label: str) -> str:
    node = NODE_TYPE.get(label)
    return node.key if node else "key"


def snake(name: str) -> str:
    return re.sub(r"\W", "_", name).lower()


def ident(name: str) -> str:
    """A label, type or property name as a Cypher identifier (back-quoted when it must be)."""
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else "`" + name.replace("`", "``") + "`"
