"""Zones: the bulletin's home zone, its city and province, and the named sub-zones
(streets, towns, villages, communities, parks) mentioned in the text."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.extract.lexicon import lexicon
from loaders.extract.text import HAN

# generic names of economic / administrative zones, longest first
GENERIC_ZONES = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "产业集聚区",
                 "综合保税区", "综保区", "保税区", "高新区", "经开区", "开发区", "示范区", "试验区")
NOT_DISTRICTS = {"全区", "我区", "该区", "辖区", "园区", "社区", "城区", "本区", "景区", "片区", "街区",
                 "厂区", "校区", "新区", "各区", "市区", "县区", "山区", "矿区", "灾区", "老区", "小区",
                 "展区", "此区", "两区", "三区", "郊区", "湾区", "库区", "林区", "牧区", "营区", "分区",
                 "专区", "行政区", "功能区", "集聚区", "保税区", "示范区", "试验区", "开发区", "经开区",
                 "高新区", "风景区", "建城区", "农区", "东区", "西区", "南区", "北区", "A区", "B区",
                 "全市区", "城市区", "一区", "二区", "各城区", "该城区", "园区区", "自治区", "综保区"}
# a character before 区 that makes an ordinary word (社区, 小区, 园区, 院区...)
NOT_BEFORE_QU = set("社小园院城辖厂校景片街山矿灾老展湾库林牧营分专郊农市县政功聚税验区")
# cities whose name is also an ordinary word: only counted when written with 市
AMBIGUOUS_CITIES = {"朝阳", "大同", "中山", "三明", "吉林", "白山", "通化", "长治", "来宾", "玉林", "黑河",
                    "海东", "山南", "普洱", "安顺", "宣城", "长春", "永州", "吉安", "东营", "新余", "定西",
                    "金华", "丽水", "白银", "平凉", "开封", "安康", "黄山", "铜仁", "抚州", "随州", "荆门"}
SUBZONE_SUFFIX = (("街道办事处", "street"), ("街道办", "street"), ("办事处", "street"), ("街道", "street"),
                  ("工业园区", "park"), ("产业园区", "park"), ("工业园", "park"), ("产业园", "park"),
                  ("物流园区", "park"), ("镇", "town"), ("乡", "town"), ("社区", "community"),
                  ("小区", "community"), ("村", "village"))
SUBZONE_STOP = set("各全该本我此每原老两个一二三四五六七八九十多逐等和及与在到对为是的了街城乡镇村区由从经")
# a last character that ends no place name: particles, level words (1—5月全乡, 该镇), and
# prepositions (及时向乡纪委报告)
STEM_END_STOP = set("的了和与及全各本我该向把将给往赴至按据使让")
SUBZONE_STOP_STEMS = {"基层", "分包", "提升", "美丽", "工业", "产业", "安置", "老旧", "城市", "农村", "相关", "周边",
                      "所在", "各个", "文明", "和谐", "智慧", "示范", "重点", "建成", "村改", "新建", "在建", "该村"}


# verbs that often stand before a zone word (打造开发区, 结合开发区实际, 召开乡村振兴…)
COMMON_VERBS = {"落实", "贯彻", "学习", "领会", "听取", "汇报", "请示", "按照", "根据", "传达", "执行", "服从",
                "配合", "协助", "报请", "报送", "提请", "打造", "结合", "促进", "推动", "推进", "建设", "服务", "助力", "支持", "加快", "深入", "走进",
                "来到", "融入", "立足", "围绕", "扎根", "落户", "入驻", "引进", "召开", "叮嘱", "发展", "振兴",
                "建成", "创建", "全面", "带动", "辐射", "聚焦", "对接", "考察", "调研", "视察", "检查"}


@dataclass
class HomeZone:
    name: str                      # full name used as the scope of keys
    kind: str
    generic: str                   # the generic word as written (开发区), or "" for a named district
    city: str | None               # city stem (三门峡), or None
    province: str | None           # full province name (河南省), or None
    aliases: tuple[str, ...] = ()  # ways the text names it, longest first
    county: str | None = None      # the county the bulletin belongs to / is (青岚县), if named
    district: str | None = None    # the district a street / town belongs to (东湖区), if named
    issuer: str | None = None      # a department bulletin's issuing body (某某市商务局), if any
    admin_committee: bool = True   # the text gives the zone a 管委会 / 党工委 (a district may not)

    @property
    def city_full(self) -> str | None:
        return f"{self.city}市" if self.city else None


@dataclass
class Zones:
    home: HomeZone
    subzones: dict[str, str] = field(default_factory=dict)    # name -> kind
    cities: dict[str, int] = field(default_factory=dict)      # city stem -> mentions
    provinces: dict[str, int] = field(default_factory=dict)   # full name -> mentions


# a place name inside one of these names says where a company / association comes from,
# not where the bulletin is (成都某某汽车部件有限公司, 长沙市某某商会, 浙江大学)
FOREIGN_SUFFIXES = ("有限公司", "有限责任公司", "公司", "集团", "商会", "大学", "学院", "银行")


def _passing(text: str, s: int, e: int) -> bool:
    """True when the place name text[s:e] is mentioned in passing: a trip destination
    (赴深圳, 前往长沙), a venue (在长沙举行), a bracketed note (某某县（长沙）招商推介会) or the
    origin of a company / association (成都某某汽车部件有限公司, 长沙市某某商会)."""
    b1, b2 = text[s - 1:s] if s else "", text[max(0, s - 2):s]
    after = text[e + 1:] if text[e:e + 1] == "市" else text[e:]
    if b1 in ("赴", "到", "去", "至", "抵", "（", "(") or b2 == "前往":
        return True
    if _trip(text, s):
        return True
    if after[:1] in ("）", ")"):
        return True
    if b1 == "在" and re.match("(?:举行|举办|召开|开展)", after):
        return True
    run = re.match(f"[{HAN}]{{0,16}}", after).group()
    return any(0 <= run.find(suf) <= 14 for suf in FOREIGN_SUFFIXES)


CLAUSE_END = re.compile("[，。；！？,;!?\n]")


def _clause_before(text: str, s: int) -> str:
    lo = max(0, s - 40)
    ends = [m.end() for m in CLAUSE_END.finditer(text, lo, s)]
    return text[ends[-1] if ends else lo:s]


def _trip(text: str, s: int) -> bool:
    """The place at `s` is a destination of a trip or a tour (率队赴甲省乙市、丙市考察,
    先后来到甲市某中心、乙市某区): the clause before it goes somewhere."""
    return bool(re.search("赴|前往|来到|走进|途经", _clause_before(text, s)))


def _company_origin_provinces(text: str, lex) -> Counter:
    """Provinces named only as the origin of companies (河北某某物流有限公司): a hint for a
    bulletin that never names its province itself; trips and venues (在某省某公司) excluded."""
    found: Counter = Counter()
    for form, full in lex.provinces.items():
        if full.endswith("市") or form not in text:
            continue
        for m in re.finditer(re.escape(form), text):
            s, e = m.start(), m.end()
            if _trip(text, s) or text[s - 1:s] in ("在", "到", "赴", "至"):
                continue
            run = re.match(f"[{HAN}]{{0,16}}", text[e:]).group()
            if any(0 <= run.find(suf) <= 14 for suf in FOREIGN_SUFFIXES):
                found[full] += 1
    return found


def reliable_count(text: str, word: str) -> int:
    """Mentions of a place name that speak of the bulletin's own area (see _passing)."""
    return sum(1 for a, b in _occurrences(text, word) if not _passing(text, a, b))


