"""One document in, facts out: the steps of the rule-based reading, in order.

zones -> organisations -> persons (titles, lists, bylines, aliases) -> events (with chair,
attendees, speakers, organisers, date) -> projects (investment, overseers, owners) -> facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from loaders.extract import events as EV
from loaders.extract import persons as PE
from loaders.extract import projects as PR
from loaders.extract.lexicon import lexicon
from loaders.extract.orgs import OrgRegistry
from loaders.extract.text import HAN, Item, Sentence, split_items
from loaders.extract.zones import Zones, read_zones

if TYPE_CHECKING:
    from loaders.pipeline import ParsedDocument

ATTEND_ROLE = {"出席": "出席", "参加": "参加", "列席": "列席", "带队": "带队", "陪同": "陪同", "参会": "参加",
               "与会": "参加", "参与": "参加", "带领": "带队", "率队": "带队"}
LIST_CLASS = ("金融机构", "知名车企", "知名药企", "知名企业", "龙头企业", "重点企业", "车企", "药企", "企业", "银行",
              "高校", "院校", "医院", "公司", "单位")
# a plan or an instruction (要召开, 将组织开展, 下一步) or a summary (累计开展): no event yet
PLAN = re.compile("(?<![重主需纲只])要(?![素点闻])|将|拟|计划|下一步|累计|先后|多次|每季度|每半年|每年|每月")
NOT_PRESENT = ("精神", "贺词", "指示", "批示", "思想", "讲话稿", "重要论述", "署名文章")


@dataclass
class Unit:
    """A news item with the article it belongs to."""
    item: Item
    article: object            # loaders.articles.Article
    index: int
    local_zone: str | None = None
    date: str | None = None


@dataclass
class State:
    doc: "ParsedDocument"
    zones: Zones
    orgs: OrgRegistry
    units: list[Unit]
    persons: dict[str, PE.Person] = field(default_factory=dict)
    events: list[EV.Event] = field(default_factory=list)
    projects: dict[str, PR.Project] = field(default_factory=dict)
    name_mentions: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, full name)
    media_org: str | None = None


def read(doc: "ParsedDocument", extra_names: Callable[[str], list[tuple[str, int, int]]] | None = None) -> State:
    text = doc.text
    zones = read_zones(text)
    orgs = OrgRegistry(zones)
    orgs.text = text
    units: list[Unit] = []
    for art in doc.articles:
        for it in split_items(text, art.start, art.end):
            units.append(Unit(it, art, len(units)))
    st = State(doc, zones, orgs, units)
    for u in units:
        u.local_zone = _local_zone(st, u)
    _organisations(st)
    _persons(st, extra_names)
    _events(st)
    _projects(st)
    return st


# -- helpers ------------------------------------------------------------------------------

def _local_zone(st: State, u: Unit) -> str | None:
    head = st.doc.text[u.item.start: min(u.item.end, u.item.title_end + 80)]
    best = None
    for sz in st.zones.subzones:
        i = head.find(sz)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, sz)
    return best[1] if best else None


def unit_at(st: State, pos: int) -> Unit:
    for u in st.units:
        if u.item.start <= pos < u.item.end:
            return u
    return st.units[-1]


def sentence_at(u: Unit, pos: int) -> Sentence:
    for s in u.item.sentences:
        if s.start <= pos < s.end:
            return s
    return Sentence(u.item.start, u.item.title_end, st_text(u)) if u.item.sentences == [] else u.item.sentences[0]


def st_text(u: Unit) -> str:
    return u.item.title


# -- organisations --------------------------------------------------------------------------

def _organisations(st: State) -> None:
    text = st.doc.text
    for u in st.units:
        st.orgs.find_in(text, u.item.start, u.item.end, u.local_zone)
    # 甲、乙、丙等企业 / 等金融机构: listed proper names before a class noun
    cls = "|".join(LIST_CLASS)
    for m in re.finditer(f"((?:[{HAN}]{{2,12}}、)+[{HAN}]{{2,10}})等(?:{cls})", text):
        items = m.group(1).split("、")
        items[0] = _strip_lead(items[0])
        for it in items:
            if 2 <= len(it) <= 10 and it not in lexicon().not_names and not st.orgs.grammar.valid(it):
                kind = "bank" if m.group().endswith(("金融机构", "银行")) else "company"
                st.orgs.add(it, kind=kind)
    # company names ending with an industry word, written after a boundary: 某某铝业, 某某药业
    for m in re.finditer(f"(?:(?<=[^{HAN}])|^|(?<=[、托持励]))([{HAN}]{{2,4}})(铝业|药业|电气|粮油|生物科技|地产|置业|"
                         f"实业|燃气|光电|制药|钢铁|纺织)", text, re.M):
        name = m.group()
        if m.group(1) in lexicon().not_names or m.group(1) in ("高新", "工业", "数字", "信息", "清洁", "新"):
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


def _strip_lead(s: str) -> str:
    for w in ("加大与", "督促指导", "扶持", "支持", "鼓励", "帮助", "引进", "依托", "为", "与", "和", "如", "包括", "对"):
        i = s.rfind(w)
        if i >= 0:
            s = s[i + len(w):]
    return s


# -- persons --------------------------------------------------------------------------------

def _person(st: State, name: str) -> PE.Person:
    p = st.persons.get(name)
    if p is None:
        p = st.persons[name] = PE.Person(name)
    return p


def _persons(st: State, extra_names) -> None:
    text = st.doc.text
    known: set[str] = set()
    for u in st.units:
        a, b = u.item.start, u.item.end
        for tn in PE.titled_names(text, a, b, st.orgs, u.local_zone):
            p = _person(st, tn.name)
            known.add(tn.name)
            for pos in tn.positions:
                p.positions.append(pos)
        for title, name, s, e in PE.collective_names(text, a, b):
            p = _person(st, name)
            known.add(name)
            p.positions.append(PE.Position(title, _leading_org(st), s, e))
        for role, name, s, e in PE.social_names(text, a, b):
            _person(st, name)
            known.add(name)
        for name, positions, s, e in PE.appointments(text, a, b, st.orgs, u.local_zone):
            p = _person(st, name)
            known.add(name)
            p.positions.extend(positions)
        for title, name, s, e in PE.name_before_title(text, a, b):
            p = _person(st, name)
            known.add(name)
            org = PE.default_org(title, text, st.orgs, None, u.local_zone)
            p.positions.append(PE.Position(title, org, s, e))
        for bl in PE.bylines(text, a, b):
            p = _person(st, bl.name)
            known.add(bl.name)
            if bl.role:
                role = "摄影" if bl.role in ("摄", "摄影") else bl.role
                p.authored.append((role, bl.start, bl.end))
                p.positions.append(PE.Position(role, _media_org(st), bl.start, bl.end))
            else:
                p.authored.append(("作者", bl.start, bl.end))
                for raw in bl.orgs:
                    full = _byline_org(st, raw, u)
                    if full:
                        p.affiliations.append((full, bl.start, bl.end))
        for bl in getattr(u.article, "bylines", []) if u.item.start == _first_item_start(st, u.article) else []:
            _article_byline(st, u, bl, known)
        for name, s, e in PE.name_lines(text, a, b):
            p = _person(st, name)
            known.add(name)
            p.authored.append(("作者", s, e))
    if extra_names:
        # longest first: 续桂英 read somewhere makes the bare 桂英 elsewhere a fragment of it
        for name, s, e in sorted(extra_names(text), key=lambda n: -len(n[0])):
            # a statistical name that is part of a name the rules read (方华 in 解方华) is a fragment
            if name not in known and PE.valid_name(name) and not _inside_org(st, s, e) \
                    and not any(name in k for k in known) and not _inside_known(text, s, e, known):
                _person(st, name)
                known.add(name)
    # every occurrence of a known name, then aliases (周书记)
    for name in sorted(known, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            if not any(s <= i < e for s, e, _ in st.name_mentions):
                st.name_mentions.append((i, i + len(name), name))
            i = text.find(name, i + len(name))
    for alias, full, s, e in PE.find_aliases(text, st.persons):
        if any(a <= s < b for a, b, _ in st.name_mentions):
            continue
        st.persons[full].aliases.add(alias)
        st.name_mentions.append((s, e, full))
    st.name_mentions.sort()


def _first_item_start(st: State, art) -> int:
    return min(x.item.start for x in st.units if x.article is art)


def _article_byline(st: State, u: Unit, bl, known: set[str]) -> None:
    """A byline the article splitter read (name, role, organisation)."""
    if not PE.valid_name(bl.name):
        return
    text = st.doc.text
    i = text.rfind(bl.name, u.article.start, u.article.end)
    if i < 0:
        return
    p = _person(st, bl.name)
    known.add(bl.name)
    span = (i, i + len(bl.name))
    if bl.role:
        role = "摄影" if bl.role in ("摄", "摄影") else bl.role
        if not any(r == role for r, _, _ in p.authored):
            p.authored.append((role, *span))
            p.positions.append(PE.Position(role, _media_org(st), *span))
    else:
        if not p.authored:
            p.authored.append(("作者", *span))
        for raw in re.split(r"[、，,]", bl.org or ""):
            full = _byline_org(st, raw, u) if raw else None
            if full and all(o != full for o, _, _ in p.affiliations):
                p.affiliations.append((full, *span))


def _inside_known(text: str, s: int, e: int, known: set[str]) -> bool:
    return any(text.find(k, max(0, s - 3), e + 3) >= 0 and text.find(k, max(0, s - 3), e + 3) < e for k in known)


def _inside_org(st: State, s: int, e: int) -> bool:
    return any(a <= s and e <= b for o in st.orgs.orgs.values() for a, b in o.mentions)


def _leading_org(st: State) -> str:
    home = st.zones.home.name
    for suffix in ("党工委", "党委", "管委会"):
        if home + suffix in st.orgs.orgs:
            return home + suffix
    return st.orgs.add("管委会")


MEDIA_WORDS = "日报|晚报|新闻网|新闻|融媒体中心|电视台|(?<![简快通汇内学月周])报"
# a masthead line naming the media (某某日报 / 某某新闻 2024年…), the media before a byline
# role (某某融媒体中心记者), the office that issues a bulletin (某某办公室 编 / 编印 / date)
MASTHEAD_MEDIA = re.compile(f"^\\s*([{HAN}]{{2,10}}?(?:{MEDIA_WORDS}))(?=$|\\s|\\d|第|[·|｜])")
BYLINE_MEDIA = re.compile(f"([{HAN}]{{1,10}}?(?:日报|晚报|新闻网|融媒体中心|电视台))(?:记者|通讯员|编辑|摄影)")
# an affiliation byline naming the media: （区融媒体中心 某某）
BYLINE_MEDIA_UNIT = re.compile(f"[（(]([{HAN}]{{1,10}}?(?:日报|晚报|新闻网|融媒体中心|电视台))[\\s　]+[{HAN}]{{2,4}}"
                               f"(?:[、\\s][{HAN}]{{2,4}})*[)）]")
ISSUER_TAIL = re.compile(r"^\s*(?:编印|编辑|编|主办|印发|\d|$)")


def _media_org(st: State) -> str | None:
    """The organisation a reporter / correspondent / editor of the document writes for: the
    media the text names (来源 line, masthead, byline), else the office that issues the
    bulletin (its head line 某某办公室 编). When the text names none of them, the home zone's
    own paper stands in (named <zone>本报): a credit line (记者 / 摄影 / 责任编辑) is a
    position even when its publication goes unnamed."""
    if st.media_org is None:
        st.media_org = _named_media(st) or ""
    return st.media_org or None


def _named_media(st: State) -> str | None:
    text = st.doc.text
    head = [ln for ln in text[:400].split("\n") if ln.strip()][:4]
    for line in head[:3]:
        m = MASTHEAD_MEDIA.match(line)
        if m and m.group(1) not in lexicon().not_names:
            return st.orgs.add(m.group(1), kind="media")
    m = BYLINE_MEDIA.search(text) or BYLINE_MEDIA_UNIT.search(text)
    if m and len(m.group(1)) > 2:
        return st.orgs.add(m.group(1), kind="media")
    for line in head[1:]:
        a = text.find(line)
        for x in st.orgs.grammar.find(text, a, a + len(line)):
            if text[a:x[0]].strip() == "" and ISSUER_TAIL.match(text[x[1]:a + len(line)]):
                return st.orgs.add(text[x[0]:x[1]], x)
            break
    return st.orgs.add(f"{st.zones.home.name}本报", kind="media")


def _byline_org(st: State, raw: str, u: Unit) -> str | None:
    raw = re.sub(f"^[^{HAN}]+", "", raw)
    if len(raw) < 2:
        return None
    known = st.orgs.lookup_short(raw)
    if known and st.orgs.grammar.valid(raw) and not raw.startswith(st.zones.home.aliases):
        return known
    return st.orgs.add(raw, local_zone=u.local_zone)


# -- events ---------------------------------------------------------------------------------

def _events(st: State) -> None:
    text = st.doc.text
    last_month = None
    toc = _toc_lines(st)
    for u in st.units:
        if any(a <= u.item.start and u.item.end <= b for a, b in toc):
            continue          # an item that is only a table-of-contents entry
        evs: list[EV.Event] = []
        title_ev = _title_event(st, u)
        if title_ev:
            evs.append(title_ev)
        for s in u.item.sentences:
            if s.start < u.item.title_end:
                continue      # the headline itself: read above
            if META_LINE.match(s.text) or any(a <= s.start < b for a, b in toc):
                continue      # metadata / table of contents: no event
            for ev in _sentence_events(st, u, s):
                if _side_meeting(evs, ev, s):
                    continue
                _merge_or_add(evs, ev)
        _sponsors_of_current(st, u, evs)
        dates = EV.find_dates(text, u.item.start, u.item.end, last_month)
        if dates:
            last_month = dates[-1].month
        for ev in evs:
            _date_event(st, u, ev, last_month, evs)
        _roles(st, u, evs)
        st.events.extend(evs)
    _possessive_organisers(st)
    # keep events that say something: a date, a person, an organiser, or convened by the zone
    st.events = [e for e in st.events if e.date or e.chaired or e.attended or e.spoke or e.organisers
                 or getattr(e, "zone_subject", False)]


def _side_meeting(evs: list[EV.Event], ev: EV.Event, s: Sentence) -> bool:
    """An undated meeting with a bare name (座谈会, 点评会) held during an inspection or a
    visit of the same item (检查组…并召开座谈会; 检查结束后…召开点评会) is part of it: its
    speakers speak at the tour, no new event."""
    raw = getattr(ev, "raw_name", ev.name)
    if not evs or ev.kind != "meeting":
        return False
    if EV.has_date(s.text) and not any(e.start == s.start and not e.from_title for e in evs):
        return False      # a dated meeting of its own (not 某某到某地调研，并召开座谈会)
    if raw not in EV.GENERIC_NAMES and not (len(raw) <= 4 and raw.endswith("会")):
        return False
    return any(e.kind in ("inspection", "visit", "competition") for e in evs)


# 此次活动由… / 仪式由… / 揭牌仪式由…: the sponsor clause of the event read before it
SPONSOR_INTRO = re.compile("(?:(?:此次|本次|这次|该|本届|此项)[^，,。；;由]{0,10}"
                           "|(?:^|(?<=[，,；;]))\\s*[^，,。；;由]{0,10}?(?:仪式|活动|会议|大会|大赛|比赛|竞赛|论坛|讲座|"
                           "培训班|培训|典礼|宣讲会|推介会|发布会|交流会|对接会|洽谈会|博览会|展销会|招聘会|晚会|演出))由")


def _sponsors_of_current(st: State, u: Unit, evs: list[EV.Event]) -> None:
    """此次活动由甲、乙主办，丙承办: the bodies organised the event the item is about (the one
    introduced before the sentence)."""
    if not evs:
        return
    for s in u.item.sentences:
        m = SPONSOR_INTRO.search(s.text)
        if not m:
            continue
        hi = None
        pos = m.end()
        for r in re.finditer(SPONSOR_ROLE, s.text[m.end():]):
            a = m.end() + r.start()
            if a - pos > 40 or re.search("[。；;]", s.text[pos:a]) or re.search("[，,]", s.text[pos:a].strip("，, ")):
                break
            hi = m.end() + r.end()
            pos = hi
        if hi is None:
            continue
        before = [e for e in evs if (u.item.start if e.from_title else e.start) <= s.start]
        if not before:
            continue
        ev = before[-1]
        for o in _sponsor_orgs(st, u, s.start + m.end(), s.start + hi):
            if o not in ev.organisers:
                ev.organisers.append(o)
                ev.org_evidence[o] = (s.start, s.end)


def _sponsor_orgs(st: State, u: Unit, lo: int, hi: int) -> list[str]:
    """The organisations of a sponsor phrase 甲、乙主办，丙承办，丁支持: those written before
    主办/承办/协办 (supporters and guides are not organisers)."""
    text = st.doc.text
    out: list[str] = []
    pos = lo
    for m in re.finditer(SPONSOR_ROLE, text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        if not m.group().endswith(("支持", "指导")):
            found = st.orgs.find_in(text, pos, a, u.local_zone)
            out += [x.name for x in found]
            # a listed body the grammar does not read but the document names (县融媒体中心)
            for piece in re.finditer(f"[{HAN}（）()]{{3,30}}", text[pos:a]):
                ps, pe = pos + piece.start(), pos + piece.end()
                if any(x.start < pe and ps < x.end for x in found):
                    continue
                full = st.orgs.lookup_short(re.sub("^(?:由|和|及|与|联合|共同)", "", piece.group()))
                if full:
                    out.append(full)
        pos = b
    return list(dict.fromkeys(out))


# a document-metadata line (发布时间：2022-11-03 09:15 来源：…, 发稿时间：, 日期：): never an event
META_LINE = re.compile(r"\s*(?:发布时间|发稿时间|发布日期|发文日期|更新时间|时间|日期|来源|信息来源|浏览次数|点击数|"
                       r"作者|责任编辑|编辑|审核|字号)\s*[:：]")
# a table of contents at the top (本期要目 / 目录, then 1．… 2．…)
TOC_HEAD = re.compile(r"\s*(?:本期要目|本期目录|本期导读|目\s*录|要\s*目)\s*$")


def _headline(u: Unit) -> str:
    """The item's headline without its metadata lines."""
    lines = [ln for ln in u.item.title.split("\n") if ln.strip() and not META_LINE.match(ln)]
    t = " ".join(lines).strip()
    m = META_LINE.search(t)
    return t[: m.start()].strip() if m and m.start() > 0 else t


