"""Part of the events step: the sentence patterns of the genre that introduce an event.

  SUBJECT (组织)?召开/举行/举办/开展/启动 NAME      an organisation subject organised it; a
                                                   person who convenes (主持召开) chaired it
  由 甲、乙 主办/承办/牵头 (的) NAME                 the listed bodies organised it
  NAME (隆重)?召开/举行 | NAME 在 PLACE 举办         an event told by its name alone
  SUBJECT 带队 (到|赴) PLACE 督导/调研/检查 …        a trip; its leaders attended it
  SUBJECT (一行)到 PLACE 调研 …                      a tour (dated sentences and headlines only)
  …工作 启动 / 启动…工作 / 签订…责任书              a launch, a signing

Plans (要召开, 将组织), campaigns (扎实开展), instructions (一是要…) and listed means (通过举办
甲、举办乙等举措) introduce no event.
"""
from __future__ import annotations

import re

from loaders.extract.grammar import events as EV
from loaders.extract.lexicon import lexicon, words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.steps import visits
from loaders.extract.steps.organisations import strip_lead
from loaders.extract.text import HAN, Sentence
from loaders.schema import ATTENDED, CHAIRED, SPOKE_AT

# a plan or an instruction (要召开, 将组织开展, 下一步) or a summary (累计开展): no event yet
# 由 甲、乙 主办/承办/牵头 (的) NAME: the listed bodies organised it
BY_ORGANISERS = re.compile(f"由([^,，。;；]{{2,60}}?)({'|'.join(lexicon().verbs['organise'])})(?:的)?(.*)")
PLAN = re.compile("(?<![重主需纲只])要(?![素点闻])|" + "|".join(words("events/plan_words")))


# a name in a sponsor list that the grammar does not read (Han, Latin, brackets)
LISTED_BODY = re.compile(f"[{HAN}A-Za-z][{HAN}A-Za-z0-9（）()·]{{2,24}}")
NOT_A_BODY = re.compile("相关|有关|各|等|部门|单位|企业|机构|领导|人员|方面")


def sponsor_orgs(st: DocumentState, u: Unit, lo: int, hi: int) -> list[str]:
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
            # a listed body the grammar does not read: one the document names (县融媒体中心), or
            # a name the list itself makes a body (某省会客厅, 某某之星（某市）)
            rest = list(text[pos:a])
            for x in found:                       # what the grammar read is no piece
                rest[x.start - pos:x.end - pos] = "、" * (x.end - x.start)
            for piece in re.finditer(f"[^、，,；;。]{{3,30}}", "".join(rest)):
                name = re.sub("^(?:由|和|及|与|以及|联合|共同)", "", piece.group().strip())
                name = re.sub("(?:共同|联合)$", "", name)
                full = st.orgs.lookup_short(name)
                if full:
                    out.append(full)
                elif LISTED_BODY.fullmatch(name) and not NOT_A_BODY.search(name):
                    out.append(st.orgs.add(name, kind="other"))
        pos = b
    return list(dict.fromkeys(out))


# a document-metadata line (发布时间：2022-11-03 09:15 来源：…, 发稿时间：, 日期：): never an event
META_LINE = re.compile(r"\s*(?:" + "|".join(words("events/metadata_labels")) + r")\s*[:：]")


def headline(u: Unit) -> str:
    """The item's headline without its metadata lines."""
    lines = [ln for ln in u.item.title.split("\n") if ln.strip() and not META_LINE.match(ln)]
    t = " ".join(lines).strip()
    m = META_LINE.search(t)
    return t[: m.start()].strip() if m and m.start() > 0 else t


def _issuer(st: DocumentState, ending: str) -> str | None:
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


# a subject phrase that goes somewhere before it holds the event (…到某公司召开现场办公会)
DESTINATION = re.compile("(?:来到|前往|赶赴|到|赴)[^，,。；;]{2,20}$")


