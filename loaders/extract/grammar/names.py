"""Persons' names: where a name starts and ends in running text (family name + one or two
characters, ended by a boundary character or word), the base titles that end a title
phrase, and aliases (周书记) resolved to the one person of the document they stand for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import lexicon
from loaders.extract.text import HAN

# a character or word right after a name: the name ends there
BOUNDARY_CHARS = set("等和与在对为说的、及率赴到向从将就也还又并则都已曾是被让把给作于同、，,。；;：:（(）)“”\"《 \n")
BOUNDARY_WORDS = {"一行", "同志", "表示", "介绍", "带领", "率领", "陪同", "受邀", "分别", "进行", "围绕", "来到",
                  "深入", "实地", "到达", "前往", "主持", "出席", "参加", "列席", "讲话", "指出", "强调", "要求",
                  "通报", "汇报", "点评", "致辞", "推介", "总结", "部署", "提出", "宣读", "叮嘱", "号召", "代表",
                  "先后", "带队", "召开", "关切", "详细", "亲切", "认真", "首先", "随后", "最后", "一同", "共同",
                  "调研", "督导", "检查", "察看", "查看", "走访", "看望", "慰问", "听取", "主讲", "作了", "作出",
                  "专门", "高度", "对此", "坚定", "感谢", "希望", "充分", "逐一", "现场", "实地", "组织", "参观",
                  "座谈", "与会", "等人", "等同", "家中", "发表", "接受", "通过", "签署", "签订", "致以", "送上",
                  "看到", "了解", "就此", "在此", "又到", "还到", "继续", "代表", "任职", "应邀", "到会", "作交流",
                  "结合", "一起", "作开班", "作动员", "作专题", "作工作", "作主题", "传达", "宣读", "解读",
                  "领学", "宣讲", "凭借", "荣获", "获得", "常年", "长期", "作报告", "作总结", "围绕", "就任",
                  "代表", "到会", "率队", "赴", "来我", "一同", "共同",
                  "发言", "表态", "讲授", "授课", "回应", "答复", "作说明", "反映", "签约", "监誓", "作表态",
                  "作推介", "辅导", "解答", "亲自", "再次", "指导", "协调"}
# a boundary character that is also common inside given names (钱有为, 李同): when the
# three-character reading is itself ended by a boundary word (钱有为通报), it wins
NAME_LIKE_BOUNDARY = set("为同")
ALIAS_TITLES = ("书记", "主任", "区长", "市长", "县长", "镇长", "乡长", "局长", "部长", "处长", "科长", "主席",
                "院长", "所长", "站长", "队长", "校长", "厅长", "省长", "董事长", "总经理", "经理")
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
    if any(cand.endswith(t) for t in titles()) or any(cand.endswith(s) for s in ("办", "部", "局", "委", "会")):
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
    else:
        cand = c3 if len(c3) == k + 2 else c2
    if valid_name(cand):
        return cand
    if cand == c3 and valid_name(c2) and ends_at(k + 1):
        return c2
    return None


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
