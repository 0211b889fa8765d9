"""Titles and the names they introduce: 党工委副书记、管委会主任宋黎静 -> 宋黎静 holds 党工委副书记
at 某某党工委 and 管委会主任 at 某某管委会. A title chain is read backwards from the name over
、-separated items; each item's organisation part is resolved by the registry (orgs.py), a
bare title takes the body of the item before it, of its level (镇长 -> the town's government)
or of the bulletin's issuer. Also: leader lists (区领导甲、乙), social roles (参战老兵某某),
appointments (任命甲为…), names before a title (某某总书记)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.grammar.names import (
    ALIAS_TITLES,
    BOUNDARY_CHARS,
    BOUNDARY_WORDS,
    Position,
    DOTTED_NAME,
    dotted_name_at,
    dotted_name_before,
    ends_of,
    name_at,
    title_at_end,
    titles,
    valid_name,
)
from loaders.extract.grammar.org_grammar import PROJECT_ROLES, name_run_start
from loaders.extract.grammar.org_names import INSTITUTION_REFS, PARTY_UNITS
from loaders.extract.grammar.orgs import BUILDER_BEFORE
from loaders.extract.lexicon import lexicon, pairs, table, words
from loaders.extract.text import HAN

# titles whose organisation, when not written, is the government of the level the title
# names (镇长 -> the town government of the town written nearest before it)
DEFAULT_TITLE_ORG = pairs("persons/title_default_bodies")
# titles of a body that is placed there only when the text writes the body (总书记: 党中央)
WRITTEN_BODY_TITLES = table("persons/title_written_bodies")
COMPANY_TITLES = words("persons/company_titles")
TITLE_JOINERS = words("persons/title_joiners")
UNIT_ENDINGS = tuple(words("persons/unit_endings"))
FORMER_MARKS = words("persons/former_marks")


@dataclass
class TitledName:
    name: str
    start: int                 # name span in the document
    end: int
    positions: list[Position]


def titled_names(text: str, start: int, end: int, orgs, local_zone: str | None = None,
                 known: set[str] | None = None) -> list[TitledName]:
    """Every `title-chain + name` in text[start:end]: 党工委副书记、管委会主任宋黎静 ->
    (宋黎静, [党工委副书记 @ …党工委, 管委会主任 @ …管委会])."""
    out: list[TitledName] = []
    seen: set[int] = set()
    seg = text[start:end]
    for t in titles():
        for te in ends_of(seg, t, start):
            # 县长和某某: after one title, 和 is more often the family name than a joiner
            if te in seen or (text[te:te + 1] != "和" and _joined(text, te)):
                continue
            if text[te:te + 1] == "和" and not _he_name(text, te):
                continue      # 主任和副主任: a list of titles; 副主任和某某: a person named 和
            ts = te - len(t) - (text[te - len(t) - 1:te - len(t)] == "副")
            if dotted_name_before(text, ts):
                continue      # 艾力·买买提局长来村里: the title is the name's before it
            name = dotted_name_at(text, te) or name_at(text, te, known)
            if not name:
                continue
            # a longer title ending at the same place wins (副书记 over 书记)
            seen.add(te)
            positions = _chain(text, start, te, orgs, local_zone)
            if positions:
                out.append(TitledName(name, te, te + len(name), positions))
                # 副主任甲、乙、丙出席: the names listed after the first share its titles
                p = te + len(name)
                while p < end and text[p] == "、":
                    nxt = name_at(text, p + 1, known)
                    if not nxt or any(text.startswith(t, p + 1) for t in titles()):
                        break
                    after = text[p + 1 + len(nxt): p + 2 + len(nxt)]
                    if after and re.match(f"[{HAN}]", after) and after not in BOUNDARY_CHARS \
                            and text[p + 1 + len(nxt): p + 3 + len(nxt)] not in BOUNDARY_WORDS:
                        break
                    out.append(TitledName(nxt, p + 1, p + 1 + len(nxt),
                                          [Position(q.title, q.org, p + 1, p + 1 + len(nxt)) for q in positions]))
                    p += 1 + len(nxt)
    out.sort(key=lambda x: x.start)
    _listed_colleagues(text, out, orgs)
    return out


def _listed_colleagues(text: str, out: list[TitledName], orgs) -> None:
    """某院院长甲、副院长乙、医务科副科长丙: a post listed right after a colleague's name,
    without a body of its own, is in the colleague's body (乙 副院长 @ 某院); a bare internal
    unit (医务科) is inside the first colleague's body (丙 副科长 @ 某院医务科)."""
    by_end = {tn.end: tn for tn in out}
    root: dict[int, str] = {}       # TitledName start -> the body its list began with
    for tn in out:
        first = tn.positions[0]
        prev = by_end.get(first.start - 1) if text[first.start - 1:first.start] == "、" else None
        prev_org = prev.positions[-1].org if prev else None
        if not prev_org:
            continue
        top = root.get(prev.start, prev_org)
        root[tn.start] = top
        item = text[first.start:first.end]
        unit = item[: len(item) - len(title_at_end(item) or "")]
        if unit and len(unit) <= 4 and unit.endswith(UNIT_ENDINGS) and not _has_place(unit, orgs):
            first.org = orgs.add(top + unit, (first.start, first.start + len(unit)), None)
        elif first.org is None and not unit:      # words of its own, unread: no guess
            first.org = _inherit(prev_org, orgs, (first.start, first.end))


