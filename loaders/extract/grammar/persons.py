"""Persons: names after titles (党工委副书记、管委会主任宋黎静), in leader lists (区领导甲、乙等),
after social roles (参战老兵某某), in bylines and credit lines; aliases (周书记) resolved to
the full name within the document."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import lexicon
from loaders.extract.grammar.orgs import BUILDER_BEFORE, PROJECT_ROLES
from loaders.extract.text import HAN

# a character or word right after a name: the name ends there
BOUNDARY_CHARS = set("等和与在对为说的、及率赴到向从将就也还又并则都已曾是被让把给作于同、，,。；;：:（(）)“”\"《 \n")
BOUNDARY_WORDS = {"一行", "同志", "表示", "介绍", "带领", "率领", "陪同", "受邀", "分别", "进行", "围绕", "来到",
                  "深入", "实地", "到达", "前往", "主持", "出席", "参加", "列席", "讲话", "指出", "强调", "要求",
                  "通报", "汇报", "点评", "致辞", "推介", "总结", "部署", "提出", "宣读", "叮嘱", "号召", "代表",
                  "先后", "带队", "召开", "关切", "详细", "亲切", "认真", "首先", "随后", "最后", "一同", "共同",
                  "调研", "督导", "检查", "察看", "查看", "走访", "看望", "慰问", "听取", "主讲", "作了", "作出",
                  "专门", "高度", "对此", "坚定", "感谢", "希望", "充分", "逐一", "现场", "实地", "组织", "参观",
                  "座谈", "与会", "等人", "等同", "家中", "发表", "接受", "通过", "签署", "签订", "致以", "送上",
                  "看到", "了解", "就此", "在此", "又到", "还到", "继续", "代表", "任职", "应邀", "到会", "作交流",
                  "结合", "一起", "作开班", "作动员", "作专题", "作工作", "作主题", "传达", "宣读", "解读",
                  "领学", "宣讲", "凭借", "荣获", "获得", "常年", "长期", "作报告", "作总结", "围绕", "就任",
                  "代表", "到会", "率队", "赴", "来我", "一同", "共同",
                  "发言", "表态", "讲授", "授课", "回应", "答复", "作说明", "反映", "签约", "监誓", "作表态",
                  "作推介", "辅导", "解答", "亲自", "再次", "指导", "协调"}
# a boundary character that is also common inside given names (钱有为, 李同): when the
# three-character reading is itself ended by a boundary word (钱有为通报), it wins
NAME_LIKE_BOUNDARY = set("为同")
# titles whose organisation, when not written, is the government of the level the title
# names (镇长 -> the town government of the town written nearest before it)
DEFAULT_TITLE_ORG = {"省长": "省政府", "副省长": "省政府", "常务副省长": "省政府",
                     "县长": "县政府", "副县长": "县政府", "常务副县长": "县政府",
                     "镇长": "镇政府", "副镇长": "镇政府", "常务副镇长": "镇政府",
                     "乡长": "乡政府", "副乡长": "乡政府",
                     "区长": "区政府", "副区长": "区政府", "常务副区长": "区政府",
                     "市长": "市政府", "副市长": "市政府", "常务副市长": "市政府"}
# titles of a body that is placed there only when the text writes the body (总书记: 党中央)
WRITTEN_BODY_TITLES = {"总书记": ("党中央", "中共中央")}
COMPANY_TITLES = ("总经理", "副总经理", "董事长", "副董事长", "项目经理", "经理", "副经理", "总工程师", "总监")
ALIAS_TITLES = ("书记", "主任", "区长", "市长", "县长", "镇长", "乡长", "局长", "部长", "处长", "科长", "主席",
                "院长", "所长", "站长", "队长", "校长", "厅长", "省长", "董事长", "总经理", "经理")
NAME_RE = re.compile(f"[{HAN}]{{2,4}}")
_TITLES: tuple[str, ...] | None = None


def titles() -> tuple[str, ...]:
    """The base titles, longest first: the shared title lexicon (titles.txt) plus the posts
    of person_titles.txt (宣传委员, 关长, 高级工程师 ...)."""
    global _TITLES
    if _TITLES is None:
        from loaders.extract.lexicon import _lines
        extra = _lines("person_titles.txt")
        _TITLES = tuple(sorted(set(lexicon().titles) | set(extra), key=lambda w: (-len(w), w)))
    return _TITLES


@dataclass
class Position:
    title: str
    org: str | None           # full organisation name
    start: int                # span of the mention (inside the sentence)
    end: int


@dataclass
class Person:
    name: str
    aliases: set[str] = field(default_factory=set)
    positions: list[Position] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    authored: list[tuple[str, int, int]] = field(default_factory=list)   # (role, start, end)
    affiliations: list[tuple[str, int, int]] = field(default_factory=list)  # byline org (full), span


def valid_name(cand: str) -> bool:
    lex = lexicon()
    if not cand or not NAME_RE.fullmatch(cand):
        return False
    k = lex.is_surname_start(cand)
    if not k or len(cand) - k < 1 or len(cand) - k > 2:
        return False
    if cand in lex.not_names or cand[:2] in lex.not_names or cand[:3] in lex.not_names:
        return False
    if any(cand.endswith(t) for t in titles()) or any(cand.endswith(s) for s in ("办", "部", "局", "委", "会")):
        return False
    return True


def name_at(text: str, p: int, known: set[str] | None = None) -> str | None:
    """The person name starting at `p`, if one does (family name + one or two characters,
    ended by a boundary character or word)."""
    lex = lexicon()
    s = text[p:p + 7]
    k = lex.is_surname_start(s)
    if not k or len(s) < k + 1:
        return None
    if known:
        for n in sorted(known, key=len, reverse=True):
            if s.startswith(n):
                return n
    c2, c3 = s[:k + 1], s[:k + 2]

    def ends_at(i: int) -> bool:
        return i >= len(s) or not re.match(f"[{HAN}]", s[i]) or s[i] in BOUNDARY_CHARS \
            or s[i:i + 2] in BOUNDARY_WORDS or s[i:i + 3] in BOUNDARY_WORDS
    if not re.match(f"[{HAN}]", s[k]):
        return None
    if ends_at(k + 1) and not (s[k + 1:k + 2] in NAME_LIKE_BOUNDARY and len(c3) == k + 2
                               and (s[k + 2:k + 4] in BOUNDARY_WORDS or s[k + 2:k + 5] in BOUNDARY_WORDS)):
        cand = c2
    elif len(c3) == k + 2 and ends_at(k + 2):
        cand = c3
    else:
        cand = c3 if len(c3) == k + 2 else c2
    if valid_name(cand):
        return cand
    if cand == c3 and valid_name(c2) and ends_at(k + 1):
        return c2
    return None


def _ends(seg: str, word: str, offset: int) -> list[int]:
    """End positions (+ offset) of the non-overlapping occurrences of `word` in `seg`, left
    to right (what re.finditer of the literal gives, without the regex)."""
    out = []
    i = seg.find(word)
    while i >= 0:
        out.append(offset + i + len(word))
        i = seg.find(word, i + len(word))
    return out


def title_at_end(s: str) -> str | None:
    """The base title `s` ends with (longest), if any."""
    for t in titles():
        if s.endswith(t):
            return t
    return None


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
        for te in _ends(seg, t, start):
            if te in seen or text[te:te + 1] in ("与", "及", "等", "、"):
                continue
            if text[te:te + 1] == "和" and not _he_name(text, te):
                continue      # 主任和副主任: a list of titles; 副主任和某某: a person named 和
            name = name_at(text, te, known)
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
    return sorted(out, key=lambda x: x.start)


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
EMBEDDED_BODY = {"党组成员": "党组", "人大主席": "人大", "人大副主席": "人大", "第一书记": "党支部",
                 "人大代表": "人大", "政协委员": "政协"}
# a verb before a title chain is not part of its organisation (邀请某大学教授某某)
CHAIN_LEAD = re.compile(".*(?:邀请|特邀|聘请|特聘|请来|受邀|应邀|派出|选派|" + "|".join(PROJECT_ROLES) + ")")
# a department bulletin's bare titles (主任, 党组书记) are posts of the issuing body
ISSUER_TITLES = ("主任", "副主任", "局长", "副局长", "党组书记", "党组副书记", "书记", "副书记", "党组成员",
                 "总经济师", "总工程师", "总会计师", "巡视员", "副巡视员", "调研员", "秘书长", "副秘书长",
                 "厅长", "副厅长", "一级巡视员", "二级巡视员", "总规划师")


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
    """Titles of the chain ending at `te`, read backwards over 、-separated items."""
    items: list[tuple[int, int]] = []
    e = te
    while True:
        s = e
        while s > lo and re.match(f"[{HAN}]", text[s - 1]):
            s -= 1
        if title_at_end(text[s:e]) is None:
            break
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
    positions: list[Position] = []
    prev_org: str | None = None
    issuer = getattr(orgs.zones.home, "issuer", None)
    for s, e in items:
        item = text[s:e]
        base = title_at_end(item)
        org_part = item[: len(item) - len(base)]
        org_raw = _org_suffix(org_part, orgs) if org_part else None
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
            embedded = _org_suffix(org_part + EMBEDDED_BODY[base], orgs)
        if not org_raw and org_part and not embedded:
            # 村党支部书记: the longest title (支部书记) leaves no organisation; a shorter one
            # (书记 after 村党支部) may
            for t in titles():
                if len(t) < len(base) and item.endswith(t):
                    o = _org_suffix(item[: len(item) - len(t)], orgs)
                    if o:
                        base, org_part, org_raw = t, item[: len(item) - len(t)], o
                        break
        if embeds:
            body = EMBEDDED_BODY[base]
            raw = (org_raw or "") + body if not (org_raw or "").endswith(body) else org_raw
            o = embedded or (_org_suffix(raw, orgs) if org_raw or org_part == "" or len(org_part) <= 2 else None)
            if o is None and org_part:
                o = _org_suffix(org_part + body, orgs)
            if o:
                org_full = orgs.add(o, (e - len(base) - len(org_part), e - len(base) + len(body)), local_zone,
                                    kind=EMBEDDED_KIND.get(body))
                positions.append(Position(base, org_full, s, e))
                prev_org = org_full
                continue
        # the part of the title the reader sees: org words without place names + base title
        if org_raw and prev_org and _party_dept_of(org_raw, prev_org, orgs):
            # 县委常委、组织部部长: a party department written after its committee's post
            org_full = orgs.add(prev_org + org_raw, (e - len(base) - len(org_raw), e - len(base)), local_zone)
            shown = org_raw + base
        elif org_raw:
            short_of = not orgs.grammar.valid(org_raw) and orgs.company_of_short(org_raw)
            org_full = orgs.add(org_raw, (e - len(base) - len(org_raw), e - len(base)), local_zone,
                                kind="company" if short_of else None)
            org = orgs.orgs.get(org_full)
            # a company's officer is its 董事长 / 总经理 (the company is the organisation);
            # an abbreviated body (发展改革委 for 发展和改革委员会) is not repeated in the title
            stripped = _strip_places(org_raw, orgs)
            shown = base if org is not None and (org.kind == "company" or (
                org.kind == "department" and stripped not in org_full)) else stripped + base
            if base in ("组长", "副组长") and org_raw.endswith("组"):
                shown = base        # 派驻纪检监察组组长, 督导组组长: the group's head
            if org is not None and orgs.expanded.get(orgs.full_name(org_raw, local_zone)) == org_full:
                # 发展改革委主任 of 某县发展和改革委员会: the short body words are not repeated;
                # a party unit of it is (发展改革委党组书记 -> 党组书记)
                unit = next((u for u in PARTY_UNITS if stripped.endswith(u)), "")
                shown = unit + base
        elif base in DEFAULT_TITLE_ORG or base in WRITTEN_BODY_TITLES:
            org_full = default_org(base, text, orgs, (s, e), local_zone)
            shown = base
        elif prev_org:
            org_full = _inherit(prev_org, orgs, (s, e))
            shown = base
        else:
            # 在某某有限公司车间内，副总经理某某介绍…: a company officer of the company just named
            org_full = None
            if base in COMPANY_TITLES and BUILDER_BEFORE.search(text, max(0, s - 8), s):
                org_full = orgs.builder_before(s)       # 施工单位项目经理某某: the builder's
            if org_full is None and base in COMPANY_TITLES:
                org_full = orgs.company_before(s)
            if org_full is None and base in ISSUER_TITLES and not org_part:
                written = orgs.org_before(s)
                if written:
                    # 某局召开…，局长某某: the head of the body the sentence is about
                    org_full = _fitting_body(base, written, orgs)
                if org_full is None and issuer:
                    org_full = orgs.add(issuer + "党组") if base.startswith("党组") else orgs.add(issuer)
            shown = base
        positions.append(Position(shown, org_full, s, e))
        if org_full:
            prev_org = org_full
    return positions


EMBEDDED_KIND = {"人大": "legislature", "政协": "cppcc"}
# departments of a party committee: written right after the committee's post (县委常委、
# 组织部部长), they are the committee's own (中共某县委组织部), not the zone's
PARTY_DEPTS = ("组织部", "宣传部", "统战部", "统一战线工作部", "政法委", "政法委员会", "政策研究室", "网信办",
               "编办", "机构编制委员会办公室", "办公室")
# the bodies a bare issuer title can head, by the ending of the body's name
_DEPARTMENT_ENDINGS = ("厅", "局", "委员会", "委", "办", "办公室", "中心")
TITLE_BODY_ENDINGS = {"局长": ("局",), "副局长": ("局",), "厅长": ("厅",), "副厅长": ("厅",),
                      "一级巡视员": _DEPARTMENT_ENDINGS, "二级巡视员": _DEPARTMENT_ENDINGS,
                      "巡视员": _DEPARTMENT_ENDINGS, "副巡视员": _DEPARTMENT_ENDINGS, "调研员": _DEPARTMENT_ENDINGS,
                      "总工程师": _DEPARTMENT_ENDINGS, "总经济师": _DEPARTMENT_ENDINGS, "总规划师": _DEPARTMENT_ENDINGS,
                      "主任": ("委员会", "委", "办公室", "办", "中心"), "副主任": ("委员会", "委", "办公室", "办", "中心"),
                      "书记": ("党委", "党组", "党工委", "委员会", "委", "党支部", "党总支"),
                      "副书记": ("党委", "党组", "党工委", "委员会", "委", "党支部", "党总支")}


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


def _org_suffix(part: str, orgs) -> str | None:
    """The organisation `part` (the words before a title) ends with: a grammar name, a
    core body, a proper name (某某新材料有限公司, cut at 在 / 与...) or the short name of a
    company named before (某某半导体)."""
    return orgs.org_tail(part)


def _strip_places(org_raw: str, orgs) -> str:
    toks = orgs.grammar.segment(org_raw) or []
    i = 0
    out = org_raw
    while i < len(toks) and toks[i][0] == "place" and len(toks) > i + 1:
        out = out[len(toks[i][1]):]
        i += 1
    return out


PARTY_UNITS = ("党工委", "党委", "党组", "党总支", "党支部")


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


def collective_names(text: str, start: int, end: int, known: set[str] | None = None) -> list[tuple[str, str, int, int]]:
    """区领导甲、乙、丙等 -> [(collective title, name, start, end)]."""
    lex = lexicon()
    out = []
    seg = text[start:end]
    for title in lex.leader_collectives:
        for p in _ends(seg, title, start):
            while True:
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
        for p in _ends(seg, role, start):
            if text[p:p + 1] in ("和", "与", "及", "等", "、"):
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


# -- bylines --------------------------------------------------------------------------------

ROLE_RE = None


def _role_re():
    global ROLE_RE
    if ROLE_RE is None:
        roles = "|".join(re.escape(r) for r in lexicon().byline_roles if len(r) >= 2 and r not in ("文/图",))
        ROLE_RE = re.compile(f"(?:(?<=^)|(?<=[\\s(（□■【\\[。]))({roles})(?:\\s*[:：]\\s*|\\s+)"
                             f"((?:[{HAN}]{{2,4}})(?:[\\s、]+(?!(?:{roles})(?:[:：\\s]))[{HAN}]{{2,4}})*)", re.M)
    return ROLE_RE


@dataclass
class BylineName:
    name: str
    role: str                  # 记者 / 通讯员 / 摄影 / ... or "" for an affiliation byline
    orgs: list[str]            # raw organisation names written in the byline
    start: int
    end: int


def bylines(text: str, start: int, end: int) -> list[BylineName]:
    lex = lexicon()
    out: list[BylineName] = []
    roles = set(lex.byline_roles)
    seg = text[start:end]
    # 1. role-prefixed: 记者 王晨 通讯员 刘航 / 策划:李清华
    for m in _role_re().finditer(seg):
        role = m.group(1)
        p = start + m.start(2)
        for tok in re.finditer(f"[{HAN}]{{2,4}}", m.group(2)):
            w = tok.group()
            if w in roles:
                break
            if w == "摄":
                continue
            if valid_name(w):
                s = p + tok.start()
                out.append(BylineName(w, role, [], s, s + len(w)))
    # 1b. one-character credit roles in brackets: （文　甲　图　乙）, （文/图　甲）, （图/文：甲）
    for m in re.finditer(r"[(（]\s*((?:(?:文/图|图/文|文图|文|图|摄影|摄)\s*[:：]?\s*"
                         f"[{HAN}]{{2,4}}(?:[\\s、]+[{HAN}]{{2,4}})*\\s*)+)[)）]", seg):
        for r in re.finditer(f"(文/图|图/文|文图|文|图|摄影|摄)\\s*[:：]?\\s*([{HAN}]{{2,4}}(?:[\\s、]+(?!(?:文|图|摄)[\\s:：])[{HAN}]{{2,4}})*)",
                             m.group(1)):
            role = {"图/文": "文/图", "文图": "文/图", "摄": "摄影"}.get(r.group(1), r.group(1))
            base = start + m.start(1) + r.start(2)
            for tok in re.finditer(f"[{HAN}]{{2,4}}", r.group(2)):
                if valid_name(tok.group()):
                    out.append(BylineName(tok.group(), role, [], base + tok.start(), base + tok.end()))
    # 2. names + 摄 at the end of a line: 某某 某某 摄
    for m in re.finditer(f"(?:^|(?<=[。]))\\s*((?:[{HAN}]{{2,3}}\\s+)+)摄\\s*$", seg, re.M):
        for tok in re.finditer(f"[{HAN}]{{2,3}}", m.group(1)):
            if valid_name(tok.group()):
                s = start + m.start(1) + tok.start()
                out.append(BylineName(tok.group(), "摄影", [], s, s + len(tok.group())))
    # 3. affiliation byline at the end of a paragraph: (单位、单位 某某、某某) / (某某 某某)
    for m in re.finditer(r"[(（]?([^()（）\n]{2,40}?)[)）]\s*$", seg, re.M):
        content = m.group(1)
        if "(" not in seg[max(0, m.start() - 1):m.start() + 1] and "（" not in seg[max(0, m.start() - 1):m.start() + 1]:
            # a garbled opening bracket: keep the tail after the last non-name character
            content = re.split(r"[^\u3400-\u9fff、\s]", content)[-1]
        parts = content.strip().split()
        if not parts:
            continue
        if any(x.rstrip(":：") in roles for x in parts) or re.match(r"(?:文|图|摄)\s*[:：/]", content.strip()):
            continue      # a credit line with roles (记者 甲 通讯员 乙; 文 甲 图 乙): read above
        names_part = parts[-1]
        names = names_part.split("、")
        unit_role = next((r for r in ("记者", "通讯员") if len(parts) >= 2 and parts[-2].endswith(r)
                          and len(parts[-2]) > len(r) + 1), None)
        if unit_role and all(valid_name(n) for n in names):
            # (某某融媒体中心记者 某某): a reporter of the media the unit names
            pos = start + m.start(1) + m.group(1).rfind(names_part)
            off = 0
            for n in names:
                i = names_part.find(n, off)
                out.append(BylineName(n, unit_role, [parts[-2][: -len(unit_role)]], pos + i, pos + i + len(n)))
                off = i + len(n)
            continue
        if len(parts) >= 2 and all(valid_name(n) for n in names):
            org_raw = [o for o in " ".join(parts[:-1]).replace(" ", "、").split("、") if o]
            if all(valid_name(x) for x in org_raw):   # (某某 某某): all names, no unit
                names, org_raw = org_raw + names, []
            pos = start + m.start(1) + m.group(1).rfind(names_part)
            off = 0
            for n in names:
                i = names_part.find(n, off)
                if not lexicon().is_surname_start(n):
                    continue
                out.append(BylineName(n, "", org_raw, pos + i, pos + i + len(n)))
                off = i + len(n)
    return out


def name_lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A line holding only a name, right after a headline line (the author of a commentary)."""
    out = []
    lines = [(m.start() + start, m.group()) for m in re.finditer(r"[^\n]+", text[start:end])]
    for (ps, prev), (s, line) in zip(lines, lines[1:]):
        w = line.strip()
        if re.fullmatch(f"[{HAN}]{{2,3}}", w) and valid_name(w) and not re.search(r"[。，,]", prev):
            i = s + line.find(w)
            out.append((w, i, i + len(w)))
    return out