def _occurrences(text: str, word: str):
    """(start, end) of the non-overlapping occurrences of `word`, left to right (what
    re.finditer of the escaped word gives, without compiling a pattern per word)."""
    if not word:
        yield from ((m.start(), m.end()) for m in re.finditer("", text))
        return
    i = text.find(word)
    while i >= 0:
        yield i, i + len(word)
        i = text.find(word, i + len(word))


# characters after X市 that make a word of 市 (市场, 市民, 市政...), not a city name
CITY_WORD_AFTER = set("场民政值容貌级井况面")


def _after_title(text: str, s: int, lex) -> bool:
    """True when a title (委员, 书记...) or 同志 stands right before text[s:]: a person's
    name starts there (宣传委员濮阳某某 is a person whose family name is a city name)."""
    before = text[max(0, s - 6):s]
    return before.endswith(("同志", "先生", "女士")) or any(before.endswith(t) for t in lex.titles)


def _city_mentions(text: str, city: str, lex) -> int:
    n = 0
    for a, b in _occurrences(text, city):
        if text[b:b + 1] != "市" and _after_title(text, a, lex):
            continue
        n += 1
    return n


def find_unknown_cities(text: str, lex=None) -> Counter:
    """Cities the lexicon does not list (invented or small ones), written with 市 at a word
    boundary (滦阳市发展和改革委员会, 、某某市人民政府): the stem must look like a place name
    and X市 must be written at least twice, or open the masthead."""
    lex = lex or lexicon()
    found: Counter = Counter()
    head = "\n".join(text.split("\n")[:4])[:200]
    for m in re.finditer(f"(?:(?<![{HAN}])|(?<=省)|(?<=自治区))([{HAN}]{{2}})市(?=[{HAN}])", text):
        stem = m.group(1)
        if stem in lex.cities or text[m.end():m.end() + 1] in CITY_WORD_AFTER:
            continue
        if stem in lex.not_place_stems or stem in lex.provinces or not plausible_stem(stem, lex):
            continue
        found[stem] += 1
    organ = {m.group(1) for m in re.finditer(f"([{HAN}]{{2}})市(?:人民政府|委|政府)", text)}
    return Counter({c: text.count(c) for c, n in found.items()
                    if n >= 2 or c in organ or re.search(f"(?<![{HAN}]){c}市", head)})


