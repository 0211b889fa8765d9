"""A document read and normalised, split into articles: what extraction starts from."""
from __future__ import annotations

from dataclasses import dataclass

from loaders.articles import Article
from loaders.sources import RawText


@dataclass
class ParsedDocument:
    raw: RawText
    text: str               # normalised text; article spans and `source` offsets point into it
    year: int | None        # the year the document itself states, if any
    articles: list[Article]
