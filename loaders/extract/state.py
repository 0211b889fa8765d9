"""The state of one document while it is read.

Each step of `loaders.extract.document.STEPS` reads some fields of a `DocumentState` and adds
others; its docstring says which. Fields a later step fills are declared here, once, with the
step that fills them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loaders.articles import Article
from loaders.extract.ner import NameFinder
from loaders.extract.text import Item, split_items
from loaders.parsed import ParsedDocument

if TYPE_CHECKING:   # the grammar modules import nothing of the state; only types here
    from loaders.extract.grammar.events import Event
    from loaders.extract.grammar.names import Person
    from loaders.extract.grammar.orgs import OrgRegistry
    from loaders.extract.grammar.projects import Project
    from loaders.extract.grammar.zones import Zones


@dataclass
class Unit:
    """A news item with the article it belongs to."""
    item: Item
    article: Article
    index: int
    local_zone: str | None = None      # a sub-zone its headline names (zones step)
    contents_entry: bool = False       # only an entry of a table of contents (events step)


@dataclass
class DocumentState:
    doc: ParsedDocument
    units: list[Unit]
    name_finder: NameFinder | None = None          # the statistical name finder, if any
    zones: Zones = field(init=False)                # zones step
    orgs: OrgRegistry = field(init=False)           # zones step (empty), every later step adds
    media_org: str | None = None                    # organisations step ("" once looked up and none)
    persons: dict[str, Person] = field(default_factory=dict)                  # persons step
    name_mentions: list[tuple[int, int, str]] = field(default_factory=list)   # persons step: (start, end, full name)
    events: list[Event] = field(default_factory=list)                         # events step
    published: str | None = None                    # events step: its latest publication date
    projects: dict[str, Project] = field(default_factory=dict)                # projects step

    @classmethod
    def of(cls, doc: ParsedDocument, name_finder: NameFinder | None = None) -> "DocumentState":
        """The state before any step: the document cut into its news items."""
        units: list[Unit] = []
        for art in doc.articles:
            for it in split_items(doc.text, art.start, art.end):
                units.append(Unit(it, art, len(units)))
        return cls(doc, units, name_finder)

    @property
    def text(self) -> str:
        return self.doc.text

    def unit_at(self, pos: int) -> Unit:
        """The news item holding text position `pos` (the last one past the end)."""
        for u in self.units:
            if u.item.start <= pos < u.item.end:
                return u
        return self.units[-1]
