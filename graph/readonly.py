"""Refusing writes in user Cypher before it reaches the database (the READ transaction is
the second guard; ArcadeDB does not enforce READ mode, so this check is the first)."""
from __future__ import annotations

import re

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITES = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|GRANT|DENY|REVOKE|"
    r"ALTER|RENAME|START\s+DATABASE|STOP\s+DATABASE|TERMINATE|CALL\s+(?:apoc|dbms|db\.create|db\.index\.fulltext\.create))\b",
    re.I)


def write_clause(query: str) -> str | None:
    """The first write clause in the query, or None when it only reads."""
    bare = _COMMENTS.sub(" ", _STRINGS.sub("''", query))
    m = _WRITES.search(bare)
    return re.sub(r"\s+", " ", m.group(1)).upper() if m else None
