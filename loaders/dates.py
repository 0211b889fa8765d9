"""Dates in bulletins: the document's own year, and day mentions resolved with it.

Bulletins write `7月30日` without a year; the year is whatever the bulletin itself says it
is about. We never guess it from outside knowledge (a bulletin that never states a year
keeps `--07-30`). Evidence, strongest first:

1. a publication dateline (`2020-05-13` alone on a line, `发稿时间：2021/6/9`);
2. stated years of the current period: `2025年上半年`, `2025年第4次主任办公会`,
   `2023年是…开局之年`, `今年（2025年）`, each counting more than a bare mention;
3. bare mentions (`2022年，开发区…`), while retrospective ones (`自2021年以来`,
   `2019年以来`, `截至2019年`, `较2019年`) and planned ones (`计划2018年底交付`, `力争到
   2025年`) count against their year.

Ties go to the later year: a bulletin looks back on earlier years, not forward.

Metadata lines (`发布时间：2022-11-03 09:15　来源：…`, `编辑：… 审核：…`) give the publication date
(`published_date`) and never an event's date: `metadata_spans` lists them for the readers of
events, and the article splitter classes them as `meta` lines.
"""
from __future__ import annotations

import re
from datetime import timedelta, timezone
from email.utils import parsedate_to_datetime

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = re.compile(r"([一二〇○零三四五六七八九]{4})年")

_CURRENT_AFTER = re.compile(
    r"\s*(?:度|上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年初|年中|年底|年末"
    r"|春季|夏季|秋季|冬季|第\d+次|第[一二三四五六七八九十]+次|[1-9]月|1[0-2]月"
    r"|是|为|将|新年贺词|工作报告|政府工作报告)")
_PAST_AFTER = re.compile(r"\s*(?:以来|来|之前|以前|前|同期)")
_PAST_BEFORE = re.compile(r"(?:自|从|截至|截止|较|比|与|同比|相比|早在|曾于)\s*$")
_CURRENT_BEFORE = re.compile(r"(?:今年|本年|当年|今年的)\s*[（(]?\s*$")
# a year planned for (计划2018年底交付, 力争到2025年): a later year than the bulletin's
_PLAN_BEFORE = re.compile(r"(?:计划|预计|力争|争取|有望|到|至|将于|拟于|预期)\s*$")

_TIME_OF_DAY = r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|夜间|晚)?"
_MD = re.compile(
    rf"(?:(?<!\d)((?:19|20)\d\d)\s*年\s*)?(?<!\d)(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]{_TIME_OF_DAY}"
    rf"(?:\s*(?:至|到|—|–|-|~|～)\s*(?:(\d{{1,2}})\s*月\s*)?(\d{{1,2}})\s*[日号]{_TIME_OF_DAY})?"
)
# dates in Chinese numerals (二〇二四年五月十四日, 五月十七日上午), as PDF copies of official documents write them
_CN_DAY = "三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
CN_MD = re.compile(rf"(?:([一二〇○零三四五六七八九]{{4}})年)?(?<![一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月"
                    rf"({_CN_DAY})[日号]{_TIME_OF_DAY}")
_ISO = re.compile(r"(?<![\d./-])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-])")
# `12日上午` with the month taken from the nearest date before it
_BARE_DAY = re.compile(
    r"(?<![\d月年第初])(\d{1,2})[日号](?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|夜间|晚)?"
    r"(?=[，,、]|起|至|召开|举行|在)")
_PUBLISHED = re.compile(
    r"(?:发稿|发布|发表|刊发|出版|更新|稿件|录入)?(?:时间|日期)\s*[:：]\s*"
    r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_RELEASED = re.compile(
    r"(?:发稿|发布|发表|刊发)(?:时间|日期)\s*[:：]\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_DATELINE = re.compile(
    r"^[\s\[【(（]*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    # the rest of a page's metadata line may follow (2017-08-10 来源：某某公司)
    r"(?:\s+(?:来源|稿源|作者|编辑|责任编辑|浏览|浏览次数|点击数)\s*[:：][^\n]*)?[\s\]】)）]*$", re.M)
# a feed's timestamp on a line of its own (Wed, 27 Jul 2022 06:06:02 GMT)
_RFC_LINE = re.compile(r"^\s*((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+(?:19|20)\d\d"
                       r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|[+-]\d{4}))\s*$", re.M)
# the bulletins' own time zone: a feed's UTC timestamp is read as the day in China
_CHINA = timezone(timedelta(hours=8))


# the masthead: an issue line (2023年第5期, 〔2024〕第36期) and the issuer's line ending with
# the date of issue (某某办公室编　　2023年6月30日, …办公室　二〇二四年五月二十日)
_ISSUE_LINE = re.compile(r"^\s*[〔\[(（]?\s*((?:19|20)\d\d)\s*[〕\])）]?\s*年?\s*第\s*\d+\s*期")
_ISSUE_DATE = re.compile(r"((?:19|20)\d\d|[一二〇○零三四五六七八九]{4})\s*年"
                         r"\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日\s*$")


def _masthead_lines(text: str, n: int = 6) -> list[str]:
    return [ln for ln in text.split("\n")[:12] if ln.strip()][:n]


