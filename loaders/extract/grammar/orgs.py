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
from loaders.extract.grammar.zones import Zones, plausible_stem

_HAN_CHAR = re.compile(f"[{HAN}]")
# a session number inside a body's name (县十九届人大常委会, 区第五届政协): a form of the body
SESSION = re.compile(f"(?<=[{HAN}])第?[一二三四五六七八九十]{{1,3}}届(?=[{HAN}])")
# company endings a short company name keeps (某某城投集团)
COMPANY_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团")

PROPER_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "大学", "学院",
                   "医院", "附院", "卫生院", "银行", "协会", "商会", "研究院", "研究所", "日报社", "报社",
                   "日报", "晚报", "记者站", "农场", "林场", "办事处", "指挥部", "工商联", "合作社", "中学",
                   "小学", "幼儿园", "博物馆", "电视台", "融媒体中心", "新闻网", "海关", "设计院")
GROUP_SUFFIXES = ("观摩组", "督导组", "考核小组", "工作组", "工作专班", "专班")
# the roles a project names companies by (施工单位某某有限公司): never part of the name
PROJECT_ROLES = ("施工单位", "建设单位", "监理单位", "设计单位", "业主单位", "承建单位", "代建单位")
# words that introduce a proper name: the name starts after the last of them
CUT_WORDS = PROJECT_ROLES + (
             "来到", "走进", "深入", "前往", "组织", "联合", "依托", "鼓励", "扶持", "支持", "督促", "指导",
             "推动", "会同", "协调", "召开", "举办", "举行", "开展", "引进", "落户", "入驻", "签约", "参观",
             "走访", "看望", "慰问", "调研", "察看", "考察", "视察", "随着", "包括", "以及", "其中", "首批",
             "知名", "龙头", "重点", "企业", "车企", "药企", "园区", "工业园", "产业园", "加大", "通过",
             "帮助", "服务", "对接", "实施", "选送", "推荐", "获评", "成立", "挂牌", "新上", "新纳入",
             "被评为", "评为", "认真", "清算", "接管", "按照", "推进", "扎实", "加快", "积极", "全力",
             "确保", "要求", "结合", "唯一", "综合性", "一所", "月底前", "年底前", "之前", "以前", "各", "由", "在", "与", "和", "及", "同", "对",
             "向", "到", "赴", "为", "将", "把", "是", "的", "了", "等", "从", "于", "被", "让", "至", "给", "使", "其", "该", "镇", "乡",
             "村", "街道", "社区", "——", "—", "讯")
# a one-character suffix followed by one of these characters is part of a word, not a name
NO_CONTINUE = {"中学": "习生", "小学": "习生", "大学": "生习", "党组": "织", "农场": "办", "委": "员会托", "州委": "员会托派任", "部": "署分门长位件", "办": "公理事法好", "处": "理置长于在", "局": "长面势",
               "科": "技学长", "院": "长士", "所": "有以在属长得", "站": "长在位点", "室": "内外", "厅": "长",
               "馆": "长藏", "队": "长伍员", "中心": "城区", "公司": "化", "集团": "化军", "政府": "性"}
SINGLE_PLACES = ("区", "市", "县", "省", "镇", "乡")
EXTRA_PLACES = ("中共", "国家", "中国", "全国", "中央")
CONNECTORS = ("和", "及", "与")
STANDALONE = {"集团公司", "州委"}     # 州委: the prefecture's committee, read as written
# generic words that are not the proper part of a name (行业协会, 相关公司)
GENERIC_BODIES = {"三甲", "综合性", "智慧", "数字", "平安", "法治", "行业", "相关", "有关", "各级", "基层", "上级", "下级", "本级", "其他", "各类", "施工", "建设",
                  "项目", "当地", "本地", "知名", "大型", "中小", "民营", "国有", "外资", "子", "分"}
BAD_IN_PROPER = ("要", "并", "按照", "确保", "认真", "结合", "个")
# bodies named by their place alone (松坪派出所, 某某镇卫生院)
PLACE_BODIES = {"商会", "派出所", "法院", "人民法院", "检察院", "人民检察院", "中队", "大队", "卫生院", "人民医院", "中学",
                "小学", "党校"}
