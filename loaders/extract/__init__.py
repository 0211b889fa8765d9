"""Extraction: a parsed document in, DocumentFacts out.

document   the steps in order (steps/: zones, organisations, persons, events, roles,
           projects with oversight, emit), each a function over one DocumentState (state.py)
grammar/   how the genre writes zones, organisations, names and titles, events, projects
lexicon    the word lists in loaders/lexicon/
text       sentences and news items
ner        optional statistical name finders; spans: the spans `govkg ner` prints
"""
from __future__ import annotations

from loaders import facts as F
from loaders.extract.ner import BACKENDS, DEFAULT_BACKEND, NerUnavailable
from loaders.parsed import ParsedDocument

__all__ = ["extract_document", "BACKENDS", "DEFAULT_BACKEND", "NerUnavailable"]


def extract_document(doc: ParsedDocument, ner: str = DEFAULT_BACKEND) -> F.DocumentFacts:
    """Raises ValueError for an unknown backend name and NerUnavailable (a RuntimeError)
    when the backend cannot run on this machine."""
    from loaders.extract import document
    from loaders.extract import ner as N
    return document.extract(doc, N.backend(ner))
