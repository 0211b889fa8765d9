"""One document from path to facts: read -> normalise -> articles -> extract."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loaders.aliases import Aliases, apply_aliases
from loaders.articles import Article, split_articles
from loaders.dates import document_year
from loaders.extract.ner import DEFAULT_BACKEND
from loaders.facts import DocumentFacts
from loaders.normalise import normalise
from loaders.sources import RawText, read_source


@dataclass
class ParsedDocument:
    raw: RawText
    text: str               # normalised text; article spans and `source` offsets point into it
    year: int | None        # the year the document itself states, if any
    articles: list[Article]


def parse(path: str | Path) -> ParsedDocument:
    raw = read_source(path)
    text = normalise(raw.text)
    year = document_year(text)
    return ParsedDocument(raw, text, year, split_articles(text, year))


def read_document(path: str | Path, ner: str = DEFAULT_BACKEND, aliases: Aliases | None = None) -> DocumentFacts:
    """Raises loaders.sources.SourceError for a file that is not a readable bulletin."""
    from loaders.extract import extract_document
    facts = extract_document(parse(path), ner=ner)
    if aliases:
        apply_aliases(facts, aliases)
    return facts