# bodies a level word alone names (县融媒体中心)
LEVEL_BODIES = {"融媒体中心", "海关"}
# an ordinal inside a body's name (第三派驻纪检监察组)
ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}")
# a suffix preceded by one of these characters ends an ordinary word, not a name (协商会)
NOT_AFTER = {"商会": "协", "学会": "学", "工会": "座"}
# stems that are also verbs: after an organisation they start a new clause
# (安委办组织应急管理局…, 应急办联合派出所…) unless the name ends right after them (党工委组织部)
VERB_STEMS = {"组织", "联合", "督查", "督导", "监督", "考核", "观摩", "创建", "服务", "招商", "促进", "审批",
              "救助", "更新", "创新", "振兴"}
PROPER_KINDS = {"company", "association", "school", "hospital", "bank", "media", "institute"}
# the government body of a zone that is not a development zone
GOVERNMENT_OF = {"county": "人民政府", "street": "办事处", "town": "人民政府", "city": "人民政府"}
# how a department bulletin names its issuing body (我委, 本局, 委党组, 局办公室)
ISSUER_REFS = ("我委", "本委", "我局", "本局", "我办", "本办", "我厅", "本厅", "委", "局", "厅")
# bodies of a department itself, written bare in its own bulletin (党组, 机关党委)
ISSUER_BODIES = ("党组", "机关党委", "机关党支部", "机关纪委", "机关工会", "工会", "党委")
# its internal units written bare (（办公室 某某）, 办公室主任)
ISSUER_UNITS = ("办公室", "人事科", "综合科", "财务科", "机关服务中心", "信息中心")
# how a text names the company that builds a project
BUILDER_AFTER = re.compile(r"(?:负责施工|承建|负责工程施工|为施工单位|作为施工单位)")
BUILDER_BEFORE = re.compile(r"(?:施工单位(?:为|是)?|承建单位(?:为|是)?|施工方)\s*$")
# a division of a department, in the department's own bulletin (厅规划计划处, 招商二科)
INTERNAL_UNIT = re.compile(f"[厅局委][{HAN}]{{2,10}}(?:处|科|室)|[{HAN}]{{2,10}}处")
# verbs that open a clause: a name never starts with them followed by more stems
CLAUSE_VERBS = {"组织", "督导", "督查", "监督", "考核", "观摩", "创建", "审批", "救助"}
# words that refer back to a company named before (公司董事长某某, 集团党委书记某某)
FULL_FORM_END = re.compile("委员会|局|办公室|中心|厅")
PARTY_TAILS = ("党组", "党委", "党工委", "党总支", "党支部")
# departments that only a party committee has (组织部 alone in a county bulletin)
PARTY_ONLY_DEPTS = ("组织部", "宣传部", "统战部", "统一战线工作部")
BACKREFS = {"公司": "company", "该公司": "company", "集团": "company", "该集团": "company"}
# level words that open a name of that level's zone (县水利局, 镇党委, 社区居委会...)
LEVEL_PREFIX = (("街道", "street"), ("社区", "community"), ("县", "county"), ("镇", "town"), ("乡", "town"),
                ("村", "village"))
