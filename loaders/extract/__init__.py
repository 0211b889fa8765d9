"""Extraction: a parsed document in, DocumentFacts out.

Modules: lexicon (the word lists in loaders/lexicon), text (sentences, news items), zones
(home zone, city, sub-zones), orgs (organisation grammar, full names), persons (titles,
lists, bylines, aliases), events (verb patterns, dates, roles), projects, document (the
steps in order), emit (facts with source/evidence), ner (optional NER backends).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders import facts as F
from loaders.extract.ner import BACKENDS, DEFAULT_BACKEND, NerUnavailable

if TYPE_CHECKING:
    from loaders.pipeline import ParsedDocument

__all__ = ["extract_document", "BACKENDS", "DEFAULT_BACKEND", "NerUnavailable"]


def extract_document(doc: "ParsedDocument", ner: str = DEFAULT_BACKEND) -> F.DocumentFacts:
    """Raises ValueError for an unknown backend name and NerUnavailable (a RuntimeError)
    when the backend cannot run on this machine."""
    from loaders.extract import document, emit, ner as N
    finder = N.backend(ner)
    state = document.read(doc, extra_names=finder)
    return emit.emit(state)
