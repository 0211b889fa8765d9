"""The facts one document yields: nodes and relationships with deterministic keys.

This is the hand-over format between `loaders` (which produce it) and `graph` (which
writes it); its JSON form is the contract of `govkg extract --format json` and of
`../shared/eval/score.py`. The labels and relationship types it may hold are those of
`loaders/schema.py`; the keys are made here.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

# defined in loaders/schema.py; named here too for the code that builds facts (F.PERSON ...)
from loaders.schema import (ARTICLE, DOCUMENT, EVENT, LABELS, ORGANISATION, PERSON,  # noqa: F401
                            PROJECT, RELATIONSHIPS, ZONE)


# -- keys: deterministic, so re-loading the same text merges instead of duplicating --

def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def document_key(sha256: str) -> str:
    return f"doc:{sha256[:16]}"


def article_key(sha256: str, position: int) -> str:
    return f"art:{sha256[:16]}:{position}"


def person_key(name: str, scope: str) -> str:
    """A person is a name within a scope (the home zone of the bulletin) so that two
    people of the same name in unrelated zones stay apart."""
    return f"per:{_digest(name, scope)}"


def organisation_key(name: str) -> str:
    return f"org:{_digest(name)}"


def zone_key(name: str) -> str:
    return f"zon:{_digest(name)}"


def project_key(name: str, scope: str) -> str:
    return f"prj:{_digest(name, scope)}"


def event_key(name: str, date: str, scope: str) -> str:
    return f"evt:{_digest(name, date, scope)}"


def relationship_key(rel_type: str, start: str, end: str, *qualifiers: str) -> str:
    return f"rel:{_digest(rel_type, start, end, *qualifiers)}"


@dataclass
class Node:
    key: str
    label: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relationship:
    key: str
    type: str
    start: str
    end: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocumentFacts:
    """Everything read from one document. Adding the same key twice merges: list
    properties are unioned, other properties keep the first non-empty value."""

    path: str
    sha256: str
    encoding: str = "utf-8"
    scope: str = ""         # the bulletin's home zone: the scope of its person and project keys
    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[str, Relationship] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add_node(self, label: str, key: str, **props: Any) -> str:
        assert label in LABELS, label
        node = self.nodes.get(key)
        if node is None:
            self.nodes[key] = Node(key, label, dict(props))
        else:
            _merge_props(node.props, props)
        return key

    def add_relationship(self, rel_type: str, start: str, end: str, *qualifiers: str,
                         **props: Any) -> str:
        """`qualifiers` take part in the key: two HOLDS_POSITION edges with different
        titles or dates are two observations, both kept. The document is part of every
        key too, so each document's observations (and provenance) stay its own and a
        re-extracted document can replace exactly what it wrote."""
        pair = (self.nodes[start].label, self.nodes[end].label)
        assert pair in RELATIONSHIPS[rel_type], (rel_type, pair)
        doc = self.sha256[:16]
        key = relationship_key(rel_type, start, end, doc, *qualifiers)
        rel = self.relationships.get(key)
        if rel is None:
            self.relationships[key] = Relationship(key, rel_type, start, end, {**props, "doc": doc})
        else:
            _merge_props(rel.props, props)
        return key

    def rekey(self, old: str, new: str, **props: Any) -> None:
        """Moves a node to a new key (merging into the node already there, if any) and
        re-points its relationships; used by entity resolution."""
        node = self.nodes.pop(old)
        node.props.update(props)
        if new in self.nodes:
            _merge_props(self.nodes[new].props, node.props)
        else:
            node.key = new
            self.nodes[new] = node
        for key in [k for k, r in self.relationships.items() if old in (r.start, r.end)]:
            rel = self.relationships.pop(key)
            rel.start = new if rel.start == old else rel.start
            rel.end = new if rel.end == old else rel.end
            rel.key = relationship_key(rel.type, rel.start, rel.end, key)
            if rel.key in self.relationships:
                _merge_props(self.relationships[rel.key].props, rel.props)
            else:
                self.relationships[rel.key] = rel

    def of_label(self, label: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.label == label]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "document": {"path": self.path, "sha256": self.sha256, "encoding": self.encoding,
                         "warnings": self.warnings},
            "nodes": [{"id": n.key, "labels": [n.label], "properties": n.props}
                      for n in self.nodes.values()],
            "relationships": [{"id": r.key, "type": r.type, "start": r.start, "end": r.end,
                               "properties": r.props} for r in self.relationships.values()],
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=indent)


def _merge_props(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        old = into.get(k)
        if isinstance(old, list) and isinstance(v, list):
            into[k] = old + [x for x in v if x not in old]
        elif old in (None, "", []) and v not in (None, ""):
            into[k] = v
