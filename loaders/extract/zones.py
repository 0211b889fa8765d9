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
                 "综合保税区", "高新区", "经开区", "开发区", "示范区", "试验区")
NOT_DISTRICTS = {"全区", "我区", "该区", "辖区", "园区", "社区", "城区", "本区", "景区", "片区", "街区",
                 "厂区", "校区", "新区", "各区", "市区", "县区", "山区", "矿区", "灾区", "老区", "小区",
                 "展区", "此区", "两区", "三区", "郊区", "湾区", "库区", "林区", "牧区", "营区", "分区",
                 "专区", "行政区", "功能区", "集聚区", "保税区", "示范区", "试验区", "开发区", "经开区",
                 "高新区", "风景区", "建城区", "农区", "东区", "西区", "南区", "北区", "A区", "B区",
                 "全市区", "城市区", "一区", "二区", "各城区", "该城区", "园区区"}
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
SUBZONE_STOP_STEMS = {"基层", "分包", "提升", "美丽", "工业", "产业", "安置", "老旧", "城市", "农村", "相关", "周边",
                      "所在", "各个", "文明", "和谐", "智慧", "示范", "重点", "建成", "村改", "新建", "在建", "该村"}


@dataclass
class HomeZone:
    name: str                      # full name used as the scope of keys
    kind: str
    generic: str                   # the generic word as written (开发区), or "" for a named district
    city: str | None               # city stem (三门峡), or None
    province: str | None           # full province name (河南省), or None
    aliases: tuple[str, ...] = ()  # ways the text names it, longest first

    @property
    def city_full(self) -> str | None:
        return f"{self.city}市" if self.city else None


@dataclass
class Zones:
    home: HomeZone
    subzones: dict[str, str] = field(default_factory=dict)    # name -> kind
    cities: dict[str, int] = field(default_factory=dict)      # city stem -> mentions
    provinces: dict[str, int] = field(default_factory=dict)   # full name -> mentions


def find_cities(text: str) -> Counter:
    lex = lexicon()
    found: Counter = Counter()
    for city in lex.cities:
        n = text.count(city)
        if not n:
            continue
        if city in AMBIGUOUS_CITIES:
            n = text.count(city + "市")
        if n:
            found[city] = n
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


def find_home_zone(text: str, cities: Counter, provinces: Counter) -> HomeZone:
    lex = lexicon()
    province = provinces.most_common(1)[0][0] if provinces else None
    city_re = "|".join(sorted(lex.cities, key=len, reverse=True))
    gen_re = "|".join(GENERIC_ZONES)
    explicit: Counter = Counter()
    for m in re.finditer(f"({city_re})(市)?({gen_re})", text):
        explicit[(m.group(1), m.group(3))] += 1
    generic: Counter = Counter()
    for g in GENERIC_ZONES:
        n = text.count(g)
        if n:
            generic[g] = n
    named = find_named_districts(text)
    masthead = _masthead_zone(text, lex)
    if masthead and not any(c == masthead[0] for c, _g in explicit):
        stem, gen = masthead
        kind = {"县": "county", "街道": "street", "镇": "town", "区": "district"}.get(gen, "development_zone")
        name = stem + gen
        aliases = {name, gen} if gen not in ("县", "区", "镇") else {name}
        for g in GENERIC_ZONES:
            if gen in GENERIC_ZONES and g in text and (g.endswith(gen) or gen.endswith(g)):
                aliases.update({g, stem + g})
        if gen in ("经开区", "经济开发区", "经济技术开发区"):
            aliases.add("经开")
        city = cities.most_common(1)[0][0] if cities else None
        return HomeZone(name, kind, gen, city, province, tuple(sorted(aliases, key=len, reverse=True)))
    best_generic = max(generic.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    best_named = named.most_common(1)[0] if named else None
    city = cities.most_common(1)[0][0] if cities else None
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
    return HomeZone(name, kind, gen, city, province, tuple(sorted(aliases, key=len, reverse=True)))


MASTHEAD_ZONE = re.compile(f"(?<![{HAN}])(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2}})(?:市)?"
                           f"({'|'.join(GENERIC_ZONES)}|县|街道)")


def _masthead_zone(text: str, lex) -> tuple[str, str] | None:
    """The named zone that issues the bulletin, read from its masthead (the first lines:
    沂河县政务信息, 桂江街道工作简报, 某某高新区工作动态) when the text names it again."""
    head = "\n".join(text.split("\n")[:3])[:200]
    for m in MASTHEAD_ZONE.finditer(head):
        stem, gen = m.group(1), m.group(2)
        if stem in lex.cities or stem in lex.not_names or stem[0] in SUBZONE_STOP:
            continue
        if text.count(stem) >= 3:
            return stem, gen
    return None


def find_subzones(text: str, home: HomeZone) -> dict[str, str]:
    """Named streets, towns, villages, communities and parks: a two-character proper name
    (or X路) followed by a zone word (向阳街道, 佃庄镇, 王庄村, 单庄社区, 太昊路办事处), written
    after a boundary, a zone name or a locative word."""
    out: dict[str, str] = {}
    lex = lexicon()
    for suffix, kind in SUBZONE_SUFFIX:
        for m in re.finditer(f"([{HAN}]{{2}}路|[{HAN}]{{2}}){re.escape(suffix)}", text):
            stem, s = m.group(1), m.start()
            before = text[max(0, s - 8):s]
            ok = s == 0 or not re.match(f"[{HAN}]", text[s - 1]) or text[s - 1] in "在到和、与及对向将赴于" \
                or any(before.endswith(a) for a in home.aliases) or before.endswith(("区", "镇", "市", "县"))
            suf_at = m.end() - len(suffix)
            if any(text.startswith(c, s + k) and suf_at < s + k + len(c) for c in lex.cities for k in (0, 1, 2)):
                continue    # 新乡 of 新乡市 is a city, not a 乡
            if not ok or stem[0] in SUBZONE_STOP or stem in SUBZONE_STOP_STEMS or stem in lex.not_names or stem[-1] in "的了和与及":
                continue
            name = stem + ("街道" if suffix in ("街道办事处", "街道办") else suffix)
            if name in NOT_DISTRICTS or name == home.name:
                continue
            out.setdefault(name, kind)
    return out


def read_zones(text: str) -> Zones:
    cities = find_cities(text)
    provinces = find_provinces(text)
    home = find_home_zone(text, cities, provinces)
    zones = Zones(home, {}, dict(cities), dict(provinces))
    zones.subzones = find_subzones(text, home)
    for word, n in find_named_districts(text).items():
        if n >= 2 and word != home.name:
            zones.subzones.setdefault(word, "district")
    return zones
