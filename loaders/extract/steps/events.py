"""Step: the events of each news item, with their organisers, date and place.

Reads  doc (text, year, articles), units, zones, orgs, persons, name_mentions
Adds   events: meetings, inspections, visits, trainings, ceremonies, signings… read from the
       headline and the sentences of each item (see event_sentences), merged when two
       sentences tell the same event, with organisers (sponsor clauses, possessive lists),
       the chair or the leaders a convening sentence names, date (ISO; --MM-DD when the
       year is not established) and zone (HELD_IN); `published`, the latest publication date.
       Who attended and spoke is the roles step's.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from loaders.dates import latest_published
from loaders.extract.grammar import events as EV
from loaders.extract.lexicon import words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.steps.event_sentences import META_LINE, SPONSOR_ROLE, TOUR_VERBS, sentence_events, sponsor_orgs
from loaders.extract.text import HAN, Sentence
from loaders.schema import ATTENDED, CHAIRED


def read(st: DocumentState) -> None:
    text = st.doc.text
    st.published = latest_published(text)
    last_month = None
    toc = _toc_lines(st)
    for u in st.units:
        if any(a <= u.item.start and u.item.end <= b for a, b in toc):
            u.contents_entry = True
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
            for ev in sentence_events(st, u, s):
                if _side_meeting(evs, ev, s):
                    continue
                _merge_or_add(evs, ev)
        _sponsors_of_current(st, u, evs)
        dates = EV.find_dates(text, u.item.start, u.item.end, last_month)
        if dates:
            last_month = dates[-1].month
        for ev in evs:
            _date_event(st, u, ev, last_month, evs)
        st.events.extend(evs)
    _possessive_organisers(st)


def _side_meeting(evs: list[EV.Event], ev: EV.Event, s: Sentence) -> bool:
    """An undated meeting with a bare name (座谈会, 点评会, 会谈) held during an inspection, a
    visit or a ceremony of the same item (检查组…并召开座谈会; 检查结束后…召开点评会; 见证签约
    仪式并举行会谈) is part of it: its speakers speak at the tour or the ceremony, no new event."""
    raw = ev.raw_name
    if not evs or ev.kind != "meeting":
        return False
    if EV.has_date(s.text) and not any(e.start == s.start and not e.from_title for e in evs):
        return False      # a dated meeting of its own (not 某某到某地调研，并召开座谈会)
    if raw not in EV.GENERIC_NAMES and not (len(raw) <= 4 and raw.endswith(("会", "会谈", "座谈"))):
        return False
    return any(e.kind in HOSTING_KINDS for e in evs)


# 此次活动由… / 仪式由… / 揭牌仪式由…: the sponsor clause of the event read before it
SPONSOR_INTRO = re.compile("(?:(?:此次|本次|这次|该|本届|此项)[^，,。；;由]{0,10}"
                           "|(?:^|(?<=[，,；;]))\\s*[^，,。；;由]{0,10}?(?:" + "|".join(words("events/sponsored_nouns")) + ")"
                           # 此次峰会是…的大型盛会，由甲指导，乙主办…
                           "|^\\s*(?:此次|本次|这次|本届)[^。；;]{0,80}?[，,]\\s*)由")


def _sponsors_of_current(st: DocumentState, u: Unit, evs: list[EV.Event]) -> None:
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
            if a - pos > 90 or re.search("[。；;]", s.text[pos:a]) or re.search("[，,]", s.text[pos:a].strip("，, ")):
                break
            hi = m.end() + r.end()
            pos = hi
        if hi is None:
            continue
        before = [e for e in evs if (u.item.start if e.from_title else e.start) <= s.start]
        if not before:
            continue
        ev = before[-1]
        for o in sponsor_orgs(st, u, s.start + m.end(), s.start + hi):
            if o not in ev.organisers:
                ev.organisers.append(o)
                ev.org_evidence[o] = (s.start, s.end)


# a table of contents at the top (本期要目 / 目录, then 1．… 2．…)
TOC_HEAD = re.compile(r"\s*(?:本期要目|本期目录|本期导读|目\s*录|要\s*目)\s*$")


def _toc_lines(st: DocumentState) -> list[tuple[int, int]]:
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


def _title_event(st: DocumentState, u: Unit) -> EV.Event | None:
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
        evs += sentence_events(st, u, fake)
    for ev in evs:
        ev.from_title = True
    return evs[-1] if evs else None


VISIT_KINDS = {"visit", "inspection"}
# events during which a bare-named meeting is a part of them, not an event of its own
HOSTING_KINDS = ("inspection", "visit", "competition", "signing", "ceremony", "groundbreaking")
# a sentence that opens with the day of the event told before it (or the day after)
SAME_DAY = re.compile(r"\s*(会后|当天|当日|同日|随后|次日|翌日|第二天)")
NEXT_DAY = ("次日", "翌日", "第二天")
DATELINE_END = re.compile(r"(?:讯|电)(?:[（(\s]|$)")
SIGNING_ACT = re.compile("签订|签署|签约")


# a sitting of a session (会议举行第二次全体会议): part of the session told before it
SITTING = re.compile(r"第[一二三四五六七八九十\d]+次全体会议|预备会议|闭幕会|开幕会")


def _merge_or_add(evs: list[EV.Event], ev: EV.Event) -> None:
    for old in evs:
        # 甲、乙分别代表管委会与项目方签订投资协议 at a signing ceremony: the ceremony's act
        same = _same_event(old, ev) or (old.kind == "signing" and bool(SIGNING_ACT.search(ev.name))
                                        and (ev.kind == "activity" or "仪式" in old.name)) \
            or (old.kind == "meeting" and bool(SITTING.fullmatch(ev.name)) and not SITTING.fullmatch(old.name))
        # a further stop of the same tour (督导组还到某办事处调研): the place is visited, not organising
        stop = not same and old.kind == ev.kind and ev.kind in ("inspection", "visit") and not old.from_title \
            and not ev.people[CHAIRED] and not ev.people[ATTENDED]
        if not same and not stop:
            continue
        if stop:
            ev.organisers = []
        elif len(ev.name) > len(old.name) and not old.from_title:
            old.name = ev.name
        old.organisers += [o for o in ev.organisers if o not in old.organisers]
        old.org_evidence.update({k: v for k, v in ev.org_evidence.items() if k not in old.org_evidence})
        old.merge_people(ev)
        if old.from_title and not stop:
            old.start, old.end, old.evidence = ev.start, ev.end, ev.evidence
            old.from_title = False
        return
    evs.append(ev)


def _same_event(a: EV.Event, b: EV.Event) -> bool:
    x, y = EV.norm_name(a.name), EV.norm_name(b.name)
    if x == y or (len(x) >= 4 and x in y) or (len(y) >= 4 and y in x):
        return True
    if EV.dice(x, y) >= 0.5:
        return True
    # a headline's visit and the body's (调研 in one, 考察 in the other) are one trip
    same_kind = a.kind == b.kind or {a.kind, b.kind} <= VISIT_KINDS
    return a.from_title and same_kind and not b.from_title and b.kind != "activity"


RANGE_MARKS = "～~—－-至到"


def _date_event(st: DocumentState, u: Unit, ev: EV.Event, last_month: int | None,
                item_events: list[EV.Event]) -> None:
    text = st.doc.text
    year = st.doc.year
    sent = text[ev.start:ev.end]
    # a dispatch's dateline (某某网某地4月26日讯) dates the report, not the event
    dates = [d for d in EV.find_dates(text, ev.start, ev.end, last_month) if not DATELINE_END.match(text, d.end)]
    if not dates and ev.from_title:
        first = u.item.sentences[:2]
        for s in first:
            if s.start >= u.item.title_end - 1:
                if any(w in s.text[:12] for w in EV.RELATIVE_DAYS):
                    break
                dates = EV.find_dates(text, s.start, s.end, last_month)
                if dates:
                    break
    if len(dates) > 1 and ev.raw_name:
        # 于25日…；并于26日下午…召开座谈会: the date nearest before the event's words is its own
        at = sent.find(ev.raw_name)
        before = [d for d in dates if at >= 0 and d.start - ev.start < at
                  and text[d.start - 1] not in RANGE_MARKS]    # 8日～9日 starts on the 8th
        if before:
            dates = [before[-1]]
    if dates and not any(w in sent[: max(0, dates[0].start - ev.start)] for w in EV.RELATIVE_DAYS):
        d = dates[0]
        ev.date = EV.iso(d, year)
        ev.date_text = d.text
        published = st.published
        if d.year is None and ev.date and published and not ev.date.startswith("--") and ev.date > published:
            ev.date = "--" + ev.date[5:]    # reported before it happened: the dateline's year is not its year
    elif not dates:
        ev.date, ev.date_text = None, next((w for w in EV.RELATIVE_DAYS if w in sent), None)
        art = u.article
        if ev.from_title and getattr(art, "date", None) and u.item.start <= art.start + 2:
            ev.date, ev.date_text = art.date, None    # the article's own date
        same_day = SAME_DAY.match(sent)
        if ev.date is None and same_day:
            # 会后 / 同日 / 次日上午，…: the day of the event just told (or the day after it)
            prior = [e for e in item_events if e is not ev and e.start < ev.start and e.date]
            if prior:
                ev.date = max(prior, key=lambda e: e.start).date
                if same_day.group(1) in NEXT_DAY:
                    ev.date = _next_day(ev.date)
    # HELD_IN: a named sub-zone in the sentence, else the home zone
    ev.zone = next((z for z in st.zones.subzones if z in sent), st.zones.home.name)


def _possessive_organisers(st: DocumentState) -> None:
    """甲、乙 + an event's name (开发区党工委、管委会上半年…大会精神): the listed bodies organised it.
    A body before a visit's name (某区政府领导一行莅临…) is the visitors', not an organiser."""
    text = st.doc.text
    for ev in st.events:
        if ev.kind in VISIT_KINDS:
            continue
        core = EV.norm_name(ev.name)
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


def _next_day(iso: str) -> str:
    """The day after an ISO date (2024-05-31 -> 2024-06-01; --05-31 -> --06-01)."""
    year = int(iso[:4]) if not iso.startswith("--") else 2000     # a leap year: --02-29 exists
    day = date(year, int(iso[-5:-3]), int(iso[-2:])) + timedelta(days=1)
    return day.isoformat() if not iso.startswith("--") else f"--{day.month:02d}-{day.day:02d}"