def _he_name(text: str, p: int) -> bool:
    """text[p] is 和 starting a three-character name (副主任和某某参加), not the conjunction of a
    list of titles or bodies (主任和副主任, 书记和镇长)."""
    name = name_at(text, p)
    if not name or len(name) != 3 or any(text.startswith(t, p + 1) for t in titles()):
        return False
    return _ends_name(text, p + 3)


def _ends_name(text: str, p: int) -> bool:
    nxt = text[p:p + 1]
    return not nxt or nxt in BOUNDARY_CHARS or text[p:p + 2] in BOUNDARY_WORDS or not re.match(f"[{HAN}]", nxt)


# titles that carry their body inside them: 党组成员 is a member of the 党组 written before
# it (市某局党组成员) or of the issuing body's 党组; 镇人大主席 heads the 镇人大
# 某村第一书记: the village's party branch, to which a 第一书记 is sent
EMBEDDED_BODY = pairs("persons/titles_with_body")


# a verb before a title chain is not part of its organisation (邀请某大学教授某某)
CHAIN_LEAD = re.compile(".*(?:" + "|".join(words("persons/chain_lead_verbs") + PROJECT_ROLES) + ")")


# a department bulletin's bare titles (主任, 党组书记) are posts of the issuing body
ISSUER_TITLES = words("persons/issuer_titles")


def _cut_after_name(text: str, s: int, e: int) -> int:
    """An item read back over 和 / 与 / 及 after a titled name (县长某某和县委常委、…) starts
    after the conjunction."""
    for i in range(e - 1, s, -1):
        if text[i] in "和与及":
            for k in (3, 2, 4):
                n = text[i - k:i]
                if i - k >= s and valid_name(n) and title_at_end(text[s:i - k]):
                    return i + 1
    return s


def _chain(text: str, lo: int, te: int, orgs, local_zone: str | None) -> list[Position]:
    """Titles of the chain ending at `te`, read backwards over 、-separated items; a title
    without an organisation of its own takes the one of the item before it."""
    positions: list[Position] = []
    prev_org: str | None = None
    for s, e in _chain_items(text, lo, te):
        pos = _item_position(text, s, e, orgs, local_zone, prev_org)
        positions.append(pos)
        if pos.org:
            prev_org = pos.org
    return positions


def _chain_items(text: str, lo: int, te: int) -> list[tuple[int, int]]:
    """The spans of the 、- or 兼-separated items of a title chain ending at `te`, in order; an
    item starts after a name, a conjunction or a verb that introduces the chain (邀请…)."""
    items: list[tuple[int, int]] = []
    e = te
    while True:
        s = name_run_start(text, lo, e)
        if title_at_end(text[s:e]) is None:
            break
        both = text.rfind("兼", s, e)
        if both > s and title_at_end(text[s:both]) and title_at_end(text[both + 1:e]):
            # 某集团公司董事长兼某公司总经理: two posts, one item each
            items.append((both + 1, e))
            e = both
            continue
        cut = _cut_after_name(text, s, e)
        m = CHAIN_LEAD.match(text, s, e)
        if m and title_at_end(text[m.end():e]):
            cut = max(cut, m.end())
        if cut > s:
            items.append((cut, e))
            break
        items.append((s, e))
        if s - 1 >= lo and text[s - 1] in "、" and s - 1 > lo:
            e = s - 1
            continue
        break
    items.reverse()
    return items


