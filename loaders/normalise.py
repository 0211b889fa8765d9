"""Normalisation: one canonical Simplified-Chinese text per bulletin, whatever its source.

Everything downstream (article spans, `source` offsets, evidence) indexes into the string
this module returns, so it is a pure, deterministic function of its input.

Steps, in order, and why:

1. Line endings, zero-width characters, NBSP and ideographic spaces: PDF and web copies
   differ only in these. Full-width digits and the full-width point between them (１．２６)
   become ASCII.
1b. Indented PDF layouts: where paragraphs open with an indent and lines break anywhere
   (inside a title or a name), unindented lines continue their paragraph, page numbers and
   the running header after them are dropped, and a stray space between two Han characters
   inside such a paragraph goes (see join_indented).
2. Inline pinyin annotations out (`經(jīng)濟` -> `經濟`, also `（jīng jì）`): some sites
   print the reading of every character; it breaks names and words apart.
3. OpenCC `tw2s` (it fixes 著->着 which `t2s` leaves), then 陜->陕 (a variant OpenCC keeps).
   Terms in PROTECTED are copied verbatim, for proper nouns whose official form must not
   be "simplified".
4. Mojibake: U+FFFD, private-use code points and *garbled runs* (UTF-8 bytes once read as
   GBK: stray `?`, orphan pinyin like `lián)`, isolated Latin letters, rare Han, bopomofo)
   become one `?` per run. We never guess the lost characters. After this step an ASCII
   `?` means "unreadable here"; a real question mark is the full-width `？`.
5. Width: full-width digits/letters to ASCII; ASCII `, : ; ! ? ( )` touching Chinese text
   to their full-width Chinese forms (`，：；！？（）`). Decision: Chinese punctuation in
   Chinese context, ASCII inside numbers and Latin (`10:30`, `1,000`, `PM2.5`), so that
   the same bulletin typed either way normalises identically. It is a 1:1 character map.
6. Spaces: squeezed between numbers and Chinese (`2022 年` -> `2022年`, `投资 20 亿元`
   -> `投资20亿元`), but the space between two Chinese words is kept (bylines
   `记者 王晨 通讯员 刘航`, headline halves `新时代 新征程`).
7. Paragraphs: one paragraph per line (blank lines dropped). A line that a PDF tool broke
   inside a sentence (`指` / `部`, `新能` / `源`) is re-joined to the next one, but only
   when the first part reads as body text (has sentence punctuation or is long) and does
   not end in a byline, and the next line is neither a heading, a byline, a numbered
   item, a dateline nor a lead (`本报讯`). Headlines, captions and label lines are short
   and punctuation-free, so they are never glued to their neighbours.
8. Fixed-width layouts: a PDF copy hard-wrapped at N characters a line (every line of a
   paragraph broken, wherever the line was full) is recognised by its many lines of one
   length that end inside a sentence. Those lines are re-joined to the line that follows;
   a page footer (`－ 2 －`) or a stray blank line that cut a line in two is skipped, and
   the two pieces (together about N long, the second one followed by more of its paragraph)
   are joined back (`投资促` / `－ 2 －` / `进局承办`, `二` / blank / `期项目`). A line that ends
   a sentence, and any line before a heading, byline, numbered item or `【栏目】`, still
   ends its paragraph. Page footers are dropped everywhere.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

from loaders.charsets import common_simplified

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_DETONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuüüüünnnm")

# Proper nouns copied verbatim (no Traditional->Simplified conversion). Keep it short and
# justified: each entry is a name whose official written form OpenCC would change.
PROTECTED: tuple[str, ...] = ("乾陵", "乾隆", "乾縣")

# a pinyin syllable without its tone mark
_SYLLABLE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|üan|uai|uan|iao|ian|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie"
    r"|iu|in|ua|uo|ui|un|üe|ün|ue|ve|a|o|e|i|u|ü|v)"
    r"|ng|hm|m|n"
)
_ANNOT = re.compile(rf"[(（]\s*([a-zü{TONES}]+(?:[\s'][a-zü{TONES}]+)*)\s*[)）]")

# mojibake anchors and the characters that make up garbled runs around them
_ANCHOR = re.compile("[?\ufffd\ue000-\uf8ff]")
_ORPHAN_PINYIN = re.compile(rf"[a-zA-Z{TONES}ü]{{1,7}}[)）]|[a-zA-Z]*[{TONES}][a-zA-Z{TONES}]*")
_ODD_SYMBOLS = set("!_€$#@^|~`\\")

_CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
_CJK_CTX = re.compile(f"[{HAN}{_CJK_PUNCT}\ufffd]")
_FULLWIDTH_ALNUM = str.maketrans(
    {**{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
     **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
     "％": "%", "\u00a0": " ", "\u3000": " ", "\u2002": " ", "\u2003": " ", "\u2009": " "})
_NEEDS_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％\u00a0\u3000\u2002\u2003\u2009]")
_TO_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_ASCII_PUNCT = re.compile(r"[,:;!()]")
_PAREN_PAIR = re.compile(r"[(（]([^()（）\n]{0,80})[)）]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_FULLWIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")

_SPACES = re.compile(r"[ \t\f\v]+")
_HAN_SPACE_NUM = re.compile(rf"(?<=[{HAN}])[ ]+(?=\d)")
_NUM_SPACE_HAN = re.compile(rf"(?<![\d.\-/:])(\d+(?:\.\d+)?%?)[ ]+(?=[{HAN}])")
# a number opening a line followed by a space is a heading number ("1 热身"), unless a unit follows
_UNITS = "年月日时分秒个家名人位次亿万千百元米吨亩项座条所批期届号岁天周户台辆套份件场余多倍成"
_LINE_NUM_SPACE = re.compile(rf"^(\d{{1,2}}) +(?![{_UNITS}])")

# -- line classes used to decide whether a line break is a PDF artefact ---------------------
_SENT_END = set("。！？…；”’」』）)】》：:!?;")
_ROLE = r"(?:记者|通讯员|见习记者|实习生|特约记者|摄影|摄|编辑|责任编辑|责编|通讯员|作者|文|图|文/图)"
_NAME = rf"[{HAN}]{{2,4}}"
BYLINE_LINE = re.compile(
    rf"^[□■◇◆]?\s*(?:本报)?{_ROLE}\s*[:：]?\s*{_NAME}(?:[\s、，,]+{_NAME})*"
    rf"(?:\s+{_ROLE}\s*[:：]?\s*{_NAME}(?:[\s、，,]+{_NAME})*)*(?:\s*(?:摄|文/图|文图|报道))?$"
)
BYLINE_TAIL = re.compile(
    rf"(?:^|[。！？”])\s*[□■]?(?:记者|通讯员|摄影|编辑|责任编辑)\s*[:：]?\s*{_NAME}"
    rf"(?:[\s、，,]+(?:(?:记者|通讯员|摄影|编辑)\s*[:：]?\s*)?{_NAME})*(?:\s*(?:摄|文/图))?$"
    rf"|[{HAN}]\s+摄$"
)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:[、.．]|\s)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[◆●■□▲★◎※])")
_LEAD = re.compile(r"^(?:本报讯|本报|讯|另讯|据|【)"
                   # a news agency's dateline: 新华社北京3月5日电, 某某新闻网某地4月26日讯
                   r"|^[\u3400-\u9fff]{2,16}?(?:\d{1,2}月)?\d{1,2}日(?:讯|电)")
_DATE_LINE = re.compile(r"^[\[【(（]?(?:发稿|发布|更新|出版|时间|日期)?[^\d]{0,6}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\]】)）]?$")
_INNER_PUNCT = re.compile("[，、；,;]")
_DATED_LEAD = re.compile(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|近期|当天|昨天|今天)(?:上午|下午|晚上|晚)?[，,]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("tw2s")


@lru_cache(maxsize=1)
def _protected_re() -> re.Pattern[str] | None:
    terms = sorted(set(PROTECTED), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, terms))) if terms else None


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    if _NEEDS_WIDTH.search(text):
        text = text.translate(_FULLWIDTH_ALNUM)
        text = _FULLWIDTH_POINT.sub(".", text)     # １．２６亿元 -> 1.26亿元
    text = join_indented(text)
    text = strip_pinyin(text)
    text = to_simplified(text)
    text = mark_mojibake(text)
    text = chinese_punctuation(text)
    text = squeeze_spaces(text)
    return join_lines(text)


# -- 1b. indented paragraphs --------------------------------------------------------------------

_INDENT = re.compile(r"^ {2,4}(?=\S)")
_HAN_GAP = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")


def join_indented(text: str) -> str:
    """Step 1b: a PDF copy whose paragraphs open with an indent (two ideographic spaces)
    and whose lines break wherever the page did, even inside a name (县委副书 / 记、县长…).
    There every unindented line that follows a paragraph's line without a blank line
    continues it, page furniture (`－ 1 －` and the running header repeated after it)
    in between is dropped, and a stray space between two Han characters inside such a
    paragraph (衡 建峰) is a layout artefact. Headings, bylines and numbered items still
    stand alone. Texts without that layout are returned unchanged."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _INDENT.match(ln) and _HAN_CHAR.search(ln)) < 3:
        return text
    continuing = sum(1 for i in range(1, len(lines)) if lines[i].strip() and not _INDENT.match(lines[i])
                     and lines[i - 1].strip() and lines[i - 1].rstrip()[-1] not in _SENT_END)
    if continuing < 3:
        return text
    furniture = set()
    stripped = [ln.strip() for ln in lines]
    for i, ln in enumerate(stripped):
        if _PAGE_MARK.match(ln):
            furniture.add(i)
            for j in range(i + 1, min(len(lines), i + 5)):   # the running header after the page number
                if stripped[j] and stripped.count(stripped[j]) >= 2 and len(stripped[j]) <= 40:
                    furniture.add(j)
                    break
    out: list[str] = []
    paragraph = False     # out[-1] is an indented paragraph still open
    blank = page = False
    for i, ln in enumerate(lines):
        if i in furniture:
            page = True
            continue
        if not ln.strip():
            blank = True
            continue
        body = ln.strip()
        if _INDENT.match(ln):
            out.append("  " + _HAN_GAP.sub("", body))
            paragraph = True
        elif paragraph and not _opens_block(body) and (not blank or (page and not _is_heading_like(body))):
            out[-1] = out[-1].rstrip() + _HAN_GAP.sub("", body)
        else:
            if blank and out:
                out.append("")
            out.append(ln.rstrip())
            paragraph = False
        blank = page = False
    return "\n".join(out)