NOT_LEVEL_WORDS = ("县城", "县域", "县级", "县直", "县乡", "县区", "镇村", "镇街", "乡村", "乡镇", "村民", "村级",
                   "村组", "社区居民", "村庄", "街道办事处主任")


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
        if home.province and home.province.endswith("自治区"):
            places.add("自治区")     # 自治区商务厅, 自治区党委 in a bulletin of an autonomous region
        for sz in zones.subzones:
            places.add(sz)
        for parent in (home.county, home.district):
            if parent:
                places.add(parent)
        stem = _home_stem(home)
        if stem:
            places.add(stem)     # 松坪派出所 in a 松坪街道 bulletin
        self.places = places
        self.places_longest_first = tuple(sorted(places, key=len, reverse=True))
        self.stems = set(lex.org_stems)
        self.suffixes = dict(lex.org_suffixes)
        for g in GROUP_SUFFIXES:
            self.suffixes.setdefault(g, "other")
        self.cores = dict(lex.core_bodies)
        for b, kind in BACKREFS.items():
            self.cores.setdefault(b, (kind, "{company}"))
        self.maxlen = 26
        # organisations already read from the text by their proper name (companies, chambers,
        # schools...): a title written after one of them belongs to it (润禾置业副总经理某某)
        self.known: set[str] = set()
        # a county or town written alone before a title stands for its government (柳塘镇镇长)
        self.governing_places = {n for n, k in zones.subzones.items() if k == "town"}
        if home.kind in ("county", "town"):
            self.governing_places.add(home.name)
        if home.county:
            self.governing_places.add(home.county)
        self.proper_suffixes = tuple(sorted(set(PROPER_SUFFIXES), key=len, reverse=True))
        self.all_suffixes = tuple(sorted(set(self.suffixes) | set(self.cores), key=len, reverse=True))
        # suffixes grouped by their last character, longest first: find() only looks at the
        # positions where some suffix can end, and tries only the suffixes ending there
        by_last: dict[str, list[str]] = {}
        for suf in self.all_suffixes:
            by_last.setdefault(suf[-1], []).append(suf)
        self._by_last = {c: tuple(v) for c, v in by_last.items()}
        self._suffix_end = re.compile("[" + "".join(re.escape(c) for c in sorted(by_last)) + "]")
        self._seg_cache: dict[str, list[tuple[str, str]] | None] = {}
        self._first_chars = {w[0] for w in (*self.places, *SINGLE_PLACES, *self.cores, *self.suffixes, *self.stems) if w}

    # -- validity by segmentation --------------------------------------------------------
    def segment(self, name: str) -> list[tuple[str, str]] | None:
        """Tokens (kind, text) covering `name`, or None. kinds: place, stem, conn, suffix, core, num."""
        if name in self._seg_cache:
            return self._seg_cache[name]
        toks = self._segment(name)
        self._seg_cache[name] = toks
        return toks

    def _segment(self, name: str) -> list[tuple[str, str]] | None:
        n = len(name)
        if not n or (name[0] not in self._first_chars and not name[0].isdigit() and name[0] != "第"):
            return None        # no token starts with this character
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
                if w.isdigit() or (w[0] == "第" and ORDINAL.fullmatch(w)):
                    kinds.append("num")
                for k in kinds:
                    cand = best[i] + [(k, w)]
                    if best[j] is None or len(cand) < len(best[j]):
                        best[j] = cand
        return best[n]

    def valid(self, name: str) -> bool:
        if name in self.known or name in self.governing_places:
            return True
        if self.zones.home.issuer and INTERNAL_UNIT.fullmatch(name) and not name.startswith(("各", "全", "该")):
            return True        # 厅规划计划处, 水旱灾害防御处: a division of the issuing department
        if "届" in name:
            bare = SESSION.sub("", name)
            if bare != name:
                return self.valid(bare)
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
            if k == "stem" and w in VERB_STEMS and 0 < i < len(toks) - 2 and \
                    toks[i - 1][0] in ("suffix", "core"):
                return False   # 办公室|组织|应急管理局: a verb, then a second organisation
            if k == "stem" and w in CLAUSE_VERBS and i + 1 < len(toks) and toks[i + 1][0] == "stem" and \
                    all(t[0] == "place" for t in toks[:i]):
                return False   # 组织|应急管理|局: the verb of the clause, not part of the name
        body = [t for t in toks if t[0] != "place"]
        if not body:
            return False
        if len(body) == 1 and body[0][1] in PLACE_BODIES and toks[0][0] == "place" and \
                toks[0][1] not in SINGLE_PLACES:
            return True
        if toks[0][1] == "中共" and body[0][1] in ("委员会", "工作委员会") and \
                all(k == "place" for k, _ in toks[:toks.index(body[0])]) and len(toks) > len(body) + 1:
            return True        # 中共岚川县棠梨乡委员会(办公室): a party committee by its formal name
        if len(body) == 1 and body[0][1] in LEVEL_BODIES and toks[0][0] == "place":
            return True        # 县融媒体中心, 某市海关: one such body per place and level        # 松坪派出所, 某某镇卫生院: a place and a body that needs no stem
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
        for m in self._suffix_end.finditer(text, start, end):
            e = m.end()
            suf = next((s for s in self._by_last[m.group()]
                        if e - len(s) >= start and text.startswith(s, e - len(s))), None)
            if suf is None:
                continue
            nxt = text[e:e + 2]
            if any(nxt.startswith(c) for c in NO_CONTINUE.get(suf, "")) if len(suf) <= 2 else False:
                continue
            if nxt[:1] and suf in NO_CONTINUE and nxt[0] in NO_CONTINUE[suf]:
                continue
            if suf in NOT_AFTER and text[e - len(suf) - 1:e - len(suf)] in NOT_AFTER[suf]:
                continue
            s = self._start(text, start, e, suf)
            if s is not None and s > 0 and text[s - 1] in "各":
                continue       # 各项目部, 各分局: every body of a kind, not one organisation
            if s is not None and s > 0 and text[s - 1] == "全" and text[s] in "省市县区镇乡":
                continue       # 全市人大代表, 全县政协委员: the level's members, not its body
            if s is not None and text[s:e] not in BACKREFS:
                spans.append((s, e))
        return _outermost(spans)

    def _start(self, text: str, lo: int, e: int, suf: str) -> int | None:
        best = None
        for s in range(e - len(suf), max(lo, e - self.maxlen) - 1, -1):
            ch = text[s]
            if not (_HAN_CHAR.match(ch) or ch.isdigit()):
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
        while s > lo and s > e - 20 and _HAN_CHAR.match(text[s - 1]):
            s -= 1
        window = text[s:e - len(suf)]
        # a place word inside a city name (新乡, 乡 of 新乡) does not cut the name
        inside = _city_spans(window)
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