def _subject(st: DocumentState, u: Unit, s: Sentence, lo: int, hi: int):
    """Organisations, persons and zone named in text[lo:hi] (a subject phrase)."""
    text = st.doc.text
    seg = text[lo:hi]
    venue = seg.find("在")
    if venue > 0:
        hi = lo + venue
        seg = text[lo:hi]
    gone = DESTINATION.search(seg)
    if gone:
        hi = lo + gone.start()      # 到某公司召开…: where it was held, not who held it
        seg = text[lo:hi]
    found = st.orgs.find_in(text, lo, hi, u.local_zone)
    mv = re.search("组织|召集|带领", seg)
    if mv and any(x.end <= lo + mv.start() for x in found):
        # 甲组织乙、丙等部门组成检查组: 甲 organised it, 乙 and 丙 were organised
        found = [x for x in found if x.end <= lo + mv.start()]
    led = LEADS.search(seg)
    if led:
        # 某某率某局某某、某公司某某: the bodies of the people led are no subject
        found = [x for x in found if x.end <= lo + led.start()]
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
            w = strip_lead(m.group())
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


def sentence_events(st: DocumentState, u: Unit, s: Sentence) -> list[EV.Event]:
    """The events sentence `s` of item `u` introduces, clause by clause."""
    return _SentenceEvents(st, u, s).read()


# NAME (隆重|顺利)? 召开/举行/开幕: a clause that is only the event's name and the verb
NAMED_ALONE = re.compile(f"^(?:[\\d月日上下午晚]*)(.{{4,50}}?)(?:隆重|顺利|正式|胜利)?(召开|举行|开幕|开班|启幕|揭幕)[。！]?\\s*$")
# NAME 在 PLACE (成功)? 举办/举行/召开
NAMED_AT_PLACE = re.compile(f"^(?:[\\d月日上下午,，]*)(.{{4,50}}?)在([^,，。]{{1,30}}?)(?:成功|隆重|顺利)?"
                            f"(举办|举行|召开|开班|开幕|启幕|揭幕)")
# THING (在 PLACE) (正式|隆重) 揭牌 / 开工 / 结业 (仪式): the thing's ceremony
CEREMONY = re.compile(f"^(?:[\\d月日上下午晚,，]*)(?P<subj>[^，,。；;]{{2,40}}?)(?:在(?P<place>[^,，。；;]{{1,30}}?))?"
                      f"(?:正式|隆重|顺利|胜利|举行)?(?P<verb>{'|'.join(words('events/ceremony_verbs'))})(?:仪式|式)?[。！]?\\s*$")
# what makes a ceremony verb a goal or a state, not a ceremony told (确保…早开工, 一期已于7月投产)
NOT_A_CEREMONY = re.compile("|".join(words("events/not_ceremony_words")))
RECENTLY = re.compile("[▲△◆●■\\s]*(?:" + "|".join(words("events/relative_days")) + ")")
# 在(某月)召开的 NAME 上，/ 在 NAME 上，: the meeting the clause's acts took place at
AT_MEETING = re.compile(r"\s*(?:此前|随后|同时)?[，,]?\s*在(?P<held>[^，,。；;在]{0,12}?(?:召开|举行|举办)的)?"
                        r"(?P<np>[^，,。；;在“”]{4,40}?)(?:上|期间)\s*(?:[，,]|$)")
# (签订的协议 is the agreement signed before, not a signing)
SIGNING = re.compile(f"^(.{{2,30}}?)(?:与[^,，。]{{2,40}})?(?:签订|签署)(?!的)([{HAN}\\d]{{2,20}}(?:责任书|协议|合同|备忘录))")
# 召开9次座谈会, 举办三场培训: a count of meetings sums them up, it names none
COUNTED = re.compile(r"[\d一二三四五六七八九十两]+(?:余)?(?:次|场|期|批)")
# PERSON (在 PLACE) 作(了)(题为)《TITLE》的(专题)报告 / 讲座: the talk is the event, the person spoke
TALK = re.compile("(?:在[^，,。；;]{1,20})?作了?(?:一场)?(?:题为)?(?P<title>《[^》]{2,40}》)的?(?:专题|辅导|主题)?(?P<kind>报告|讲座|讲话)")