def _item_position(text: str, s: int, e: int, orgs, local_zone: str | None, prev_org: str | None) -> Position:
    """The post one chain item names: its base title, and the organisation its words before
    the title name, the title carries (镇人大主席), or the context gives."""
    item = text[s:e]
    base = title_at_end(item)
    mark = next((w for w in FORMER_MARKS if item.startswith(w) and len(item) > len(w) + len(base)), None)
    if mark and not _place_starts(item, mark, orgs):
        s, item = s + len(mark), item[len(mark):]       # 原某某大学校长: a former post
    org_part = item[: len(item) - len(base)]
    org_raw = org_suffix(org_part, orgs) if org_part else None
    embedded = None
    # 第一书记 carries its branch only after a village (县委第一书记 is the committee's)
    embeds = base in EMBEDDED_BODY and (base != "第一书记" or bool(re.search("(?:村|社区)$", org_part)))
    if embeds and base == "第一书记":
        # 县农业农村局派驻岩脚村第一书记: the branch of the village, not of the sending body
        village = next((z for z in sorted(orgs.zones.subzones, key=len, reverse=True) if org_part.endswith(z)), None)
        if village:
            org_part = village
    if embeds and not org_raw and org_part:
        # 镇人大主席: the body the title carries, with the place written before it
        embedded = org_suffix(org_part + EMBEDDED_BODY[base], orgs)
    if not org_raw and org_part and not embedded:
        # 村党支部书记: the longest title (支部书记) leaves no organisation; a shorter one
        # (书记 after 村党支部) may
        for t in titles():
            if len(t) < len(base) and item.endswith(t):
                o = org_suffix(item[: len(item) - len(t)], orgs)
                if o:
                    base, org_part, org_raw = t, item[: len(item) - len(t)], o
                    break
    if embeds:
        body = EMBEDDED_BODY[base]
        raw = (org_raw or "") + body if not (org_raw or "").endswith(body) else org_raw
        o = embedded or (org_suffix(raw, orgs) if org_raw or org_part == "" or len(org_part) <= 2 else None)
        if o is None and org_part:
            o = org_suffix(org_part + body, orgs)
        if o:
            org_full = orgs.add(o, (e - len(base) - len(org_part), e - len(base) + len(body)), local_zone,
                                kind=EMBEDDED_KIND.get(body))
            return Position(base, org_full, s, e)
    if org_raw and prev_org and _party_dept_of(org_raw, prev_org, orgs):
        # 县委常委、组织部部长: a party department written after its committee's post
        org_full = orgs.add(prev_org + org_raw, (e - len(base) - len(org_raw), e - len(base)), local_zone)
        return Position(org_raw + base, org_full, s, e)
    if org_raw:
        return _written_body_position(org_raw, base, s, e, orgs, local_zone)
    if base in DEFAULT_TITLE_ORG or base in WRITTEN_BODY_TITLES:
        return Position(base, default_org(base, text, orgs, (s, e), local_zone), s, e)
    if prev_org:
        return Position(base, _inherit(prev_org, orgs, (s, e)), s, e)
    return Position(base, _unwritten_body(text, s, base, org_part, orgs), s, e)


