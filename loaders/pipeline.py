"""One document from path to facts: read -> normalise -> articles -> extract."""
from __future__ import annotations

from pathlib import Path

from loaders.aliases import Aliases, apply_aliases
from loaders.articles import split_articles
from loaders.dates import document_year
from loaders.extract import extract_document
from loaders.extract.ner import DEFAULT_BACKEND
from loaders.facts import DocumentFacts
from loaders.normalise import normalise
from loaders.parsed import ParsedDocument
from loaders.sources import read_source


def parse(path: str | Path) -> ParsedDocument:
    raw = read_source(path)
    text = normalise(raw.text)
    year = document_year(text)
    return ParsedDocument(raw, text, year, split_articles(text, year))


def read_document(path: str | Path, ner: str = DEFAULT_BACKEND, aliases: Aliases | None = None) -> DocumentFacts:
    """Raises loaders.sources.SourceError for a file that is not a readable bulletin."""
    facts = extract_document(parse(path), ner=ner)
    if aliases:
        apply_aliases(facts, aliases)
    return facts
