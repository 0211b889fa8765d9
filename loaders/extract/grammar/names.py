"""Persons' names: where a name starts and ends in running text (family name + one or two
characters, ended by a boundary character or word), the base titles that end a title
phrase, and aliases (周书记) resolved to the one person of the document they stand for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import chars, lexicon, words
from loaders.extract.text import HAN

# a character or word right after a name: the name ends there
BOUNDARY_CHARS = chars("persons/name_end_chars") | {" ", "\n"}
BOUNDARY_WORDS = frozenset(words("persons/name_end_words"))
# a boundary character that is also common inside given names (钱有为, 李同): when the
# three-character reading is itself ended by a boundary word (钱有为通报), it wins
NAME_LIKE_BOUNDARY = chars("persons/name_like_end_chars")
ALIAS_TITLES = words("persons/alias_titles")
NOT_NAME_LAST = chars("persons/not_name_last_chars")
VERB_SURNAMES = chars("persons/verb_surnames")
JOINER_CHARS = frozenset(w for w in words("persons/title_joiners") if len(w) == 1)
NAME_RE = re.compile(f"[{HAN}]{{2,4}}")
_TITLES: tuple[str, ...] | None = None


def titles() -> tuple[str, ...]:
    """The base titles, longest first: the shared title lexicon (titles.txt) plus the posts
    of person_titles.txt (宣传委员, 关长, 高级工程师 ...)."""
    global _TITLES
    if _TITLES is None:
        from loaders.extract.lexicon import _lines
        extra = _lines("person_titles.txt")
        _TITLES = tuple(sorted(set(lexicon().titles) | set(extra), key=lambda w: (-len(w), w)))
    return _TITLES


@dataclass
class Position:
    title: str
    org: str | None           # full organisation name
    start: int                # span of the mention (inside the sentence)
    end: int


@dataclass
class Person:
    name: str
    aliases: set[str] = field(default_factory=set)
    positions: list[Position] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    authored: list[tuple[str, int, int]] = field(default_factory=list)   # (role, start, end)
    affiliations: list[tuple[str, int, int]] = field(default_factory=list)  # byline org (full), span


def valid_name(cand: str) -> bool:
    lex = lexicon()
    if not cand or not NAME_RE.fullmatch(cand):
        return False
    k = lex.is_surname_start(cand)
    if not k or len(cand) - k < 1 or len(cand) - k > 2:
        return False
    if cand in lex.not_names or cand[:2] in lex.not_names or cand[:3] in lex.not_names:
        return False
    if any(cand.endswith(t) for t in titles()) or cand[-1] in NOT_NAME_LAST:
        return False
    return True


def name_at(text: str, p: int, known: set[str] | None = None) -> str | None:
    """The person name starting at `p`, if one does (family name + one or two characters,
    ended by a boundary character or word)."""
    lex = lexicon()
    s = text[p:p + 7]
    k = lex.is_surname_start(s)
    if not k or len(s) < k + 1:
        return None
    if known:
        for n in sorted(known, key=len, reverse=True):
            if s.startswith(n):
                return n
    c2, c3 = s[:k + 1], s[:k + 2]

    def ends_at(i: int) -> bool:
        return i >= len(s) or not re.match(f"[{HAN}]", s[i]) or s[i] in BOUNDARY_CHARS \
            or s[i:i + 2] in BOUNDARY_WORDS or s[i:i + 3] in BOUNDARY_WORDS
    if not re.match(f"[{HAN}]", s[k]):
        return None
    if ends_at(k + 1) and not (s[k + 1:k + 2] in NAME_LIKE_BOUNDARY and len(c3) == k + 2
                               and (s[k + 2:k + 4] in BOUNDARY_WORDS or s[k + 2:k + 5] in BOUNDARY_WORDS)):
        cand = c2
    elif len(c3) == k + 2 and ends_at(k + 2):
        cand = c3
    elif s[:k] in VERB_SURNAMES:
        return None         # 总书记来陕考察: unbounded, the family name reads as the verb
    else:
        cand = c3 if len(c3) == k + 2 else c2
    if valid_name(cand):
        return cand
    if cand == c3 and valid_name(c2) and ends_at(k + 1):
        return c2
    return None


# a transliterated name (艾力·买买提, 买买提明·阿不都热合曼): Han runs joined by a middle dot
DOTTED_NAME = re.compile(f"[{HAN}]{{1,8}}[·•・][{HAN}]{{2,8}}")


def dotted_name_before(text: str, p: int) -> tuple[int, str] | None:
    """(start, name) of a transliterated name ending at p (…和艾力·买买提|局长 -> 艾力·买买提):
    its first part starts after the last joiner (我和)."""
    lo = max(0, p - 18)
    m = re.search(f"([{HAN}]{{1,8}})[·•・]([{HAN}]{{2,8}})$", text[lo:p])
    if not m:
        return None
    first = m.group(1)
    cut = max((i + 1 for i, c in enumerate(first) if c in JOINER_CHARS), default=0)
    first = first[cut:]
    if len(first) < 2:
        return None
    s = lo + m.start(1) + cut
    return s, text[s:p]


def dotted_name_at(text: str, p: int) -> str | None:
    """The transliterated name starting at p (局长|阿不都·热合曼强调), ended by a joiner, a
    boundary word or anything not Han."""
    m = DOTTED_NAME.match(text, p)
    if not m:
        return None
    run = m.group()
    dot = next(i for i, c in enumerate(run) if c in "·•・")
    stop = next((i for i in range(dot + 3, len(run)) if run[i] in JOINER_CHARS
                 or run[i:i + 2] in BOUNDARY_WORDS or run[i:i + 3] in BOUNDARY_WORDS), len(run))
    return run[:stop] if dot >= 2 else None


def ends_of(seg: str, word: str, offset: int) -> list[int]:
    """End positions (+ offset) of the non-overlapping occurrences of `word` in `seg`, left
    to right (what re.finditer of the literal gives, without the regex)."""
    out = []
    i = seg.find(word)
    while i >= 0:
        out.append(offset + i + len(word))
        i = seg.find(word, i + len(word))
    return out


def title_at_end(s: str) -> str | None:
    """The base title `s` ends with (longest), if any."""
    for t in titles():
        if s.endswith(t):
            return t
    return None


def alias_of(alias: str, persons: dict[str, Person]) -> str | None:
    """周书记 -> the one person of the document with family name 周 (and a 书记 title, when
    several share the family name)."""
    lex = lexicon()
    k = lex.is_surname_start(alias)
    if not k:
        return None
    surname, title = alias[:k], alias[k:]
    cands = [p for p in persons.values() if p.name.startswith(surname) and lex.is_surname_start(p.name) == k]
    if len(cands) > 1:
        cands = [p for p in cands if any(q.title.endswith(title) for q in p.positions)]
    return cands[0].name if len(cands) == 1 else None


def find_aliases(text: str, persons: dict[str, Person]) -> list[tuple[str, str, int, int]]:
    """(alias, full name, start, end) for every 周书记 / 宋主任 resolved within the document."""
    lex = lexicon()
    out = []
    titles = "|".join(ALIAS_TITLES)
    for m in re.finditer(f"([{HAN}]{{1,2}})({titles})", text):
        sur, title = m.group(1), m.group(2)
        if len(sur) == 2 and sur[1] == "副":      # 陆副市长
            sur, title = sur[0], "副" + title
        for s in (sur, sur[-1:]):
            if lex.is_surname_start(s) == len(s):
                alias = s + title
                full = alias_of(alias, persons)
                if full:
                    st = m.start(1) + (len(sur) - len(s))
                    # not the last character of a full name followed by a title (某某书记)
                    if any(text[max(0, st + len(s) - len(p)):st + len(s)] == p for p in persons):
                        continue
                    out.append((alias, full, st, m.end()))
                break
    return out