def _written_body_position(org_raw: str, base: str, s: int, e: int, orgs, local_zone: str | None) -> Position:
    """A title after the body's words (管委会主任, 某某公司董事长): the body, and the title as a
    reader sees it — the body's words without place names + the base title."""
    short_of = not orgs.grammar.valid(org_raw) and orgs.company_of_short(org_raw)
    org_full = orgs.add(org_raw, (e - len(base) - len(org_raw), e - len(base)), local_zone,
                        kind="company" if short_of else None)
    org = orgs.orgs.get(org_full)
    # a company's officer is its 董事长 / 总经理 (the company is the organisation);
    # an abbreviated body (发展改革委 for 发展和改革委员会) is not repeated in the title
    stripped = _strip_places(org_raw, orgs)
    shown = base if org is not None and (org.kind == "company" or (
        org.kind in ABBREVIATED_KINDS and stripped not in org_full)) else stripped + base
    company = next((n for n, o in orgs.orgs.items() if o.kind == "company" and shown.startswith(n)
                    and len(shown) > len(n) + len(base)), None)
    if company:
        shown = shown[len(company):]        # 某某有限公司战略委员会副主席: 战略委员会副主席
    home = orgs.zones.home
    ref = next((r for r in INSTITUTION_REFS if stripped.startswith(r)), None)
    if ref and home.issuer_is_institution and org_full.startswith(home.issuer):
        shown = stripped[len(ref):] + base      # 集团公司党组副书记 of the group's own paper: 党组副书记
    if base in ("组长", "副组长") and org_raw.endswith("组"):
        shown = base        # 派驻纪检监察组组长, 督导组组长: the group's head
    if org is not None and orgs.expanded.get(orgs.full_name(org_raw, local_zone)) == org_full:
        # 发展改革委主任 of 某县发展和改革委员会: the short body words are not repeated;
        # a party unit of it is (发展改革委党组书记 -> 党组书记)
        unit = next((u for u in PARTY_UNITS if stripped.endswith(u)), "")
        shown = unit + base
    return Position(shown, org_full, s, e)


def _unwritten_body(text: str, s: int, base: str, org_part: str, orgs) -> str | None:
    """The body of a bare title the chain does not name: the builder's or the company's
    just named (在某某有限公司车间内，副总经理某某介绍…), the body the sentence is about
    (某局召开…，局长某某), or the bulletin's issuing department."""
    org_full = None
    issuer = orgs.zones.home.issuer
    if base in COMPANY_TITLES and BUILDER_BEFORE.search(text, max(0, s - 8), s):
        org_full = orgs.builder_before(s)       # 施工单位项目经理某某: the builder's
    if org_full is None and base in COMPANY_TITLES:
        org_full = orgs.company_before(s)
    if org_full is None and base in ISSUER_TITLES and not org_part:
        written = orgs.org_before(s)
        if written:
            org_full = _fitting_body(base, written, orgs)
        if org_full is None and issuer:
            org_full = orgs.add(issuer + "党组") if base.startswith("党组") else orgs.add(issuer)
    if org_full is None and issuer and not org_part and issuer.endswith(INSTITUTION_TITLES.get(base, ())):
        org_full = orgs.add(issuer)       # 副校长某某 in a school's own bulletin: the school's
    return org_full


EMBEDDED_KIND = pairs("persons/embedded_body_kinds")


# departments of a party committee: written right after the committee's post (县委常委、
# 组织部部长), they are the committee's own (中共某县委组织部), not the zone's
PARTY_DEPTS = words("persons/party_departments")


INSTITUTION_TITLES = table("persons/institution_titles")
# bodies whose short form before a title is not repeated in it (市政府副秘书长 -> 副秘书长 of
# 某市人民政府; 发展改革委主任 -> 主任 of 某县发展和改革委员会)
ABBREVIATED_KINDS = ("department", "government")
# the bodies a bare issuer title can head, by the ending of the body's name
TITLE_BODY_ENDINGS = table("persons/title_body_endings")


def _party_dept_of(org_raw: str, prev_org: str, orgs) -> bool:
    if org_raw not in PARTY_DEPTS or not prev_org.startswith("中共"):
        return False
    return prev_org.endswith(("委", "委员会")) and not prev_org.endswith(PARTY_DEPTS)


def _fitting_body(base: str, written: str, orgs) -> str | None:
    """The organisation a bare title written after a body in the same sentence belongs to:
    that body when its name fits the title (局长 of a 局; 党组书记 of its 党组), else none."""
    if base.startswith("党组"):
        return orgs.add(written + "党组") if written.endswith(("局", "委员会", "委", "办", "办公室")) else None
    ends = TITLE_BODY_ENDINGS.get(base)
    if ends is None or written.endswith(ends):
        return written
    return None


