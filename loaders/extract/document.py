"""One document in, facts out: the steps of the rule-based reading, in order.

Each step is a function over one `DocumentState` (loaders/extract/state.py); its module's
docstring says what it reads and what it adds. Words live in loaders/lexicon/ files; the
grammar of names, titles, organisations, events and projects in loaders/extract/grammar/.
"""
from __future__ import annotations

from typing import Callable

from loaders import facts as F
from loaders.extract.ner import NameFinder
from loaders.extract.state import DocumentState
from loaders.extract.steps import emit, events, organisations, persons, projects, roles, zones
from loaders.parsed import ParsedDocument

Step = Callable[[DocumentState], None]

STEPS: tuple[Step, ...] = (
    zones.read,            # home zone, city, province, sub-zones; the organisation registry
    organisations.read,    # organisations the suffix grammar finds; listed companies; media
    persons.read,          # names after titles, in lists and bylines; the model's names; aliases
    events.read,           # events of each item, merged, with organisers, date and zone
    roles.read,            # who chaired, attended and spoke; events that say nothing dropped
    projects.read,         # projects with investment, zone, overseers and owners
)


def read(doc: ParsedDocument, name_finder: NameFinder | None = None) -> DocumentState:
    st = DocumentState.of(doc, name_finder)
    for step in STEPS:
        step(st)
    return st


def extract(doc: ParsedDocument, name_finder: NameFinder | None = None) -> F.DocumentFacts:
    return emit.emit(read(doc, name_finder))