def find_cities(text: str) -> Counter:
    lex = lexicon()
    found: Counter = Counter()
    for city in lex.cities:
        if city not in text:
            continue
        n = _city_mentions(text, city, lex)
        if city in AMBIGUOUS_CITIES:
            n = text.count(city + "市")
        if n:
            found[city] = n
    found.update(find_unknown_cities(text, lex))
    # a shorter city name inside a longer one (e.g. 吉林 inside 吉林市) is fine; drop cities
    # only found inside another found city's name
    for a in list(found):
        for b in list(found):
            if a != b and a in b and found[a] <= found[b]:
                del found[a]
                break
    return found


def find_provinces(text: str) -> Counter:
    lex = lexicon()
    found: Counter = Counter()
    # a full name (河南省) counts twice: once as itself, once through its short form (河南)
    for form, full in lex.provinces.items():
        n = text.count(form)
        if n:
            found[full] += n
    return found


def find_named_districts(text: str) -> Counter:
    """Two-character names + 区 written after a boundary (伊滨区, 黄泛区), by frequency."""
    named: Counter = Counter()
    for m in re.finditer(f"(?<![{HAN}])([{HAN}]{{2}})区|(?<=[市县])([{HAN}]{{2}})区", text):
        word = (m.group(1) or m.group(2)) + "区"
        if word in NOT_DISTRICTS or word[1] in NOT_BEFORE_QU or word[0] in "各该本全我此每":
            continue
        named[word] += 1
    return named


# wording that shows which level of government issues the bulletin (全县, 县委, 街道党工委...)
LEVEL_WORDS = {
    "县": ("县委", "县政府", "县人民政府", "县人大", "县政协", "全县", "本县", "我县", "县领导", "县长", "县直"),
    "街道": ("街道党工委", "街道办事处", "全街道", "本街道", "街道办"),
    "镇": ("镇党委", "镇政府", "镇人民政府", "全镇", "本镇", "我镇", "镇长"),
    "乡": ("乡党委", "乡政府", "乡人民政府", "全乡", "本乡", "乡长"),
}
LEVEL_KIND = {"县": "county", "街道": "street", "镇": "town", "乡": "town", "区": "district"}
DEV_WORDS = GENERIC_ZONES + ("管委会",)
# generic names that mean the same development zone (云岭经济技术开发区 = 云岭经开区 = 经开区)
EQUIVALENT_GENERICS = (("经济技术开发区", "经济开发区", "经开区", "开发区"),
                       ("高新技术产业开发区", "高新技术开发区", "高新区", "开发区"),
                       ("综合保税区", "综保区", "保税区"))