class _SentenceEvents:
    """One sentence read for events. The subject of its first clause that has one is read
    lazily and only once: reading a subject registers the organisations in it, and most
    sentences never need it."""

    def __init__(self, st: DocumentState, u: Unit, s: Sentence) -> None:
        self.st, self.u, self.s = st, u, s
        self.text = st.doc.text
        self.out: list[EV.Event] = []
        self.pending: list[tuple[int, int]] = []     # clauses (up to their first verb) not read yet
        self.first: tuple | None = None
        self.tried = 0
        self.at_meeting = False      # a clause said 在某会议上: later acts are part of it

    def first_subject(self):
        while self.first is None and self.tried < len(self.pending):
            sub = _subject(self.st, self.u, self.s, *self.pending[self.tried])
            self.tried += 1
            if sub[0] or sub[1]:
                self.first = sub
        return self.first

    def new(self, np: str, orgs: list[str], persons, verb: str, zone_subj: bool = False,
            subject_text: str = "") -> None:
        self.out.append(_new_event(self.st, self.u, self.s, np, orgs, persons, verb, zone_subj, subject_text))

    def read(self) -> list[EV.Event]:
        text, s = self.text, self.s
        for ci, (cs, ce) in enumerate(clauses_of(s)):
            clause = text[cs:ce]
            found = self.convened(cs, clause)
            if self.first is None:
                self.pending.append((cs, ce if not found else cs + found[0][0]))
            self.by_organisers(cs, clause)
            if not found:
                before = len(self.out)
                self.named(clause)
                if len(self.out) == before:
                    self.ceremony(cs, clause)
            trip = _led_trip(self.st, self.u, s, cs, clause)
            if trip:
                self.out.append(trip)
            elif not found and ci == 0:
                # trips and tours are told only in a dated sentence or a headline
                tour = _dated_or_title(self.st, self.u, s) and (
                    visits.visit(self.st, self.u, s, True) or _tour(self.st, self.u, s)
                    or _group_tour(self.st, self.u, s))
                if tour:
                    self.out.append(tour)
            self.launched(cs, clause, found)
            self.signed(cs, clause)
            if not found:
                self.talk(cs, clause)
                self.held_at(cs, clause)
        # 由甲主办，乙承办，丙协办的 NAME: sponsors listed across clauses
        sp = _sponsored(self.st, self.u, s)
        if sp:
            self.out.append(sp)
        self.dated_work()
        return self.out

    def convened(self, cs: int, clause: str) -> list[tuple[int, int, str, str]]:
        """SUBJECT (组织)?召开/举行/举办/开展 NAME: not a plan, a campaign, an instruction or a
        listed means; the subject is the clause's, else the sentence's first."""
        text, s = self.text, self.s
        found = [f for f in EV.convene_in(clause) if not PLAN.search(text[s.start:cs + f[0]])
                 and not _campaign(self.st, s, cs + f[0], f[2]) and not _instruction(self.st, s)
                 and not MEANS.match(text, cs + f[1], s.end) and not COUNTED.match(f[3])]
        for vi, vj, verb, np in found:
            orgs, persons, zone_subj = _subject(self.st, self.u, s, cs, cs + vi)
            if not orgs and not persons and not zone_subj and self.first_subject():
                orgs, persons, zone_subj = self.first_subject()
            self.new(np, orgs, persons, verb, zone_subj, text[cs:cs + vi])
        return found

    def by_organisers(self, cs: int, clause: str) -> None:
        """由 甲、乙 主办/承办/牵头 (的) NAME; 由甲牵头…开展某活动 names the event after the
        verb, or the item's headline does."""
        m = BY_ORGANISERS.search(clause)
        if not m:
            return
        text, s = self.text, self.s
        lo = cs + m.start(1)
        orgs = [x.name for x in self.st.orgs.find_in(text, lo, lo + len(m.group(1)), self.u.local_zone)]
        rest = m.group(3)
        ne = EV.event_noun_end(rest[:60]) if not re.match(r"[、，,]", rest) else None
        if ne and orgs:
            self.new(EV.clean_name(rest[: ne[0]]), orgs, [], m.group(2))
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
            name = hit or re.sub(r"^\d+\s*|^[^:：]*[:：]", "", headline(self.u)).strip()
            if name:
                self.new(name, orgs, [], "牵头")

    def ceremony(self, cs: int, clause: str) -> None:
        """某创业园在某地揭牌 / 某工程正式开工 / 某学研班在某地结业: the thing's ceremony (the
        people at it are read by the roles step), never named after a person."""
        m = CEREMONY.search(clause)
        if not m or not (_dated_or_title(self.st, self.u, self.s) or RECENTLY.match(self.s.text)):
            return
        subj = m.group("subj").strip()
        lo = cs + m.start("subj")
        if PLAN.search(subj) or NOT_A_CEREMONY.search(subj) or re.search(r"\d+(?:\.\d+)?(?:亿|万)?元", subj) \
                or any(lo <= a < lo + len(subj) for a, _, _ in self.st.name_mentions):
            return      # a goal (确保早日投产), a past state (一期已于7月投产), an amount, a person
        name = re.sub(r"^[“”\s]+|[“”\s]+$", "", subj) + m.group("verb")
        ev = EV.Event(name, EV.kind_of(m.group("verb")), self.s.start, self.s.end, self.u.index,
                      evidence=(self.s.start, self.s.end), raw_name=name)
        self.out.append(ev)

    def named(self, clause: str) -> None:
        """An event told by its name alone (某某会议隆重召开) or with its venue (某某大赛在某地举办)."""
        m = NAMED_ALONE.search(clause)
        if m and not re.search("[在于]", m.group(1)) and not PLAN.search(m.group(1)):
            ne = EV.event_noun_end(m.group(1))
            if ne and ne[0] >= len(m.group(1)) - 1:
                self.new(EV.clean_name(m.group(1)[: ne[0]]), [], [], m.group(2))
        m = NAMED_AT_PLACE.search(clause)
        if m:
            ne = EV.event_noun_end(m.group(1))
            if ne and ne[0] >= len(m.group(1)) - 1:
                np = re.sub(r"^\d{1,2}月\d{1,2}日", "", EV.clean_name(m.group(1)[: ne[0]]))
                self.new(np, [], [], m.group(3))

    def launched(self, cs: int, clause: str, found) -> None:
        """某某工作 (全面|正式)? 启动 / 启动(部署)某某工作."""
        m = re.search(f"([{HAN}\\d“”]{{4,30}}工作)(?:全面|正式)?启动", clause)
        if m and not found:
            self.new(EV.clean_name(m.group(1)) + "启动", [], [], "启动")
        m = re.search(f"启动(?:部署)?([{HAN}\\d“”]{{4,30}}工作)", clause)
        if m:
            orgs, persons, zone_subj = _subject(self.st, self.u, self.s, cs, cs + m.start())
            if not orgs and self.first_subject():
                orgs = self.first_subject()[0]
            self.new(EV.clean_name(m.group(1)) + "启动", orgs, [], "启动")

    def talk(self, cs: int, clause: str) -> None:
        """某某在某地作了题为《某某》的报告: the talk (《某某》报告会) is the event; its speaker spoke."""
        m = TALK.search(clause)
        if not m:
            return
        speakers = [(a, b, n) for a, b, n in self.st.name_mentions if cs <= a and b <= cs + m.start()]
        if not speakers:
            return
        name = m.group("title") + m.group("kind") + ("会" if m.group("kind") == "报告" else "")
        ev = EV.Event(name, "meeting", self.s.start, self.s.end, self.u.index,
                      evidence=(self.s.start, self.s.end), raw_name=name)
        a, b, n = speakers[-1]
        ev.took_part(SPOKE_AT, n, self.s.start, self.s.end)
        self.out.append(ev)

    def held_at(self, cs: int, clause: str) -> None:
        """在某月召开的某某推进会上，… / (某日，)在某某视频会议上，某某强调…: the meeting the
        sentence's acts took place at, when the sentence is dated or says it was held; 在某会议上
        的讲话 is a speech referenced, not this meeting."""
        m = AT_MEETING.match(clause)
        if m is None:
            return
        np = m.group("np")
        ne = EV.event_noun_end(np)
        if not ne or ne[0] != len(np):
            return
        self.at_meeting = True
        if (not m.group("held") and not EV.has_date(self.s.text)) or any(np in e.name for e in self.out):
            return
        self.new(EV.clean_name(np), [], [], "在")     # who held it, the sentence does not say

    def signed(self, cs: int, clause: str) -> None:
        """甲(与乙)签订某某责任书 / 协议: a signing of its own (one 会上 is part of the meeting)."""
        m = SIGNING.search(clause)
        if m and not self.at_meeting and \
                not re.match(r"\s*(?:会上|会议上|会议期间|会前|会后|仪式上|活动上|现场)", self.s.text):
            orgs, persons, zone_subj = _subject(self.st, self.u, self.s, cs, cs + m.start(2) - 2)
            if orgs:
                short = self.st.orgs.orgs[orgs[0]].short
                verb = "签署" if "签署" in m.group() else "签订"
                self.new(f"{short}{verb}{m.group(2)}", orgs, [], verb, subject_text=clause[: m.start(2)])
                self.out[-1].kind = "signing"

    def dated_work(self) -> None:
        """开展…工作 in a dated sentence that introduced nothing else, with an organisation
        as the subject: the work is the event."""
        s = self.s
        first = self.first_subject() if not self.out and EV.has_date(s.text) and "开展" in s.text else None
        if first and first[0]:
            m = re.search(f"开展([{HAN}]{{4,16}}工作)", s.text)
            if m:
                z = self.u.local_zone or ""
                name = (z + m.group(1)) if z else m.group(1)
                self.new(name, first[0], [], "开展")


