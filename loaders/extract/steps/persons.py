"""Step: the persons of the document and every place their names are written.

Reads  doc (text, articles and their bylines), units, zones, orgs, name_finder
Adds   persons (name -> Person with positions, authorship, byline affiliations, aliases),
       name_mentions (every occurrence of a known name or alias, sorted); organisations
       named in title chains and bylines (to orgs).
"""
from __future__ import annotations

import re

from loaders.extract.grammar.bylines import bylines, name_lines
from loaders.extract.grammar.names import Person, Position, find_aliases, valid_name
from loaders.extract.grammar.titles import (
    appointments,
    collective_names,
    default_org,
    dotted_names,
    name_before_title,
    names_before_posts,
    social_names,
    titled_names,
)
from loaders.extract.lexicon import chars, words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.steps.organisations import byline_org, media_org

POST_ABBREVIATIONS = chars("persons/post_abbreviations")


def _person(st: DocumentState, name: str) -> Person:
    p = st.persons.get(name)
    if p is None:
        p = st.persons[name] = Person(name)
    return p


def read(st: DocumentState) -> None:
    known = _rule_names(st)
    _reporters_hold_one_post(st)
    if st.name_finder:
        _model_names(st, known)
    _mentions(st, known)


def _rule_names(st: DocumentState) -> set[str]:
    """The names the patterns of the genre read, item by item, with what they say of each
    person (posts, authorship, affiliation)."""
    text = st.doc.text
    known: set[str] = set()
    for u in st.units:
        a, b = u.item.start, u.item.end
        for tn in titled_names(text, a, b, st.orgs, u.local_zone):
            p = _person(st, tn.name)
            known.add(tn.name)
            for pos in tn.positions:
                p.positions.append(pos)
        for title, name, s, e in collective_names(text, a, b):
            _person(st, name)       # 区领导某某: a person; 区领导 is a collective, never a post
            known.add(name)
        for role, name, s, e in social_names(text, a, b):
            _person(st, name)
            known.add(name)
        for name, positions, s, e in appointments(text, a, b, st.orgs, u.local_zone):
            p = _person(st, name)
            known.add(name)
            p.positions.extend(positions)
        for title, name, org, s, e in [*names_before_posts(text, a, b, st.orgs), *dotted_names(text, a, b, st.orgs)]:
            p = _person(st, name)
            known.add(name)
            p.positions.append(Position(title, org, s, e))
        for title, name, s, e in name_before_title(text, a, b):
            p = _person(st, name)
            known.add(name)
            org = default_org(title, text, st.orgs, None, u.local_zone)
            p.positions.append(Position(title, org, s, e))
        for bl in bylines(text, a, b):
            p = _person(st, bl.name)
            known.add(bl.name)
            if bl.role:
                _credit(st, p, bl.role, (bl.start, bl.end))
            else:
                p.authored.append(("作者", bl.start, bl.end))
                for raw in bl.orgs:
                    full = byline_org(st, raw, u)
                    if full:
                        p.affiliations.append((full, bl.start, bl.end))
        for bl in getattr(u.article, "bylines", []) if u.item.start == _first_item_start(st, u.article) else []:
            _article_byline(st, u, bl, known)
        for name, s, e in name_lines(text, a, b):
            p = _person(st, name)
            known.add(name)
            p.authored.append(("作者", s, e))
    return known


def _reporters_hold_one_post(st: DocumentState) -> None:
    """记者某某 … 某某 摄: a reporter who also took the photos holds one post, 记者."""
    for p in st.persons.values():
        if any(pos.title == "记者" for pos in p.positions):
            p.positions = [pos for pos in p.positions if pos.title != "摄影"]


def _model_names(st: DocumentState, known: set[str]) -> None:
    """Names only the statistical name finder reads."""
    text = st.doc.text
    # longest first: 续桂英 read somewhere makes the bare 桂英 elsewhere a fragment of it
    for name, s, e in sorted(st.name_finder(text), key=lambda n: -len(n[0])):
        # a statistical name that is part of a name the rules read (方华 in 解方华) is a fragment
        if name not in known and valid_name(name) and not _inside_org(st, s, e) and not _post_short_form(name) \
                and not any(name in k for k in known) and not _inside_known(text, s, e, known):
            _person(st, name)
            known.add(name)


def _post_short_form(name: str) -> bool:
    """A model's two-character name that is a post's short form (桂董 for 董事长桂某, 王副 for
    王副市长): no name."""
    return len(name) == 2 and name[1] in POST_ABBREVIATIONS


def _mentions(st: DocumentState, known: set[str]) -> None:
    """Every occurrence of a known name, then aliases (周书记)."""
    text = st.doc.text
    for name in sorted(known, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            if not any(s <= i < e for s, e, _ in st.name_mentions):
                st.name_mentions.append((i, i + len(name), name))
            i = text.find(name, i + len(name))
    for alias, full, s, e in find_aliases(text, st.persons):
        if any(a <= s < b for a, b, _ in st.name_mentions):
            continue
        st.persons[full].aliases.add(alias)
        st.name_mentions.append((s, e, full))
    st.name_mentions.sort()


CREDIT_ROLE = {"摄": "摄影"}
NO_POST_CREDITS = frozenset(words("persons/credit_roles_no_post"))


def _credit(st: DocumentState, p: Person, role: str, span: tuple[int, int]) -> None:
    """记者 / 摄影 / 文/图 in a credit line: an authorship and a post at the medium; a page's
    作者 only an authorship."""
    role = CREDIT_ROLE.get(role, role)
    p.authored.append((role, *span))
    if role not in NO_POST_CREDITS:
        p.positions.append(Position(role, media_org(st), *span))


def _first_item_start(st: DocumentState, art) -> int:
    return min(x.item.start for x in st.units if x.article is art)


def _article_byline(st: DocumentState, u: Unit, bl, known: set[str]) -> None:
    """A byline the article splitter read (name, role, organisation)."""
    if not valid_name(bl.name):
        return
    text = st.doc.text
    i = text.rfind(bl.name, u.article.start, u.article.end)
    if i < 0:
        return
    p = _person(st, bl.name)
    known.add(bl.name)
    span = (i, i + len(bl.name))
    if bl.role:
        if not any(r == CREDIT_ROLE.get(bl.role, bl.role) for r, _, _ in p.authored):
            _credit(st, p, bl.role, span)
    else:
        if not p.authored:
            p.authored.append(("作者", *span))
        for raw in re.split(r"[、，,]", bl.org or ""):
            full = byline_org(st, raw, u) if raw else None
            if full and all(o != full for o, _, _ in p.affiliations):
                p.affiliations.append((full, *span))


def _inside_known(text: str, s: int, e: int, known: set[str]) -> bool:
    return any(text.find(k, max(0, s - 3), e + 3) >= 0 and text.find(k, max(0, s - 3), e + 3) < e for k in known)


def _inside_org(st: DocumentState, s: int, e: int) -> bool:
    return any(a <= s and e <= b for o in st.orgs.orgs.values() for a, b in o.mentions)


def _leading_org(st: DocumentState) -> str:
    home = st.zones.home.name
    for suffix in ("党工委", "党委", "管委会"):
        if home + suffix in st.orgs.orgs:
            return home + suffix
    return st.orgs.add("管委会")