def _home_stem(home) -> str | None:
    """The proper part of the home zone's name (松坪 of 松坪街道, 青岚 of 青岚县)."""
    if home.generic and home.name.endswith(home.generic) and len(home.name) - len(home.generic) >= 2:
        return home.name[: -len(home.generic)]
    return None


_CITY_INDEX: tuple[frozenset[str], tuple[int, ...]] | None = None


def _city_spans(window: str) -> list[tuple[int, int]]:
    """Where the lexicon's city names occur in `window` (start, end)."""
    global _CITY_INDEX
    if _CITY_INDEX is None:
        cities = lexicon().cities
        _CITY_INDEX = (cities, tuple(sorted({len(c) for c in cities if c})))
    cities, lens = _CITY_INDEX
    return [(i, i + n) for i in range(len(window)) for n in lens if window[i:i + n] in cities]


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
        self.text = ""          # the document text, set by find_in (for nearest-zone lookups)
        self.read_as: dict[str, str] = {}    # a known proper name written with a level word -> its full name
        self.expanded: dict[str, str] = {}
        self._full_forms: tuple[str, set[str]] | None = None   # short form (某县发展改革委) -> the full name it stands for

    # -- full names ------------------------------------------------------------------------
    def full_name(self, raw: str, local_zone: str | None = None, span: tuple[int, int] | None = None) -> str:
        name = self._full_name(raw, local_zone, span)
        return self._canonical(name) if name else raw

    def _full_name(self, raw: str, local_zone: str | None, span: tuple[int, int] | None) -> str | None:
        z = self.zones.home
        if "届" in raw:
            raw = SESSION.sub("", raw)      # 县十九届人大常委会 -> 县人大常委会
        if raw == "管委会" and (z.kind in GOVERNMENT_OF or z.kind == "district" and not z.admin_committee):
            # a county / street / town (and a district the text never gives a 管委会) is
            # governed by its 人民政府 / 办事处, not by a 管委会
            return z.name + GOVERNMENT_OF.get(z.kind, "人民政府")
        if z.issuer:
            if raw in ISSUER_BODIES or raw in ISSUER_UNITS:
                return z.issuer + raw                  # 党组 in a 某某市商务局 bulletin
            for ref in ISSUER_REFS:
                if raw.startswith(ref) and (raw == ref and len(ref) == 2 or len(raw) > len(ref)
                                            and not raw.startswith(("委员会", "局长"))):
                    rest = raw[len(ref):]
                    if not rest or rest in ISSUER_BODIES or self.grammar.segment(rest) or INTERNAL_UNIT.fullmatch(rest):
                        return z.issuer + rest        # 我委, 委党组, 局办公室, 厅规划计划处
        if raw in PARTY_ONLY_DEPTS and z.kind in ("county", "district") and not z.issuer:
            return f"中共{z.name}委{raw}"      # 组织部 of a county is its party committee's
        if raw.startswith("自治区") and z.province and z.province.endswith("自治区") and len(raw) > 3:
            rest = raw[3:]
            if rest in ("党委", "委"):
                return f"中共{z.province}委员会"
            return z.province + rest
        if raw in self.grammar.cores:
            kind, template = self.grammar.cores[raw]
            values = {}
            for key in re.findall(r"\{(\w+)\}", template):
                values[key] = self._level(key, local_zone, span)
                if not values[key]:
                    return None if raw in BACKREFS else raw
            return template.format(**values)
        for back in BACKREFS:
            if raw.startswith(back) and raw[len(back):] in ("党委", "党支部", "党总支", "党组", "工会") and span:
                company = self._level("company", local_zone, span)
                return company + raw[len(back):] if company else raw
        if raw in self.grammar.known:
            return self.read_as.get(raw, raw)
        for alias in z.aliases:
            if raw.startswith(alias) and len(raw) > len(alias):
                return z.name + raw[len(alias):]
        if not raw.startswith(NOT_LEVEL_WORDS):
            for prefix, level in LEVEL_PREFIX:
                if raw.startswith(prefix) and len(raw) > len(prefix):
                    zone = self._level(level, local_zone, span)
                    rest = raw[len(prefix):]
                    if level == "county" and rest.startswith("委"):
                        return f"中共{zone}{rest}" if zone else raw
                    if zone:
                        return zone + rest
                    if level == "county":
                        return raw       # 县水利局 of a county the text does not name
                    break
        if local_zone:
            for generic in ("街道办事处", "街道办", "街道", "办事处", "镇", "乡", "社区", "村"):
                if raw.startswith(generic) and local_zone.endswith(generic) and len(raw) > len(generic):
                    return local_zone + raw[len(generic):]
        if raw.startswith("区") and not raw.startswith("区域") and z.kind in ("street", "town") and z.district:
            rest = raw[1:]
            return f"中共{z.district}{rest}" if rest.startswith("委") else z.district + rest
        if raw.startswith("中共"):
            rest = raw[2:]
            if rest.startswith(("市委", "县委")) and z.city:
                return f"中共{z.city}{rest}"
            return raw
        if raw.startswith("市委"):
            return f"中共{z.city}{raw}" if z.city else raw
        if raw.startswith("市") and not raw.startswith(("市场", "市政")):
            return f"{z.city}{raw}" if z.city else raw
        if raw.startswith("省委"):
            return f"中共{z.province}{raw[1:]}" if z.province else raw
        if raw.startswith("省"):
            return z.province + raw[1:] if z.province else raw
        if raw.startswith("区") and not raw.startswith("区域"):
            return z.name + raw[1:]
        if self._has_place(raw) or self._is_proper(raw) or raw in STANDALONE:
            return raw
        for name, org in self.orgs.items():
            if name.endswith(raw) and name != raw:
                return name
        if z.issuer:
            return z.issuer + raw       # 价格科, 办公室 of the department issuing the bulletin
        return z.name + raw

    def _level(self, key: str, local_zone: str | None, span: tuple[int, int] | None) -> str | None:
        """The zone (or company) a level word refers to at `span`: the nearest one of that
        level written before it, else the local zone or the home zone of that level."""
        z = self.zones.home
        if key == "zone":
            return z.name
        if key == "city":
            return z.city or self._nearest_place("市", span)     # a provincial bulletin: the city visited
        if key == "province":
            return z.province
        if key == "county":
            return z.county or (self._nearest_place("县", span, full=True) if z.kind in ("province", "city") else None)
        if key == "district":
            return z.district or (z.name if z.kind in ("district", "development_zone") else None)
        if key == "company":
            return self._nearest_company(span)
        kinds = {"town": ("town",), "street": ("street",), "community": ("community",), "village": ("village",)}[key]
        near = self._nearest_zone(kinds, span)
        if near:
            return near
        if local_zone and self.zones.subzones.get(local_zone) in kinds:
            return local_zone
        if z.kind in kinds:
            return z.name
        return None

    def _nearest_zone(self, kinds: tuple[str, ...], span: tuple[int, int] | None, window: int = 160) -> str | None:
        if not span or not self.text:
            return None
        lo = max(0, span[0] - window)
        seg = self.text[lo:span[0]]
        best = None
        for name, kind in self.zones.subzones.items():
            if kind not in kinds:
                continue
            i = seg.rfind(name)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, name)
        if self.zones.home.kind in kinds:
            i = seg.rfind(self.zones.home.name)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, self.zones.home.name)
        return best[1] if best else None

    def _nearest_place(self, level: str, span: tuple[int, int] | None, full: bool = False,
                       window: int = 240) -> str | None:
        """The city (stem) or county (full name) written nearest before `span`: what 市政府 /
        县政府 mean in a bulletin of a higher level that speaks of several of them."""
        if not span or not self.text:
            return None
        seg = self.text[max(0, span[0] - window):span[0]]
        found = None
        for m in re.finditer(f"([{HAN}]{{2}}){level}(?![长委级域城直])", seg):
            stem = m.group(1)
            if stem not in self.zones.cities and not plausible_stem(stem, lexicon()):
                continue
            found = stem + level if full else stem
        return found

    def _nearest_company(self, span: tuple[int, int] | None, window: int = 400) -> str | None:
        if not span:
            return None
        cands = []
        for org in self.orgs.values():
            if org.kind != "company":
                continue
            ends = [b for a, b in org.mentions if span[0] - window <= a and b <= span[0]]
            if ends:
                cands.append((max(ends), org.name))
        if not cands:
            return None
        end, name = max(cands)
        # a short form (云溪城投集团) next to the full name it stands for: take the full name
        longer = [n for _, n in cands if n != name and n[:2] == name[:2] and len(n) > len(name)]
        return max(longer, key=len) if longer else name

    def _canonical(self, name: str) -> str:
        """Standard full names of governing bodies: 青岚县委 -> 中共青岚县委, 荷塘镇党委 ->
        中共荷塘镇委员会, 云溪县政府 -> 云溪县人民政府, 云溪县政协 -> 政协云溪县委员会."""
        zones = self._zone_names()
        if name in self.grammar.governing_places:
            return name + "人民政府"
        m = re.fullmatch(f"(?:中共)?([{HAN}]{{2,8}}?[县市区])委(.*)", name)
        if m and m.group(1) in zones and not m.group(2).startswith(("员会", "会")):
            return f"中共{m.group(1)}委{m.group(2)}"
        m = re.fullmatch(f"(?:中共)?([{HAN}]{{2,8}}?[镇乡])党委", name)
        if m and m.group(1) in zones:
            return f"中共{m.group(1)}委员会"
        m = re.fullmatch(f"(?:中共)?([{HAN}]{{2,8}}?[镇乡])纪委", name)
        if m and m.group(1) in zones:
            return f"中共{m.group(1)}纪律检查委员会"
        m = re.fullmatch(f"([{HAN}]{{2,8}}?[镇乡])人大(?:主席团)?", name)
        if m and m.group(1) in zones:
            return f"{m.group(1)}人民代表大会"
        m = re.fullmatch(f"([{HAN}]{{2,8}}?[县市区镇乡])政府(.*)", name)
        if m and m.group(1) in zones:
            return f"{m.group(1)}人民政府{m.group(2)}"
        m = re.fullmatch(f"([{HAN}]{{2,8}}?[县市区])政协", name)
        if m and m.group(1) in zones:
            return f"政协{m.group(1)}委员会"
        return name

    def _zone_names(self) -> set[str]:
        z = self.zones.home
        names = {z.name, *self.zones.subzones, *(n for n in (z.county, z.district, z.city_full) if n)}
        return {n for n in names if not n.endswith(("社区", "小区", "园区", "街区"))}

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
        if name.startswith("政协") and name.endswith("委员会"):
            return "cppcc"
        if name.startswith("中共") and name.endswith("委员会") and not name.endswith("委员会委员会"):
            return "party_committee"
        if name.endswith("人大常委会"):
            return "legislature"
        for suf in self.grammar.all_suffixes:
            if name.endswith(suf):
                if suf in self.grammar.cores:
                    return self.grammar.cores[suf][0]
                return self.grammar.suffixes.get(suf, "other")
        return "other"

    # -- registering -----------------------------------------------------------------------
    def add(self, raw: str, span: tuple[int, int] | None = None, local_zone: str | None = None,
            kind: str | None = None) -> str:
        if (kind == "company" or raw in self.grammar.known or raw.endswith(COMPANY_ENDINGS)) and len(raw) >= 4:
            # a short company name (润禾置业, 某某城投集团) of a full name already read
            # (某某市润禾置业有限公司, 某某城市建设投资集团有限公司)
            full = self.company_of_short(raw)
            if full:
                self.grammar.known.add(raw)
                raw = full
        name = self.full_name(raw, local_zone, span)
        if name.endswith("管理委员会") and len(name) > 7:
            name = name[:-5] + "管委会"     # the formal name of the body bulletins call 管委会
        if name in self.expanded:
            name = self.expanded[name]
        elif name not in self.orgs:
            full = self._expand_short(name)
            tail = next((t for t in PARTY_TAILS if name.endswith(t) and len(name) > len(t) + 2), None)
            if full == name and tail:
                # 某县发展改革委党组: the 党组 of the body the short form stands for
                stem = name[: -len(tail)]
                stem_full = self.expanded.get(stem) or self._expand_short(stem)
                if stem_full != stem:
                    self.expanded[stem] = stem_full
                    full = stem_full + tail
            if full != name:
                self.expanded[name] = full
                name = full
        if name in BACKREFS or (name == raw and raw in self.grammar.cores and
                                re.search(r"\{(?:town|street|community|village|company)\}", self.grammar.cores[raw][1])):
            return name         # 公司, 社区党支部 with no company / community to refer to: nothing to register
        org = self.orgs.get(name)
        if org is None and kind is None and name not in self.grammar.known and \
                not name.endswith(self.grammar.all_suffixes + self.grammar.proper_suffixes):
            return name         # 记者, a person's name: a byline word, not an organisation
        if org is None:
            short = SESSION.sub("", raw) if "届" in raw else raw
            for alias in self.zones.home.aliases:
                if short.startswith(alias) and len(short) > len(alias):
                    short = short[len(alias):]
                    break
            if kind is None and raw in self.grammar.cores and raw not in BACKREFS:
                kind = self.grammar.cores[raw][0]
            org = Org(name, short, kind or self.kind_of(name))
            org.zone = self._zone_of(name)
            org.parent = self._parent_of(name)
            if org.parent:
                org.parent = self._canonical(org.parent)
            self.orgs[name] = org
            if org.parent and org.parent not in self.orgs:
                self.orgs[org.parent] = Org(org.parent, org.parent, self.kind_of(org.parent),
                                            zone=self._zone_of(org.parent))
        if span:
            org.mentions.append(span)
        if org.kind in PROPER_KINDS and len(raw) >= 3 and raw not in BACKREFS:
            self.grammar.known.update({raw, name})
            if raw != name and raw[0] in SINGLE_PLACES:
                self.read_as.setdefault(raw, name)     # 县融媒体中心 read again is the same body
        return name

    def _expand_short(self, name: str) -> str:
        """A department written in its short form (某县发展改革委, 某县卫健委) stands for the
        one body of the same place already known by its full name (某县发展和改革委员会):
        the short form keeps the full name's characters in order, skips some, ends with the
        same ending, and starts its own words where the full name's do."""
        if name.endswith("委员会") or not name.endswith(("委", "局", "办", "厅", "室", "中心")):
            return name          # not a short form of a department
        cands = set(self.orgs) | self._written_full_forms()
        if self.zones.home.issuer:
            cands.add(self.zones.home.issuer)
        out = []
        for full in cands:
            if len(full) <= len(name) or name in full or full.startswith("中共") != name.startswith("中共"):
                continue
            i = 0
            while i < len(name) and i < len(full) and name[i] == full[i]:
                i += 1
            # the shared beginning is the place (at least two characters), and the body's
            # first character follows it in both
            while i >= 2 and not self._place_prefix(full[:i]):
                i -= 1
            if i < 2 or i >= len(name) - 1:
                continue
            short, body = name[i:], full[i:]
            if short[0] != body[0] or not (short[-1] == body[-1] or short.endswith("委") and body.endswith("委员会")):
                continue
            # one body each (not 某委员会办公室 for 某委员会市政府办公室), no place inside
            st, bt = self.grammar.segment(short), self.grammar.segment(body)
            if bt is None or any(k == "place" for k, _ in bt) or \
                    sum(k in ("suffix", "core") for k, _ in bt) > 1 + sum(k in ("suffix", "core") for k, _ in (st or [])):
                continue
            if st and sum(k in ("suffix", "core") for k, _ in st) > 1 and not short.endswith(PARTY_TAILS):
                continue
            if short.endswith("委") and body.endswith("委员会"):
                body_core, short_core = body[:-3], short[:-1]
            else:
                body_core, short_core = body[:-1], short[:-1]
            it = iter(body_core)
            if len(short_core) >= 2 and all(c in it for c in short_core):
                out.append(full)
        return out[0] if len(out) == 1 else name

    def _written_full_forms(self) -> set[str]:
        """The full names of the bodies written in full anywhere in the document (a short
        form may come before the full name: 县卫健委 … 县卫生健康委员会)."""
        if not self.text:
            return set()
        if self._full_forms is None or self._full_forms[0] is not self.text:
            found = set()
            text = self.text
            # only the long forms matter: names ending with 委员会, or with 和 inside
            for m in FULL_FORM_END.finditer(text):
                e = m.end()
                suf = m.group()
                if suf != "委员会" and "和" not in text[max(0, e - 16):e]:
                    continue
                a = self.grammar._start(text, 0, e, suf)
                if a is not None:
                    raw = text[a:e]
                    if "和" in raw or raw.endswith("委员会"):
                        found.add(self.full_name(raw))
            self._full_forms = (self.text, found)
        return self._full_forms[1]

    def _place_prefix(self, prefix: str) -> bool:
        toks = self.grammar.segment(prefix)
        return bool(toks) and all(k == "place" for k, _ in toks)

    def company_before(self, pos: int, window: int = 40) -> str | None:
        """The company written last before `pos` in the same sentence (在某某有限公司车间内，
        副总经理某某介绍…: the officer's company)."""
        best = None
        for org in self.orgs.values():
            if org.kind != "company":
                continue
            for a, b in org.mentions:
                if pos - window <= b <= pos and not re.search("[。；;！？!?\n]", self.text[b:pos]) and \
                        (best is None or b > best[0]):
                    best = (b, org.name)
        return best[1] if best else None

    def builder_before(self, pos: int, window: int = 400) -> str | None:
        """The company last written as the builder before `pos` (施工单位为某公司, 某公司负责施工 /
        承建): whose 项目经理 a 施工单位项目经理 is."""
        best = None
        for org in self.orgs.values():
            if org.kind != "company":
                continue
            for a, b in org.mentions:
                if pos - window <= b <= pos and (BUILDER_AFTER.match(self.text, b)
                                                 or BUILDER_BEFORE.search(self.text, max(0, a - 8), a)) \
                        and (best is None or b > best[0]):
                    best = (b, org.name)
        return best[1] if best else None

    def org_before(self, pos: int, window: int = 60) -> str | None:
        """The organisation written last before `pos` in the same sentence (clause marks
        allowed, sentence ends not)."""
        best = None
        for org in self.orgs.values():
            for a, b in org.mentions:
                if pos - window <= b <= pos and (best is None or b > best[0]) and \
                        not re.search("[。；;！？!?\n]", self.text[b:pos]):
                    best = (b, org.name)
        return best[1] if best else None

    def company_of_short(self, short: str) -> str | None:
        """The one company already registered whose full name `short` stands for: it
        contains `short` (润禾置业 in 某某市润禾置业有限公司), or `short` abbreviates it."""
        cands = [n for n, o in self.orgs.items() if o.kind == "company" and n != short
                 and (short in n or self.abbreviates(short, n))]
        # a company and its own group name (某某集团有限公司, 某某集团): the longer one
        cands = [c for c in cands if not any(o != c and o.startswith(c) for o in cands)]
        return cands[0] if len(cands) == 1 else None

    def abbreviates(self, short: str, full: str) -> bool:
        """`short` is a short form of `full`: it keeps characters of the full name in their
        order (城投 of 城市建设投资), starts where the full name's own words start (after a
        place), and keeps at least two characters besides a place and a company ending
        (某某集团 alone says too little)."""
        if len(short) < 4 or len(short) >= len(full):
            return False
        body = short
        for end in COMPANY_ENDINGS:
            if body.endswith(end):
                body = body[: -len(end)]
                break
        own = body
        for p in self.grammar.places_longest_first:
            if own.startswith(p) and len(own) > len(p):
                own = own[len(p):]
                break
        if len(own) < 2:
            return False
        i = full.find(body[:2])
        if i < 0 or (i > 0 and full[:i] not in self.grammar.places and
                     not all(k == "place" for k, _ in (self.grammar.segment(full[:i]) or [("x", "")]))):
            return False
        it = iter(full[i:])
        return all(c in it for c in short)

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
        self.text = text
        for s, e in self.grammar.find(text, start, end):
            raw = text[s:e]
            out.append(Mention(s, e, raw, self.add(raw, (s, e), local_zone)))
        return out

    def org_tail(self, part: str) -> str | None:
        """The organisation a title phrase's head ends with (the words before 主任, 董事长...):
        the longest tail that is a grammar name, a core body, a known proper name (润禾置业) or
        a proper name ending with a company / school suffix (某某新材料有限公司). For callers
        reading title chains (persons._org_suffix)."""
        g = self.grammar
        best = None
        for i in range(len(part)):
            tail = part[i:]
            if len(tail) >= 2 and (g.valid(tail) or tail in g.cores):
                best = tail
                break
        for suf in g.proper_suffixes:
            if part.endswith(suf):
                s = g._proper_start(part, 0, len(part), suf)
                if s is not None and (best is None or len(part) - s > len(best)):
                    best = part[s:]
                break
        if best is None:
            # the short name of a company the bulletin named before (与某某半导体董事长…)
            for i in range(max(0, len(part) - 12), len(part) - 2):
                tail = part[i:]
                if tail in g.places or tail in lexicon().not_names:
                    continue
                if self.company_of_short(tail):
                    best = tail
                    break
        return best

    def lookup_short(self, raw: str) -> str | None:
        """An already-known organisation this short form refers to (观摩组 -> 伊滨区项目观摩组)."""
        if raw in self.orgs:
            return raw
        cands = [n for n in self.orgs if n.endswith(raw)]
        return min(cands, key=len) if cands else None
