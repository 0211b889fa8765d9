"""Part of the projects step: which organisations oversee a project, and which own it.

  an event about the project organised by a department          the department oversees it
  在甲指导下 / 甲要加强对…的监管 / 甲要牵头做好…                 甲 oversees it
  由甲(牵头)负责(推进) / 甲负责…的推进和监管 / 甲要为…提供服务     甲 is assigned it: oversees it
  由甲具体实施 / 建设 / 承建 / 投资; a company named in the name  甲 owns it

Bodies that only 配合 / 会同, companies, legislatures, CPPCC, media and banks oversee nothing.
"""
from __future__ import annotations

import re

from loaders.extract.grammar.names import title_at_end, titles
from loaders.extract.grammar.projects import Project
from loaders.extract.lexicon import words
from loaders.extract.state import DocumentState, Unit
from loaders.extract.text import HAN, Sentence

NOT_OVERSEER_KINDS = ("company", "cppcc", "legislature", "media", "bank")


OVERSIGHT_VERBS = re.compile("|".join(words("oversight/oversight_verbs")))


INSTRUCTED = re.compile(f"(?:^|(?<=[，,；;：:。]))\\s*(?:特别是|同时|另外)?([{HAN}（）()]{{2,30}}?)(?:也)?(?:要|将|需要|需|应)")


def _can_oversee(st: DocumentState, org: str) -> bool:
    o = st.orgs.orgs.get(org)
    return o is not None and o.kind not in NOT_OVERSEER_KINDS


GOVERNING_ENDINGS = words("oversight/governing_endings")


def _governing_body(st: DocumentState, org: str) -> bool:
    """A zone's governing body (its party committee, 人民政府, 办事处, 管委会, 党工委), not a
    department of it."""
    o = st.orgs.orgs.get(org)
    if o is None:
        return False
    return o.kind == "party_committee" or org.endswith(GOVERNING_ENDINGS)


def instructed(st: DocumentState, u: Unit) -> None:
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
            if found and _can_oversee(st, found[-1].name) and not title_at_end(text[a:b]):
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


def assigned(st: DocumentState, u: Unit) -> None:
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


PROJECT_TAILS = words("projects/tails")


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


def at_mention(st: DocumentState, u: Unit, s: Sentence, prj: Project, ps: int, pe: int, item_events) -> None:
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
        elif ev.kind == "meeting" and ev.organisers and st.orgs.orgs.get(ev.organisers[0]) and \
                st.orgs.orgs[ev.organisers[0]].kind == "department" and not ev.from_title:
            # a department's meeting in an item about projects is about them (not its 招商活动)
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
            if x.end <= span_hi and not title_at_end(text[x.end:x.end + 5][:3]) \
                    and not any(text.startswith(t, x.end) for t in titles()):
                prj.overseers.setdefault(x.name, src)
    # the company whose name starts the project name, or introduced just before it
    for org in list(st.orgs.orgs.values()):
        if org.kind == "company" and len(org.short) >= 2 and prj.name.startswith(org.short):
            prj.owners.setdefault(org.name, src)


# 为服务 / 为推进 甲、乙等重点项目，…举办…: the purpose of the sentence's event is those projects
SERVING = re.compile(r"(?:^|(?<=[\s，,]))为(?:了)?(?:" + "|".join(words("oversight/serving_verbs")) + ")")


def served(st: DocumentState, u: Unit, s: Sentence, item_events) -> None:
    """为服务甲、乙等重点项目，某县政府和某管委会联合举办…: the bodies that hold an event for
    the projects serve them, and so oversee them (governing bodies too)."""
    m = SERVING.search(s.text)
    if not m or m.start() > 40:
        return
    comma = s.text.find("，", m.end())
    lo, hi = s.start + m.start(), s.start + (comma if comma >= 0 else len(s.text))
    projects = [p for p in st.projects.values() if any(lo <= a < hi for a, _ in p.mentions)]
    for ev in item_events:
        if ev.start == s.start:
            for o in ev.organisers:
                if _can_oversee(st, o):
                    for p in projects:
                        p.overseers.setdefault(o, (s.start, s.end))