def number(s: str) -> int:
    """12, 十二, 二十, 三十一, 二〇二四 as numbers."""
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def masthead_date(text: str) -> str | None:
    """The date of issue printed in the masthead, e.g. 汀浦市人大常委会办公室编　2023年6月30日."""
    for line in _masthead_lines(text):
        m = _ISSUE_DATE.search(line)
        if m and len(line) <= 60 and "，" not in line and "。" not in line:
            y, mo, d = number(m.group(1)), number(m.group(2)), number(m.group(3))
            if 1949 <= y <= 2100 and _valid(mo, d):
                return resolve_date(mo, d, y)
    return None


def resolve_date(month: int, day: int, year: int | None) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def latest_published(text: str) -> str | None:
    """The latest date a 发布时间 / 发稿日期 line of the text gives (a news-list page has one per
    item): nothing the text reports happened after it. A bare 日期 line or dateline may be an
    item's own date, so only lines that say they give the publication count."""
    dates = [resolve_date(int(m.group(2)), int(m.group(3)), int(m.group(1)))
             for m in _RELEASED.finditer(text) if _valid(int(m.group(2)), int(m.group(3)))]
    return max(dates, default=None)


def published_date(text: str) -> str | None:
    """The bulletin's publication date, from a labelled line, a dateline of its own or a
    feed's timestamp line."""
    for pat in (_PUBLISHED, _DATELINE):
        for m in pat.finditer(text):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if _valid(mo, d):
                return resolve_date(mo, d, y)
    for m in _RFC_LINE.finditer(text):
        try:
            when = parsedate_to_datetime(m.group(1)).astimezone(_CHINA)
        except (TypeError, ValueError):
            continue
        return when.date().isoformat()
    return None


# a line of document metadata: publication time, source, views, editor (发布时间：2022-11-03
# 09:15　来源：某某融媒体中心　浏览次数：1265). Its date is when the page was published, never
# the date of an event; callers reading events skip these lines (metadata_spans).
_META_LINE = re.compile(
    r"^[ \t\[【(（]*(?:(?:发稿|发布|发表|刊发|出版|更新|录入)(?:时间|日期)|来源|信息来源|稿源|浏览次数|点击数|阅读量"
    r"|作者|责任编辑|编辑|审核|校对)\s*[:：][^\n。！？]*$", re.M)


def metadata_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that are document metadata, not text (see _META_LINE)."""
    return [(m.start(), m.end()) for pat in (_META_LINE, _DATELINE, _RFC_LINE) for m in pat.finditer(text)]


def document_year(text: str) -> int | None:
    pub = published_date(text) or masthead_date(text)
    if pub:
        return int(pub[:4])
    for line in _masthead_lines(text):
        m = _ISSUE_LINE.match(line)
        if m:
            return int(m.group(1))
    scores: dict[int, float] = {}
    mentions = [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)]
    mentions += [(m.start(), m.end(), number(m.group(1))) for m in _CN_YEAR.finditer(text)]
    for start, end, year in mentions:
        if not 1949 <= year <= 2100:
            continue
        after = text[end:end + 8]
        before = text[max(0, start - 6):start]
        if _PAST_BEFORE.search(before) or _PLAN_BEFORE.search(before):
            s = -1.0
        elif _CURRENT_AFTER.match(after) or _CURRENT_BEFORE.search(before):
            s = 3.0
        elif _PAST_AFTER.match(after):
            s = -1.0
        else:
            s = 1.0
        scores[year] = scores.get(year, 0.0) + s
    if not scores:
        return None
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0] if best[1] > 0 else None


def find_dates(text: str, year: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, iso, date_text) for every day-level date, in text order. A range
    (`7月2日至12日`, `7月25日–8月1日`) gives its start date and keeps the whole range as
    date_text. Without a stated year the date is `--MM-DD` unless `year` is given."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _MD.finditer(text):
        y = int(m.group(1)) if m.group(1) else year
        mo, d = int(m.group(2)), int(m.group(3))
        if not _valid(mo, d):
            continue
        end = m.end()
        if m.group(5) and not _valid(int(m.group(4) or mo), int(m.group(5))):
            end = m.end(3) + 1  # not a real range: keep the first date only
            while end < len(text) and text[end] in "上下午晚间早中凌傍夜":
                end += 1
        found.append((m.start(), end, resolve_date(mo, d, y), text[m.start():end]))
        taken.append((m.start(), end))
    for m in CN_MD.finditer(text):
        y = number(m.group(1)) if m.group(1) else year
        mo, d = number(m.group(2)), number(m.group(3))
        if _valid(mo, d) and not _overlaps(m.start(), m.end(), taken):
            found.append((m.start(), m.end(), resolve_date(mo, d, y), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if _valid(mo, d) and not _overlaps(m.start(), m.end(), taken):
            found.append((m.start(), m.end(), resolve_date(mo, d, y), m.group(0)))
            taken.append((m.start(), m.end()))
    # bare days need the month of the nearest full date before them
    if found:
        anchors = sorted(found)
        for m in _BARE_DAY.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue
            prior = [f for f in anchors if f[1] <= m.start()]
            if not prior:
                continue
            iso = prior[-1][2]
            mo = int(iso[-5:-3])
            d = int(m.group(1))
            y = int(iso[:4]) if not iso.startswith("--") else None
            if _valid(mo, d):
                end = m.end()
                found.append((m.start(), end, resolve_date(mo, d, y), text[m.start():end]))
    return sorted(found)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)