def _is_heading_like(line: str) -> bool:
    """A short line without sentence punctuation after a blank: a headline."""
    return len(line) <= 40 and not any(c in line for c in "，。、；：,;:")


# -- 2. pinyin --------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _is_pinyin(annotation: str) -> bool:
    return all(_SYLLABLE.fullmatch(syl) for syl in re.split(r"[\s']+", annotation.translate(_DETONE)))


@lru_cache(maxsize=4096)
def _toned(annotation: str) -> bool:
    return any(c in TONES for c in annotation)


_HAN_CHAR = re.compile(f"[{HAN}]")


def strip_pinyin(text: str) -> str:
    """Drop `(pinyin)` after a Han character; with a tone mark the annotation is
    unambiguous, so it also goes after garbled text. `(km)`, `(IBM)` stay."""
    def repl(m: re.Match[str]) -> str:
        ann = m.group(1)
        if (_toned(ann) or (m.start() and _HAN_CHAR.match(text, m.start() - 1))) and _is_pinyin(ann):
            return ""
        return m.group(0)
    if "(" not in text and "（" not in text:
        return text
    return _ANNOT.sub(repl, text)


# -- 3. Traditional -> Simplified ---------------------------------------------------------------

def to_simplified(text: str) -> str:
    conv = _converter()
    pat = _protected_re()
    if pat is None or not pat.search(text):
        out = conv.convert(text)
    else:
        parts, pos = [], 0
        for m in pat.finditer(text):
            parts.append(conv.convert(text[pos:m.start()]))
            parts.append(m.group(0))
            pos = m.end()
        parts.append(conv.convert(text[pos:]))
        out = "".join(parts)
    return _keep_simplified_lines(text, out).replace("陜", "陕")


