"""Test support: a short bulletin written for a test, run through the real pipeline, and
its facts looked up by names."""
from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.pipeline import read_document


class G:
    """The facts of one bulletin, by names."""

    def __init__(self, facts: DocumentFacts):
        self.nodes = {n.key: n for n in facts.nodes.values()}
        self.rels = list(facts.relationships.values())

    def label(self, label: str) -> dict[str, dict]:
        return {n.props.get("name"): n.props for n in self.nodes.values() if n.label == label}

    def names(self, label: str) -> set[str]:
        return set(self.label(label))

    def events(self) -> dict[str, dict]:
        return self.label("Event")

    def _name(self, key: str) -> str:
        p = self.nodes[key].props
        return p.get("name") or p.get("title") or ""

    def rel(self, rtype: str) -> list[tuple[str, str, dict]]:
        return [(self._name(r.start), self._name(r.end), r.props) for r in self.rels if r.type == rtype]

    def pairs(self, rtype: str) -> set[tuple[str, str]]:
        return {(a, b) for a, b, _ in self.rel(rtype)}

    def who(self, *rtypes: str) -> set[str]:
        return {a for t in rtypes for a, _, _ in self.rel(t)}

    def participants(self) -> set[str]:
        return self.who("CHAIRED", "ATTENDED", "SPOKE_AT")

    def titles(self, person: str) -> set[str]:
        return {p["title"] for a, _, p in self.rel("HOLDS_POSITION") if a == person}

    def oversees(self) -> set[tuple[str, str]]:
        return self.pairs("OVERSEES")


def read_bulletin(tmp_path: Path, text: str) -> G:
    p = tmp_path / "bulletin.txt"
    p.write_text(text, encoding="utf-8")
    return G(read_document(p))
