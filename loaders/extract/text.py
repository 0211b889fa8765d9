"""Sentences and news items of a normalised document, with character spans.

The article splitter (loaders/articles.py) gives the articles of a document; inside an
article the extraction still needs smaller units: sentences (the evidence of a fact) and
news items (a headline and its body: the scope in which "the meeting" or "周书记" refers to
something said before). Items are found from the layout of the genre: 【栏目】 headers,
short headline lines, `本报讯` leads, numbered sub-items (`1、财政审计部`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import lexicon

HAN = r"\u3400-\u9fff"
SENT_END = re.compile(r"[。！？!?；;]+[”’\"」』)）]?|\n+")
# a line that closes a news item: a byline in brackets at the end of a line
BYLINE_END = re.compile(r"[(（][^()（）\n]{2,40}[)）]\s*$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Item:
    """One news item: its title (headline / section line) and body span."""
    start: int
    end: int
    title: str
    title_end: int                      # end of the title span (== start when untitled)
    sentences: list[Sentence] = field(default_factory=list)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in SENT_END.finditer(text, start, end):
        _add(out, text, pos, m.end() if m.group().strip() else m.start())
        pos = m.end()
    _add(out, text, pos, end)
    return out


def _add(out: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e]))


# a bulleted paragraph of its own sentences (◆近日，… / ◎5月19日，… / ◆某会议定于…): one brief
# of a 简讯 column; a bulleted instruction (◆要…) stays in the speech it belongs to
BRIEF = re.compile(r"^[◆◇◎●○■□▲△★☆]\s*(?!要|必须|务必|需要|应当|一是|二是|三是|四是|五是)[^。]{6,}。")
NUMBERED = re.compile(r"^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*\S")
SECTION_NUM = re.compile(r"^\s*\d{1,2}\s+\S{1,20}[:：]")


def is_headline(line: str) -> bool:
    """A short line with no sentence punctuation: a headline, a section or a caption title."""
    s = line.strip()
    if not s or len(s) > 48:
        return False
    if s.startswith("【"):
        return True
    if re.search(r"[。！？!?；;,，]", s):
        return False
    if BYLINE_END.search(s) or _byline_only(s) or _names_only(s):
        return False
    return bool(re.search(f"[{HAN}]", s))


def _two_part_headline(s: str) -> bool:
    """The first line of an article written as two phrases (打造某某共同体，某某峰会启幕): a
    headline too, when nothing in it ends a sentence."""
    return 8 <= len(s) <= 40 and not re.search(r"[。！？!?；;：:]", s) and s.count("，") + s.count(",") == 1 \
        and not BYLINE_END.search(s)


def _names_only(s: str) -> bool:
    """A line of two or more persons' names and nothing else (蒲建国 卜晓梅 韦振南): the authors
    of the item, not a headline."""
    parts = s.split()
    if len(parts) < 2 or not all(re.fullmatch(f"[{HAN}]{{2,3}}", w) for w in parts):
        return False
    lex = lexicon()
    return all(lex.is_surname_start(w) and w not in lex.not_names for w in parts)


def _byline_only(s: str) -> bool:
    return bool(re.match(r"^(□|■)?\s*(记者|通讯员|编辑|摄影|责任编辑|文|图)", s)) or s.endswith(" 摄") \
        or bool(re.match(rf"^[{HAN}]{{2,4}}(\s+[{HAN}]{{2,4}})*\s*(摄|文/图)$", s))


def split_items(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """News items inside [start, end): a new item starts at a headline line (or a run of
    them), a 【栏目】 line, or a numbered sub-item heading."""
    end = len(text) if end is None else end
    lines: list[tuple[int, int, str]] = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return _collect(text, lines, start, end)


def _collect(text: str, lines, start: int, end: int) -> list[Item]:
    items: list[Item] = []
    prev_head = False
    for s, e, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        lead = s + (len(line) - len(line.lstrip()))
        numbered = bool(NUMBERED.match(stripped)) and len(stripped) <= 30
        bracket = stripped.startswith("【")
        head = is_headline(stripped) or numbered or bool(SECTION_NUM.match(stripped)) \
            or (not items and _two_part_headline(stripped))
        if BRIEF.match(stripped) and items:
            # a news brief of its own, even without a headline
            items[-1].end = lead
            items.append(Item(lead, e, "", lead))
            prev_head = False
            continue
        if bracket or head:
            if items and prev_head and not bracket:
                items[-1].title = (items[-1].title + " " + stripped).strip()
                items[-1].title_end = e
            else:
                if items:
                    items[-1].end = lead
                title, tend = stripped, e
                if bracket and re.search(r"[。]", stripped):
                    cut = stripped.find("。")
                    title, tend = stripped[:cut], lead + cut
                    head = False
                items.append(Item(lead, e, title, tend))
            prev_head = head
            continue
        prev_head = False
        if not items:
            items.append(Item(lead, e, "", lead))
    if not items:
        return [Item(start, end, "", start)]
    items[-1].end = end
    for it in items:
        it.sentences = split_sentences(text, it.start, it.end)
    return items