def _toc_lines(st: State) -> list[tuple[int, int]]:
    """Spans of a table of contents: the lines after a 本期要目 / 目录 head up to the first
    line that is not a short numbered (or bare) entry."""
    text = st.doc.text
    out: list[tuple[int, int]] = []
    m = re.search(r"(?m)^\s*[【\[]?(?:本期要目|本期目录|本期导读|目\s*录|要\s*目)[】\]]?\s*$", text[:3000])
    if not m:
        return out
    pos = m.end() + 1
    while pos < len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        line = text[pos:e].strip()
        if line and not (len(line) <= 40 and re.match(r"[\d一二三四五六七八九十]+\s*[．.、]", line)):
            break
        pos = e + 1
    out.append((m.start(), pos))
    return out


def _title_event(st: State, u: Unit) -> EV.Event | None:
    t = u.item.title
    if not t:
        return None
    # each headline line on its own (a title joined from several lines would run a
    # masthead into the headline)
    evs: list[EV.Event] = []
    text = st.doc.text
    pos = u.item.start
    for line in text[u.item.start:u.item.title_end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        ln = re.sub(r"^\s*【[^】]*】\s*", "", line).rstrip()
        if not ln.strip() or META_LINE.match(ln) or TOC_HEAD.match(ln):
            continue
        a = b - len(line.rstrip()) + (len(line.rstrip()) - len(ln))
        fake = Sentence(a, a + len(ln), ln)
        evs += _sentence_events(st, u, fake)
    for ev in evs:
        ev.from_title = True
    return evs[-1] if evs else None


def _issuer(st: State, ending: str) -> str | None:
    """The body a bulletin speaks for as 我委 / 我局: the organisation named on the
    document's first lines (its masthead) whose name ends with that word."""
    text = st.doc.text
    head = text[:300]
    for line in [ln for ln in head.split("\n") if ln.strip()][:4]:
        a = text.find(line)
        for x in st.orgs.grammar.find(text, a, a + len(line)):
            raw = text[x[0]:x[1]]
            full = st.orgs.add(raw, x)
            if full.endswith(ending) or re.search(f"{ending}(?:员会)?$", full) or \
                    (ending == "委" and full.endswith("委员会")):
                return full
    return None


def _subject(st: State, u: Unit, s: Sentence, lo: int, hi: int):
    """Organisations, persons and zone named in text[lo:hi] (a subject phrase)."""
    text = st.doc.text
    seg = text[lo:hi]
    venue = seg.find("在")
    if venue > 0:
        hi = lo + venue
        seg = text[lo:hi]
    found = st.orgs.find_in(text, lo, hi, u.local_zone)
    mv = re.search("组织|召集|带领", seg)
    if mv and any(x.end <= lo + mv.start() for x in found):
        # 甲组织乙、丙等部门组成检查组: 甲 organised it, 乙 and 丙 were organised
        found = [x for x in found if x.end <= lo + mv.start()]
    orgs = [m.name for m in found if m.name in st.orgs.orgs]
    if not orgs:
        me = re.search("我(委|局|办|厅|院|中心|所|站|队)", seg)
        own = _issuer(st, me.group(1)) if me else None
        if own:
            orgs.append(own)
    if not orgs:
        for w in re.findall(f"[{HAN}]{{2,6}}(?:组|专班)", seg):
            full = st.orgs.lookup_short(w)
            if full:
                orgs.append(full)
        # the office of a joint conference / leading group (某某联席会议办公室, 某某领导小组办公室)
        for m in re.finditer(f"[{HAN}]{{2,20}}?(?:联席会议|领导小组|工作专班|指挥部)办公室|[{HAN}]{{2,16}}?指挥部", seg):
            w = _strip_lead(m.group())
            if not orgs and len(w) >= 4 and w not in lexicon().not_names:
                orgs.append(st.orgs.lookup_short(w) or st.orgs.add(w, kind="government"))
        m = re.fullmatch(f"([{HAN}]{{2,10}}(?:园区|产业园|工业园))", seg.strip())
        if not orgs and m and m.group(1) not in st.zones.home.aliases and \
                not re.search("创建|成功|获评|省级|国家级|绿色", m.group(1)):
            orgs.append(st.orgs.add(m.group(1), kind="government"))
    persons = [(a, b, n) for a, b, n in st.name_mentions if lo <= a and b <= hi]
    if persons:
        # organisations written before a person are the person's title chain (管委会副主任某某)
        last = max(b for _, b, _ in persons)
        orgs = [o for o in orgs if any(m0 >= last for m0, _ in st.orgs.orgs[o].mentions if lo <= m0 < hi)]
    zone_subject = any(seg.strip().startswith(a) or seg.strip().endswith(a) for a in st.zones.home.aliases) \
        and not orgs and not persons
    return orgs, persons, zone_subject


def _sentence_events(st: State, u: Unit, s: Sentence) -> list[EV.Event]:
    text = st.doc.text
    out: list[EV.Event] = []
    clauses = _clauses(s)
    # the subject of the first clause that has one, read lazily (reading subjects is the
    # costly part, and most sentences never need it)
    pending: list[tuple[int, int]] = []
    fs: list = [None, 0]

    def first_subject_():
        while fs[0] is None and fs[1] < len(pending):
            sub = _subject(st, u, s, *pending[fs[1]])
            fs[1] += 1
            if sub[0] or sub[1]:
                fs[0] = sub
        return fs[0]

    for ci, (cs, ce) in enumerate(clauses):
        clause = text[cs:ce]
        found = [f for f in EV.convene_in(clause) if not PLAN.search(text[s.start:cs + f[0]])
                 and not _campaign(st, s, cs + f[0], f[2]) and not _instruction(st, s)
                 and not MEANS.match(text, cs + f[1], s.end)]
        for vi, vj, verb, np in found:
            subj_lo = cs
            orgs, persons, zone_subj = _subject(st, u, s, subj_lo, cs + vi)
            if not orgs and not persons and not zone_subj and first_subject_():
                orgs, persons, zone_subj = first_subject_()
            ev = _new_event(st, u, s, np, orgs, persons, verb, zone_subj, text[subj_lo:cs + vi])
            out.append(ev)
        if fs[0] is None:
            pending.append((cs, ce if not found else cs + found[0][0]))
        # 由 甲、乙 主办/承办/牵头 (的) NAME
        m = re.search(f"由([^,，。;；]{{2,60}}?)(主办|承办|协办|举办|牵头|组织)(?:的)?(.*)", clause)
        if m:
            lo = cs + m.start(1)
            orgs = [x.name for x in st.orgs.find_in(text, lo, lo + len(m.group(1)), u.local_zone)]
            rest = m.group(3)
            ne = EV.event_noun_end(rest[:60]) if not re.match(r"[、，,]", rest) else None
            if ne and orgs:
                np = EV.clean_name(rest[: ne[0]])
                out.append(_new_event(st, u, s, np, orgs, [], m.group(2), False, ""))
            elif orgs and m.group(2) == "牵头" and not re.match(r"\s*(?:负责|抓总|推进|实施)", m.group(3)) \
                    and not re.search("项目|工程", clause[:m.start()]):
                tail = text[cs + m.end(2):s.end]
                hit = None
                for v in ("开展", "进行", "组织"):
                    i = tail.find(v)
                    if i >= 0:
                        ne = EV.event_noun_end(tail[i + len(v): i + len(v) + 20])
                        if ne:
                            hit = EV.clean_name(tail[i + len(v): i + len(v) + ne[0]])
                            break
                name = hit or re.sub(r"^\d+\s*|^[^:：]*[:：]", "", _headline(u)).strip()
                if name:
                    out.append(_new_event(st, u, s, name, orgs, [], "牵头", False, ""))
        # NAME (隆重|顺利)? 召开/举行/开幕 (the sentence ends there)
        m = re.search(f"^(?:[\\d月日上下午晚]*)(.{{4,50}}?)(?:隆重|顺利|正式|胜利)?(召开|举行|开幕|开班)[。！]?\\s*$", clause)
        if m and not found and not re.search("[在于]", m.group(1)) and not PLAN.search(m.group(1)):
            ne = EV.event_noun_end(m.group(1))
            if ne and ne[0] >= len(m.group(1)) - 1:
                np = EV.clean_name(m.group(1)[: ne[0]])
                out.append(_new_event(st, u, s, np, [], [], m.group(2), False, ""))
        # NAME 在 PLACE (成功)? 举办/举行/召开
        m = re.search(f"^(?:[\\d月日上下午,，]*)(.{{4,50}}?)在([^,，。]{{2,30}}?)(?:成功|隆重|顺利)?(举办|举行|召开|开班|开幕)", clause)
        if m and not found:
            ne = EV.event_noun_end(m.group(1))
            if ne and ne[0] >= len(m.group(1)) - 1:
                np = EV.clean_name(m.group(1)[: ne[0]])
                np = re.sub(r"^\d{1,2}月\d{1,2}日", "", np)
                out.append(_new_event(st, u, s, np, [], [], m.group(3), False, ""))
        # PERSON 带队/率队/带领 GROUP (到|赴|深入|前往 PLACE | 外出) 督导/调研/招商/考察 OBJECT
        trip = _led_trip(st, u, s, cs, clause)
        if trip:
            out.append(trip)
        elif not found and ci == 0:
            tour = _tour(st, u, s) or _group_tour(st, u, s)
            if tour:
                out.append(tour)
        # 工作 (全面|正式)? 启动 / 签订 目标责任书
        m = re.search(f"([{HAN}\\d“”]{{4,30}}工作)(?:全面|正式)?启动", clause)
        if m and not found:
            out.append(_new_event(st, u, s, EV.clean_name(m.group(1)) + "启动", [], [], "启动", False, ""))
        m = re.search(f"启动(?:部署)?([{HAN}\\d“”]{{4,30}}工作)", clause)
        if m:
            orgs, persons, zone_subj = _subject(st, u, s, cs, cs + m.start())
            if not orgs and first_subject_():
                orgs = first_subject_()[0]
            out.append(_new_event(st, u, s, EV.clean_name(m.group(1)) + "启动", orgs, [], "启动", False, ""))
        m = re.search(f"^(.{{2,30}}?)(?:与[^,，。]{{2,12}})?签订([{HAN}\\d]{{2,20}}(?:责任书|协议|合同|备忘录))", clause)
        if m and not re.match(r"\s*(?:会上|会议上|会议期间|会前|会后|仪式上|活动上|现场)", s.text):
            # (a signing 会上 is part of the meeting)
            orgs, persons, zone_subj = _subject(st, u, s, cs, cs + m.start(2) - 2)
            if orgs:
                short = st.orgs.orgs[orgs[0]].short
                out.append(_new_event(st, u, s, f"{short}签订{m.group(2)}", orgs, [], "签订", False, ""))
    # 由甲主办，乙承办，丙协办的 NAME: sponsors listed across clauses
    sp = _sponsored(st, u, s)
    if sp:
        out.append(sp)
    # 开展 ... 工作 with an explicit date and an organisation subject
    first_subject = first_subject_() if not out and EV.has_date(s.text) and "开展" in s.text else None
    if first_subject and first_subject[0]:
        m = re.search(f"开展([{HAN}]{{4,16}}工作)", s.text)
        if m:
            name = st.orgs.orgs[first_subject[0][0]].short[:4] + m.group(1)
            z = u.local_zone or ""
            name = (z + m.group(1)) if z else m.group(1)
            out.append(_new_event(st, u, s, name, first_subject[0], [], "开展", False, ""))
    return out


PLAN_TRIP = re.compile("(?<![重主需纲只])要(?![素点闻求])|将(?!军)|拟|计划|下一步|准备")
# 扎实开展 / 深入开展 …活动: an ongoing campaign, not an event (unless dated)
CAMPAIGN = re.compile("(?:扎实|深入|持续|全面|广泛|大力|积极|常态化|不断|认真|继续|进一步)(?:地)?$")
# a paragraph of instructions (◆要…, 一是要…): what should be done, not what was done
INSTRUCTION = re.compile(r"\s*(?:[◆●■▲★◇○·•\-]|[一二三四五六七八九十]是|\d+[、.．])?\s*(?:要|必须|务必|需要)")


# 通过举办甲、举办乙等举措: the means of a policy, listed, not events
MEANS = re.compile("[^。；;，,]{0,40}?等(?:举措|方式|形式|措施|手段|途径|载体)")


def _instruction(st: State, s: Sentence) -> bool:
    line_start = st.doc.text.rfind("\n", 0, s.start) + 1
    return bool(INSTRUCTION.match(st.doc.text, line_start, s.end))


def _campaign(st: State, s: Sentence, verb_at: int, verb: str) -> bool:
    return verb.startswith("开展") and bool(CAMPAIGN.search(st.doc.text, s.start, verb_at)) \
        and not EV.has_date(s.text)


LED_GROUP = "一班人|班子成员|领导班子|相关部门负责人|相关负责人|负责同志|工作人员|党员干部|干部职工|工作组|督导组|考察团"
TRIP_VERBS = "综合督导|督导|调研|检查|观摩|走访慰问|走访|慰问|督查|招商|考察|暗访|视察|对接"
LED_TRIP = re.compile(
    f"(?:分别|亲自)?(?P<lead>带队|率队|带领(?P<grp>[{HAN}]{{0,16}}?(?:{LED_GROUP})))(?:一行)?"
    f"(?P<adv>(?:先后|多次|分别|再次|专程)*)"
    f"(?:(?:到|赴|深入|前往)(?P<place>[{HAN}]{{2,12}}?)|(?P<out>外出))?"
    f"(?:开展|进行|实地)?(?P<verb>{TRIP_VERBS})(?P<obj>[{HAN}“”]{{0,16}})")


def _led_trip(st: State, u: Unit, s: Sentence, cs: int, clause: str) -> EV.Event | None:
    """A named leader heads a trip: 某某带队到甲地督导乙, 某某、某某分别带队外出招商,
    某某带领党委一班人多次调研. The leaders attended it (role 带队). Repeated or undated
    trips (多次, 先后) are kept: they say who went, which is what the graph records."""
    m = LED_TRIP.search(clause)
    if not m:
        return None
    place, out_, grp = m.group("place"), m.group("out"), m.group("grp")
    if not (place or out_ or grp):
        return None       # 带队走访慰问… / 带队开展…活动: the convene rules or the headline read it
    if PLAN_TRIP.search(st.doc.text[s.start:cs + m.start()]) or _instruction(st, s):
        return None
    orgs, persons, _ = _subject(st, u, s, cs, cs + m.start())
    if not persons:
        return None
    obj = re.sub(r"(开展情况|情况|进展|落实情况|工作)$", "", m.group("obj"))
    obj = re.sub(r"[，,。].*$", "", obj)
    verb = m.group("verb")
    if place:
        name = place + obj + verb
    elif out_:
        name = "外出" + verb + obj
    else:
        group_orgs = [x.name for x in st.orgs.find_in(st.doc.text, cs + m.start("grp"), cs + m.end("grp"),
                                                     u.local_zone)]
        name = (group_orgs[0] if group_orgs else persons[0][2]) + obj + verb
    ev = _new_event(st, u, s, name, [], persons, "带队", False, "")
    if not place:
        ev.name = name          # no person prefix: the trip is named by its group or its purpose
    for _a, _b, n in persons:
        ev.attended[n] = ("带队", s.start, s.end)
    return ev


TOUR_VERBS = "走访调研|走访慰问|看望慰问|调研督导|督导调研|实地调研|调研|视察|督导|督查|考察|检查|慰问"
TOUR = re.compile(
    f"(?:等|同志)?(?:一行)?(?P<lead>带队|率队)?(?:[{HAN}]{{0,12}}?(?:人员|负责人|成员|干部|一班人))?"
    f"(?:先后|专程|再次|亲自)?(?:(?:到|赴|深入|前往|来到|来)(?P<place>[^，,。；;]{{2,40}}?)(?:[，,]\\s*)?)?"
    f"(?:开展|进行|实地)?(?P<verb>{TOUR_VERBS})(?P<obj>[^，,。；;]{{0,24}})")
TOUR_OBJ_TAIL = re.compile("(?:的)?(?:开展情况|推进情况|落实情况|进展情况|情况|工作)$")


def _dated_or_title(st: State, u: Unit, s: Sentence) -> bool:
    return s.start < u.item.title_end or s.end <= u.item.title_end or bool(EV.has_date(s.text)) \
        or s.text == re.sub(r"^【[^】]*】\s*", "", u.item.title)


def _tour(st: State, u: Unit, s: Sentence) -> EV.Event | None:
    """A named leader tours: 某某(一行)到甲地调研乙 / 某某深入甲项目现场，调研乙 / 某某带队走访
    调研乙. Only in a dated sentence or a headline (a later 某某来到… is a stop of the same
    tour). The leader attended it."""
    if not _dated_or_title(st, u, s) or PLAN.search(s.text[:12]) or _instruction(st, s):
        return None
    text = st.doc.text
    people = [(a, b, n) for a, b, n in st.name_mentions if s.start <= a and b <= s.end]
    for a, b, n in people[:2]:
        pre = text[s.start:a]
        if re.search("陪同|会见|看望|慰问|邀请|听取|来到|同", pre):
            continue
        m = TOUR.match(text, b, s.end)
        if not m:
            continue
        if PLAN_TRIP.search(text, s.start, m.start("verb")):
            return None
        verb = m.group("verb")
        obj = re.split("[和及与]", m.group("obj"))[0]
        obj = TOUR_OBJ_TAIL.sub("", obj)
        place = (m.group("place") or "").strip()
        if len(place) > 14 or re.search("[、等]", place):
            place = ""
        if re.fullmatch("我(?:县|区|市|镇|乡|街道|州|旗)", place):
            place = st.zones.home.name      # 来我镇调研: the bulletin's own zone
        name = n + place + verb + obj if verb in ("走访慰问", "慰问", "看望慰问") else n + verb + place + obj
        ev = _new_event(st, u, s, name, [], [(a, b, n)], "带队" if m.group("lead") else "调研", False, "")
        ev.name = name
        ev.kind = EV.kind_of(verb)
        ev.attended[n] = ("带队" if m.group("lead") or "一行" in m.group() else "参加", s.start, s.end)
        return ev
    return None


GROUP_TOUR = re.compile(f"组织(?P<grp>[{HAN}]{{0,12}}?(?:委员|代表|人员|干部|负责人|党员|成员|专家|群众|志愿者|企业家))(?P<verb>视察|调研|检查|考察|观摩|督导|督查)(?P<obj>[^，,。；;]{{0,24}})")


def _group_tour(st: State, u: Unit, s: Sentence) -> EV.Event | None:
    """甲组织(部分)委员视察乙: the body organised the inspection."""
    if not _dated_or_title(st, u, s) or _instruction(st, s):
        return None
    m = GROUP_TOUR.search(s.text)
    if not m or PLAN.search(s.text[:m.start()]):
        return None
    orgs, persons, _ = _subject(st, u, s, s.start, s.start + m.start())
    if not orgs or persons:
        return None
    obj = TOUR_OBJ_TAIL.sub("", re.split("[和及与]", m.group("obj"))[0])
    name = st.orgs.orgs[orgs[0]].short + m.group("verb") + re.sub("^(全县|全区|全市|全镇)", "", obj)
    ev = _new_event(st, u, s, name, orgs[:1], [], "组织", False, "")
    ev.name = name
    ev.kind = EV.kind_of(m.group("verb"))
    return ev


SPONSOR_ROLE = "(?:联合主办|共同主办|联合举办|共同举办|主办|承办|协办|举办|支持|指导)"
SPONSORED = re.compile(f"由((?:[^，,。；;]{{2,40}}?{SPONSOR_ROLE}[，,、]\\s*)+[^，,。；;]{{2,40}}?{SPONSOR_ROLE})(?:的)?")


def _sponsored(st: State, u: Unit, s: Sentence) -> EV.Event | None:
    """由甲主办，乙承办，丙协办的 NAME: every listed body organised it."""
    m = SPONSORED.search(s.text)
    if not m or PLAN.search(s.text[:m.start()]):
        return None
    ne = EV.event_noun_end(s.text[m.end(): m.end() + 60])
    if not ne:
        return None
    np = EV.clean_name(s.text[m.end(): m.end() + ne[0]])
    lo = s.start + m.start(1)
    orgs = _sponsor_orgs(st, u, lo, s.start + m.end(1))
    if not orgs or len(np) < 2:
        return None
    return _new_event(st, u, s, np, list(dict.fromkeys(orgs)), [], "主办", False, "")


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    out = []
    pos = s.start
    for m in EV.CLAUSE_SPLIT.finditer(s.text):
        out.append((pos, s.start + m.start()))
        pos = s.start + m.end()
    out.append((pos, s.end))
    return [(a, b) for a, b in out if b > a]


def _new_event(st: State, u: Unit, s: Sentence, np: str, orgs: list[str], persons, verb: str,
               zone_subj: bool, subject_text: str) -> EV.Event:
    name = np
    if re.match("第[\\d一二三四五六七八九十百]+次", np) and orgs:
        name = st.orgs.orgs[orgs[0]].short + np      # 某某常委会第N次会议
    if persons and EV.kind_of(np) in ("visit", "inspection") and not name.startswith(persons[0][2]):
        name = persons[0][2] + name
    elif name in EV.GENERIC_NAMES or len(name) <= 4:
        if orgs:
            name = "、".join(st.orgs.orgs[o].short for o in orgs[:2]) + name
        elif persons:
            name = persons[0][2] + name
    ev = EV.Event(name, EV.kind_of(np), s.start, s.end, u.index, evidence=(s.start, s.end))
    ev.raw_name = np                     # type: ignore[attr-defined]
    ev.organisers = [o for o in orgs]
    for o in orgs:
        ev.org_evidence[o] = (s.start, s.end)
    ev.zone_subject = zone_subj          # type: ignore[attr-defined]
    if persons:
        for a, b, n in persons:
            tail = st.doc.text[b: s.end]
            if verb == "主持召开" or (verb in ("召开", "召开了") and not orgs):
                ev.chaired[n] = (s.start, s.end)
            if "带队" in subject_text or "带队" in tail[:6] or verb == "带队":
                ev.attended[n] = ("带队", s.start, s.end)
    return ev


SIGNING_ACT = re.compile("签订|签署|签约")
# a sitting of a session (会议举行第二次全体会议): part of the session told before it
SITTING = re.compile(r"第[一二三四五六七八九十\d]+次全体会议|预备会议|闭幕会|开幕会")


def _merge_or_add(evs: list[EV.Event], ev: EV.Event) -> None:
    for old in evs:
        # 甲、乙分别代表管委会与项目方签订投资协议 at a signing ceremony: the ceremony's act
        same = _same_event(old, ev) or (old.kind == "signing" and ev.kind == "activity"
                                        and bool(SIGNING_ACT.search(ev.name))) \
            or (old.kind == "meeting" and bool(SITTING.fullmatch(ev.name)) and not SITTING.fullmatch(old.name))
        # a further stop of the same tour (督导组还到某办事处调研): the place is visited, not organising
        stop = not same and old.kind == ev.kind and ev.kind in ("inspection", "visit") and not old.from_title \
            and not ev.chaired and not ev.attended
        if not same and not stop:
            continue
        if stop:
            ev.organisers = []
        elif len(ev.name) > len(old.name) and not old.from_title:
            old.name = ev.name
        old.organisers += [o for o in ev.organisers if o not in old.organisers]
        old.org_evidence.update({k: v for k, v in ev.org_evidence.items() if k not in old.org_evidence})
        old.chaired.update(ev.chaired)
        for k, v in ev.attended.items():
            if k not in old.attended or (v[0] == "带队" and old.attended[k][0] != "带队"):
                old.attended[k] = v
        if old.from_title and not stop:
            old.start, old.end, old.evidence = ev.start, ev.end, ev.evidence
            old.from_title = False
        return
    evs.append(ev)


def _norm(n: str) -> str:
    n = re.sub(r"\d{4}年(度)?|第\d+次|[“”\"‘’《》()（）、\s]", "", n)
    return n


def _dice(a: str, b: str) -> float:
    x = {a[i:i + 2] for i in range(len(a) - 1)}
    y = {b[i:i + 2] for i in range(len(b) - 1)}
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _same_event(a: EV.Event, b: EV.Event) -> bool:
    x, y = _norm(a.name), _norm(b.name)
    if x == y or (len(x) >= 4 and x in y) or (len(y) >= 4 and y in x):
        return True
    if _dice(x, y) >= 0.5:
        return True
    return a.from_title and a.kind == b.kind and not b.from_title and b.kind != "activity"


def _date_event(st: State, u: Unit, ev: EV.Event, last_month: int | None,
                item_events: list[EV.Event]) -> None:
    text = st.doc.text
    year = st.doc.year
    sent = text[ev.start:ev.end]
    dates = EV.find_dates(text, ev.start, ev.end, last_month)
    if not dates and ev.from_title:
        first = u.item.sentences[:2]
        for s in first:
            if s.start >= u.item.title_end - 1:
                if any(w in s.text[:12] for w in EV.RELATIVE_DAYS):
                    break
                dates = EV.find_dates(text, s.start, s.end, last_month)
                if dates:
                    break
    if dates and not any(w in sent[: max(0, dates[0].start - ev.start)] for w in EV.RELATIVE_DAYS):
        d = dates[0]
        ev.date = EV.iso(d, year)
        ev.date_text = d.text
    elif not dates:
        ev.date, ev.date_text = None, next((w for w in EV.RELATIVE_DAYS if w in sent), None)
        art = u.article
        if ev.from_title and getattr(art, "date", None) and u.item.start <= art.start + 2:
            ev.date, ev.date_text = art.date, None    # the article's own date
        if ev.date is None and re.match(r"\s*(?:会后|当天|当日|随后)", sent):
            # 会后，…开展…活动: the day of the event just told
            prior = [e for e in item_events if e is not ev and e.start < ev.start and e.date]
            if prior:
                ev.date = max(prior, key=lambda e: e.start).date
    # HELD_IN: a named sub-zone in the sentence, else the home zone
    ev.zone = next((z for z in st.zones.subzones if z in sent), st.zones.home.name)


def _roles(st: State, u: Unit, evs: list[EV.Event]) -> None:
    """Chair / attendees / speakers of the events of one news item, sentence by sentence:
    a sentence speaks of the last event introduced before (or in) it."""
    text = st.doc.text
    if not evs:
        evs_for_item = _refocus(st, u)
        if not evs_for_item:
            return
        evs = evs_for_item
    intro = sorted(evs, key=lambda e: e.start if not e.from_title else u.item.start)
    last_subject: str | None = None
    visited: set[str] = set()      # people visited / 慰问 in this item: hosts, not participants
    for s in u.item.sentences:
        current = None
        for e in intro:
            start = e.start if not e.from_title else u.item.start
            if start <= s.start or (e.start >= s.start and e.start < s.end):
                current = e
        if current is None:
            current = intro[0]
        sent_subject: str | None = None
        for cs, ce in _role_clauses(st, s):
            clause = text[cs:ce]
            people = [(a, b, n) for a, b, n in st.name_mentions if cs <= a and b <= ce]
            if re.match(r"^\s*(他|她)", clause) and last_subject:
                people = [(cs, cs + 1, last_subject)]
            if not people and sent_subject and re.match(r"\s*并", clause):
                # 某某主持会议，并对…提出要求: the clause goes on with the sentence's subject
                people = [(cs, cs, sent_subject)]
            if not people:
                continue
            if any(w in clause for w in NOT_PRESENT):
                # 学习某某重要讲话精神: the people named after the studying verb are quoted,
                # not present; the subject before it (某某传达了…精神) is
                mv = re.search("学习|传达|贯彻|领会|围绕", clause)
                if mv:
                    people = [x for x in people if x[0] < cs + mv.start()]
                    if not people:
                        continue
            if re.search("多次|先后多次", clause):
                continue
            # a name inside a book title (《学习某某思想》) is no one present
            people = [x for x in people if not _in_book_title(text, cs, x[0])]
            if not people:
                continue
            after_meeting = clause.lstrip().startswith("会后") or \
                bool(re.search(r"会后\s*[，,]?\s*$", text[s.start:cs]))
            zones_ = []
            for i, (a, b, n) in enumerate(people):
                nxt = people[i + 1][0] if i + 1 < len(people) else ce
                zones_.append(text[b:nxt])
            # a list (甲、乙等出席; 职务甲，职务乙，职务丙出席) shares the verbs of its last member
            for i in range(len(zones_) - 2, -1, -1):
                if _list_gap(zones_[i]):
                    zones_[i] = zones_[i + 1]
            # 陪同调研的有甲、乙: every listed person accompanied
            escort = bool(re.match(f"\\s*陪同[{HAN}]{{0,4}}的(?:有|还有|是)", clause))
            for (a, b, n), z in zip(people, zones_):
                if any(w in z[:12] for w in NOT_PRESENT) and not RELAYS.match(z):
                    continue
                if _elsewhere(current, z):
                    continue
                if escort:
                    current.attended.setdefault(n, ("陪同", s.start, s.end))
                    continue
                src = (s.start, s.end)
                if (current.kind == "competition" or re.search("赛|颁奖|评选", current.name)) and \
                        re.search("(?:获得|荣获|摘得|获)[^，,。；;]{0,12}(?:奖|名)", z):
                    current.attended.setdefault(n, ("参加", *src))    # a prize-winner took part
                    continue
                if n in visited or _visited_at(st, cs, a, b):
                    if not st.persons[n].positions:
                        visited.add(n)     # a host without a post stays a host in this item
                    if current.kind in ("visit", "inspection") and text.startswith(("家中", "家里", "的家中"), b) \
                            and not re.search("现役(?:军人|官兵)$", text[cs:a]):
                        # visited at home: present at the visit (not 看望某某的父母, and not a
                        # soldier on active duty, whose family is visited)
                        current.attended.setdefault(n, ("参加", *src))
                    continue
                if "主持" in z:
                    current.chaired.setdefault(n, src)
                for v in lexicon().verbs["attend"]:
                    if v in z and not z.startswith(("家中", "家")):
                        current.attended.setdefault(n, (ATTEND_ROLE.get(v, "参加"), *src))
                        break
                if _speaks(z):
                    if after_meeting:
                        current.attended.setdefault(n, ("参加", *src))
                    else:
                        current.spoke.setdefault(n, src)
                if a == cs or text[cs:a].strip(" ") in ("会上", "会后", "当天", "随后", "同时", "最后") or \
                        re.search(r"(书记|主任|长|委员|主席|经理|领导)$", text[cs:a]):
                    last_subject = n
                    sent_subject = n


# the words of a leader given elsewhere, quoted or studied: 某某(总书记)的重要讲话, 某某在全省…
# 会议上的讲话, 某某在某地工作期间亲自谋划…
QUOTED_WORDS = re.compile(r"^\s*(?:同志|总书记|主席|总理|委员长)?(?:在[^，,。；;]{2,40}?(?:上|中|时|期间))?"
                          r"(?:所作)?的(?:重要)?(?:讲话|致辞|批示|指示|重要指示|讲话精神|署名文章)")
PAST_POST = re.compile(r"^[^，,。；;在]{0,5}在[^，,。；;]{1,20}?(?:工作|任职|主政|任职期间)期间")
OTHER_EVENT = re.compile(r"^[^，,。；;在]{0,5}在([^，,。；;]{2,40}?)(?:上|中)")
SCOPE_LEAD = re.compile("^(?:全国|全省|全市|全县|全区|全州|全镇|全委|全局|省|市|县|区|州|镇)")


def _elsewhere(current: EV.Event, z: str) -> bool:
    """The words after a name say the person spoke or acted at another time or place: a
    speech given at another meeting (某某在全省…工作会议上的讲话 / 上强调), a past post
    (在某地工作期间), a quoted speech (某某的重要讲话)."""
    if QUOTED_WORDS.match(z) or PAST_POST.match(z):
        return True
    m = OTHER_EVENT.match(z)
    if not m:
        return False
    phrase = m.group(1)
    ne = EV.event_noun_end(phrase)
    if not ne or ne[0] < len(phrase) - 1 or len(phrase) <= 5:
        return False            # 在会上 / 在座谈会上 / 在讲话中: the current event
    core = SCOPE_LEAD.sub("", _norm(phrase[: ne[0]]))
    name = _norm(current.name)
    raw = _norm(getattr(current, "raw_name", current.name))
    if core in name or core in raw or name in core or _dice(core, name) >= 0.5 or _dice(core, raw) >= 0.5:
        return False
    return True


def _in_book_title(text: str, lo: int, pos: int) -> bool:
    before = text[lo:pos]
    return before.rfind("《") > before.rfind("》")


# the person relays or explains a text (某某传达了…精神): present, not quoted
RELAYS = re.compile(r"\s*(?:传达|宣读|解读|领学|宣讲)")


def _speaks(z: str) -> bool:
    """A speech verb in the text after a name; 推介会 / 汇报会 / 点评会 name a meeting, not a
    speech."""
    for v in lexicon().verbs["speak"]:
        i = z.find(v)
        while i >= 0:
            if not z.startswith("会", i + len(v)):
                return True
            i = z.find(v, i + 1)
    return False


ROLE_VERBS = None


def _role_verbs() -> tuple[str, ...]:
    global ROLE_VERBS
    if ROLE_VERBS is None:
        lex = lexicon()
        ROLE_VERBS = tuple(v for c in ("chair", "attend", "speak") for v in lex.verbs.get(c, ()))
    return ROLE_VERBS


LIST_GAP = re.compile(f"\\s*[、，,和及与]\\s*[{HAN}、]{{0,30}}")


def _list_gap(z: str) -> bool:
    """The text between two listed names is a separator plus the next one's titles
    (、县政协主席 / ，党工委委员、管委会副主任): the first shares the verbs of the next."""
    if re.fullmatch(r"\s*[、和及与]\s*", z):
        return True
    return bool(LIST_GAP.fullmatch(z)) and not any(v in z for v in _role_verbs()) \
        and not re.search("要求|强调|指出|表示|介绍|汇报|一行|来到|深入|随后|同时", z)


def _role_clauses(st: State, s: Sentence) -> list[tuple[int, int]]:
    """The clauses of a sentence for reading roles; a clause that ends with a name
    (党工委委员、管委会副主任某某，…) is joined to the next one: a list of people split by
    commas shares one verb."""
    out: list[tuple[int, int]] = []
    ends = {b for _, b, _ in st.name_mentions if s.start <= b <= s.end}
    pending = None
    for cs, ce in _clauses(s):
        if pending is not None:
            cs = pending
            pending = None
        e = ce
        while e > cs and st.doc.text[e - 1].isspace():
            e -= 1
        if e in ends and ce < s.end:
            pending = cs
            continue
        out.append((cs, ce))
    if pending is not None:
        out.append((pending, s.end))
    return out


VISIT_VERB = re.compile("(?:看望|慰问|走访|探望|拜访|家访)(?:了)?[^，,。；;】\\]）)\\s]{0,10}$")


def _visited_at(st: State, cs: int, a: int, b: int) -> bool:
    """The person at text[a:b] is the one visited: 在某某家中, 看望慰问某某, 参战老兵某某
    (a social role, not a post)."""
    text = st.doc.text
    if text.startswith(("家中", "家里", "家", "的家"), b):
        return True
    before = text[cs:a]
    if VISIT_VERB.search(before):
        return True
    return any(before.endswith(r) for r in lexicon().social_roles)


def _refocus(st: State, u: Unit) -> list[EV.Event]:
    """A news item that introduces no event but names one already read (观摩活动): its
    sentences speak of that event."""
    text = st.doc.text[u.item.start:u.item.end]
    for ev in reversed(st.events):
        nouns = [n for n in lexicon().event_noun_list if n in ev.name and len(n) >= 2]
        if any(n in text for n in nouns[:2]):
            return [ev]
    return []


def _possessive_organisers(st: State) -> None:
    """甲、乙 + an event's name (开发区党工委、管委会上半年…大会精神): the listed bodies organised it."""
    text = st.doc.text
    for ev in st.events:
        core = _norm(ev.name)
        if len(core) < 6:
            continue
        tail = core[-6:]
        for u in st.units:
            for s in u.item.sentences:
                i = s.text.find(tail)
                if i < 0:
                    continue
                before = s.text[:i]
                mm = re.search(f"((?:[{HAN}]{{2,16}}、)*[{HAN}]{{2,16}})(?:[{HAN}\\d]{{0,12}})$", before)
                if not mm:
                    continue
                lo = s.start + mm.start(1)
                found = st.orgs.find_in(text, lo, s.start + i, u.local_zone)
                # the bodies must directly precede the event words
                if found and all(x.name not in ev.organisers for x in found):
                    last = found[-1]
                    gap = text[last.end: s.start + i]
                    # only the bodies listed right before (甲、乙…), not a title chain before a name
                    found = [last] + [x for x in found[:-1]]
                    chain = [last]
                    for x in reversed(found[1:]):
                        if re.fullmatch(r"\s*[、和及与]?\s*", text[x.end:chain[-1].start]):
                            chain.append(x)
                        else:
                            break
                    # a mention that registered nothing (街道办事处 with no street to name) is no organiser
                    found = [x for x in chain if x.name in st.orgs.orgs and st.orgs.orgs[x.name].kind != "company"]
                    if not found or re.search(f"(?:{TOUR_VERBS}|到|赴|来到|深入|看望|拜访)$",
                                              text[s.start:min(x.start for x in found)]):
                        continue
                    if re.fullmatch(f"[{HAN}\\d]{{0,8}}", gap) and not re.search(
                            f"召开|组织|举办|学习|贯彻|到|赴|{TOUR_VERBS}", gap):
                        for x in found:
                            ev.organisers.append(x.name)
                            ev.org_evidence[x.name] = (s.start, s.end)


# -- projects -------------------------------------------------------------------------------

def _projects(st: State) -> None:
    text = st.doc.text
    for u in st.units:
        item_events = [e for e in st.events if e.item == u.index]
        last: PR.Project | None = None
        for s in u.item.sentences:
            found = PR.find_projects(text, s.start, s.end)
            if not found and last is not None:
                # 该项目由某公司投资建设: the project named just before
                m = re.search("(?:该|此|这一|这个)项目", s.text)
                if m:
                    a = s.start + m.start()
                    _oversight(st, u, s, last, a, a + len(m.group()), [])
                continue
            for ps, pe, name in found:
                name = PR.norm_name(name)
                if st.orgs.grammar.valid(name) or name in st.orgs.orgs:
                    continue
                prj = st.projects.get(name) or st.projects.get(name + "项目") or \
                    (st.projects.get(name[:-2]) if name.endswith("项目") else None)
                if prj is not None and prj.name != name and name.endswith("项目"):
                    # 海晟产业园 then 海晟产业园项目: one project, under its fuller name
                    del st.projects[prj.name]
                    prj.name = name
                    st.projects[name] = prj
                if prj is None:
                    prj = st.projects[name] = PR.Project(name, PR.investment_before(text, ps))
                    prj.zone = next((z for z in st.zones.subzones if z in s.text), st.zones.home.name)
                prj.mentions.append((ps, pe))
                _oversight(st, u, s, prj, ps, pe, item_events)
                last = prj
        _instructed_overseers(st, u)
        _assigned_overseers(st, u)


NOT_OVERSEER_KINDS = ("company", "cppcc", "legislature", "media", "bank")
OVERSIGHT_VERBS = re.compile("监管|指导|服务|调度|督促|协调|推进|对接|牵头|保障|帮助|跟踪|督办|加快|统筹")
INSTRUCTED = re.compile(f"(?:^|(?<=[，,；;：:。]))\\s*(?:特别是|同时|另外)?([{HAN}（）()]{{2,30}}?)(?:也)?(?:要|将|需要|需|应)")


def _can_oversee(st: State, org: str) -> bool:
    o = st.orgs.orgs.get(org)
    return o is not None and o.kind not in NOT_OVERSEER_KINDS


GOVERNING_ENDINGS = ("人民政府", "政府", "办事处", "街道办", "管委会", "党工委", "工作委员会")


def _governing_body(st: State, org: str) -> bool:
    """A zone's governing body (its party committee, 人民政府, 办事处, 管委会, 党工委), not a
    department of it."""
    o = st.orgs.orgs.get(org)
    if o is None:
        return False
    return o.kind == "party_committee" or org.endswith(GOVERNING_ENDINGS)


def _instructed_overseers(st: State, u: Unit) -> None:
    """甲要加强对某工程的监管；乙要牵头做好…: a body told to supervise, serve or push the
    work oversees the project its instruction names — explicitly, by a short form (示范片建设
    for 某镇现代农业示范片), as the sentence's topic (某工程是重点民生工程，甲要履行监管职责),
    or, in a news item about one project (its 推进会), implicitly."""
    text = st.doc.text
    item_projects = [p for p in st.projects.values()
                     if any(u.item.start <= a < u.item.end for a, _ in p.mentions)]
    if not item_projects:
        return
    about = [p for p in item_projects
             if any(e.item == u.index and p.name in e.name for e in st.events)]
    for s in u.item.sentences:
        hits = []
        for m in INSTRUCTED.finditer(s.text):
            a, b = s.start + m.start(1), s.start + m.end(1)
            found = [x for x in st.orgs.find_in(text, a, b, u.local_zone) if x.end == b]
            if found and _can_oversee(st, found[-1].name) and not PE.title_at_end(text[a:b]):
                hits.append((s.start + m.start(), found[-1].name))
        if not hits:
            continue
        topic = None
        first = hits[0][0]
        for p in item_projects:
            for a, e in p.mentions:
                if s.start <= a < first and re.match(r"\s*(?:是|要|作为)", text[e:e + 3]):
                    topic = p
        for i, (a, org) in enumerate(hits):
            b = hits[i + 1][0] if i + 1 < len(hits) else s.end
            seg = text[a:b]
            if not OVERSIGHT_VERBS.search(seg):
                continue
            named = [p for p in item_projects if any(a <= x < b for x, _ in p.mentions)] or \
                [p for p in item_projects if _short_ref(p.name, seg)]
            targets = named or ([topic] if topic else []) or (about if len(about) == 1 else [])
            for p in targets:
                p.overseers.setdefault(org, (s.start, s.end))


# a body assigned a project: 由甲(牵头)负责(推进) / 甲(要)牵头负责 / 甲负责…的推进和监管 /
# 甲要为…提供全程代办服务 (not 负责同志 / 负责人 / 负责制, a contact person or a system)
ASSIGN_VERB = re.compile("(?:牵头)?负责(?!同志|人|制|任|的同志)|牵头(?=[，,；;。]|$|推进|实施|抓好|做好|落实|组建|成立)"
                         f"|为(?=[^，,；;。]{{2,40}}?提供[{HAN}]{{0,8}}服务)")
# a sentence supervising "the works" / "the project" or its sector without naming it
BACK_REFERENCE = re.compile("(?:该|此|这一|这个)(?:工程|项目)|负责(?:工程|项目)"
                            "|负责(?:行业|质量|安全|施工|工程质量)[^，,；;。]{0,8}(?:监管|监督)")
ASSIGN_FILLER = re.compile("(?:明确)?(?:要|将|应|需|须|需要|应当)?(?:具体|主要|也|还|继续)?$")
CLAUSE_CUT = re.compile(r"[，,；;：:]")


def _assigned_overseers(st: State, u: Unit) -> None:
    """The body a sentence assigns a project to oversees it: 某工程由甲负责推进；由甲负责某工程
    的推进；甲负责某项目的推进和质量安全监管；甲要牵头负责某项目；甲要为某项目提供全程代办服务.
    A clause that names no project speaks of the sentence's project named before it
    (某项目由乙投资建设，甲牵头负责做好…；某项目由甲牵头，乙负责施工质量安全监管). Bodies that
    only 配合 / 会同 / build it (承建, 投资建设, 项目业主) are not assigned it."""
    text = st.doc.text
    item_projects = [p for p in st.projects.values()
                     if any(u.item.start <= a < u.item.end for a, _ in p.mentions)]
    if not item_projects:
        return
    for s in u.item.sentences:
        if "负责" not in s.text and "牵头" not in s.text and "服务" not in s.text:
            continue
        mentions = sorted(((a, b, p) for p in item_projects for a, b in p.mentions if s.start <= a < s.end),
                          key=lambda x: (x[0], x[1]))
        if not mentions:
            # 该工程总投资…。会议明确，由甲负责工程质量安全监管: a sentence that names no
            # project but supervises "the works" speaks of the project named just before
            prior = [(a, b, p) for p in item_projects for a, b in p.mentions if s.start - 160 <= a < s.start]
            if not prior or not BACK_REFERENCE.search(s.text):
                continue
            mentions = [max(prior, key=lambda x: x[0])]
        back_reference = mentions[0][0] < s.start
        bounds = [s.start] + [s.start + m.end() for m in CLAUSE_CUT.finditer(s.text)] + [s.end + 1]
        for cs, ce in zip(bounds, bounds[1:]):
            ce = min(ce - 1, s.end) if ce <= s.end else s.end
            clause = text[cs:ce]
            m = ASSIGN_VERB.search(clause)
            if not m:
                continue
            vpos = cs + m.start()
            lo = cs
            by = clause.rfind("由", 0, m.start())
            if by >= 0:
                lo = cs + by + 1
            found = st.orgs.find_in(text, lo, vpos, u.local_zone)
            org = None
            for x in reversed(found):
                if ASSIGN_FILLER.fullmatch(text[x.end:vpos]):
                    org = x
                break
            if org is None or not _can_oversee(st, org.name):
                continue
            lead = text[cs:org.start]
            if text[org.start:org.start + 1] in "县市区镇乡" and re.fullmatch(f"[{HAN}]{{2,3}}", lead.strip()):
                lead = ""     # 靖河|县发展和改革局: the place's name written before its level word
            if by < 0 and lead.strip() and not re.fullmatch(
                    f"\\s*(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])?\\s*(?:会议明确|明确|其中|同时|另外|特别是)?\\s*",
                    lead):
                continue      # the body is not the clause's subject (…对甲负责)
            after = [p for a, b, p in mentions if vpos <= a < ce]
            before = [p for a, b, p in mentions if cs <= a < org.start]
            earlier = [(a, p) for a, b, p in mentions if a < cs]
            if back_reference:
                targets = [mentions[0][2]]
            elif after:
                targets = after
            elif before:
                targets = before
            elif earlier:
                last_at = max(a for a, _ in earlier)
                lc = max(x for x in bounds if x <= last_at)
                targets = [p for a, p in earlier if a >= lc]
            else:
                targets = []
            for p in targets:
                p.overseers.setdefault(org.name, (s.start, s.end))


PROJECT_TAILS = ("项目", "工程")


def _short_ref(name: str, seg: str) -> bool:
    """The segment names the project by the tail of its name (示范片建设 -> 某镇现代农业示范片)."""
    core = name
    for t in PROJECT_TAILS:
        if core.endswith(t):
            core = core[: -len(t)]
    for k in range(len(core), 2, -1):
        tail = core[-k:]
        if tail in seg and (len(tail) >= 4 or core == name):
            return True
    return False


def _oversight(st: State, u: Unit, s: Sentence, prj: PR.Project, ps: int, pe: int, item_events) -> None:
    text = st.doc.text
    src = (s.start, s.end)
    # an event of this item about the project: its department-kind organisers oversee it
    # (the hosts of a ceremony, a legislature or CPPCC inspecting, and the zone's governing
    # body convening its own meeting do not)
    for ev in item_events:
        hosts = [o for o in ev.organisers if _can_oversee(st, o) and not _governing_body(st, o)] \
            if ev.kind not in ("ceremony", "groundbreaking", "signing") else []
        if prj.name in ev.name or (ev.start <= ps < ev.end and ev.organisers):
            ev.projects.add(prj.name)
            for o in hosts:
                prj.overseers.setdefault(o, src)
        elif ev.organisers and st.orgs.orgs.get(ev.organisers[0]) and \
                st.orgs.orgs[ev.organisers[0]].kind == "department" and not ev.from_title:
            ev.projects.add(prj.name)
            for o in hosts:
                prj.overseers.setdefault(o, src)
    # 在 ORG 指导下 / 由 ORG 具体实施
    m = re.search(f"在([{HAN}]{{2,20}})指导下", s.text)
    if m:
        for x in st.orgs.find_in(text, s.start + m.start(1), s.start + m.end(1), u.local_zone):
            prj.overseers.setdefault(x.name, src)
    m = re.search(f"由([{HAN}]{{2,24}}?)(?:具体)?(?:实施|建设|承建|投资|负责实施)", s.text)
    if m:
        for x in st.orgs.find_in(text, s.start + m.start(1), s.start + m.end(1), u.local_zone):
            prj.owners.setdefault(x.name, src)
    # ORG 要 ... project (same sentence, the organisation is the subject)
    m = re.match(f"^([{HAN}]{{2,24}}?)要", text[s.start:ps])
    if m or re.search("等职能部门|等部门|等单位", s.text):
        span_hi = s.start + (m.end(1) if m else len(s.text))
        for x in st.orgs.find_in(text, s.start, span_hi, u.local_zone):
            if x.end <= span_hi and not PE.title_at_end(text[x.end:x.end + 5][:3]) \
                    and not any(text.startswith(t, x.end) for t in PE.titles()):
                prj.overseers.setdefault(x.name, src)
    # the company whose name starts the project name, or introduced just before it
    for org in list(st.orgs.orgs.values()):
        if org.kind == "company" and len(org.short) >= 2 and prj.name.startswith(org.short):
            prj.owners.setdefault(org.name, src)
