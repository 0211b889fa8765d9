"""Place names in a bulletin: cities, provinces, named districts and zones of a level (青岚县,
松坪街道), counted only where they speak of the bulletin's own area — not a trip destination
(赴深圳), a venue (在长沙举行) or the origin of a company (成都某某汽车部件有限公司)."""
from __future__ import annotations

import re
from collections import Counter

from loaders.extract.lexicon import chars, lexicon, table, words
from loaders.extract.text import HAN

# generic names of economic / administrative zones, longest first
GENERIC_ZONES = words("zones/generic_zones")
NOT_DISTRICTS = frozenset(words("zones/not_districts"))
# a character before 区 that makes an ordinary word (社区, 小区, 园区, 院区...)
NOT_BEFORE_QU = chars("zones/not_before_qu")
# cities whose name is also an ordinary word: only counted when written with 市
AMBIGUOUS_CITIES = frozenset(words("zones/ambiguous_cities"))
SUBZONE_STOP = chars("zones/not_place_first_chars")
# a last character that ends no place name: particles, level words (1—5月全乡, 该镇), and
# prepositions (及时向乡纪委报告)
STEM_END_STOP = chars("zones/not_place_last_chars")
SUBZONE_STOP_STEMS = frozenset(words("zones/not_place_stems_before_level"))
# verbs that often stand before a zone word (打造开发区, 结合开发区实际, 召开乡村振兴…)
COMMON_VERBS = frozenset(words("zones/verbs_before_zones"))
# a place name inside one of these names says where a company / association comes from,
# not where the bulletin is (成都某某汽车部件有限公司, 长沙市某某商会, 浙江大学)
FOREIGN_SUFFIXES = words("zones/origin_suffixes")
CLAUSE_END = re.compile("[，。；！？,;!?\n]")
# characters after X市 that make a word of 市 (市场, 市民, 市政...), not a city name
CITY_WORD_AFTER = chars("zones/city_word_after")
# wording that shows which level of government issues the bulletin (全县, 县委, 街道党工委...)
LEVEL_WORDS = table("zones/level_words")
# characters after 乡 that make a word (乡愁, 乡亲, 乡情, 乡贤, 乡土...), not a township
WORD_AFTER_XIANG = chars("zones/word_after_xiang")
_VERB_WORDS: tuple[object, frozenset] | None = None


def passing(text: str, s: int, e: int) -> bool:
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


def _clause_before(text: str, s: int) -> str:
    lo = max(0, s - 40)
    ends = [m.end() for m in CLAUSE_END.finditer(text, lo, s)]
    return text[ends[-1] if ends else lo:s]


def _trip(text: str, s: int) -> bool:
    """The place at `s` is a destination of a trip or a tour (率队赴甲省乙市、丙市考察,
    先后来到甲市某中心、乙市某区): the clause before it goes somewhere."""
    return bool(re.search("赴|前往|来到|走进|途经", _clause_before(text, s)))


def company_origin_provinces(text: str, lex) -> Counter:
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
    return sum(1 for a, b in _occurrences(text, word) if not passing(text, a, b))


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


def plausible_stem(stem: str, lex) -> bool:
    """A two-character place name: not a verb, a pronoun-like word or a common word."""
    if stem[0] in SUBZONE_STOP or stem[-1] in SUBZONE_STOP or stem in SUBZONE_STOP_STEMS:
        return False
    if stem in lex.not_names or stem in lex.cities or stem in lex.provinces or stem in lex.not_place_stems:
        return False
    return stem not in COMMON_VERBS and stem not in _verb_words(lex)


def _verb_words(lex) -> frozenset:
    """Every verb of the lexicon's verb classes, as one set."""
    global _VERB_WORDS
    if _VERB_WORDS is None or _VERB_WORDS[0] is not lex:
        _VERB_WORDS = (lex, frozenset(v for vs in lex.verbs.values() for v in vs))
    return _VERB_WORDS[1]


ONE_CHARACTER_COUNTIES = frozenset(words("zones/one_character_counties"))


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
        if stem[1] + level in ONE_CHARACTER_COUNTIES:
            found[stem[1] + level] += 1   # 莅临范县: the county 范县, after another word
            continue
        if not plausible_stem(stem, lex):
            continue
        found[stem + level] += 1
    scored: Counter = Counter()
    for name, n in found.items():
        stem = name[: len(name) - len(level)]
        scored[name] = n + reliable_count(text, stem) / 2 if len(stem) >= 2 else n
    return scored
