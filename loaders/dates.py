"""Dates in bulletins: the document's year, and month-day mentions resolved with it."""
from __future__ import annotations

import re

YEAR = re.compile(r"(20\d\d)\s*年")


def document_year(text: str) -> int | None:
    m = YEAR.search(text)
    return int(m.group(1)) if m else None


def resolve_date(month: int, day: int, year: int | None) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
