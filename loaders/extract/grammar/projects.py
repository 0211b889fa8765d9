"""Projects: named builds and programmes (…项目, …工程, …产业园, …广场, quoted names followed
by 项目), with their investment (投资 N 亿元的 X), and the organisations that oversee
(push / serve / guide) or own (build / implement) them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import words
from loaders.extract.text import HAN

PROJECT_SUFFIXES = words("projects/suffixes")
# words that introduce a project name; the name starts after the last of them
CUT = words("projects/lead_words")
# cut words that, written right before the suffix, belong to the name (某医院东院区建设项目)
NAME_TAIL_WORDS = words("projects/name_tail_words")
# bodies that make a generic, not a named, project (重点项目, 民生工程)
GENERIC = words("projects/generic_words")
# verbs and function words that never occur inside a project name
BAD_IN_NAME = words("projects/not_in_names")
# what follows …工程 / …项目 when they end a company's or a school's name, not a project's
ORG_AFTER = frozenset(words("projects/org_after"))
PROJECT_WORK = words("projects/project_work_words")
WORKS_KIND = re.compile("(?:" + "|".join(NAME_TAIL_WORDS) + "|提升|整治|设施)$")
INVEST = re.compile(r"(总投资|投资)\s*(\d+(?:\.\d+)?)\s*(亿|万)元")


@dataclass
class Project:
    name: str
    investment: str | None = None
    overseers: dict[str, tuple[int, int]] = field(default_factory=dict)   # org -> evidence span
    owners: dict[str, tuple[int, int]] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    zone: str | None = None


# characters that may follow a project's name ending in another word than 项目 / 工程 (青川大桥主体
# 完工, 某产业园一期, 某广场已开业): its name ends there
NAME_MAY_END_BEFORE = "一二项已的和及正将等要建主进开完施全顺通竣于在投"
COUNT_AFTER = re.compile(r"\s*\d+\s*个")
COUNTED_LIST = re.compile(r"((?:[^、，,。；;：:\n]{2,24}(?:、|和))+[^、，,。；;：:\n]{2,24}?)"
                          r"(等)?([一二三四五六七八九十两]|\d+)个(?:重点|在建|新建|新)?(?:项目|工程)")
CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
RANKING = re.compile("前[一二三四五六七八九十\\d]+名|完成率|增速")
PLACE_LEAD = re.compile(f"^(?:(?:我|本|全)(?:县|区|市|镇|乡)|[{HAN}]{{1,4}}?(?<![城都超])(?:县|市)|[{HAN}]{{0,4}}(?:开发区|高新区|经开区))")


def _generic(body: str) -> bool:
    if RANKING.search(body):
        return True                      # 投资完成率前九名项目: a ranking, not a name
    body = re.sub(r"[（(][^）)]{0,4}[）)]", "", body)   # （二）重大项目, 县（区）重大项目
    rest = PLACE_LEAD.sub("", body)      # 某县二季度重大项目: a place does not name a project
    for g in sorted(GENERIC, key=len, reverse=True):
        rest = rest.replace(g, "")
    rest = re.sub(r"[\d\s个项亿万元至到.]+", "", rest)     # 10亿至30亿元项目: a size class
    return len(rest) < 2


def find_projects(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of project names in text[start:end]."""
    out: list[tuple[int, int, str]] = []
    seg = text[start:end]
    # 1. “名称”(和“名称”)...项目: quoted names followed by 项目 within a few characters
    for m in re.finditer(r"“([^”]{3,20})”(?=(?:和“[^”]{2,20}”)?(?:两个|等)?[^。，,“\d]{0,8}项目)", seg):
        if m.group(1).endswith(("工程", "项目")) or re.search("个|一批", m.group(1)):
            continue
        out.append((start + m.start(1), start + m.end(1), m.group(1)))
    # 2. “名称”基础设施建设 / “名称”工程
    for m in re.finditer(r"“([^”]{3,12})”(基础设施建设|工程)", seg):
        out.append((start + m.start(), start + m.end(), m.group()))
    # 3. 甲、乙等路桥工程 / 等(重点)项目: listed names before a project class noun
    for m in re.finditer(f"((?:[{HAN}]{{2,8}}、)+[{HAN}]{{2,8}})等(重点)?(路桥工程|道路|项目|工程)", seg):
        items = m.group(1).split("、")
        items[0] = _cut(items[0])
        p = start + m.start(1)
        for it in items:
            i = text.find(it, p)
            # 甲、乙等重点项目 lists projects by name; 基础设施提升、公共服务设施建设等 lists kinds of works
            if len(it) >= 2 and not _generic(it) and not (m.group(2) and WORKS_KIND.search(it)):
                out.append((i, i + len(it), it))
    # 3a. 甲、乙、丙四个项目 / 甲和乙两个项目: a counted list names its projects, whatever
    #     each name ends with (某某产业化, 某某中心)
    for m in COUNTED_LIST.finditer(seg) if "个" in seg else ():
        items = re.split("、|和", m.group(1))
        count = CHINESE_DIGITS.get(m.group(3)) or int(m.group(3))
        if count != len(items) and not (m.group(2) and count > len(items)):
            continue    # 区纪委、区经济局及6个项目指挥部: the count is not of these names
        p = start + m.start(1)
        for k, it in enumerate(items):
            it = _cut(it) if k == 0 else it
            i = text.find(it, p)
            p = i + len(it)
            if 3 <= len(it) <= 24 and not _generic(it) and not any(b in it for b in BAD_IN_NAME):
                out.append((i, i + len(it), it))
    # 3b. 甲等老旧小区改造 / 甲等背街小巷提升: the first named instance of a class of works
    #     names the project (甲 + the works)
    for m in re.finditer(f"([{HAN}\\d]{{2,16}}?(?:小区|社区|村|路|街|巷|片区|厂区|楼|院|公园|市场))等"
                         f"([{HAN}]{{2,8}}?(?:改造|提升|整治|提质|修缮|整修))(?=进度|工作|工程|项目|任务|[，,。；;、])", seg):
        inst = _cut(m.group(1))
        works = m.group(2)
        if len(inst) < 3 or _generic(inst) or any(b in inst for b in BAD_IN_NAME):
            continue
        i = start + m.end(1) - len(inst)
        out.append((i, start + m.end(), inst + works))
    # 4. X施工现场 / X项目现场 (a site visited)
    for m in re.finditer(f"([{HAN}\\w()（）]{{2,24}}?)施工现场", seg):
        name = _cut(m.group(1))
        if 2 <= len(name) <= 16 and not _generic(name) and not name.endswith(("项目", "工程")):
            i = start + m.end(1) - len(name)
            out.append((i, i + len(name), name))
    out += _suffixed(text, start, end)
    return _dedupe(out)