PLAN_TRIP = re.compile("(?<![重主需纲只])要(?![素点闻求])|将(?!军)|" + "|".join(words("events/plan_trip_words")))


# 扎实开展 / 深入开展 …活动: an ongoing campaign, not an event (unless dated)
CAMPAIGN = re.compile("(?:" + "|".join(words("events/campaign_adverbs")) + ")(?:地)?$")


# a paragraph of instructions (◆要…, 一是要…): what should be done, not what was done
INSTRUCTION = re.compile(r"\s*(?:[◆●■▲★◇○·•\-]|[一二三四五六七八九十]是|\d+[、.．])?\s*(?:要|必须|务必|需要)")


# 通过举办甲、举办乙等举措: the means of a policy, listed, not events
MEANS = re.compile("[^。；;，,]{0,40}?等(?:" + "|".join(words("events/means_nouns")) + ")")


def _instruction(st: DocumentState, s: Sentence) -> bool:
    line_start = st.doc.text.rfind("\n", 0, s.start) + 1
    return bool(INSTRUCTION.match(st.doc.text, line_start, s.end))


def _campaign(st: DocumentState, s: Sentence, verb_at: int, verb: str) -> bool:
    return verb.startswith("开展") and bool(CAMPAIGN.search(st.doc.text, s.start, verb_at)) \
        and not EV.has_date(s.text)


