"""The Cypher pack: every write the loader needs exists, every file is named and portable."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import cypher
from loaders.schema import LABELS, RELATIONSHIPS

PACK = Path(cypher.__file__).resolve().parent.parent / "cypher"
FILES = sorted(PACK.rglob("*.cypher"))
# constructs Neo4j 5 Community or ArcadeDB lack (portable Cypher only: cypher/README.md)
NOT_PORTABLE = {
    "APOC procedures": re.compile(r"\bapoc\.", re.I),
    "full-text indexes": re.compile(r"\bFULLTEXT\b|db\.index\.fulltext", re.I),
    "CALL (x) { } scoped subqueries": re.compile(r"\bCALL\s*\(", re.I),
    "NODE KEY / existence constraints": re.compile(r"\bNODE\s+KEY\b|\bIS\s+NOT\s+NULL\s*;", re.I),
    "parsing element ids": re.compile(r"\b(elementId|id)\s*\(", re.I),
}


def test_a_write_per_label_and_relationship_pair():
    for label in LABELS:
        cypher.load(f"merge_{label.lower()}", "writes")
    for rel_type, pairs in RELATIONSHIPS.items():
        for start, end in pairs:
            q = cypher.load(f"{rel_type.lower()}__{start.lower()}__{end.lower()}", "writes")
            assert f":{rel_type} " in q.text and f"(a:{start} " in q.text and f"(b:{end} " in q.text


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACK)))
def test_every_file_is_titled_and_portable(path):
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("//"), "first line: a // title comment"
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    for what, pattern in NOT_PORTABLE.items():
        assert not pattern.search(code), f"{path.name} uses {what}"


def test_queries_document_their_parameters():
    for name in cypher.names():
        q = cypher.load(name)
        header = "\n".join(l for l in q.text.splitlines() if l.lstrip().startswith("//"))
        for p in q.params:
            assert f"${p}" in header, f"{name}.cypher: document ${p} in its header comments"
