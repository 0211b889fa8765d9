"""Events: meetings, inspections, visits, trainings, ceremonies, signings, competitions and
activities, read from the verb patterns of the genre:

  SUBJECT (组织)?召开/举行/举办/开展/启动 NAME      (an organisation subject organised it;
                                                   a person subject convened = chaired it)
  由 ORG、ORG 主办/承办/牵头 (的) NAME
  NAME 在 PLACE (成功)?举办/举行/召开
  SUBJECT 带队 (到|赴) PLACE 督导/调研/检查 ...
  NAME ends with an event noun (会议, 推进会, 培训会, 调研, 慰问活动, 仪式, 签约, 大赛...)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.dates import CN_MD, number
from loaders.extract.lexicon import chars, lexicon, words
from loaders.extract.text import HAN
from loaders.schema import EVENT_ROLES

CLAUSE_SPLIT = re.compile(r"[,，;；:：]")
CONVENE = lexicon().verbs["convene"]
GENERIC_NAMES = frozenset(words("events/generic_names"))
RELATIVE_DAYS = words("events/relative_days")

MD = re.compile(r"(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|—|-|~)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?")
DAY_ONLY = re.compile(r"(?<![月\d])(\d{1,2})\s*日(?=上午|下午|晚|[,，])")


def has_date(text: str) -> bool:
    """A day-level date in digits (5月17日) or Chinese numerals (五月十七日)."""
    return bool(MD.search(text) or CN_MD.search(text))


@dataclass
class DateMention:
    start: int
    end: int
    year: int | None
    month: int
    day: int
    text: str


def find_dates(text: str, start: int, end: int, last_month: int | None = None) -> list[DateMention]:
    out = []
    for m in MD.finditer(text, start, end):
        out.append(DateMention(m.start(), m.end(), int(m.group(1)) if m.group(1) else None,
                               int(m.group(2)), int(m.group(3)), m.group()))
    taken = [(d.start, d.end) for d in out]
    for m in CN_MD.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in taken):
            out.append(DateMention(m.start(), m.end(), number(m.group(1)) if m.group(1) else None,
                                   number(m.group(2)), number(m.group(3)), m.group()))
    taken = [(d.start, d.end) for d in out]
    for m in DAY_ONLY.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = [d for d in out if d.end <= m.start()]
        month = before[-1].month if before else last_month
        if month:
            out.append(DateMention(m.start(), m.end(), None, month, int(m.group(1)), m.group()))
    return sorted(out, key=lambda d: d.start)


def iso(d: DateMention, year: int | None) -> str:
    y = d.year or year
    return f"{y:04d}-{d.month:02d}-{d.day:02d}" if y else f"--{d.month:02d}-{d.day:02d}"


# how a person attended (the qualifier of ATTENDED; the attend class of verbs.txt gives the rest)
LED, PRESENT, ESCORTED = "带队", "参加", "陪同"
# how a chair was read when only convening says so (never written: CHAIRED has no qualifier)
CONVENED = "召开"


@dataclass
class Participation:
    """A person's part in an event: the sentence that says so and, for a role with a
    qualifier (ATTENDED), how (出席, 带队, 陪同…)."""
    start: int
    end: int
    how: str = ""


def _no_people() -> dict[str, dict[str, Participation]]:
    return {role.relation: {} for role in EVENT_ROLES}


@dataclass
class Event:
    name: str
    kind: str
    start: int                 # span of the sentence that introduces it
    end: int
    item: int                  # index of the news item
    from_title: bool = False
    date: str | None = None
    date_text: str | None = None
    organisers: list[str] = field(default_factory=list)          # full org names
    people: dict[str, dict[str, Participation]] = field(default_factory=_no_people)  # relation -> name ->
    zone: str | None = None
    projects: set[str] = field(default_factory=set)
    evidence: tuple[int, int] = (0, 0)
    org_evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    raw_name: str = ""          # the event phrase as written, before a subject's name was put in front
    zone_subject: bool = False   # convened by the zone itself (开发区召开…)

    def took_part(self, relation: str, name: str, start: int, end: int, how: str = "") -> None:
        """Records the first sentence that says `name` took part in the event this way."""
        self.people[relation].setdefault(name, Participation(start, end, how))

    def has_people(self) -> bool:
        return any(self.people.values())

    def merge_people(self, other: "Event") -> None:
        """The people of the same event told again: a later sentence replaces the evidence of a
        role without a qualifier; an attendance is replaced only by leading (带队)."""
        for relation, people in other.people.items():
            mine = self.people[relation]
            for name, p in people.items():
                if name not in mine or not p.how or (p.how == LED and mine[name].how != LED):
                    mine[name] = p


FOLLOWERS = words("events/name_followers")
VENUE_WORDS = frozenset(words("events/venue_words"))
NOT_EVENT_AFTER = chars("events/not_event_after")


def event_noun_end(s: str) -> tuple[int, str] | None:
    """(end, noun) of the event noun that heads the phrase at the start of `s`: the last
    one followed by a boundary (会议上, 会议。) or by a verb (会议圆满结束); 会议精神 / 活动室 /
    活动86场 are not events."""
    lex = lexicon()
    best = None
    fallback = None
    for noun in lex.event_noun_list:
        i = s.rfind(noun)
        while i >= 0:
            e = i + len(noun)
            nxt = s[e:e + 1]
            good = not nxt or not re.match(f"[{HAN}\\d]", nxt) or nxt in "上中后前时并和暨的" \
                or s[e:e + 2] in FOLLOWERS or nxt in "在于"
            if nxt and (nxt in NOT_EVENT_AFTER or nxt.isdigit()) or s[e:e + 2] in VENUE_WORDS:
                good = False      # 会议精神, 活动室, 活动86场; 会议中心 is a venue
            elif not good and (fallback is None or e < fallback[0]) and e <= 24:
                fallback = (e, noun)
            if good:
                if best is None or e > best[0] or (e == best[0] and len(noun) > len(best[1])):
                    best = (e, noun)
                break
            i = s.rfind(noun, 0, i)
    return best or fallback


def clean_name(np: str) -> str:
    np = np.strip(" ")
    if np.count("“") != np.count("”"):
        np = np.strip("“”")
    if "的" in np:
        tail = np[np.rfind("的") + 1:]
        if len(tail) >= 4:
            np = tail
    np = re.sub(r"^(了|一次|一场|全区|全市|本次|此次)", "", np)
    return np.strip()


def kind_of(name: str) -> str:
    lex = lexicon()
    for noun in lex.event_noun_list:
        if name.endswith(noun):
            return lex.event_nouns[noun]
    for noun in lex.event_noun_list:
        if noun in name:
            return lex.event_nouns[noun]
    return "activity"


def convene_in(clause: str) -> list[tuple[int, int, str, str]]:
    """(verb start, verb end, verb, event phrase) for every convene verb followed by an
    event phrase inside the clause."""
    out = []
    pos = 0
    while pos < len(clause):
        hit = None
        for v in CONVENE:
            i = clause.find(v, pos)
            if i >= 0 and (hit is None or i < hit[0] or (i == hit[0] and len(v) > len(hit[2]))):
                hit = (i, i + len(v), v)
        if hit is None:
            break
        i, j, v = hit
        rest = clause[j:]
        if re.search("累计|先后|多次|将|拟|计划|定于|下一步|每", clause[:i]):
            pos = j
            continue    # a summary (累计开展…活动86场) or a plan (将组织开展…), not an event
        if rest.startswith("的") or clause[j - 1:j] == "的":
            pos = j
            continue    # 上次召开的会议 / 年初召开的一次会议: a description of another meeting
        ne = event_noun_end(rest[:48])
        if ne and rest[ne[0]:ne[0] + 1] == "的" and not rest[ne[0] + 1:ne[0] + 2] in ("上", ""):
            pos = j + ne[0]
            continue    # 开展某某活动的重大部署: the activity names what is meant, no event
        if ne:
            np = clean_name(rest[: ne[0]])
            if len(np) >= 2:
                out.append((i, j, v, np))
                pos = j + ne[0]
                continue
        pos = j
    return out


def norm_name(n: str) -> str:
    """An event name without years, session numbers, quotes, brackets and spaces: for comparing names."""
    n = re.sub(r"\d{4}年(度)?|第\d+次|[“”\"‘’《》()（）、\s]", "", n)
    return n


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two names."""
    x = {a[i:i + 2] for i in range(len(a) - 1)}
    y = {b[i:i + 2] for i in range(len(b) - 1)}
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0
