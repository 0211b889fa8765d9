"""Splitting a normalised bulletin into its articles.

The genre (county / development-zone newsletters, newspaper pages about a zone) builds a
page from a few shapes, which are what we recognise, not the wording of any one page:

* `【栏目】headline。lead…` on one line (section header, headline up to the first `。`,
  the lead running on), or `【栏目】headline` with the lead on the next line;
* a headline block: one or more short lines without sentence punctuation (kicker, column
  name such as `今日评论`, headline, an author's bare name), followed by something that
  opens an article: a `本报讯` lead, a byline line, a source/dateline, a dated lead
  paragraph (`7月30日，…。`). A block followed by ordinary text is a sub-heading or a
  photo caption inside the current article, unless the current article was already
  closed by its byline;
* numbered sub-items (`1、纪检监察工委`, `1 热身：…`, `一、…`, `（一）…`) when they form a
  sequence starting at 1: each item is an article of its own (its own date, its own
  byline); `parent` keeps the title of the article they belong to;
* `另讯，…` paragraphs: a second short news item appended to an article;
* bylines: `（开发区财政审计部 霍啸）` closing a paragraph (org + names, role ""),
  `记者 王晨 通讯员 刘航` / `□记者 王晨` lines, `本报讯（记者 王晨 通讯员 郭雪松）`,
  `…。记者 王赛华` glued to the last paragraph, photo credits `记者 王晨 摄` /
  `… 曾宪平 关建华 摄` (role 摄影 unless a role is written), credit lines
  `策划：李清华 文字统筹：王泉林 刘航` (role as written).

Spans. Articles tile the document from the first article's first line: an article runs
from its first heading line up to the line before the next article, so a byline *line*
is inside the span of the article it belongs to, whether it closes it (seed 003 style,
after the text) or opens it (under the headline, seed 002 style); captions between
articles fall into the preceding article. An article made of headings only (a group
title over numbered items, `【工作动态】…（一）` followed by `1、…`) has no body of its
own, so its lines open the first item's span instead of forming an empty article.
`text == doc_text[start:end]` always.

Tables of contents. A `本期要目` / `目录` / `导读` block at the top (its header line and the
numbered items under it) is no article and belongs to none: the articles tile the document
from the first line after it, so its headlines are never read twice as article text.
Masthead lines (issue number, issuing office, a full date) are never picked as a title.
Metadata lines (`发布时间：… 来源：…`, breadcrumbs `网站 > 新闻中心 > 要闻`) are `meta`: they
open an article when they follow its headline, and never give it its title or its date.

Dates. An article's date is the first day-level date within the first 300 characters of
its body (the lead), resolved with the document's year when the document states one
(`--07-30` otherwise); None when the lead has no date. Later dates in the body are
events' business, not the article's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.dates import find_dates, number
from loaders.normalise import BYLINE_LINE, BYLINE_TAIL, HAN

LEAD_WINDOW = 300  # characters of body searched for the article's date


@dataclass
class Byline:
    name: str
    role: str = ""  # 记者 / 通讯员 / 编辑 / 摄影 / "" for an affiliation byline; credit roles as written
    org: str = ""   # (开发区财政审计部 霍啸) -> 开发区财政审计部


@dataclass
class Article:
    position: int           # 1-based order in the document
    title: str
    section: str            # 【经开要闻】 -> 经开要闻
    date: str | None        # "2025-07-30", "--07-30" or None
    start: int              # character span in the normalised document text
    end: int
    text: str               # the article body (== doc_text[start:end])
    bylines: list[Byline] = field(default_factory=list)
    parent: str = ""        # for a numbered sub-item: the title of the article it belongs to


# -- vocabulary -------------------------------------------------------------------------------

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池乐匡钮国滑鞠晋宿衣郗尉"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                     "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "申屠")
NAV_WORDS = {"全部", "首页", "正文", "返回", "当前位置", "打印", "关闭", "分享", "更多"}
CREDIT_ROLES = ("责任编辑", "见习记者", "特约记者", "本报记者", "文字统筹", "通讯员", "实习生",
                "记者", "摄影", "编辑", "责编", "策划", "统筹", "作者", "审核", "校对", "监制", "撰稿", "图片", "文字")
ROLE_CANON = {"本报记者": "记者", "见习记者": "记者", "特约记者": "记者", "责编": "责任编辑", "图片": "摄影"}
ORG_SUFFIX = re.compile(r"(?:部|办|局|委|站|社|中心|院|处|所|队|公司|街道|室|组|会|厅|署|馆|台|报|团|科|校|镇|乡|村|区|县|市|省|集团|分局|工委)$")

_NAME = rf"[{HAN}]{{2,4}}"
_NAMES = re.compile(rf"^{_NAME}(?:[、，,]{_NAME})*$")
_SECTION = re.compile(r"^【([^】]{1,20})】\s*(.*)$")
_LEAD = re.compile(r"^(?:本报讯|本报[^\s，。]{0,8}讯|讯\s|通讯员报道)")
_LEAD_PARENS = re.compile(r"^(?:本报讯|本报[^\s，。]{0,8}讯)\s*[（(]([^）)]{2,60})[）)]")
_ALSO = re.compile(r"^另讯[，,：:]?")
_DATED_LEAD = re.compile(r"^(?:[（(]?\d{4}年)?(?:\d{1,2}月\d{1,2}日|近日|日前|近期|当天|连日来|\d{1,2}日)")
_META = re.compile(r"^[\[【(（]?(?:来源|作者|稿源|出处|发布时间|发稿时间|发布日期|时间|日期|编辑|责任编辑|通讯员)\s*[:：]"
                   r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_CREDIT_LINE = re.compile(
    rf"^[\[【(（]?\s*(?:{'|'.join(CREDIT_ROLES)})\s*[:：]\s*{_NAME}(?:[\s、，,]+{_NAME})*"
    rf"(?:\s+(?:{'|'.join(CREDIT_ROLES)})\s*[:：]\s*{_NAME}(?:[\s、，,]+{_NAME})*)*\s*[\]】)）]?$")
_NUMBERED = re.compile(
    r"^(?:(?P<arabic>\d{1,2})(?:\s*[、.．]\s*|\s+)(?=\D)"
    r"|(?P<cn>[一二三四五六七八九十]{1,3})\s*[、.．]\s*"
    r"|[（(](?P<paren>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*)(?P<title>.+)$")
# a byline in brackets closing a paragraph; the opening bracket may have been lost to mojibake
_BRACKET_TAIL = re.compile(rf"(?:^|(?<=[。！？?”…]))\s*[（(]([^（）()。！？]{{2,50}})[）)]$")
_BROKEN_BRACKET_TAIL = re.compile(rf"(?<=[。！？?])([^（）()。！？?]{{2,40}}\s+{_NAME}(?:、{_NAME})*)[）)]$")
# a byline alone on its line, in brackets: （某某办公室 某某）, （产业发展科）, （文/图 某某）
_BRACKET_LINE = re.compile(r"^[（(]([^（）()。！？，,]{2,40})[）)]$")
_PHOTO_TAIL = re.compile(rf"((?:\s+{_NAME})+)\s*摄$")
_SENT = set("。！？")
_BREADCRUMB = re.compile(r"\s[>＞›»]\s|\S[>＞›»]\S.*[>＞›»]")
# a table of contents at the top of a bulletin: its header line, then its numbered items
_TOC_HEAD = re.compile(r"^[【\[]?(?:(?:本期)?(?:要目|目录|导读|提要|要闻提要|内容提要)[】\]]?$|本期(?:要目|目录|导读|提要))")
# a masthead line that is no headline: the issue number, the issuing office, a full date
_MASTHEAD_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日|第\d+期|(?:编印|主办|编)$|^\d{4}[-/.]\d{1,2}")


def is_person_name(s: str) -> bool:
    """A bare Chinese personal name: surname first, 2-4 characters in all."""
    if not re.fullmatch(f"[{HAN}]{{2,4}}", s):
        return False
    if s[:2] in COMPOUND_SURNAMES:
        return len(s) >= 3
    return s[0] in SURNAMES and len(s) <= 3


# -- bylines ----------------------------------------------------------------------------------

def parse_credits(s: str) -> list[Byline]:
    """`记者 王晨 通讯员 刘航`, `策划：李清华 文字统筹：王泉林 刘航`, `记者 王晨 摄`, `曾宪平 关建华 摄`."""
    s = s.strip().strip("[]【】()（）□■◇◆").strip()
    photo = s.endswith("摄") and not s.endswith("摄影")
    for tail in ("文/图", "文图", "摄影报道", "摄"):
        if s.endswith(tail):
            s = s[: -len(tail)].strip()
            break
    tokens = re.split(r"[\s:：]+", s)
    out: list[Byline] = []
    role = ""
    for tok in tokens:
        if not tok:
            continue
        if tok in CREDIT_ROLES:
            role = ROLE_CANON.get(tok, tok)
            continue
        # a role glued to its name: 记者王晨
        for r in CREDIT_ROLES:
            if tok.startswith(r) and is_person_name(tok[len(r):]):
                role, tok = ROLE_CANON.get(r, r), tok[len(r):]
                break
        for name in re.split("[、，,]", tok):
            if is_person_name(name) or (role and re.fullmatch(_NAME, name)):
                out.append(Byline(name, role or ("摄影" if photo else "")))
    if photo:
        out = [Byline(b.name, b.role or "摄影", b.org) for b in out]
    return out


def parse_bracket_byline(content: str) -> list[Byline]:
    """`开发区财政审计部 霍啸`, `开发区经济发展部 杨嘉梁、刘秀秀`, `苗青甫 许霞`.
    An organisation alone (`三门峡日报社开发区记者站`) names no person: nothing."""
    content = content.strip()
    if any(content.startswith(r) for r in CREDIT_ROLES):
        return parse_credits(content)
    parts = content.split()
    if not parts:
        return []
    names: list[str] = []
    while parts and _NAMES.match(parts[-1]) and not ORG_SUFFIX.search(parts[-1]):
        group = re.split("[、，,]", parts[-1])
        if not all(is_person_name(n) or len(parts) > 1 for n in group):
            break
        names[:0] = group
        parts.pop()
    org = " ".join(parts)
    if not names:
        return []
    if org and not ORG_SUFFIX.search(org) and all(is_person_name(p) for p in parts):
        names[:0], org = parts, ""  # (苗青甫 许霞 王某): all names
    return [Byline(n, "", org) for n in names]


def closing_byline(line: str) -> list[Byline]:
    """A byline glued to the end of a paragraph, or [] if the paragraph ends in text."""
    m = _BRACKET_TAIL.search(line)
    if m:
        found = parse_bracket_byline(m.group(1))
        if found:
            return found
    m = _BROKEN_BRACKET_TAIL.search(line)
    if m:
        found = parse_bracket_byline(m.group(1))
        if found:
            return found
    m = BYLINE_TAIL.search(line)
    if m:
        tail = re.split("[。！？”]", m.group(0))[-1]
        found = parse_credits(tail)
        if found:
            return found
    m = _PHOTO_TAIL.search(line)
    if m:
        return [Byline(n, "摄影") for n in m.group(1).split() if is_person_name(n)]
    return []


# -- line classes ------------------------------------------------------------------------------

@dataclass
class _Line:
    start: int
    end: int
    s: str
    kind: str = "body"      # section / lead / also / byline / meta / heading / name / body
    number: tuple[str, int, str] | None = None  # (style, n, title) for a numbered heading


def _classify(s: str) -> str:
    if _SECTION.match(s):
        return "section"
    if _LEAD.match(s):
        return "lead"
    if _ALSO.match(s):
        return "also"
    if BYLINE_LINE.match(s) or _CREDIT_LINE.match(s) or _bracket_line_byline(s) is not None:
        return "byline"
    if _META.match(s) and (len(s) <= 40 or not any(c in _SENT for c in s)):
        return "meta"        # 发布时间：2022-11-03 09:15　来源：某某融媒体中心　浏览次数：…
    if _BREADCRUMB.search(s) and not any(c in _SENT for c in s):
        return "meta"        # 某某门户网站 > 新闻中心 > 要闻
    if is_person_name(s):
        return "name"
    if len(s) <= 60 and not any(c in _SENT for c in s):
        return "heading"
    return "body"


def _bracket_line_byline(s: str) -> list[Byline] | None:
    """The bylines of a bracketed credit standing alone on its line (a person with or without
    an organisation, or an organisation alone: []), None when the line is no credit."""
    m = _BRACKET_LINE.match(s)
    if not m:
        return None
    content = m.group(1).strip()
    found = parse_bracket_byline(content)
    if found:
        return found
    if " " not in content and ORG_SUFFIX.search(content):
        return []             # （产业发展科）: the unit that wrote it, no person named
    return None


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        lead_ws = len(raw) - len(raw.lstrip())
        start += lead_ws
        end = start + len(stripped)
        ln = _Line(start, end, stripped, _classify(stripped))
        m = _NUMBERED.match(stripped)
        if m and len(stripped) <= 40 and not any(c in _SENT for c in stripped):
            style = "arabic" if m.group("arabic") else "cn" if m.group("cn") else "paren"
            num = m.group("arabic") or m.group("cn") or m.group("paren")
            ln.number = (style, number(num), m.group("title").strip())
        out.append(ln)
    return out


def _sub_item_heads(lines: list[_Line]) -> set[int]:
    """Indices of numbered headings that form a sequence 1, 2, 3… of one style."""
    heads: set[int] = set()
    current: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if not ln.number:
            continue
        style, n, _ = ln.number
        seq = current.get(style)
        if n == 1:
            if seq and len(seq) >= 2:
                heads.update(seq)
            current[style] = [i]
        elif seq and lines[seq[-1]].number[1] == n - 1:  # type: ignore[index]
            seq.append(i)
    for seq in current.values():
        if len(seq) >= 2:
            heads.update(seq)
    return heads


# -- the splitter ------------------------------------------------------------------------------

@dataclass
class _Draft:
    first: int                  # index of its first line
    title: str = ""
    section: str = ""
    parent: str = ""
    body_start: int | None = None  # character offset where its own text begins
    bylines: list[Byline] = field(default_factory=list)
    closed: bool = False        # its closing byline has been seen


def _opens_article(lines: list[_Line], j: int) -> bool:
    """Does line j, right after a heading block, open an article?"""
    if j >= len(lines):
        return False
    ln = lines[j]
    if ln.kind in ("lead", "byline", "meta"):
        return True
    if ln.kind == "body" and _DATED_LEAD.match(ln.s) and "。" in ln.s:
        return True
    return False


def _pick_title(block: list[_Line]) -> tuple[str, str, list[Byline]]:
    """(title, section, author bylines) from a heading block."""
    lines = [ln for ln in block if ln.s not in NAV_WORDS]
    if any(not _MASTHEAD_LINE.search(ln.s) for ln in lines):
        lines = [ln for ln in lines if not _MASTHEAD_LINE.search(ln.s)]
    bylines: list[Byline] = []
    while lines and lines[-1].kind == "name":
        bylines.insert(0, Byline(lines.pop().s))
    section = ""
    if len(lines) >= 2 and len(lines[0].s) <= 6:
        section = lines.pop(0).s
    if not lines:
        return "", section, bylines
    title = max(lines, key=lambda ln: len(ln.s))
    k = lines.index(title)
    text = title.s
    if k + 1 < len(lines) and lines[k + 1].s.startswith("——"):
        text += lines[k + 1].s
    return text, section, bylines


def _skip_toc(lines: list[_Line], i: int) -> int:
    """Index of the first line after a table of contents (本期要目 + its numbered items, or
    bare / bulleted headlines that the issue prints again further down)."""
    j = i + 1
    while j < len(lines) and lines[j].kind != "section" and (
            lines[j].number is not None or (lines[j].kind == "heading" and len(lines[j].s) <= 40
                                            and j + 1 < len(lines) and lines[j + 1].number is not None)
            or _listed_again(lines, j)):
        j += 1
    return j


_BULLET = "●○◆◇■□▲△★☆·•-—"


def _listed_again(lines: list[_Line], j: int) -> bool:
    """A contents entry: a short line without a sentence that reappears later as a line of
    its own (the article's headline, or its 【section】)."""
    entry = lines[j].s.strip().lstrip(_BULLET).strip()
    if not entry or len(entry) > 40 or "。" in entry:
        return False
    return any(ln.s.strip().strip("【】[]").lstrip(_BULLET).strip() == entry for ln in lines[j + 1:])


def split_articles(text: str, year: int | None = None) -> list[Article]:
    lines = _lines(text)
    if not lines:
        return []
    drafts = _merge_heading_only(_Splitter(lines).read())
    return _articles(text, year, lines, drafts)


class _Splitter:
    """Reads the lines of a document in order into article drafts: a line of each kind
    (contents, numbered sub-item head, 【section】, headings, bylines, text) opens, titles or
    continues the current draft."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.heads = _sub_item_heads(lines)
        self.drafts: list[_Draft] = []
        self.cur: _Draft | None = None
        self.parent_title = ""
        self.column = ""  # a 【栏目】 standing alone on its line heads every article until the next one

    def open(self, draft: _Draft) -> _Draft:
        self.cur = draft
        self.drafts.append(draft)
        return draft

    def read(self) -> list[_Draft]:
        lines = self.lines
        i = 0
        while i < len(lines):
            ln = lines[i]
            if _TOC_HEAD.match(ln.s):
                cur = self.cur
                if cur is not None and cur.body_start is None and self.drafts and self.drafts[-1] is cur:
                    self.drafts.pop()      # masthead lines before the contents: no article's text
                    self.cur = None
                i = _skip_toc(lines, i)
            elif i in self.heads:
                i = self.sub_item(i)
            elif ln.kind == "section":
                i = self.section(i)
            elif ln.kind in ("heading", "name"):
                i = self.headings(i)
            else:
                self.text_line(i)
                i += 1
        return self.drafts

    def sub_item(self, i: int) -> int:
        """1、某某部: a numbered sub-item of the article before."""
        style, n, title = self.lines[i].number  # type: ignore[misc]
        if n == 1:
            self.parent_title = self.cur.title if self.cur else ""
        section = self.cur.section if self.cur else ""
        self.open(_Draft(i, title=title, section=section, parent=self.parent_title))
        return i + 1

    def section(self, i: int) -> int:
        """【栏目】 (with the headline or the first sentence after it on the same line, or
        alone: then the headline follows)."""
        lines, ln = self.lines, self.lines[i]
        m = _SECTION.match(ln.s)
        assert m
        section, rest = m.group(1).strip(), m.group(2).strip()
        cur = self.open(_Draft(i, section=section))
        self.parent_title = ""
        self.column = "" if rest else section
        if rest:
            cut = rest.find("。")
            if cut > 0:
                cur.title = rest[:cut]
                cur.body_start = ln.start + ln.s.index(rest) + cut + 1
            else:
                cur.title = rest
            return i + 1
        j = i + 1
        block = []
        while j < len(lines) and lines[j].kind in ("heading", "name") and j not in self.heads:
            block.append(lines[j])
            j += 1
        if block:
            cur.title, _, authors = _pick_title(block)
            cur.bylines += authors
            return j
        return i + 1

    def headings(self, i: int) -> int:
        """A run of heading lines: a new article's headline, or captions of the current one."""
        lines = self.lines
        j = i
        while j < len(lines) and lines[j].kind in ("heading", "name") and j not in self.heads \
                and not _TOC_HEAD.match(lines[j].s):
            j += 1
        block = lines[i:j]
        ends_with_author = block[-1].kind == "name" and len(block) >= 2
        following_text = j < len(lines) and lines[j].kind in ("body", "lead", "also")
        cur = self.cur
        if cur is None or _opens_article(lines, j) or (ends_with_author and following_text) \
                or (cur.closed and following_text):
            title, section, authors = _pick_title(block)
            self.open(_Draft(i, title=title, section=section or self.column, bylines=authors))
            self.parent_title = ""
        else:
            for b in block:  # captions with a photographer's credit
                cur.bylines += closing_byline(b.s) if b.s.endswith("摄") else []
        return j

    def text_line(self, i: int) -> None:
        """A byline, metadata, a 另讯 brief or a line of the article's text."""
        ln = self.lines[i]
        kind = ln.kind
        cur = self.cur if self.cur is not None else self.open(_Draft(i))
        if kind == "byline":
            bracketed = _bracket_line_byline(ln.s)
            cur.bylines += parse_credits(ln.s) if bracketed is None else bracketed
            if cur.body_start is not None:
                cur.closed = True
        elif kind == "meta":
            pass
        elif kind == "also" and cur.body_start is not None:
            rest = _ALSO.sub("", ln.s)
            rest = re.sub(r"^(?:\d{1,2}月\d{1,2}日|近日|日前)(?:上午|下午|晚上|晚)?[，,]", "", rest)
            cur = self.open(_Draft(i, title=rest.split("。")[0][:60], section=cur.section, parent=cur.title))
            cur.body_start = ln.start
            cur.bylines += closing_byline(ln.s)
        else:  # lead or body
            if cur.body_start is None:
                cur.body_start = ln.start
            if kind == "lead":
                m = _LEAD_PARENS.match(ln.s)
                if m:
                    cur.bylines += parse_credits(m.group(1))
            tail = closing_byline(ln.s)
            if tail:
                cur.bylines += tail
                cur.closed = True


def _merge_heading_only(drafts: list[_Draft]) -> list[_Draft]:
    """An article of headings only lends its lines to the next one."""
    merged: list[_Draft] = []
    carry: _Draft | None = None
    for d in drafts:
        if carry is not None:
            d.first = carry.first
            d.bylines = carry.bylines + d.bylines
            d.section = d.section or carry.section
            carry = None
        has_body = d.body_start is not None
        if not has_body and d is not drafts[-1]:
            carry = d
            continue
        merged.append(d)
    return merged


def _articles(text: str, year: int | None, lines: list[_Line], drafts: list[_Draft]) -> list[Article]:
    """The articles of the drafts, each dated by the first date of its lead; an article's
    date comes from running text, never from a caption or heading line."""
    text_lines = [(ln.start, ln.end) for ln in lines if ln.kind in ("body", "lead", "also", "section")]
    dates = [d for d in find_dates(text, year) if any(a <= d[0] < b for a, b in text_lines)]
    out: list[Article] = []
    for k, d in enumerate(drafts):
        start = lines[d.first].start
        nxt = drafts[k + 1].first if k + 1 < len(drafts) else len(lines)
        end = lines[nxt - 1].end
        body = d.body_start if d.body_start is not None else start
        date = next((iso for s, _e, iso, _t in dates if body <= s < min(end, body + LEAD_WINDOW)), None)
        out.append(Article(k + 1, d.title, d.section, date, start, end, text[start:end],
                           _dedupe(d.bylines), d.parent))
    return out


def _dedupe(bylines: list[Byline]) -> list[Byline]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for b in bylines:
        key = (b.name, b.role, b.org)
        if b.name and key not in seen:
            seen.add(key)
            out.append(b)
    return out
