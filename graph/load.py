"""Writing one document's facts: one transaction per document, one named UNWIND query per
label and per relationship type and end labels (the files cypher/writes/ generated from
loaders/schema.py), rows de-duplicated on the client (DocumentFacts is keyed)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

import neo4j

from graph import cypher
from graph.store import Store
from graph.write_queries import node_query_name, relationship_query_name
from loaders import fingerprint
from loaders.facts import DocumentFacts, Node, Relationship, document_key
from loaders.schema import ALIASES, NODE_TYPE

BATCH = 1000


@dataclass
class LoadResult:
    nodes: int
    relationships: int
    skipped: bool = False
    replaced: bool = False  # an earlier extraction of this document was replaced


def load_document(store: Store, facts: DocumentFacts, version: str | None = None,
                  force: bool = False) -> LoadResult:
    """Writes the facts unless the same `version` of the extraction (code, backend,
    aliases) already loaded this exact document."""
    key = document_key(facts.sha256)
    version = version or fingerprint()
    stored = stored_extractor(store, key)
    if not force and stored == version:
        return LoadResult(0, 0, skipped=True)
    facts.nodes[key].props["extractor"] = version
    with store.session() as session:
        superseded = session.execute_write(_write_document, facts)
    return LoadResult(len(facts.nodes), len(facts.relationships), replaced=stored is not None or superseded)


def delete_orphans(store: Store) -> None:
    """After documents were replaced: entities none of them yields any more go."""
    with store.session() as session:
        session.execute_write(lambda tx: tx.run(cypher.load("delete_orphans", "writes").text).consume())


def stored_extractor(store: Store, key: str) -> str | None:
    with store.session() as session:
        rows = session.run(cypher.load("document_state", "writes").text, key=key).data()
    return rows[0]["extractor"] if rows else None


def _write_document(tx: neo4j.ManagedTransaction, facts: DocumentFacts) -> bool:
    """Returns whether an earlier version of the file was replaced."""
    superseded = delete_superseded_versions(tx, facts)
    delete_document_relationships(tx, facts.sha256[:16])
    by_label: dict[str, list[Node]] = defaultdict(list)
    for node in facts.nodes.values():
        by_label[node.label].append(node)
    for label, nodes in by_label.items():
        merge_nodes(tx, label, nodes)
    by_type: dict[tuple[str, str, str], list[Relationship]] = defaultdict(list)
    for rel in facts.relationships.values():
        by_type[(rel.type, facts.nodes[rel.start].label, facts.nodes[rel.end].label)].append(rel)
    for (rel_type, start, end), rels in by_type.items():
        merge_relationships(tx, rel_type, start, end, rels)
    return superseded


def delete_superseded_versions(tx: neo4j.ManagedTransaction, facts: DocumentFacts) -> bool:
    """An edited file replaces its earlier version (same path, other content): what the old
    version wrote goes, in the same transaction as the new version's writes."""
    old = tx.run(cypher.load("superseded_documents", "writes").text, path=facts.path,
                 key=document_key(facts.sha256)).data()
    for row in old:
        delete_document_relationships(tx, row["sha256"][:16])
        tx.run(cypher.load("delete_document", "writes").text, key=row["key"]).consume()
    return bool(old)


def delete_document_relationships(tx: neo4j.ManagedTransaction, doc: str) -> None:
    tx.run(cypher.load("delete_document_relationships", "writes").text, doc=doc).consume()


def merge_nodes(tx: neo4j.ManagedTransaction, label: str, nodes: list[Node]) -> None:
    query = cypher.load(node_query_name(label), "writes").text
    for batch in _batches(_node_row(n) for n in nodes):
        tx.run(query, rows=batch).consume()


def merge_relationships(tx: neo4j.ManagedTransaction, rel_type: str, start: str, end: str,
                        rels: list[Relationship]) -> None:
    query = cypher.load(relationship_query_name(rel_type, start, end), "writes").text
    rows = ({"key": r.key, "start": r.start, "end": r.end, "props": _clean(r.props)} for r in rels)
    for batch in _batches(rows):
        tx.run(query, rows=batch).consume()


def _node_row(node: Node) -> dict[str, Any]:
    props = _clean(node.props)
    row: dict[str, Any] = {"key": node.key, "props": props}
    if NODE_TYPE[node.label].aliased:  # the write adds these to the stored list
        row[ALIASES] = list(props.pop(ALIASES, None) or [])
    return row


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Bolt properties are scalars or lists of scalars; None means 'not known', not stored."""
    return {k: v for k, v in props.items() if v is not None}


def _batches(rows: Iterable[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