# characters that Simplified text writes too, which tw2s would still change (显著, 著名;
# the family name 於; 乾坤)
SIMPLIFIED_TOO = {"著": "着", "於": "于", "乾": "干"}


def _keep_simplified_lines(src: str, out: str) -> str:
    """tw2s turns every lone 著 into 着 (and 於 into 于), which is right for Traditional text
    (著力 -> 着力) but wrong for text already Simplified (显著, 著名, 於海燕). A line whose only
    changes were of these characters was Simplified already: keep it as written."""
    if not any(c in src for c in SIMPLIFIED_TOO) or len(src) != len(out):
        return out
    src_lines, out_lines = src.split("\n"), out.split("\n")
    if len(src_lines) != len(out_lines):
        return out
    for k, (a, b) in enumerate(zip(src_lines, out_lines)):
        if a != b and len(a) == len(b) and all(x == y or SIMPLIFIED_TOO.get(x) == y for x, y in zip(a, b)):
            out_lines[k] = a
    return "\n".join(out_lines)


# -- 4. mojibake ------------------------------------------------------------------------------

def _suspicious(text: str, i: int) -> int:
    """Length of a garbled unit starting at i, 0 if the character looks legitimate."""
    c = text[i]
    o = ord(c)
    if c == "?" or c == "\ufffd" or 0xE000 <= o <= 0xF8FF:
        return 1
    if c.isascii() and c.isalpha():
        m = _ORPHAN_PINYIN.match(text, i)
        if m and (i == 0 or not text[i - 1].isascii() or not text[i - 1].isalnum()):
            return m.end() - i
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return 1  # an isolated Latin letter inside Chinese text
        return 0
    if c in _ODD_SYMBOLS or c in TONES:
        return 1
    if 0x3100 <= o <= 0x312F or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF \
            or 0x2500 <= o <= 0x257F or 0x0370 <= o <= 0x04FF:
        return 1  # bopomofo, kana, Hangul, box drawing, Greek/Cyrillic: GBK mis-reads
    if 0x3400 <= o <= 0x9FFF and c not in common_simplified():
        return 1
    return 0