def default_org(base: str, text: str, orgs, span: tuple[int, int] | None,
                local_zone: str | None) -> str | None:
    """The organisation of a title written without one: the government of the title's
    level (镇长 -> the town's 人民政府, read at `span` so the right town is used), or the body
    of 总书记 when the text writes it (党中央 / 中共中央). None when there is none to name."""
    if base in WRITTEN_BODY_TITLES:
        written = WRITTEN_BODY_TITLES[base]
        return orgs.add(written[0]) if any(w in text for w in written) else None
    body = DEFAULT_TITLE_ORG.get(base)
    if body is None:
        return None
    if body == "区政府" and orgs.zones.home.kind not in ("district", "street", "town"):
        return None       # a development zone's 区长 is not read as a district government
    name = orgs.add(body, span, local_zone)
    return name if name in orgs.orgs else None


def org_suffix(part: str, orgs) -> str | None:
    """The organisation `part` (the words before a title) ends with: a grammar name, a
    core body, a proper name (某某新材料有限公司, cut at 在 / 与...) or the short name of a
    company named before (某某半导体)."""
    return orgs.org_tail(part)


def _place_starts(item: str, mark: str, orgs) -> bool:
    """原平市市长: the mark is the first character of a place name, not 'former'."""
    toks = orgs.grammar.segment(item) or []
    return bool(toks) and toks[0][0] == "place" and toks[0][1].startswith(mark) and len(toks[0][1]) > len(mark)


def _has_place(words_: str, orgs) -> bool:
    return any(kind == "place" for kind, _ in orgs.grammar.segment(words_) or [])


def _strip_places(org_raw: str, orgs) -> str:
    toks = orgs.grammar.segment(org_raw) or []
    i = 0
    out = org_raw
    while i < len(toks) and toks[i][0] == "place" and len(toks) > i + 1:
        out = out[len(toks[i][1]):]
        i += 1
    return out




def _inherit(prev_org: str, orgs, span: tuple[int, int] | None = None) -> str:
    """The body a title without its own organisation belongs to: the previous item's; a
    party committee of a body passes the body itself (办事处党工委副书记、主任 -> 办事处); the
    zone's party committee passes the zone's administration (管委会, which orgs reads as the
    人民政府 / 办事处 of a county, town or street)."""
    for unit in PARTY_UNITS:
        if prev_org.endswith(unit) and len(prev_org) > len(unit):
            parent = prev_org[: -len(unit)]
            if parent not in orgs.zones.home.aliases and parent != orgs.zones.home.name:
                return orgs.add(parent)
            if unit in ("党工委", "党委"):
                return orgs.add("管委会", span)
    return prev_org


def _joined(text: str, p: int) -> bool:
    """A joiner (和, 与, 相互 ...) starts at p: the title goes on to another, no name."""
    return any(text.startswith(w, p) for w in TITLE_JOINERS)


def collective_names(text: str, start: int, end: int, known: set[str] | None = None) -> list[tuple[str, str, int, int]]:
    """区领导甲、乙、丙等 -> [(collective title, name, start, end)]."""
    lex = lexicon()
    out = []
    seg = text[start:end]
    for title in lex.leader_collectives:
        for p in ends_of(seg, title, start):
            while not _joined(text, p):
                name = name_at(text, p, known)
                if not name:
                    break
                out.append((title, name, p, p + len(name)))
                p += len(name)
                if p < len(text) and text[p] == "、":
                    p += 1
                    continue
                break
    return out


def social_names(text: str, start: int, end: int, known: set[str] | None = None) -> list[tuple[str, str, int, int]]:
    """参战老兵某某 -> [(role, name, start, end)]."""
    out = []
    seg = text[start:end]
    for role in lexicon().social_roles:
        for p in ends_of(seg, role, start):
            if _joined(text, p):
                continue      # 脱贫户和低保户家庭: a list of roles, not a name
            name = name_at(text, p, known)
            if name:
                out.append((role, name, p, p + len(name)))
    return out


APPOINT = re.compile("(?:决定|提请|同意)?任命")


DISMISS = re.compile("免去")


