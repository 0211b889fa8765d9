"""Step: organisations named in the text, beyond the ones later steps read in passing.

Reads  doc.text, units (with local_zone), zones, orgs
Adds   to orgs: every organisation the suffix grammar finds in each item, companies listed
       before a class noun (甲、乙等企业) or named by an industry word (某某铝业), media
       (《某某报》, 来源：…); media_org when a 来源 line names it.
Also   media_org() and byline_org(): the organisations later steps attach bylines to.
"""
from __future__ import annotations

import re

from loaders.extract.lexicon import lexicon, words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.text import HAN

LIST_CLASS = words("orgs/list_classes")


# a company's short name: a boundary, two to four characters and an industry word (某某铝业)
INDUSTRY_NAME = re.compile(f"(?:(?<=[^{HAN}])|^|(?<=[、托持励]))([{HAN}]{{2,4}})({'|'.join(words('orgs/industry_words'))})",
                           re.M)
NOT_COMPANY_STEMS = words("orgs/not_company_stems")
LIST_LEAD_WORDS = words("orgs/list_lead_words")


def read(st: DocumentState) -> None:
    text = st.doc.text
    for u in st.units:
        st.orgs.find_in(text, u.item.start, u.item.end, u.local_zone)
    _defined_short_names(st)
    # 甲、乙、丙等企业 / 等金融机构: listed proper names before a class noun
    cls = "|".join(LIST_CLASS)
    for m in re.finditer(f"((?:[{HAN}]{{2,12}}、)+[{HAN}]{{2,10}})等(?:{cls})", text):
        items = m.group(1).split("、")
        items[0] = strip_lead(items[0])
        for it in items:
            if 2 <= len(it) <= 10 and it not in lexicon().not_names and not st.orgs.grammar.valid(it):
                kind = "bank" if m.group().endswith(("金融机构", "银行")) else "company"
                st.orgs.add(it, kind=kind)
    # company names ending with an industry word, written after a boundary: 某某铝业, 某某药业
    for m in INDUSTRY_NAME.finditer(text):
        name = m.group()
        if m.group(1) in lexicon().not_names or m.group(1) in NOT_COMPANY_STEMS:
            continue
        st.orgs.add(name, kind="company")
    # media: 《某某报》, 某某网版权所有, 来源:某某
    for m in re.finditer(f"《([{HAN}]{{2,10}}(?:日报|晚报|报|杂志))》", text):
        st.orgs.add(m.group(1), kind="media")
    for m in re.finditer(f"([{HAN}]{{2,10}}网)版权所有", text):
        st.orgs.add(m.group(1), kind="media")
    m = re.search(f"来源\\s*[:：]\\s*([{HAN}]{{2,12}}(?:日报|晚报|报|网|电视台|融媒体中心|报社))", text)
    if m:
        st.media_org = st.orgs.add(m.group(1), kind="media")


# 某某有限公司（以下简称“某某”）: a short name the text defines for the body just named
SHORT_NAME_DEF = re.compile(f"[（(](?:以下)?简称[：:]?[“\"「']?([{HAN}A-Za-z0-9]{{2,12}})[”\"」']?[）)]")


def _defined_short_names(st: DocumentState) -> None:
    text = st.doc.text
    if "简称" not in text:
        return
    ends = {e: org.name for org in st.orgs.orgs.values() for s, e in org.mentions}
    for m in SHORT_NAME_DEF.finditer(text):
        full = ends.get(m.start())
        short = m.group(1)
        if not full or short == full:
            continue
        st.orgs.define_short(short, full)
        i = text.find(short, m.end())
        while i >= 0:
            st.orgs.add(short, (i, i + len(short)))
            i = text.find(short, i + len(short))


def strip_lead(s: str) -> str:
    for w in LIST_LEAD_WORDS:
        i = s.rfind(w)
        if i >= 0:
            s = s[i + len(w):]
    return s


MEDIA_WORDS = "日报|晚报|新闻网|新闻|融媒体中心|电视台|(?<![简快通汇内学月周])报"


# a masthead line naming the media (某某日报 / 某某新闻 2024年…), the media before a byline
# role (某某融媒体中心记者), the office that issues a bulletin (某某办公室 编 / 编印 / date)
MASTHEAD_MEDIA = re.compile(f"^\\s*([{HAN}]{{2,10}}?(?:{MEDIA_WORDS}))(?=$|\\s|\\d|第|[·|｜])")


# a dispatch's dateline: 新华社北京11月9日电（记者 某某）, 某某网某地7月27日电
DATELINE_MEDIA = re.compile(f"(?:^|(?<=[\\s　]))([{HAN}]{{1,6}}?(?:社|网|报|台))[{HAN}]{{2,8}}?\\d{{1,2}}月\\d{{1,2}}日电",
                            re.M)
BYLINE_MEDIA = re.compile(f"([{HAN}]{{1,10}}?(?:日报|晚报|新闻网|融媒体中心|电视台))(?:记者|通讯员|编辑|摄影)")


# an affiliation byline naming the media: （区融媒体中心 某某）
BYLINE_MEDIA_UNIT = re.compile(f"[（(]([{HAN}]{{1,10}}?(?:日报|晚报|新闻网|融媒体中心|电视台))[\\s　]+[{HAN}]{{2,4}}"
                               f"(?:[、\\s][{HAN}]{{2,4}})*[)）]")


ISSUER_TAIL = re.compile(r"^\s*(?:编印|编辑|编|主办|印发|\d|$)")


def media_org(st: DocumentState) -> str | None:
    """The organisation a reporter / correspondent / editor of the document writes for: the
    media the text names (来源 line, masthead, byline), else the office that issues the
    bulletin (its head line 某某办公室 编). When the text names none of them, the home zone's
    own paper stands in (named <zone>本报): a credit line (记者 / 摄影 / 责任编辑) is a
    position even when its publication goes unnamed."""
    if st.media_org is None:
        st.media_org = _named_media(st) or ""
    return st.media_org or None


def _named_media(st: DocumentState) -> str | None:
    text = st.doc.text
    head = [ln for ln in text[:400].split("\n") if ln.strip()][:4]
    for line in head[:3]:
        m = MASTHEAD_MEDIA.match(line)
        if m and m.group(1) not in lexicon().not_names:
            return st.orgs.add(m.group(1), kind="media")
    m = BYLINE_MEDIA.search(text) or BYLINE_MEDIA_UNIT.search(text) or DATELINE_MEDIA.search(text[:1000])
    if m and len(m.group(1)) > 2:
        return st.orgs.add(m.group(1), kind="media")
    for line in head[1:]:
        a = text.find(line)
        for x in st.orgs.grammar.find(text, a, a + len(line)):
            if text[a:x[0]].strip() == "" and ISSUER_TAIL.match(text[x[1]:a + len(line)]):
                return st.orgs.add(text[x[0]:x[1]], x)
            break
    if not st.zones.home.name:
        return None       # no home zone: the unnamed paper is no organisation to link to
    return st.orgs.add(f"{st.zones.home.name}本报", kind="media")


def byline_org(st: DocumentState, raw: str, u: Unit) -> str | None:
    raw = re.sub(f"^[^{HAN}]+", "", raw)
    if len(raw) < 2:
        return None
    known = st.orgs.lookup_short(raw)
    if known and st.orgs.grammar.valid(raw) and not raw.startswith(st.zones.home.aliases):
        return known
    return st.orgs.add(raw, local_zone=u.local_zone)