def mark_mojibake(text: str) -> str:
    """Replace each garbled run with one `?`; a lone `?` after Chinese is a question mark."""
    if not _ANCHOR.search(text):
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    for m in _ANCHOR.finditer(text):
        s = m.start()
        if s < pos:
            continue
        e = m.end()
        while True:  # extend right while a suspicious unit lies within the next 3 chars
            nxt = None
            for j in range(e, min(e + 3, n)):
                if text[j] == "\n":
                    break
                k = _suspicious(text, j)
                if k:
                    nxt = j + k
                    break
            if nxt is None and text[s:e] != "?":
                # two garbled spots a few characters apart: what lies between is garbled too
                a = _ANCHOR.search(text, e, min(e + 4, n))
                if a and "\n" not in text[e:a.start()]:
                    nxt = a.end()
            if nxt is None:
                break
            e = nxt
        while True:  # extend left over suspicious characters within the previous 2
            prv = None
            for j in range(s - 1, max(s - 3, pos - 1), -1):
                if text[j] == "\n":
                    break
                if _suspicious(text, j) and not (text[j].isascii() and text[j].isalpha()):
                    prv = j
                    break
            if prv is None:
                break
            s = prv
        out.append(text[pos:s])
        run = text[s:e]
        if run == "?" and s > 0 and _CJK_CTX.match(text[s - 1]):
            out.append("？")  # a real question mark
        elif run == "?" and (s == 0 or text[s - 1].isascii()):
            out.append("?")   # URLs, Latin text
        else:
            out.append("\ufffd")
        pos = e
    out.append(text[pos:])
    return "".join(out)


# -- 5. punctuation width -----------------------------------------------------------------------

def chinese_punctuation(text: str) -> str:
    """ASCII , : ; ! ( ) touching Chinese text -> full-width; then mojibake sentinels -> `?`."""
    chars = list(text)

    # parentheses as pairs, so that both halves get the same width
    for m in _PAREN_PAIR.finditer(text):
        a, b = m.start(), m.end() - 1
        ctx = _CJK_CTX.search(m.group(1)) or (a > 0 and _CJK_CTX.match(text[a - 1])) \
            or (b + 1 < len(text) and _CJK_CTX.match(text[b + 1]))
        if ctx:
            chars[a], chars[b] = "（", "）"
        else:
            chars[a], chars[b] = "(", ")"

    n = len(text)
    for m in _ASCII_PUNCT.finditer(text):
        i = m.start()
        c = chars[i]
        if c not in _TO_FULL:
            continue  # a parenthesis already decided as part of a pair
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if c in ",:" and before.isdigit() and after.isdigit():
            continue  # 1,000  10:30
        if (before and _CJK_CTX.match(before)) or (after and _CJK_CTX.match(after)):
            chars[i] = _TO_FULL[c]
    return "".join(chars).replace("\ufffd", "?")


# -- 6. spaces -------------------------------------------------------------------------------

