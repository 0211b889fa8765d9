"""Lexicons of the genre (loaders/lexicon/**/*.txt), loaded once.

Every file is plain text, one entry per line, `#` starts a comment line (the first says what
the list is for); some files have TAB-separated columns. Nothing here names a particular
bulletin: these are the words of the genre (family names, titles, organisation endings,
event nouns, verb classes, places). The files at the top level make up `lexicon()`; the
word lists of one part of the grammar (loaders/lexicon/zones/, orgs/, persons/, events/,
roles/, projects/, oversight/) are read by name with `words`, `chars`, `pairs`, `table`
and `rows`, e.g. `words("events/trip_verbs")`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _columns(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of loaders/lexicon/<name>.txt, in file order."""
    return tuple(_lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def chars(name: str) -> frozenset[str]:
    """Every character written in loaders/lexicon/<name>.txt (a list of single characters)."""
    return frozenset("".join(words(name)))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The TAB-separated rows of loaders/lexicon/<name>.txt, in file order."""
    return tuple(tuple(cols) for cols in _columns(f"{name}.txt"))


@lru_cache(maxsize=None)
def pairs(name: str) -> dict[str, str]:
    """A two-column file as a mapping: first column -> second."""
    return {row[0]: row[1] for row in rows(name)}


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A file of rows as a mapping: first column -> the other columns."""
    return {row[0]: row[1:] for row in rows(name)}


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: tuple[str, ...]              # base titles, longest first
    byline_roles: tuple[str, ...]
    social_roles: tuple[str, ...]
    leader_collectives: tuple[str, ...]
    not_names: frozenset[str]
    provinces: dict[str, str]            # any form (full or short) -> full name
    cities: frozenset[str]               # city names without 市
    org_suffixes: dict[str, str]         # suffix -> kind
    org_suffix_list: tuple[str, ...]     # longest first
    org_stems: frozenset[str]
    core_bodies: dict[str, tuple[str, str]]  # short -> (kind, template)
    event_nouns: dict[str, str]          # noun -> kind
    event_noun_list: tuple[str, ...]     # longest first
    verbs: dict[str, tuple[str, ...]]    # class -> verbs, longest first
    verb_qualifiers: dict[str, dict[str, str]]  # class -> verb -> how (参会 -> 参加), where given
    not_place_stems: frozenset[str] = frozenset()  # words before 乡/镇/村/市 that are no place

    def is_surname_start(self, s: str) -> int:
        """Length of the family name `s` starts with (2 for compound names), or 0."""
        if s[:2] in self.compound_surnames:
            return 2
        return 1 if s[:1] in self.surnames else 0


def _longest_first(items) -> tuple[str, ...]:
    return tuple(sorted(set(items), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    surnames = _lines("surnames.txt")
    provinces: dict[str, str] = {}
    for cols in _columns("provinces.txt"):
        full = cols[0]
        provinces[full] = full
        for short in (cols[1].split() if len(cols) > 1 else []):
            if len(short) >= 2:
                provinces[short] = full
    suffixes = {c[0]: c[1] for c in _columns("org_suffixes.txt")}
    events = {c[0]: c[1] for c in _columns("event_nouns.txt")}
    verbs: dict[str, list[str]] = {}
    qualifiers: dict[str, dict[str, str]] = {}
    for cls, verb, *how in _columns("verbs.txt"):
        verbs.setdefault(cls, []).append(verb)
        if how:
            qualifiers.setdefault(cls, {})[verb] = how[0]
    return Lexicon(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        titles=_longest_first(_lines("titles.txt")),
        byline_roles=_longest_first(_lines("byline_roles.txt")),
        social_roles=_longest_first(_lines("social_roles.txt")),
        leader_collectives=_longest_first(_lines("leader_collectives.txt")),
        not_names=frozenset(_lines("not_names.txt")),
        provinces=provinces,
        cities=frozenset(_lines("cities.txt")),
        org_suffixes=suffixes,
        org_suffix_list=_longest_first(suffixes),
        org_stems=frozenset(_lines("org_stems.txt")),
        core_bodies={c[0]: (c[1], c[2]) for c in _columns("core_bodies.txt")},
        event_nouns=events,
        event_noun_list=_longest_first(events),
        verbs={k: _longest_first(v) for k, v in verbs.items()},
        verb_qualifiers=qualifiers,
        not_place_stems=frozenset(_lines("not_place_stems.txt")),
    )