LED_GROUP = "|".join(words("events/led_groups"))


TRIP_VERBS = "|".join(words("events/trip_verbs"))


LED_TRIP = re.compile(
    f"(?:分别|亲自)?(?P<lead>带队|率队|带领(?P<grp>[{HAN}]{{0,16}}?(?:{LED_GROUP})))(?:一行)?"
    f"(?P<adv>(?:先后|多次|分别|再次|专程)*)"
    f"(?:(?:到|赴|深入|前往)(?P<place>[{HAN}]{{2,12}}?)|(?P<out>外出))?"
    f"(?:开展|进行|实地)?(?P<verb>{TRIP_VERBS})(?P<obj>[{HAN}“”]{{0,16}})")


def _led_trip(st: DocumentState, u: Unit, s: Sentence, cs: int, clause: str) -> EV.Event | None:
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
        ev.people[ATTENDED][n] = EV.Participation(s.start, s.end, EV.LED)
    return ev


TOUR_VERBS = "|".join(words("events/tour_verbs"))


TOUR = re.compile(
    f"(?:等|同志)?(?:一行)?(?P<lead>带队|率队)?(?:[{HAN}]{{0,12}}?(?:人员|负责人|成员|干部|一班人))?"
    f"(?:先后|专程|再次|亲自)?(?:(?:到|赴|深入|前往|来到|来)(?P<place>[^，,。；;]{{2,40}}?)(?:[，,]\\s*)?)?"
    f"(?:开展|进行|实地)?(?P<verb>{TOUR_VERBS})(?P<obj>[^，,。；;]{{0,24}})")


TOUR_OBJ_TAIL = re.compile("(?:的)?(?:" + "|".join(words("events/report_tails")) + ")$")


# a sentence that opens with another day than the event told before it (次日上午，…; 29日下午，…)
ANOTHER_DAY = re.compile(r"\s*(?:次日|翌日|第二天|同日|\d{1,2}日(?:上午|下午|晚上|晚)?[，,])")