def appointments(text: str, start: int, end: int, orgs, local_zone: str | None = None,
                 known: set[str] | None = None) -> list[tuple[str, list[Position], int, int]]:
    """任命甲为某局局长(，乙为…): the appointee holds the post from then on -> (name, positions,
    start, end). 免去甲的…职务: the post ends, so the person is read with no position
    (the graph records what is held, and a removal is not a holding) -> (name, [], s, e)."""
    out = []
    for m in APPOINT.finditer(text, start, end):
        p = m.end()
        while p < end:
            name = name_at(text, p, known)
            if not name or not text.startswith("为", p + len(name)):
                break
            ts = p + len(name) + 1
            te = ts
            while te < end and re.match(f"[{HAN}、]", text[te]) and te - ts < 30:
                te += 1
            # the title ends where the chain does: the last title ending inside the span
            t_end = None
            for i in range(te, ts, -1):
                if title_at_end(text[ts:i]):
                    t_end = i
                    break
            if t_end is None:
                break
            positions = [q for q in _chain(text, ts, t_end, orgs, local_zone)]
            out.append((name, positions, p, p + len(name)))
            p = t_end
            if text[p:p + 1] in ("，", ",", "、") and p + 1 < end:
                p += 1
                continue
            break
    for m in DISMISS.finditer(text, start, end):
        p = m.end()
        while p < end:
            name = name_at(text, p, known)
            if not name:
                break
            out.append((name, [], p, p + len(name)))
            p += len(name)
            if text[p:p + 1] == "、":
                p += 1
                continue
            break
    return out


def name_before_title(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """某某总书记 / 某某同志: a name written before the title."""
    out = []
    # 某某总书记; 某某副省长在…上的讲话 (a leader quoted by name before the post)
    for m in re.finditer(f"([{HAN}]{{2,3}})(总书记|(?:副)?(?:省长|市长)(?=在|的|同志|讲话|指示|批示))", text[start:end]):
        cand = m.group(1)
        for c in (cand, cand[1:]):
            if valid_name(c):
                s = start + m.start(1) + (len(cand) - len(c))
                out.append((m.group(2), c, s, s + len(c)))
                break
    return out


def dotted_names(text: str, start: int, end: int, orgs) -> list[tuple[str, str, str | None, int, int]]:
    """(title, name, organisation or None, start, end) of a transliterated name before its post (艾力·买买提局长;
    after its post, titled_names reads it). A dotted run with no post beside it may be a
    project's or a brand's (某某创营•某地)."""
    out: list[tuple[str, str, str | None, int, int]] = []
    if not any(c in text[start:end] for c in "·•・"):
        return out
    for m in DOTTED_NAME.finditer(text, start, end):
        dot = next(i for i, c in enumerate(m.group()) if c in "·•・")
        # the second part ends where a post starts (买买提|局长来村里)
        for i in range(m.start() + dot + 3, m.end() + 1):
            title = next((t for t in ALIAS_TITLES if text.startswith(t, i) or text.startswith("副" + t, i)), None)
            if title:
                found = dotted_name_before(text, i)
                if found:
                    title = "副" + title if text[i] == "副" else title
                    org = default_org(title, text, orgs, (found[0], i), None) or _fitting_written(title, found[0], orgs)
                    out.append((title, found[1], org, found[0], i))
                break
    return out


# a name written before its post (蒲某局长、林某书记出席; 市委邬某书记讲话): the post, then what
# may follow it
POST_AFTER_NAME = re.compile(f"(?:副)?(?:{'|'.join(ALIAS_TITLES)})(?=[、，,。；;：:\\s]|$|{'|'.join(words('persons/after_posts'))})")
NAME_START = set("、，,。；;：:\n （(“")


def names_before_posts(text: str, start: int, end: int, orgs) -> list[tuple[str, str, str | None, int, int]]:
    """某某局长、某某书记 / 市委某某书记: (title, name, organisation or None, start, end) of a
    name written right before its post, after a boundary or a body's name (the post's body)."""
    out = []
    body_ends = {b: o.name for o in orgs.orgs.values() for a, b in o.mentions}
    for m in POST_AFTER_NAME.finditer(text, start, end):
        t = m.start()
        for k in (3, 2):
            at = t - k
            if at < start or not valid_name(text[at:t]):
                continue
            if at != start and text[at - 1] not in NAME_START and at not in body_ends:
                continue
            title = m.group()
            org = body_ends.get(at)
            if org is None:
                org = default_org(title, text, orgs, (at, m.end()), None) or _fitting_written(title, at, orgs)
            out.append((title, text[at:t], org, at, t))
            break
    return out


def _fitting_written(title: str, at: int, orgs) -> str | None:
    """The body the paragraph is about, when the post fits it (县教育局召开会议。某某局长…)."""
    written = orgs.org_before(at, window=120, sentences=True)
    return _fitting_body(title, written, orgs) if written else None
