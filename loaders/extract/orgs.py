"""Organisations: mentions found with the organisation-suffix grammar, resolved to full
names from the bulletin's context (经济开发区党工委 -> 三门峡经济开发区党工委; 财政审计部 ->
三门峡经济开发区财政审计部; 市委 -> 中共三门峡市委).

Grammar: NAME = PLACE* BODY SUFFIX, where PLACE is a zone / city / province name (or 区,
市, 省 at the start), BODY a run of department stems (财政, 审计, 政务服务...) or nested
organisations (市委 + 宣传部), SUFFIX an organisation ending (部, 局, 办, 党工委, 公司...).
Proper-name organisations (companies, universities, hospitals, media) take any words before
a proper suffix, cut at the verbs and prepositions that introduce them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.lexicon import lexicon
from loaders.extract.text import HAN
from loaders.extract.zones import Zones

PROPER_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "大学", "学院",
                   "医院", "附院", "卫生院", "银行", "协会", "商会", "研究院", "研究所", "日报社", "报社",
                   "日报", "晚报", "记者站", "农场", "林场", "办事处", "指挥部", "工商联", "合作社", "中学",
                   "小学", "幼儿园", "博物馆", "电视台", "融媒体中心", "新闻网")
GROUP_SUFFIXES = ("观摩组", "督导组", "考核小组", "工作组", "工作专班", "专班")
# words that introduce a proper name: the name starts after the last of them
CUT_WORDS = ("来到", "走进", "深入", "前往", "组织", "联合", "依托", "鼓励", "扶持", "支持", "督促", "指导",
             "推动", "会同", "协调", "召开", "举办", "举行", "开展", "引进", "落户", "入驻", "签约", "参观",
             "走访", "看望", "慰问", "调研", "察看", "考察", "视察", "随着", "包括", "以及", "其中", "首批",
             "知名", "龙头", "重点", "企业", "车企", "药企", "园区", "工业园", "产业园", "加大", "通过",
             "帮助", "服务", "对接", "实施", "选送", "推荐", "获评", "成立", "挂牌", "新上", "新纳入",
             "被评为", "评为", "认真", "清算", "接管", "按照", "推进", "扎实", "加快", "积极", "全力",
             "确保", "要求", "结合", "唯一", "综合性", "一所", "月底前", "年底前", "之前", "以前", "各", "由", "在", "与", "和", "及", "同", "对",
             "向", "到", "赴", "为", "将", "把", "是", "的", "了", "等", "从", "于", "被", "让", "至", "给", "使", "其", "该", "镇", "乡",
             "村", "街道", "社区", "——", "—", "讯")
# a one-character suffix followed by one of these characters is part of a word, not a name
NO_CONTINUE = {"中学": "习生", "小学": "习生", "大学": "生习", "党组": "织", "农场": "办", "委": "员会托", "部": "署分门长位件", "办": "公理事法好", "处": "理置长于在", "局": "长面势",
               "科": "技学长", "院": "长士", "所": "有以在属长得", "站": "长在位点", "室": "内外", "厅": "长",
               "馆": "长藏", "队": "长伍员", "中心": "城区", "公司": "化", "集团": "化军", "政府": "性"}
SINGLE_PLACES = ("区", "市", "县", "省", "镇", "乡")
EXTRA_PLACES = ("中共", "国家", "中国", "全国", "中央")
CONNECTORS = ("和", "及", "与")
STANDALONE = {"集团公司"}
# generic words that are not the proper part of a name (行业协会, 相关公司)
GENERIC_BODIES = {"三甲", "综合性", "行业", "相关", "有关", "各级", "基层", "上级", "下级", "本级", "其他", "各类", "施工", "建设",
                  "项目", "当地", "本地", "知名", "大型", "中小", "民营", "国有", "外资", "子", "分"}
BAD_IN_PROPER = ("要", "并", "按照", "确保", "认真", "结合", "个")


@dataclass
class Org:
    name: str           # full name
    short: str          # as usually written
    kind: str
    parent: str | None = None
    zone: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Mention:
    start: int
    end: int
    raw: str
    name: str           # resolved full name


class OrgGrammar:
    def __init__(self, zones: Zones) -> None:
        lex = lexicon()
        self.zones = zones
        home = zones.home
        places = set(home.aliases) | set(zones.subzones) | set(EXTRA_PLACES)
        for c in zones.cities:
            places.update({c, c + "市"})
        for c in lex.cities:
            places.update({c + "市"})
        for form in lex.provinces:
            places.add(form)
        for sz in zones.subzones:
            places.add(sz)
        self.places = places
        self.stems = set(lex.org_stems)
        self.suffixes = dict(lex.org_suffixes)
        for g in GROUP_SUFFIXES:
            self.suffixes.setdefault(g, "other")
        self.cores = dict(lex.core_bodies)
        self.maxlen = 26
        self.proper_suffixes = tuple(sorted(set(PROPER_SUFFIXES), key=len, reverse=True))
        self.all_suffixes = tuple(sorted(set(self.suffixes) | set(self.cores), key=len, reverse=True))

    # -- validity by segmentation --------------------------------------------------------
    def segment(self, name: str) -> list[tuple[str, str]] | None:
        """Tokens (kind, text) covering `name`, or None. kinds: place, stem, conn, suffix, core, num."""
        n = len(name)
        best: list[list[tuple[str, str]] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(min(n, i + 12), i, -1):
                w = name[i:j]
                kinds = []
                if w in self.places or (i == 0 and w in SINGLE_PLACES):
                    kinds.append("place")
                if w in self.cores:
                    kinds.append("core")
                if w in self.suffixes:
                    kinds.append("suffix")
                if w in self.stems:
                    kinds.append("stem")
                if w in CONNECTORS and i > 0:
                    kinds.append("conn")
                if w.isdigit():
                    kinds.append("num")
                for k in kinds:
                    cand = best[i] + [(k, w)]
                    if best[j] is None or len(cand) < len(best[j]):
                        best[j] = cand
        return best[n]

    def valid(self, name: str) -> bool:
        toks = self.segment(name)
        if not toks:
            return False
        if toks[-1][0] not in ("suffix", "core"):
            return False
        if toks[0][0] == "conn" or any(a[0] == "conn" and b[0] == "conn" for a, b in zip(toks, toks[1:])):
            return False
        for i, (k, w) in enumerate(toks):
            if k == "conn" and not (toks[i - 1][0] == "stem" and i + 1 < len(toks) and toks[i + 1][0] == "stem"):
                return False   # 和/及 only join stems (文化广电和旅游局), never two names
            if k == "num" and (i == 0 or i + 1 >= len(toks) or toks[i + 1][0] != "stem"):
                return False
        body = [t for t in toks if t[0] != "place"]
        if not body:
            return False
        if not any(k in ("stem", "core") for k, _ in body) and not (len(body) == 1 and body[0][1] in STANDALONE):
            return False   # only endings (局办, 部室) or place + ending (省厅)
        last = toks[-1][1]
        if last in GROUP_SUFFIXES and toks[0][0] != "place":
            return False
        return True

    # -- finding mentions -------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        end = len(text) if end is None else end
        spans: list[tuple[int, int]] = []
        for e in range(start + 1, end + 1):
            suf = next((s for s in self.all_suffixes if text.startswith(s, e - len(s)) and e - len(s) >= start), None)
            if suf is None:
                continue
            nxt = text[e:e + 2]
            if any(nxt.startswith(c) for c in NO_CONTINUE.get(suf, "")) if len(suf) <= 2 else False:
                continue
            if nxt[:1] and suf in NO_CONTINUE and nxt[0] in NO_CONTINUE[suf]:
                continue
            s = self._start(text, start, e, suf)
            if s is not None:
                spans.append((s, e))
        return _outermost(spans)

    def _start(self, text: str, lo: int, e: int, suf: str) -> int | None:
        best = None
        for s in range(e - len(suf), max(lo, e - self.maxlen) - 1, -1):
            ch = text[s]
            if not (re.match(f"[{HAN}]", ch) or ch.isdigit()):
                break
            if self.valid(text[s:e]):
                best = s
        if suf in self.proper_suffixes or any(suf.endswith(p) for p in self.proper_suffixes):
            ps = self._proper_start(text, lo, e, suf)
            if ps is not None and (best is None or ps < best):
                best = ps
        return best

    def _proper_start(self, text: str, lo: int, e: int, suf: str) -> int | None:
        s = e - len(suf)
        while s > lo and s > e - 20 and re.match(f"[{HAN}]", text[s - 1]):
            s -= 1
        window = text[s:e - len(suf)]
        # a place word inside a city name (新乡, 乡 of 新乡) does not cut the name
        inside = [(i, i + len(c)) for c in lexicon().cities for i in _all(window, c)]
        cut = 0
        for w in CUT_WORDS:
            i = window.rfind(w)
            while i >= 0 and len(w) == 1 and any(a <= i < b for a, b in inside):
                i = window.rfind(w, 0, i)
            if i >= 0 and i + len(w) > cut:
                cut = i + len(w)
        body = window[cut:]
        if len(body) < 2 or len(body) > 14:
            return None
        if body in lexicon().not_names or body in GENERIC_BODIES or any(b in body for b in BAD_IN_PROPER):
            return None
        return s + cut


def _all(s: str, w: str) -> list[int]:
    out, i = [], s.find(w)
    while i >= 0:
        out.append(i)
        i = s.find(w, i + 1)
    return out


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(set(spans), key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: -(x[1] - x[0])):
        if any(s >= a and e <= b for a, b in out):
            continue
        if any(s < b and e > a for a, b in out):
            continue
        out.append((s, e))
    return sorted(out)


class OrgRegistry:
    """The organisations of one document, by full name."""

    def __init__(self, zones: Zones) -> None:
        self.zones = zones
        self.grammar = OrgGrammar(zones)
        self.orgs: dict[str, Org] = {}

    # -- full names ------------------------------------------------------------------------
    def full_name(self, raw: str, local_zone: str | None = None) -> str:
        z = self.zones.home
        lex = lexicon()
        if raw.startswith("县") and not raw.startswith("县区"):
            if z.kind != "county":
                return raw          # a county the bulletin does not name
            if raw not in self.grammar.cores:
                return z.name + raw[1:]
        if raw in self.grammar.cores:
            kind, template = self.grammar.cores[raw]
            if "{city}" in template and not z.city:
                return raw
            if "{province}" in template and not z.province:
                return raw
            return template.format(zone=z.name, city=z.city or "", province=z.province or "")
        for alias in z.aliases:
            if raw.startswith(alias) and len(raw) > len(alias):
                return z.name + raw[len(alias):]
        if local_zone:
            for generic in ("街道办事处", "街道办", "街道", "办事处", "镇", "乡", "社区", "村"):
                if raw.startswith(generic) and local_zone.endswith(generic) and len(raw) > len(generic):
                    return local_zone + raw[len(generic):]
        if raw.startswith("中共"):
            rest = raw[2:]
            if rest.startswith(("市委", "县委")) and z.city:
                return f"中共{z.city}{rest}"
            return raw
        if raw.startswith("市委") and z.city:
            return f"中共{z.city}{raw}"
        if raw.startswith("市") and z.city and not raw.startswith(("市场", "市政")):
            return f"{z.city}{raw}"
        if raw.startswith("省委") and z.province:
            return f"中共{z.province}{raw[1:]}"
        if raw.startswith("省") and z.province:
            return z.province + raw[1:]
        if raw.startswith("区") and not raw.startswith("区域"):
            return z.name + raw[1:]
        if self._has_place(raw) or self._is_proper(raw) or raw in STANDALONE:
            return raw
        for name, org in self.orgs.items():
            if name.endswith(raw) and name != raw:
                return name
        if raw.startswith(tuple(self.grammar.cores)) and not raw.startswith(("市委", "省委")):
            return z.name + raw
        return z.name + raw

    def _has_place(self, raw: str) -> bool:
        toks = self.grammar.segment(raw)
        return bool(toks) and toks[0][0] == "place" and toks[0][1] not in SINGLE_PLACES

    def _is_proper(self, raw: str) -> bool:
        return not self.grammar.valid(raw) or any(raw.endswith(p) for p in PROPER_SUFFIXES if p not in ("指挥部",)) \
            and not self._dept_like(raw)

    def _dept_like(self, raw: str) -> bool:
        toks = self.grammar.segment(raw)
        return bool(toks) and all(t[0] in ("stem", "suffix", "core", "conn", "num") for t in toks)

    def kind_of(self, name: str) -> str:
        for suf in self.grammar.all_suffixes:
            if name.endswith(suf):
                if suf in self.grammar.cores:
                    return self.grammar.cores[suf][0]
                return self.grammar.suffixes.get(suf, "other")
        return "other"

    # -- registering -----------------------------------------------------------------------
    def add(self, raw: str, span: tuple[int, int] | None = None, local_zone: str | None = None,
            kind: str | None = None) -> str:
        name = self.full_name(raw, local_zone)
        org = self.orgs.get(name)
        if org is None:
            short = raw
            for alias in self.zones.home.aliases:
                if short.startswith(alias) and len(short) > len(alias):
                    short = short[len(alias):]
                    break
            org = Org(name, short, kind or self.kind_of(name))
            org.zone = self._zone_of(name)
            org.parent = self._parent_of(name)
            self.orgs[name] = org
            if org.parent and org.parent not in self.orgs:
                self.orgs[org.parent] = Org(org.parent, org.parent, self.kind_of(org.parent),
                                            zone=self._zone_of(org.parent))
        if span:
            org.mentions.append(span)
        return name

    def _zone_of(self, name: str) -> str | None:
        z = self.zones
        if name.startswith(z.home.name) or name.startswith(("中共" + z.home.name,)):
            return z.home.name
        for sz in sorted(z.subzones, key=len, reverse=True):
            if name.startswith(sz):
                return sz
        if z.home.city and (name.startswith(z.home.city) or name.startswith("中共" + z.home.city)):
            return z.home.city_full
        if z.home.province and name.startswith(z.home.province):
            return z.home.province
        return None

    def _parent_of(self, name: str) -> str | None:
        """The longest proper prefix of `name` that is itself an organisation name
        (三门峡市应急管理局党委 -> 三门峡市应急管理局)."""
        g = self.grammar
        bare = name[2:] if name.startswith("中共") else name
        for i in range(len(name) - 2, 1, -1):
            prefix = name[:i]
            if not prefix.endswith(g.all_suffixes):
                continue
            if prefix in self.zones.home.aliases or prefix == self.zones.home.name:
                continue
            rest = name[i:]
            if rest not in ("党委", "党组", "党工委", "纪委", "工会") and not g.segment(rest):
                continue       # 党政办|公室: the prefix ends inside a word, not at an organisation
            if rest in ("党委", "党组", "党工委", "纪委", "工会") or g.valid(prefix) or \
                    any(prefix.endswith(p) for p in PROPER_SUFFIXES):
                if len(prefix) >= 3 and prefix != bare:
                    return prefix
        return None

    def find_in(self, text: str, start: int, end: int, local_zone: str | None = None) -> list[Mention]:
        out = []
        for s, e in self.grammar.find(text, start, end):
            raw = text[s:e]
            out.append(Mention(s, e, raw, self.add(raw, (s, e), local_zone)))
        return out

    def lookup_short(self, raw: str) -> str | None:
        """An already-known organisation this short form refers to (观摩组 -> 伊滨区项目观摩组)."""
        if raw in self.orgs:
            return raw
        cands = [n for n in self.orgs if n.endswith(raw)]
        return min(cands, key=len) if cands else None