def alias_of(alias: str, persons: dict[str, Person]) -> str | None:
    """周书记 -> the one person of the document with family name 周 (and a 书记 title, when
    several share the family name)."""
    lex = lexicon()
    k = lex.is_surname_start(alias)
    if not k:
        return None
    surname, title = alias[:k], alias[k:]
    cands = [p for p in persons.values() if p.name.startswith(surname) and lex.is_surname_start(p.name) == k]
    if len(cands) > 1:
        cands = [p for p in cands if any(q.title.endswith(title) for q in p.positions)]
    return cands[0].name if len(cands) == 1 else None


def find_aliases(text: str, persons: dict[str, Person]) -> list[tuple[str, str, int, int]]:
    """(alias, full name, start, end) for every 周书记 / 宋主任 resolved within the document."""
    lex = lexicon()
    out = []
    titles = "|".join(ALIAS_TITLES)
    for m in re.finditer(f"([{HAN}]{{1,2}})({titles})", text):
        sur, title = m.group(1), m.group(2)
        for s in (sur, sur[-1:]):
            if lex.is_surname_start(s) == len(s):
                alias = s + title
                full = alias_of(alias, persons)
                if full:
                    st = m.start(1) + (len(sur) - len(s))
                    # not the last character of a full name followed by a title (某某书记)
                    if any(text[max(0, st + len(s) - len(p)):st + len(s)] == p for p in persons):
                        continue
                    out.append((alias, full, st, m.end()))
                break
    return out