def _suffixed(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """5. names ending with a project suffix (…项目, …工程, …大桥, …二期)."""
    out: list[tuple[int, int, str]] = []
    seg = text[start:end]
    for suf in PROJECT_SUFFIXES:
        if suf not in seg:
            continue
        for m in re.finditer(re.escape(suf), seg):
            e = start + m.end()
            nxt = text[e:e + 1]
            if suf in ("项目", "工程") and nxt and (nxt in "部办组区师处科局院队所量" or text[e:e + 2] in ("经理", "负责")):
                continue    # 项目部, 工程办, 工程师, 工程咨询院: an organisation or a job, not a project
            if text[e:e + 2] in ORG_AFTER or text[e:e + 4] in ORG_AFTER:
                continue    # 某某路桥工程有限公司, 环境工程学院: the name of a company or a school
            if COUNT_AFTER.match(text, e):
                continue    # 农业水利项目10个: a class of projects counted, not one project
            if suf == "项目" and text[e:e + 2] in PROJECT_WORK:
                continue    # 项目谋划能力, 项目申报政策: project work in general
            if suf == "广场" and text[e - 4:e - 2] == "购物":
                continue    # a shopping mall is a business
            if suf not in ("项目", "工程") and nxt and re.match(f"[{HAN}]", nxt) and nxt not in NAME_MAY_END_BEFORE:
                continue    # 工业园区, 广场舞: part of another word
            s = e - len(suf)
            while s > start and (re.match(f"[{HAN}\\dA-Za-z()（）、‘’]", text[s - 1]) or text[s - 1] in " ") and e - s < 40:
                s -= 1
            raw = text[s:e]
            name = _cut(raw[: -len(suf)]) + suf
            name = name.strip(" 、")
            body = name[: -len(suf)]
            if suf in ("项目", "工程") and len(body) < 4 and not re.search(r"[\d“‘]", body):
                continue    # 推动项目, 拆迁项目: too short to name one project
            if len(body) < 2 or _generic(body) or "、" == body[:1] or body.endswith("系统") or \
                    any(b in body.removesuffix("创建") for b in BAD_IN_NAME):
                continue    # (…系统项目: a sector's projects; 精品村创建项目 is a project)
            if name.count("(") != name.count(")") or name.count("（") != name.count("）"):
                continue
            i = e - len(name)
            out.append((i, e, name))
    return out


def _cut(s: str) -> str:
    best = 0
    for w in CUT:
        i = s.rfind(w)
        while i >= 0 and ((w == "年" and s[i + 1:i + 2] == "产") or (w == "就" and s[i + 1:i + 2] in "业近地")
                          or (w == "共" and s[i + 1:i + 2] in "享建治富")      # 共享停车, 共建共治: words
                          or (w == "有" and s[i + 1:i + 2] in "机色")
                          or s[i + len(w):i + len(w) + 1] in (")", "）")):
            # 年产N吨…, 就业…, 中心（所）: part of the name
            i = s.rfind(w, 0, i)      # 年产N吨…, 就业…: part of the name
        if i >= 0 and i + len(w) == len(s) and w in NAME_TAIL_WORDS:
            i = s.rfind(w, 0, i)      # 东院区建设 + 项目: the word belongs to the name
        if i >= 0 and i + len(w) > best:
            # keep 、 lists inside a name (药品研发、智能生产等项目) only when short
            if w == "、" and len(s) - i < 12 and "等" in s[i:]:
                continue
            if w == "、" and s[i - 1:i] == "号" and s[i + 1:i + 2].isdigit():
                continue      # 3号、4号通用泊位工程: numbered berths of one name
            best = i + len(w)
    out = s[best:].strip()
    out = re.sub(r"^[\d\s.]+(?:亿|万)?元的?", "", out) if re.match(r"^\d", out) else out   # 20亿元的…
    return out


def _dedupe(items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    items = sorted(set(items), key=lambda x: (-(x[1] - x[0]), x[0]))
    out: list[tuple[int, int, str]] = []
    for s, e, n in items:
        if any(s >= a and e <= b for a, b, _ in out):
            continue
        out.append((s, e, n))
    return sorted(out)


def investment_before(text: str, s: int) -> str | None:
    """投资 N 亿元的 <project>: the amount written just before the name."""
    window = text[max(0, s - 20):s]
    m = None
    for m in INVEST.finditer(window):
        pass
    if m and window[m.end():].strip(" 的") == "":
        return f"{m.group(2)}{m.group(3)}元"
    return None


def norm_name(name: str) -> str:
    return re.sub(r"\s+", "", name)