def plausible_stem(stem: str, lex) -> bool:
    """A two-character place name: not a verb, a pronoun-like word or a common word."""
    if stem[0] in SUBZONE_STOP or stem[-1] in SUBZONE_STOP or stem in SUBZONE_STOP_STEMS:
        return False
    if stem in lex.not_names or stem in lex.cities or stem in lex.provinces or stem in lex.not_place_stems:
        return False
    return stem not in COMMON_VERBS and stem not in _verb_words(lex)


def level_candidates(text: str, level: str, lex) -> Counter:
    """Named zones of one level (青岚县, 松坪街道, 荷塘镇), scored by how often the text
    writes them and their stem (云溪县, 云溪日报, 云溪城投...)."""
    found: Counter = Counter()
    for m in re.finditer(f"([{HAN}]{{2}}){level}", text):
        stem = m.group(1)
        if level in ("镇", "乡") and text[m.end():m.end() + 1] in ("村", "镇", "街", "乡"):
            continue          # 镇村干部, 乡村振兴, 乡镇: words, not a named town
        if level == "乡" and text[m.end():m.end() + 1] in WORD_AFTER_XIANG:
            continue          # 留住乡愁: a word, not a township
        if text[m.end():m.end() + 1] == "长" or "副" in stem:
            continue          # 常务副县长, 副镇长: titles
        if stem[-1] in STEM_END_STOP:
            continue
        if not plausible_stem(stem, lex):
            continue
        found[stem + level] += 1
    scored: Counter = Counter()
    for name, n in found.items():
        stem = name[:2]
        scored[name] = n + reliable_count(text, stem) / 2
    return scored


def _aliases(name: str, stem: str, gen: str, text: str, city: str | None) -> set[str]:
    aliases = {name}
    if gen in ("县", "区", "镇", "乡"):
        return aliases
    aliases.add(gen)
    gens = {gen}
    for group in EQUIVALENT_GENERICS:
        if gen in group:
            gens.update(g for g in group if g in text)
    for g in GENERIC_ZONES:
        if g in text and (g.endswith(gen) or gen.endswith(g)):
            gens.add(g)
    for g in gens:
        aliases.update({g, stem + g})
        if city:
            aliases.update({f"{city}{g}", f"{city}市{g}"})
    if gens & {"经开区", "经济开发区", "经济技术开发区"}:
        aliases.add("经开")
    return aliases