def _dated_or_title(st: DocumentState, u: Unit, s: Sentence) -> bool:
    return s.start < u.item.title_end or s.end <= u.item.title_end or bool(EV.has_date(s.text)) \
        or s.text == re.sub(r"^【[^】]*】\s*", "", u.item.title) or bool(ANOTHER_DAY.match(s.text))


def _tour(st: DocumentState, u: Unit, s: Sentence) -> EV.Event | None:
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
        ev.people[ATTENDED][n] = EV.Participation(s.start, s.end, EV.LED if m.group("lead") or "一行" in m.group()
                                                  else EV.PRESENT)
        return ev
    return None


GROUP_TOUR = re.compile(f"组织(?P<grp>[{HAN}]{{0,12}}?(?:{'|'.join(words('events/group_tour_members'))}))"
                        f"(?P<verb>{'|'.join(words('events/group_tour_verbs'))})(?P<obj>[^，,。；;]{{0,24}})")


def _group_tour(st: DocumentState, u: Unit, s: Sentence) -> EV.Event | None:
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


SPONSOR_ROLE = "(?:" + "|".join(words("events/sponsor_roles")) + ")"


SPONSORED = re.compile(f"由((?:[^，,。；;]{{2,40}}?{SPONSOR_ROLE}[，,、]\\s*)+[^，,。；;]{{2,40}}?{SPONSOR_ROLE})(?:的)?")


def _sponsored(st: DocumentState, u: Unit, s: Sentence) -> EV.Event | None:
    """由甲主办，乙承办，丙协办的 NAME: every listed body organised it."""
    m = SPONSORED.search(s.text)
    if not m or PLAN.search(s.text[:m.start()]):
        return None
    ne = EV.event_noun_end(s.text[m.end(): m.end() + 60])
    if not ne:
        return None
    np = EV.clean_name(s.text[m.end(): m.end() + ne[0]])
    lo = s.start + m.start(1)
    orgs = sponsor_orgs(st, u, lo, s.start + m.end(1))
    if not orgs or len(np) < 2:
        return None
    return _new_event(st, u, s, np, list(dict.fromkeys(orgs)), [], "主办", False, "")


def clauses_of(s: Sentence) -> list[tuple[int, int]]:
    out = []
    pos = s.start
    for m in EV.CLAUSE_SPLIT.finditer(s.text):
        out.append((pos, s.start + m.start()))
        pos = s.start + m.end()
    out.append((pos, s.end))
    return [(a, b) for a, b in out if b > a]


def _new_event(st: DocumentState, u: Unit, s: Sentence, np: str, orgs: list[str], persons, verb: str,
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
    ev.raw_name = np
    # the parties to a signing (甲与乙签订…协议, 甲与乙举行签约仪式) are no organisers of it; the
    # host of one (某管委会举行集中签约仪式, 某局与各科室签订目标责任书) is
    parties = (ev.kind == "signing" or verb in ("签订", "签署")) and bool(PARTIES.search(subject_text))
    ev.organisers = [] if parties else list(orgs)
    for o in ev.organisers:
        ev.org_evidence[o] = (s.start, s.end)
    ev.zone_subject = zone_subj
    # 甲率乙、丙到某地召开…: 甲 leads; the people after 率 / 带领 came with 甲
    lead = LEADS.search(st.doc.text, persons[0][1], persons[-1][0]) if persons else None
    for a, b, n in persons:
        if lead and a >= lead.end():
            ev.people[ATTENDED][n] = EV.Participation(s.start, s.end, EV.PRESENT)
            continue
        tail = st.doc.text[b: s.end]
        if verb == "主持召开":
            ev.people[CHAIRED][n] = EV.Participation(s.start, s.end)
        elif verb in ("召开", "召开了") and not orgs:
            # a person who convenes it chairs it, unless the text names its chair (主持)
            ev.people[CHAIRED][n] = EV.Participation(s.start, s.end, EV.CONVENED)
        if "带队" in subject_text or "带队" in tail[:6] or verb == "带队" or lead:
            ev.people[ATTENDED][n] = EV.Participation(s.start, s.end, EV.LED)
    return ev


LEADS = re.compile("率领|带领|率队|率")
# 甲与乙: two parties (not 甲与各科室 / 与全体干部, a body's own staff)
PARTIES = re.compile("[与和同](?!各|全体|相关|有关|本|所属).{2,}")
