"""Zones: the bulletin's home zone (the development zone, county, street, town, city or
province it speaks for), its city and province, and the named sub-zones (streets, towns,
villages, communities, parks) the text mentions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.extract.grammar import mastheads
from loaders.extract.grammar.places import (
    COMMON_VERBS,
    GENERIC_ZONES,
    LEVEL_WORDS,
    NOT_DISTRICTS,
    STEM_END_STOP,
    SUBZONE_STOP,
    SUBZONE_STOP_STEMS,
    WORD_AFTER_XIANG,
    _verb_words,
    company_origin_provinces,
    find_cities,
    find_named_districts,
    find_provinces,
    level_candidates,
    passing,
    plausible_stem,
    reliable_count,
)
from loaders.extract.lexicon import lexicon, pairs, rows, words
from loaders.extract.text import HAN

NAMED_ONLY = frozenset(words("zones/named_only_generics"))
SUBZONE_SUFFIX = rows("zones/subzone_suffixes")
LEVEL_KIND = pairs("zones/level_kinds")
DEV_WORDS = GENERIC_ZONES + ("管委会",)
# generic names that mean the same development zone (云岭经济技术开发区 = 云岭经开区 = 经开区)
EQUIVALENT_GENERICS = rows("zones/equivalent_generics")
_SUBZONE_PATTERNS: dict[str, re.Pattern] = {}


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
    issuer_is_institution: bool = False   # the issuer is a company, school or hospital (its own news)
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
    """The zone the bulletin speaks for, from the strongest evidence there is: a park's or a
    zone's masthead, a provincial department's, a city's own party committee or government,
    a city department's masthead, the wording of a level (全县, 县委...), a zone named with
    its city (某某经开区), a named district, a generic zone word, the city."""
    ev = _HomeEvidence(text, cities)
    return (ev.park() or ev.masthead_zone() or ev.provincial_department() or ev.city_itself()
            or ev.city_department() or ev.level_wording() or ev.named_zone())


class _HomeEvidence:
    """What the text says of where it is from; each method reads the home zone from one
    kind of evidence, or gives None."""

    def __init__(self, text: str, cities: Counter) -> None:
        lex = self.lex = lexicon()
        self.text = text
        self.cities = cities
        self.province = _own_province(text, lex)
        # the bulletin's own city: only from mentions that speak of its own area (not
        # company names, trip destinations or venues)
        own_cities = Counter({c: k for c in cities if (k := reliable_count(text, c))})
        self.masthead_city = mastheads.city(text, cities)
        self.city = self.masthead_city or (own_cities.most_common(1)[0][0] if own_cities else None)
        city_re = "|".join(sorted(set(lex.cities) | set(cities), key=len, reverse=True))
        gen_re = "|".join(GENERIC_ZONES)
        self.explicit: Counter = Counter()       # (city, generic zone word) written together
        for m in re.finditer(f"({city_re})(市)?({gen_re})", text):
            if not passing(text, m.start(), m.end()):
                self.explicit[(m.group(1), m.group(3))] += 1
        self.named = find_named_districts(text)
        self.levels = {lv: sum(text.count(w) for w in words) for lv, words in LEVEL_WORDS.items()}

    def parents(self, name: str, kind: str) -> tuple[str | None, str | None]:
        """The county and the district the zone belongs to, when the text names them."""
        text, lex = self.text, self.lex
        county = name if kind == "county" else None
        if county is None and kind in ("town", "street"):
            # 中共岚川县棠梨乡委员会: the county written before the town's own name
            m = re.search(f"([{HAN}]{{2}})县{name}", text)
            if m and plausible_stem(m.group(1), lex):
                county = m.group(1) + "县"
        if county is None and self.levels["县"] >= 2:
            cands = level_candidates(text, "县", lex)
            if cands and cands.most_common(1)[0][1] >= 2:
                county = cands.most_common(1)[0][0]
        district = name if kind == "district" else None
        if district is None and kind in ("street", "town"):
            d = [(n, w) for w, n in self.named.items() if w != name]
            if d:
                district = max(d)[1]
        return county, district

    def home(self, name: str, kind: str, gen: str, aliases: set[str], city: str | None,
             issuer: str | None = None) -> HomeZone:
        county, district = self.parents(name, kind)
        return HomeZone(name, kind, gen, city, self.province, tuple(sorted(aliases, key=len, reverse=True)),
                        county, district, issuer)

    def park(self) -> HomeZone | None:
        """An industrial park's own bulletin (某某临港产业园区管理委员会): the text calls it 园区."""
        park = mastheads.park(self.text)
        if not park:
            return None
        stem, gen = park
        name = stem + gen
        park_city = next((c for c in sorted(self.cities, key=len, reverse=True) if stem.startswith(c)), None)
        if park_city is None and f"{stem[:2]}市" in self.text:
            park_city = stem[:2]
        aliases = {name, "园区", "产业园区" if gen.endswith("园区") else gen}
        if park_city and len(stem) > len(park_city) + 1:
            aliases.add(name[len(park_city):])     # 临港产业园区 without its city
        return self.home(name, "development_zone", gen, aliases, park_city or self.city)

    def masthead_zone(self) -> HomeZone | None:
        """A named zone in the masthead (青岚县政务信息, 松坪街道工作简报) that the text names
        again, unless the text writes it as another city's zone."""
        text, lex, city = self.text, self.lex, self.city
        masthead = mastheads.zone(text, lex)
        if not masthead or any(c == masthead[0] for c, _g in self.explicit):
            return None
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
        return self.home(name, kind, gen, _aliases(name, stem, gen, text, city), city)

    def provincial_department(self) -> HomeZone | None:
        """A provincial department's bulletin (江西省水利厅办公室编): it speaks for the province."""
        provincial = mastheads.provincial_issuer(self.text)
        if not provincial:
            return None
        prov, body = provincial
        return HomeZone(prov, "province", "", None, prov, (prov,), None, None, body)

    def city_itself(self) -> HomeZone | None:
        """A city's own party committee or government issues it (中共某市委办公室): no county
        of its own; 县委 / 县政府 are those of the county it is speaking of."""
        own_city = mastheads.own_city(self.text)
        if not own_city:
            return None
        return HomeZone(f"{own_city}市", "city", "市", own_city, self.province, (f"{own_city}市",))

    def city_department(self) -> HomeZone | None:
        """A city department's bulletin (某某市商务局 工作动态): the city, with that issuer."""
        issuer = mastheads.issuer(self.text, self.masthead_city)
        if not issuer:
            return None
        city = self.masthead_city
        return self.home(f"{city}市", "city", "市", {f"{city}市"}, city, issuer)

    def level_wording(self) -> HomeZone | None:
        """A county / street / town bulletin that does not name itself in its masthead: the
        level its wording speaks for (全县, 县委...), and the most written zone of it."""
        if self.explicit:
            return None
        text = self.text
        level, n = max(self.levels.items(), key=lambda kv: kv[1])
        dev = sum(text.count(w) for w in DEV_WORDS) - text.count("街道党工委")
        if n >= 3 and n > dev:
            cands = level_candidates(text, level, self.lex)
            if cands and cands.most_common(1)[0][1] >= 2:
                name = cands.most_common(1)[0][0]
                return self.home(name, LEVEL_KIND[level], level, _aliases(name, name[:2], level, text, self.city),
                                 self.city)
        return None

    def named_zone(self) -> HomeZone:
        """A zone written with its city (某某经开区), a named district written often, the
        most written generic zone word, else the city (or none: nothing to go by)."""
        text, city = self.text, self.city
        generic = Counter({g: n for g in GENERIC_ZONES if g not in NAMED_ONLY and (n := text.count(g))})
        best_generic = max(generic.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
        best_named = self.named.most_common(1)[0] if self.named else None
        if self.explicit:
            (c, g), _ = self.explicit.most_common(1)[0]
            name, gen, city = c + g, g, c
            kind = "development_zone"
        elif best_named and best_named[1] >= 3 and (not best_generic or best_named[1] > best_generic[1]):
            name, gen, kind = best_named[0], "", "district"
        elif best_generic:
            gen = best_generic[0]
            name = (city + gen) if city else gen
            kind = "development_zone"
        else:
            # nothing to go by: no home zone (its name stays empty, so nothing is named after it)
            name = f"{city}市" if city else ""
            gen, kind = "", "city" if city else "unknown"
        aliases = {name} if name else set()
        if gen:
            for g in GENERIC_ZONES:
                if g in text and (g == gen or g.endswith(gen) or gen.endswith(g)):
                    aliases.add(g)
            aliases.add(gen)
            if gen in ("经开区", "经济开发区", "经济技术开发区"):
                aliases.add("经开")
            if city:
                aliases.update({f"{city}{gen}", f"{city}市{gen}"})
        return self.home(name, kind, gen, aliases, city)


def _own_province(text: str, lex) -> str | None:
    """The bulletin's own province: from mentions that speak of its own area, else the one
    that clearly dominates as the origin of companies (河北某某物流有限公司)."""
    own_provinces: Counter = Counter()
    for form, full in lex.provinces.items():
        if full.endswith("市") and form != full:
            continue      # 北京 of 北京非首都功能: a municipality counts as a province only as 北京市
        k = reliable_count(text, form) if form in text else 0
        if k:
            own_provinces[full] += k
    if not own_provinces:
        origin = company_origin_provinces(text, lex).most_common(2)
        if origin and (len(origin) == 1 or origin[0][1] >= 2 * origin[1][1]):
            own_provinces = Counter(dict(origin[:1]))
    return own_provinces.most_common(1)[0][0] if own_provinces else None


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