def find_home_zone(text: str, cities: Counter, provinces: Counter) -> HomeZone:
    lex = lexicon()
    # the bulletin's own city and province: only from mentions that speak of its own area
    # (not company names, trip destinations or venues)
    own_cities = Counter({c: k for c in cities if (k := reliable_count(text, c))})
    own_provinces: Counter = Counter()
    for form, full in lex.provinces.items():
        if full.endswith("市") and form != full:
            continue      # 北京 of 北京非首都功能: a municipality counts as a province only as 北京市
        k = reliable_count(text, form) if form in text else 0
        if k:
            own_provinces[full] += k
    if not own_provinces:
        # named only as the origin of companies (河北某某物流有限公司): a hint when one
        # province clearly dominates
        origin = _company_origin_provinces(text, lex).most_common(2)
        if origin and (len(origin) == 1 or origin[0][1] >= 2 * origin[1][1]):
            own_provinces = Counter(dict(origin[:1]))
    province = own_provinces.most_common(1)[0][0] if own_provinces else None
    masthead_city = _masthead_city(text, cities)
    city = masthead_city or (own_cities.most_common(1)[0][0] if own_cities else None)
    city_re = "|".join(sorted(set(lex.cities) | set(cities), key=len, reverse=True))
    gen_re = "|".join(GENERIC_ZONES)
    explicit: Counter = Counter()
    for m in re.finditer(f"({city_re})(市)?({gen_re})", text):
        if not _passing(text, m.start(), m.end()):
            explicit[(m.group(1), m.group(3))] += 1
    generic: Counter = Counter()
    for g in GENERIC_ZONES:
        n = text.count(g)
        if n:
            generic[g] = n
    named = find_named_districts(text)
    masthead = _masthead_zone(text, lex)
    levels = {lv: sum(text.count(w) for w in words) for lv, words in LEVEL_WORDS.items()}
    dev = sum(text.count(w) for w in DEV_WORDS) - text.count("街道党工委")

    def parents(name: str, kind: str) -> tuple[str | None, str | None]:
        county = name if kind == "county" else None
        if county is None and kind in ("town", "street"):
            # 中共岚川县棠梨乡委员会: the county written before the town's own name
            m = re.search(f"([{HAN}]{{2}})县{name}", text)
            if m and plausible_stem(m.group(1), lex):
                county = m.group(1) + "县"
        if county is None and levels["县"] >= 2:
            cands = level_candidates(text, "县", lex)
            if cands and cands.most_common(1)[0][1] >= 2:
                county = cands.most_common(1)[0][0]
        district = name if kind == "district" else None
        if district is None and kind in ("street", "town"):
            d = [(n, w) for w, n in named.items() if w != name]
            if d:
                district = max(d)[1]
        return county, district

    def home(name: str, kind: str, gen: str, stem: str, city: str | None) -> HomeZone:
        aliases = _aliases(name, stem, gen, text, city)
        county, district = parents(name, kind)
        return HomeZone(name, kind, gen, city, province, tuple(sorted(aliases, key=len, reverse=True)),
                        county, district)

    park = _masthead_park(text)
    if park:
        # an industrial park's own bulletin (某某临港产业园区管理委员会): the text calls it 园区
        stem, gen = park
        name = stem + gen
        park_city = next((c for c in sorted(cities, key=len, reverse=True) if stem.startswith(c)), None)
        if park_city is None and f"{stem[:2]}市" in text:
            park_city = stem[:2]
        aliases = {name, "园区", "产业园区" if gen.endswith("园区") else gen}
        if park_city and len(stem) > len(park_city) + 1:
            aliases.add(name[len(park_city):])     # 临港产业园区 without its city
        county, district = parents(name, "development_zone")
        return HomeZone(name, "development_zone", gen, park_city or city, province,
                        tuple(sorted(aliases, key=len, reverse=True)), county, district)
    if masthead and not any(c == masthead[0] for c, _g in explicit):
        stem, gen = masthead
        kind = LEVEL_KIND.get(gen, "development_zone")
        name = stem + gen
        for group in EQUIVALENT_GENERICS:
            # the longest way the text writes the zone's own name (凭江综保区 -> 凭江综合保税区)
            if gen in group and group[0] != gen and stem + group[0] in text:
                name = stem + group[0]
                break
        if kind == "development_zone" and city and city != stem and stem not in lex.cities \
                and not re.search(f"{city}市?(?:委|政府|人民政府)", text) \
                and re.search("(?<![县区镇乡省])市(?:委|政府)", text):
            # 潆州经开区 speaks of 市委 and only visits 深圳: the city is the zone's own
            city = stem
        return home(name, kind, gen, stem, city)
    provincial = _masthead_provincial_issuer(text)
    if provincial:
        # a provincial department's bulletin (江西省水利厅办公室编): it speaks for the province
        prov, body = provincial
        return HomeZone(prov, "province", "", None, prov, (prov,), None, None, body)
    own_city = _masthead_own_city(text)
    if own_city:
        # no county of its own: 县委 / 县政府 are those of the county it is speaking of
        return HomeZone(f"{own_city}市", "city", "市", own_city, province, (f"{own_city}市",))
    issuer = _masthead_issuer(text, masthead_city)
    if issuer:
        county, district = parents(issuer, "city")
        return HomeZone(f"{masthead_city}市", "city", "市", masthead_city, province,
                        (f"{masthead_city}市",), county, district, issuer)
    if not explicit:
        # a county / street / town bulletin that does not name itself in its masthead:
        # the level its wording speaks for (全县, 县委...), and the most written zone of it
        level, ev = max(levels.items(), key=lambda kv: kv[1])
        if ev >= 3 and ev > dev:
            cands = level_candidates(text, level, lex)
            if cands and cands.most_common(1)[0][1] >= 2:
                name = cands.most_common(1)[0][0]
                return home(name, LEVEL_KIND[level], level, name[:2], city)
    best_generic = max(generic.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    best_named = named.most_common(1)[0] if named else None
    if explicit:
        (c, g), _ = explicit.most_common(1)[0]
        name, gen, city = c + g, g, c
        kind = "development_zone"
    elif best_named and best_named[1] >= 3 and (not best_generic or best_named[1] > best_generic[1]):
        name, gen, kind = best_named[0], "", "district"
    elif best_generic:
        gen = best_generic[0]
        name = (city + gen) if city else gen
        kind = "development_zone"
    else:
        name = f"{city}市" if city else "本地"
        gen, kind = "", "city" if city else "unknown"
    aliases = {name}
    if gen:
        for g in GENERIC_ZONES:
            if g in text and (g == gen or g.endswith(gen) or gen.endswith(g)):
                aliases.add(g)
        aliases.add(gen)
        if gen in ("经开区", "经济开发区", "经济技术开发区"):
            aliases.add("经开")
        if city:
            aliases.update({f"{city}{gen}", f"{city}市{gen}"})
    county, district = parents(name, kind)
    return HomeZone(name, kind, gen, city, province, tuple(sorted(aliases, key=len, reverse=True)),
                    county, district)


MASTHEAD_ZONE = re.compile(f"(?<![{HAN}])(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2}})(?:市)?"
                           f"({'|'.join(GENERIC_ZONES)}|县|街道|镇|乡|区(?!域|块))")
# a masthead naming a city department (某某市发展和改革委员会, 某某市商务局): the bulletin
# speaks for that body, in that city
MASTHEAD_DEPT = re.compile(f"^\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2,4}})市([{HAN}]{{2,16}}?"
                           f"(?:委员会|局|委|办公室|办|中心|厅|院))\\s*(?:$|工作|编|主办)")


def _head_lines(text: str, scan: int = 6, keep: int = 3) -> list[str]:
    """The masthead: the first `keep` non-blank lines among the first `scan` lines."""
    return [ln for ln in text.split("\n")[:scan] if ln.strip()][:keep]


def _masthead_city(text: str, cities: Counter) -> str | None:
    """The city named at the start of the masthead (某某市发展和改革委员会 工作动态), or a city
    the lexicon does not know, named by its own bodies (中共辉源市委办公室)."""
    for line in _head_lines(text):
        for c in sorted(cities, key=len, reverse=True):
            if re.match(f"\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?{c}市", line):
                return c
    return _masthead_own_city(text)


MASTHEAD_CITY_BODY = re.compile(f"^\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2}})市(?:委|人民政府|政府)"
                                f"(?:办公室|办)?\\s*(?:编印|编|主办|\\d|$)")


def _masthead_own_city(text: str) -> str | None:
    """The city whose party committee or government issues the bulletin (中共某市委办公室,
    某市人民政府办公室 编): the bulletin speaks for the city itself."""
    for line in _head_lines(text):
        m = MASTHEAD_CITY_BODY.match(line)
        if m:
            return m.group(1)
    return None


def _masthead_issuer(text: str, city: str | None) -> str | None:
    """The department issuing a city-department bulletin, from its masthead line."""
    if not city:
        return None
    for line in _head_lines(text):
        m = MASTHEAD_DEPT.match(line)
        if m and m.group(1) == city and not any(g in m.group(2) for g in GENERIC_ZONES) \
                and not re.search("[县区镇乡]", m.group(2)[:1]) and "人民政府" != m.group(2):
            body = m.group(2)
            # 某市人大常委会办公室编: the office edits the bulletin of the body it serves
            if body.endswith("办公室") and body[:-3].endswith(("常委会", "委员会", "局", "委", "厅", "院", "政府")):
                body = body[:-3]
            return f"{city}市{body}"
    return None


MASTHEAD_PROVINCIAL = re.compile(f"^\\s*(?:中共)?([{HAN}]{{2,3}}(?:省|自治区))([{HAN}]{{2,14}}?(?:厅|局|委员会|委))"
                                 f"(?:办公室)?\\s*(?:编印|编|主办|印发|\\d|$)")


def _masthead_provincial_issuer(text: str) -> tuple[str, str] | None:
    """(province, department) of a provincial department's bulletin, from its masthead
    (江西省水利厅办公室编 2025年6月20日; 某省农业农村厅 工作动态)."""
    for line in _head_lines(text, scan=8, keep=4):
        m = MASTHEAD_PROVINCIAL.match(line)
        if m and not any(g in m.group(2) for g in GENERIC_ZONES) and "人民政府" not in m.group(2):
            return m.group(1), m.group(1) + m.group(2)
    return None


# how a bulletin of a level speaks of its own bodies (区委, 区政府...), for a masthead zone
# the text does not name again
OWN_LEVEL_WORDS = {"区": ("区委", "区政府", "区人民政府", "区人大", "区政协"),
                   "县": LEVEL_WORDS["县"], "镇": LEVEL_WORDS["镇"], "乡": LEVEL_WORDS["乡"],
                   "街道": LEVEL_WORDS["街道"]}


def _level_wording(text: str, gen: str) -> int:
    return sum(text.count(w) for w in OWN_LEVEL_WORDS.get(gen, ()))


def _masthead_zone(text: str, lex) -> tuple[str, str] | None:
    """The named zone that issues the bulletin, read from its masthead (the first lines:
    青岚县政务信息, 松坪街道工作简报, 某某高新区工作动态) when the text names it again."""
    head = "\n".join(text.split("\n")[:3])[:200]
    for m in MASTHEAD_ZONE.finditer(head):
        stem, gen = m.group(1), m.group(2)
        if stem in lex.cities or stem in lex.not_names or stem[0] in SUBZONE_STOP:
            continue
        if gen in ("区", "镇", "乡") and (stem + gen in GENERIC_ZONES or stem + gen in NOT_DISTRICTS
                                        or stem[-1] in "社小园院校厂景街片营" or not plausible_stem(stem, lex)):
            continue      # 开发区, 园区, 城区: a generic word, not a named district
        if text.count(stem) >= 2 or _level_wording(text, gen) >= 2:
            return stem, gen
    return None


PARK_GENERICS = ("产业园区", "工业园区", "物流园区", "科技园区", "产业园", "工业园", "科技园")
MASTHEAD_PARK = re.compile(f"^\\s*(?:中共)?([{HAN}]{{2,6}}?)({'|'.join(PARK_GENERICS)})"
                           f"(?:管理委员会|管委会|党工委|工作|简报|动态|\\s*$)")


def _masthead_park(text: str) -> tuple[str, str] | None:
    """A park that issues the bulletin (its masthead names it) and speaks of itself as 园区
    (园区党工委, 园区召开...)."""
    for line in _head_lines(text, scan=4):
        m = MASTHEAD_PARK.match(line)
        if m and m.group(1)[0] not in SUBZONE_STOP and text.count("园区") - text.count(m.group(0)) >= 4:
            return m.group(1), m.group(2)
    return None


# characters after 乡 that make a word (乡愁, 乡亲, 乡情, 乡贤, 乡土...), not a township
WORD_AFTER_XIANG = set("愁亲情贤土音邻味风俗里野间下")


_SUBZONE_PATTERNS: dict[str, re.Pattern] = {}
_VERB_WORDS: tuple[object, frozenset] | None = None


def _verb_words(lex) -> frozenset:
    """Every verb of the lexicon's verb classes, as one set."""
    global _VERB_WORDS
    if _VERB_WORDS is None or _VERB_WORDS[0] is not lex:
        _VERB_WORDS = (lex, frozenset(v for vs in lex.verbs.values() for v in vs))
    return _VERB_WORDS[1]


def _subzone_matches(text: str, suffix: str):
    """The matches of `([HAN]{2}路|[HAN]{2})suffix` in `text`, left to right and not
    overlapping (what re.finditer gives), tried only where the suffix is written: a match
    starts two or three characters before an occurrence of the suffix."""
    i = text.find(suffix)
    if i < 0:
        return
    pat = _SUBZONE_PATTERNS.get(suffix)
    if pat is None:
        pat = _SUBZONE_PATTERNS[suffix] = re.compile(f"([{HAN}]{{2}}路|[{HAN}]{{2}}){re.escape(suffix)}")
    starts = set()
    while i >= 0:
        if i >= 2:
            starts.add(i - 2)
        if i >= 3:
            starts.add(i - 3)
        i = text.find(suffix, i + 1)
    last = 0
    for s in sorted(starts):
        if s < last:
            continue
        m = pat.match(text, s)
        if m:
            last = m.end()
            yield m


def find_subzones(text: str, home: HomeZone) -> dict[str, str]:
    """Named streets, towns, villages, communities and parks: a two-character proper name
    (or X路) followed by a zone word (向阳街道, 佃庄镇, 王庄村, 单庄社区, 太昊路办事处), written
    after a boundary, a zone name or a locative word."""
    out: dict[str, str] = {}
    lex = lexicon()
    suffixes = [(g, "bonded_zone" if g in ("综合保税区", "综保区", "保税区") else "development_zone")
                for g in GENERIC_ZONES]
    city_set = set(lex.cities)
    city_lens = sorted({len(c) for c in city_set if c})
    verb_words = _verb_words(lex)
    for suffix, kind in suffixes + list(SUBZONE_SUFFIX):
        for m in _subzone_matches(text, suffix):
            stem, s = m.group(1), m.start()
            if suffix in ("镇", "乡") and text[m.end():m.end() + 1] in ("村", "镇", "街", "乡"):
                continue    # 镇村干部, 乡村振兴, 乡镇: words, not a named town
            if suffix == "乡" and text[m.end():m.end() + 1] in WORD_AFTER_XIANG:
                continue    # 乡愁, 乡亲, 乡情: words, not a named township
            if suffix == "村" and stem[-1] in "乡镇农城山":
                continue    # 和美乡村, 走进农村: words, not a named village
            if stem in lex.not_place_stems:
                continue    # 审议镇人民政府工作报告: a verb, not a place name
            if suffix in GENERIC_ZONES and (stem in lex.cities or not plausible_stem(stem, lex)
                                            or stem in COMMON_VERBS or text.count(stem + suffix) < 2):
                continue
            if stem in verb_words:
                continue    # 召开乡村…, 叮嘱镇村…: a verb is not a place name
            before = text[max(0, s - 8):s]
            ok = s == 0 or not re.match(f"[{HAN}]", text[s - 1]) or text[s - 1] in "在到和、与及对向将赴于" \
                or any(before.endswith(a) for a in home.aliases) or before.endswith(("区", "镇", "市", "县"))
            suf_at = m.end() - len(suffix)
            if any(suf_at < s + k + n and text[s + k:s + k + n] in city_set
                   for k in (0, 1, 2) for n in city_lens):
                continue    # 新乡 of 新乡市 is a city, not a 乡
            if not ok or stem[0] in SUBZONE_STOP or stem in SUBZONE_STOP_STEMS or stem in lex.not_names or stem[-1] in STEM_END_STOP:
                continue
            name = stem + ("街道" if suffix in ("街道办事处", "街道办") else suffix)
            if name in NOT_DISTRICTS or name == home.name or name in home.aliases:
                continue
            if suffix in GENERIC_ZONES and any(name.endswith(g) and name[:-len(g)] == a[:len(name) - len(g)]
                                               for a in home.aliases for g in GENERIC_ZONES if a.endswith(g)):
                continue    # 云岭经开区 in a 云岭经济技术开发区 bulletin: the home zone itself
            out.setdefault(name, kind)
    return out


def read_zones(text: str) -> Zones:
    cities = find_cities(text)
    provinces = find_provinces(text)
    home = find_home_zone(text, cities, provinces)
    if home.kind == "district":
        home.admin_committee = any(w in text for w in ("管委会", "管理委员会", "党工委"))
    zones = Zones(home, {}, dict(cities), dict(provinces))
    zones.subzones = find_subzones(text, home)
    for word, n in find_named_districts(text).items():
        if n >= 2 and word != home.name:
            zones.subzones.setdefault(word, "district")
    return zones
