"""Part of the events step: visits, trips and receptions, the commonest events of the genre.

  VISITORS (等)(一行) (在 ESCORTS 的陪同下) (专程|再次…) 到/赴/莅临/来到/前往 PLACE (进行|开展)(工作) 调研/考察/视察…
  VISITORS 莅临 / 走访 / 看望 PLACE                      a visit named by its verb alone
  HOST (在 PLACE) 会见 (了) (来访的) GUESTS (一行)        a reception: both sides attended

VISITORS are the persons the sentence names before the trip, or a delegation (代表团,
考察团, 调研组, 领导, 人员…); each attended it (the one who 带队 / 率队 / 带领 led it), and
the persons of an escort phrase (在甲、乙的陪同下) attended as 陪同. Only in a headline or a
dated sentence: a later 来到… of the same item is a stop of the trip already read.
"""
from __future__ import annotations

import re

from loaders.extract.grammar import events as EV
from loaders.extract.lexicon import words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.text import Sentence
from loaders.schema import ATTENDED

MOTION = "|".join(words("events/motion_verbs"))
VISIT_VERBS = "|".join(words("events/visit_verbs"))
# MOTION PLACE (，)(进行|开展|实地|就…)(了)(工作) VERB OBJECT
TRIP = re.compile(f"(?P<motion>{MOTION})(?P<place>[^，,。；;：:、（(]{{1,30}}?)(?:[，,]\\s*)?"
                  f"(?:进行|开展|实地|展开)?(?:了)?(?:工作|专题|现场|实地)?(?P<verb>{VISIT_VERBS})"
                  f"(?P<obj>[^，,。；;：:（(]{{0,20}})")
# 莅临 / 走访 / 看望 PLACE: the verb is the visit
CALL = re.compile(f"(?P<verb>{'|'.join(words('events/call_verbs'))})(?:了)?(?P<place>[^，,。；;：:（(]{{2,30}})")
# the words before the trip that say who went as a group (宝山区党政代表团, 县领导一行)
DELEGATION = re.compile(f"(?:{'|'.join(words('events/delegations'))})(?:一行)?\\s*$")
ESCORT = re.compile("在([^。；;]{2,80}?)(?:等)?(?:的)?陪同下")
LEAD = re.compile("带队|率队|带领|率领|率")
# 会见: HOST (在 PLACE) 会见(了)(来访的) GUESTS (一行)
RECEPTION = re.compile("(?:在[^，,。；;]{1,12})?(?:亲切)?会见(?:了)?(?:来访的|前来拜访的)?(?P<guests>[^，,。；;]{2,60}?)(?:等(?:领导|同志|人)?)?(?:一行)?(?=[，,。；;]|$)")
PLANNED = re.compile("将|拟|计划|准备|下一步|邀请")


def visit(st: DocumentState, u: Unit, s: Sentence, dated_or_title: bool) -> EV.Event | None:
    """The visit, trip or reception sentence `s` tells, if it tells one."""
    if not dated_or_title:
        return None
    return _reception(st, u, s) or _trip(st, u, s)


def _people_between(st: DocumentState, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(a, b, n) for a, b, n in st.name_mentions if lo <= a and b <= hi]


def _trip(st: DocumentState, u: Unit, s: Sentence) -> EV.Event | None:
    text = st.doc.text
    m = TRIP.search(s.text) or CALL.search(s.text)
    if m is None:
        return None
    at = s.start + m.start()
    before = text[s.start:at]
    if PLANNED.search(before[-12:]) or re.search("陪同|会见|邀请", ESCORT.sub("", before)[-6:]):
        return None       # 将赴…; 陪同某某到…: the escort's sentence, read by the roles step
    escort = ESCORT.search(before)
    escorts = _people_between(st, s.start + escort.start(1), s.start + escort.end(1)) if escort else []
    visitors = [p for p in _people_between(st, s.start, at) if p not in escorts]
    group = DELEGATION.search(ESCORT.sub("", before).rstrip("，, "))
    if not visitors and not group:
        return None
    verb, place = m.group("verb"), m.group("place").strip()
    if "motion" in m.groupdict():
        obj = re.split("[和及与]", m.group("obj"))[0]
        what = f"{m.group('motion')}{place}{verb}{obj}"
    else:
        what = f"{verb}{place}"
    name = f"{_delegation(before) if group else visitors[0][2] + ('一行' if '一行' in before else '')}{what}"
    ev = EV.Event(name, EV.kind_of(verb), s.start, s.end, u.index, evidence=(s.start, s.end), raw_name=name)
    for a, b, n in visitors:
        led = bool(LEAD.match(text, b, min(b + 2, s.end)))
        ev.took_part(ATTENDED, n, s.start, s.end, EV.LED if led else EV.PRESENT)
    for a, b, n in escorts:
        ev.took_part(ATTENDED, n, s.start, s.end, EV.ESCORTED)
    return ev


def _delegation(before: str) -> str:
    """The delegation's own words (宝山区党政代表团, 县领导一行): the end of the clause
    before the trip, after its date and any escort phrase."""
    tail = re.split("[，,、；;：:]|组成的|陪同下", ESCORT.sub("", before).rstrip("，, "))[-1]
    return re.sub(r"^(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚上)?", "", tail).strip()


def _reception(st: DocumentState, u: Unit, s: Sentence) -> EV.Event | None:
    """甲(在某地)会见(了)来访的乙一行: a reception both sides attended."""
    m = RECEPTION.search(s.text)
    if m is None:
        return None
    at = s.start + m.start()
    hosts = _people_between(st, s.start, at)
    guests = _people_between(st, s.start + m.start("guests"), s.start + m.end("guests"))
    if not hosts or PLANNED.search(st.doc.text[s.start:at][-12:]):
        return None
    guest_words = m.group("guests")
    if guests:
        g = guests[0]
        guest_words = st.doc.text[s.start + m.start("guests"):g[1]]
    tail = "一行" if "一行" in m.group() else ""
    name = f"{hosts[0][2]}会见{guest_words}{tail}"
    ev = EV.Event(name, "visit", s.start, s.end, u.index, evidence=(s.start, s.end), raw_name=name)
    for a, b, n in hosts + guests:
        ev.took_part(ATTENDED, n, s.start, s.end, EV.PRESENT)
    return ev