def squeeze_spaces(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line:
            line = _HAN_SPACE_NUM.sub("", line)
            head = _LINE_NUM_SPACE.match(line)
            if head:
                line = head.group(0) + _NUM_SPACE_HAN.sub(r"\1", line[head.end():])
            else:
                line = _NUM_SPACE_HAN.sub(r"\1", line)
        lines.append(line)
    return "\n".join(lines)


# -- 7. paragraphs ------------------------------------------------------------------------------

def _body_like(line: str) -> bool:
    """Reads as running text rather than a headline, caption or label."""
    if any(c in line for c in "。！？"):
        return True
    inner = len(_INNER_PUNCT.findall(line))
    return inner >= 2 or (inner and len(line) >= 60)


def _starts_block(line: str) -> bool:
    """The line opens something new: heading, numbered item, lead, byline, dateline."""
    return bool(_NUMBERED.match(line) or _LEAD.match(line) or _DATED_LEAD.match(line)
                or BYLINE_LINE.match(line) or _DATE_LINE.match(line))


def _can_continue(prev: str, nxt: str) -> bool:
    if not prev or not nxt or prev[-1] in _SENT_END:
        return False
    if not _body_like(prev) or BYLINE_TAIL.search(prev):
        return False
    if prev.startswith("【") and "。" not in prev:
        return False  # a section header line with its headline
    if (_NUMBERED.match(prev) or BYLINE_LINE.match(prev) or _DATE_LINE.match(prev)) and len(prev) < 40:
        return False
    if _starts_block(nxt):
        return False
    # the continuation itself must read as text, not as a headline or caption
    return any(c in nxt for c in "，。、；：！？,.;:!?）)”")


_PAGE_MARK = re.compile(r"^(?:[－\-—–]\s*\d{1,3}\s*[－\-—–]|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?)$")
_BRACKET_LINE = re.compile(r"^[（(][^（）()]{1,30}[）)]$")
_WRAP_END = set("。！？；”’」』）)】》:：!?;")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a fixed-width layout wraps at: the most common length of the text lines,
    when enough lines have it and most of them end inside a sentence."""
    long = [ln for ln in lines if len(ln) >= 16]
    if len(long) < 6:
        return None
    counts: dict[int, int] = {}
    for ln in long:
        counts[len(ln)] = counts.get(len(ln), 0) + 1
    width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if n < 6 or n < 0.25 * len(long):
        return None
    at_width = [ln for ln in long if len(ln) == width]
    open_ended = sum(1 for ln in at_width if ln[-1] not in _WRAP_END)
    return width if open_ended >= 0.7 * len(at_width) else None


def _opens_block(line: str) -> bool:
    return line.startswith("【") or bool(_BRACKET_LINE.match(line)) or _starts_block(line)


def unwrap_fixed_width(text: str) -> str:
    """Step 8: re-join the lines of a layout hard-wrapped at a fixed width."""
    lines = [ln for ln in text.split("\n")]
    lines = ["" if _PAGE_MARK.match(ln) else ln for ln in lines]
    width = _wrap_width([ln for ln in lines if ln])
    if width is None:
        return "\n".join(lines)
    full = range(width - 1, width + 2)
    out: list[str] = []
    last = 0            # length of the last physical line appended to out[-1]
    gap = False         # blank lines since out[-1]
    for i, ln in enumerate(lines):
        if not ln:
            gap = True
            continue
        prev = out[-1] if out else ""
        joined = False
        if prev and prev[-1] not in _WRAP_END and not _opens_block(ln):
            if not gap and last in full:
                joined = True          # the previous line was full: the sentence goes on
            elif gap and last < width - 1 and len(ln) < width - 1 and last + len(ln) in full \
                    and i + 1 < len(lines) and lines[i + 1]:
                joined = True          # one line cut in two by a page break or a blank line
        if joined and gap:
            out[-1] = prev + ln
            last += len(ln)            # the physical line, put back together
        elif joined:
            out[-1] = prev + ln
            last = len(ln)
        else:
            if gap and out:
                out.append("")
            out.append(ln)
            last = len(ln)
        gap = False
    return "\n".join(out)


def join_lines(text: str) -> str:
    text = unwrap_fixed_width(text)
    paras = [p for p in text.split("\n") if p]
    if not paras:
        return ""
    out = [paras[0]]
    for p in paras[1:]:
        prev = out[-1]
        if _can_continue(prev, p):
            sep = " " if prev[-1].isascii() and prev[-1].isalnum() and p[0].isascii() and p[0].isalnum() else ""
            out[-1] = prev + sep + p
        else:
            out.append(p)
    return "\n".join(out)
