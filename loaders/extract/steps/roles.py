"""Step: who chaired, attended and spoke at the events of each news item.

Reads  doc.text, units, events, persons, name_mentions
Adds   to each event: its chair, attendees (with how: 出席 / 带队 / 陪同…) and speakers, read
       sentence by sentence (a sentence speaks of the last event introduced before or in it):
       a name followed by a verb of a role's class. Quoted or studied words (学习某某讲话精神),
       speeches given elsewhere, visited hosts and book titles name no one present.
Then   drops the events that say nothing: no date, no person, no organiser, not convened by
       the zone itself.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from loaders.extract.grammar import events as EV
from loaders.extract.grammar.names import ALIAS_TITLES, title_at_end
from loaders.extract.lexicon import lexicon, words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.steps.event_sentences import clauses_of
from loaders.extract.text import HAN, Sentence
from loaders.schema import ATTENDED, CHAIRED, EVENT_ROLES, SPOKE_AT, EventRole

SUBJECT_LEADS = words("roles/subject_leads")
NOT_PRESENT = words("roles/quoted_words")


def read(st: DocumentState) -> None:
    for u in st.units:
        if not u.contents_entry:
            _item_roles(st, u, [e for e in st.events if e.item == u.index])
    for ev in st.events:
        chairs = ev.people[CHAIRED]
        if any(p.how != EV.CONVENED for p in chairs.values()):
            # the chair the text names (罗某主持座谈会) is the chair, not who convened it
            for n in [n for n, p in chairs.items() if p.how == EV.CONVENED]:
                del chairs[n]
    # keep events that say something: a date, a person, an organiser, or convened by the zone
    st.events = [e for e in st.events if e.date or e.has_people() or e.organisers or e.zone_subject]


def _item_roles(st: DocumentState, u: Unit, evs: list[EV.Event]) -> None:
    """Chair / attendees / speakers of the events of one news item, sentence by sentence:
    a sentence speaks of the last event introduced before (or in) it."""
    if not evs:
        evs = _refocus(st, u)
        if not evs:
            return
    _ItemRoles(st, u, evs).read()


class _ItemRoles:
    def __init__(self, st: DocumentState, u: Unit, evs: list[EV.Event]) -> None:
        self.st, self.u, self.text = st, u, st.doc.text
        self.intro = sorted(evs, key=lambda e: e.start if not e.from_title else u.item.start)
        self.last_subject: str | None = None     # the subject of the item's last sentence that had one
        self.visited: set[str] = set()           # people visited / 慰问 in this item: hosts, not participants
        self.mention_starts = [a for a, _, _ in st.name_mentions]    # name_mentions is sorted

    def read(self) -> None:
        text = self.text
        for s in self.u.item.sentences:
            current = self.current_event(s)
            subjects: list[str] = []          # the sentence's subjects so far
            listed: list[str] = []           # names of verbless list clauses (甲、乙等县领导，)
            for cs, ce in _role_clauses(self.st, s):
                clause = text[cs:ce]
                people = self.clause_people(cs, ce, clause, subjects)
                if any(w in clause for w in NOT_PRESENT):
                    subjects = []         # 作出重要批示，要求…: words given elsewhere, not at the event
                listed = self.share_attendance(current, s, clause, people, listed)
                if not people:
                    continue
                after_meeting = clause.lstrip().startswith("会后") or \
                    bool(re.search(r"会后\s*[，,]?\s*$", text[s.start:cs]))
                # 陪同调研的有甲、乙: every listed person accompanied
                escort = bool(re.match(f"\\s*陪同[{HAN}]{{0,4}}的(?:有|还有|是)", clause))
                continued = all(a == b == cs for a, b, _ in people)
                after = [clause] * len(people) if continued else self.texts_after(people, ce)
                found = [n for (a, b, n), z in zip(people, after)
                         if self.person(current, s, cs, a, b, n, z, escort, after_meeting)]
                if found and not continued:
                    subjects = found
                    self.last_subject = found[-1]

    def share_attendance(self, current: EV.Event, s: Sentence, clause: str, people, listed: list[str]) -> list[str]:
        """甲、乙等县领导，县直有关单位主要负责人，以及丙等企业代表出席会议: the names of a list
        broken by unnamed groups share the attendance verb that closes it. Gives the names
        still waiting for a verb."""
        if not people and not listed:
            return []
        verb = _verb_of("attend", clause)
        if verb and listed:
            for n in listed:
                current.took_part(ATTENDED, n, s.start, s.end, _how(ATTENDANCE, verb))
            return []
        if people and not any(_verb_of(r.verb_class, clause) for r in EVENT_ROLES) and LIST_ONLY.search(clause):
            return listed + [n for _, _, n in people]
        return [] if verb else listed

    def current_event(self, s: Sentence) -> EV.Event:
        current = None
        for e in self.intro:
            start = e.start if not e.from_title else self.u.item.start
            if start <= s.start or (e.start >= s.start and e.start < s.end):
                current = e
        return current if current is not None else self.intro[0]

    def clause_people(self, cs: int, ce: int, clause: str, subjects: list[str]) -> list[tuple[int, int, str]]:
        """The people a clause speaks of: the names in it (他 / 她: the last subject; 并… or a
        clause that opens with a verb: the sentence's subjects), less those quoted, studied or
        inside a book title; none in a clause of repeated acts (多次)."""
        text = self.text
        mentions = self.st.name_mentions
        lo, hi = bisect_left(self.mention_starts, cs), bisect_left(self.mention_starts, ce)
        people = [(a, b, n) for a, b, n in mentions[lo:hi] if b <= ce]
        if re.match(r"^\s*(他|她)", clause) and self.last_subject:
            people = [(cs, cs + 1, self.last_subject)]
        if not people and subjects and (re.match(r"\s*(?:并|还|也|同时|又)", clause)
                                        or any(clause.lstrip().startswith(v) for v in _role_verbs())):
            # 某某主持会议，并对…提出要求 / 甲、乙在…后，表示…: the clause goes on with the
            # sentence's subjects
            people = [(cs, cs, n) for n in subjects]
        if not people:
            return []
        if any(w in clause for w in NOT_PRESENT):
            # 学习某某重要讲话精神: the people named after the studying verb are quoted,
            # not present; the subject before it (某某传达了…精神) is
            mv = re.search("学习|传达|贯彻|领会|围绕", clause)
            if mv:
                people = [x for x in people if x[0] < cs + mv.start()]
                if not people:
                    return []
        if re.search("多次|先后多次", clause):
            return []
        # a name inside a book title (《学习某某思想》) is no one present
        return [x for x in people if not _in_book_title(text, cs, x[0])]

    def texts_after(self, people: list[tuple[int, int, str]], ce: int) -> list[str]:
        """The text after each name up to the next one; a list (甲、乙等出席; 职务甲，职务乙，
        职务丙出席) shares the verbs of its last member."""
        after = []
        for i, (a, b, n) in enumerate(people):
            nxt = people[i + 1][0] if i + 1 < len(people) else ce
            after.append(self.text[b:nxt])
        for i in range(len(after) - 2, -1, -1):
            if _list_gap(after[i]):
                after[i] = after[i + 1]
        return after

    def person(self, current: EV.Event, s: Sentence, cs: int, a: int, b: int, n: str, z: str,
               escort: bool, after_meeting: bool) -> bool:
        """Records how the person at text[a:b] took part, from the text `z` after the name;
        says whether the person is the clause's subject."""
        st, text = self.st, self.text
        if any(w in z[:12] for w in NOT_PRESENT) and not RELAYS.match(z):
            return False
        if _elsewhere(current, z):
            return False
        if escort:
            current.took_part(ATTENDED, n, s.start, s.end, EV.ESCORTED)
            return False
        src = (s.start, s.end)
        if (current.kind == "competition" or re.search("赛|颁奖|评选", current.name)) and \
                re.search("(?:获得|荣获|摘得|获)[^，,。；;]{0,12}(?:奖|名)", z):
            current.took_part(ATTENDED, n, *src, EV.PRESENT)    # a prize-winner took part
            return False
        if n in self.visited or _visited_at(st, cs, a, b):
            if not st.persons[n].positions:
                self.visited.add(n)     # a host without a post stays a host in this item
            if current.kind in ("visit", "inspection") and text.startswith(("家中", "家里", "的家中"), b) \
                    and not re.search("现役(?:军人|官兵)$", text[cs:a]):
                # visited at home: present at the visit (not 看望某某的父母, and not a
                # soldier on active duty, whose family is visited)
                current.took_part(ATTENDED, n, *src, EV.PRESENT)
            return False
        for role in EVENT_ROLES:
            verb = _verb_of(role.verb_class, z)
            if verb is None:
                continue
            if after_meeting and role.relation == SPOKE_AT:
                # what was said after the meeting was not said at it: present, not speaking
                current.took_part(ATTENDED, n, *src, EV.PRESENT)
            else:
                current.took_part(role.relation, n, *src, _how(role, verb))
        return a == cs or text[cs:a].strip(" ") in SUBJECT_LEADS or \
            bool(re.search(r"(书记|主任|长|委员|主席|经理|领导)$", text[cs:a])) or bool(title_at_end(text[cs:a]))


# the words of a leader given elsewhere, quoted or studied: 某某(总书记)的重要讲话, 某某在全省…
# 会议上的讲话, 某某在某地工作期间亲自谋划…
QUOTED_WORDS = re.compile(r"^\s*(?:同志|总书记|主席|总理|委员长)?(?:在[^，,。；;]{2,40}?(?:上|中|时|期间))?"
                          r"(?:所作)?的(?:重要)?(?:讲话|致辞|批示|指示|重要指示|讲话精神|署名文章)")


PAST_POST = re.compile(r"^[^，,。；;在]{0,5}在[^，,。；;]{1,20}?(?:工作|任职|主政|任职期间)期间")


OTHER_EVENT = re.compile(r"^[^，,。；;在]{0,5}在([^，,。；;]{2,40}?)(?:上|中)")


SCOPE_LEAD = re.compile("^(?:" + "|".join(words("roles/scope_leads")) + ")")


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
    core = SCOPE_LEAD.sub("", EV.norm_name(phrase[: ne[0]]))
    name = EV.norm_name(current.name)
    raw = EV.norm_name(current.raw_name)
    if core in name or core in raw or name in core or EV.dice(core, name) >= 0.5 or EV.dice(core, raw) >= 0.5:
        return False
    return True


def _in_book_title(text: str, lo: int, pos: int) -> bool:
    before = text[lo:pos]
    return before.rfind("《") > before.rfind("》")


# the person relays or explains a text (某某传达了…精神): present, not quoted
RELAYS = re.compile(r"\s*(?:" + "|".join(words("roles/relay_verbs")) + ")")


def _at_home(z: str, verb: str, i: int) -> bool:
    """某某家中…: the person is visited at home, not attending."""
    return z.startswith("家")


def _names_a_meeting(z: str, verb: str, i: int) -> bool:
    """推介会 / 汇报会 / 点评会 name a meeting, not a speech."""
    return z.startswith("会", i + len(verb))


# when a verb of a class, written after a name, is no act of that person
NOT_AN_ACT = {"attend": _at_home, "speak": _names_a_meeting}


def _verb_of(verb_class: str, z: str) -> str | None:
    """The verb of the class (longest first) the text after a name says the person did."""
    exception = NOT_AN_ACT.get(verb_class)
    for v in lexicon().verbs.get(verb_class, ()):
        i = z.find(v)
        while i >= 0:
            if exception is None or not exception(z, v, i):
                return v
            i = z.find(v, i + 1)
    return None


def _how(role: EventRole, verb: str) -> str:
    """The qualifier of a role read from `verb` (参会 -> 参加, 率队 -> 带队), or "" for a role
    without one."""
    if not role.qualifier:
        return ""
    return lexicon().verb_qualifiers.get(role.verb_class, {}).get(verb, verb)


ROLE_VERBS = None


def _role_verbs() -> tuple[str, ...]:
    global ROLE_VERBS
    if ROLE_VERBS is None:
        lex = lexicon()
        ROLE_VERBS = tuple(v for r in EVENT_ROLES for v in lex.verbs.get(r.verb_class, ()))
    return ROLE_VERBS


LIST_GAP = re.compile(f"\\s*[、，,和及与]\\s*[{HAN}、]{{0,30}}")


# a clause that only lists people, possibly closed by their group (甲、乙等县领导 / 以及丙等企业代表)
LIST_ONLY = re.compile(f"(?:等[{HAN}]{{0,10}}|[{HAN}])\\s*$")
ATTENDANCE = next(r for r in EVENT_ROLES if r.relation == ATTENDED)
POST_FIRST = re.compile(f"(?:副)?(?:{'|'.join(ALIAS_TITLES)})(?=[、和及与，,])")


def _list_gap(z: str) -> bool:
    """The text between two listed names is a separator plus the next one's titles
    (、县政协主席 / ，党工委委员、管委会副主任), or the first one's post written after the name
    and a separator (某某局长、某某书记出席): the first shares the verbs of the next."""
    post = POST_FIRST.match(z)
    if post:
        z = z[post.end():]
    if re.fullmatch(r"\s*[、和及与]\s*", z):
        return True
    return bool(LIST_GAP.fullmatch(z)) and not any(v in z for v in _role_verbs()) \
        and not re.search("要求|强调|指出|表示|介绍|汇报|一行|来到|深入|随后|同时", z)


def _role_clauses(st: DocumentState, s: Sentence) -> list[tuple[int, int]]:
    """The clauses of a sentence for reading roles; a clause that ends with a name
    (党工委委员、管委会副主任某某，…) is joined to the next one: a list of people split by
    commas shares one verb."""
    out: list[tuple[int, int]] = []
    ends = {b for _, b, _ in st.name_mentions if s.start <= b <= s.end}
    pending = None
    for cs, ce in clauses_of(s):
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


VISIT_VERB = re.compile("(?:" + "|".join(words("roles/visit_verbs")) + ")(?:了)?[^，,。；;】\\]）)\\s]{0,10}$")


def _visited_at(st: DocumentState, cs: int, a: int, b: int) -> bool:
    """The person at text[a:b] is the one visited: 在某某家中, 看望慰问某某, 参战老兵某某
    (a social role, not a post)."""
    text = st.doc.text
    if text.startswith(("家中", "家里", "家", "的家"), b):
        return True
    before = text[cs:a]
    if VISIT_VERB.search(before):
        return True
    return any(before.endswith(r) for r in lexicon().social_roles)


def _refocus(st: DocumentState, u: Unit) -> list[EV.Event]:
    """A news item that introduces no event but names one already read (观摩活动): its
    sentences speak of that event."""
    text = st.doc.text[u.item.start:u.item.end]
    for ev in reversed([e for e in st.events if e.item < u.index]):
        nouns = [n for n in lexicon().event_noun_list if n in ev.name and len(n) >= 2]
        if any(n in text for n in nouns[:2]):
            return [ev]
    return []
