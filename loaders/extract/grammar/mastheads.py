"""Mastheads: the first lines of a bulletin name who issues it (青岚县政务信息, 松坪街道工作简报,
某某市发展和改革委员会 工作动态, 江西省水利厅办公室编, 中共某市委办公室, 某某产业园区管理委员会),
and so the zone it speaks for."""
from __future__ import annotations

import re
from collections import Counter

from loaders.extract.grammar.places import GENERIC_ZONES, LEVEL_WORDS, NOT_DISTRICTS, SUBZONE_STOP, plausible_stem
from loaders.extract.lexicon import words
from loaders.extract.text import HAN

MASTHEAD_ZONE = re.compile(f"(?<![{HAN}])(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2}})(?:市)?"
                           f"({'|'.join(GENERIC_ZONES)}|县|街道|镇|乡|区(?!域|块))")
# a masthead naming a city department (某某市发展和改革委员会, 某某市商务局): the bulletin
# speaks for that body, in that city
MASTHEAD_DEPT = re.compile(f"^\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2,4}})市([{HAN}]{{2,16}}?"
                           f"(?:委员会|局|委|办公室|办|中心|厅|院))\\s*(?:$|工作|编|主办)")
MASTHEAD_CITY_BODY = re.compile(f"^\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?([{HAN}]{{2}})市(?:委|人民政府|政府)"
                                f"(?:办公室|办)?\\s*(?:编印|编|主办|\\d|$)")
MASTHEAD_PROVINCIAL = re.compile(f"^\\s*(?:中共)?([{HAN}]{{2,3}}(?:省|自治区))([{HAN}]{{2,14}}?(?:厅|局|委员会|委))"
                                 f"(?:办公室)?\\s*(?:编印|编|主办|印发|\\d|$)")
# how a bulletin of a level speaks of its own bodies (区委, 区政府...), for a masthead zone
# the text does not name again
OWN_LEVEL_WORDS = {"区": words("zones/district_words"), **LEVEL_WORDS}
PARK_GENERICS = words("zones/park_generics")
MASTHEAD_PARK = re.compile(f"^\\s*(?:中共)?([{HAN}]{{2,6}}?)({'|'.join(PARK_GENERICS)})"
                           f"(?:管理委员会|管委会|党工委|工作|简报|动态|\\s*$)")


def head_lines(text: str, scan: int = 6, keep: int = 3) -> list[str]:
    """The masthead: the first `keep` non-blank lines among the first `scan` lines."""
    return [ln for ln in text.split("\n")[:scan] if ln.strip()][:keep]


def city(text: str, cities: Counter) -> str | None:
    """The city named at the start of the masthead (某某市发展和改革委员会 工作动态), or a city
    the lexicon does not know, named by its own bodies (中共辉源市委办公室)."""
    for line in head_lines(text):
        for c in sorted(cities, key=len, reverse=True):
            if re.match(f"\\s*(?:中共)?(?:[{HAN}]{{2,3}}省)?{c}市", line):
                return c
    return own_city(text)


def own_city(text: str) -> str | None:
    """The city whose party committee or government issues the bulletin (中共某市委办公室,
    某市人民政府办公室 编): the bulletin speaks for the city itself."""
    for line in head_lines(text):
        m = MASTHEAD_CITY_BODY.match(line)
        if m:
            return m.group(1)
    return None


def issuer(text: str, city: str | None) -> str | None:
    """The department issuing a city-department bulletin, from its masthead line."""
    if not city:
        return None
    for line in head_lines(text):
        m = MASTHEAD_DEPT.match(line)
        if m and m.group(1) == city and not any(g in m.group(2) for g in GENERIC_ZONES) \
                and not re.search("[县区镇乡]", m.group(2)[:1]) and "人民政府" != m.group(2):
            body = m.group(2)
            # 某市人大常委会办公室编: the office edits the bulletin of the body it serves
            if body.endswith("办公室") and body[:-3].endswith(("常委会", "委员会", "局", "委", "厅", "院", "政府")):
                body = body[:-3]
            return f"{city}市{body}"
    return None


def provincial_issuer(text: str) -> tuple[str, str] | None:
    """(province, department) of a provincial department's bulletin, from its masthead
    (江西省水利厅办公室编 2025年6月20日; 某省农业农村厅 工作动态)."""
    for line in head_lines(text, scan=8, keep=4):
        m = MASTHEAD_PROVINCIAL.match(line)
        if m and not any(g in m.group(2) for g in GENERIC_ZONES) and "人民政府" not in m.group(2):
            return m.group(1), m.group(1) + m.group(2)
    return None


def _level_wording(text: str, gen: str) -> int:
    return sum(text.count(w) for w in OWN_LEVEL_WORDS.get(gen, ()))


def zone(text: str, lex) -> tuple[str, str] | None:
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


def park(text: str) -> tuple[str, str] | None:
    """A park that issues the bulletin (its masthead names it) and speaks of itself as 园区
    (园区党工委, 园区召开...)."""
    for line in head_lines(text, scan=4):
        m = MASTHEAD_PARK.match(line)
        if m and m.group(1)[0] not in SUBZONE_STOP and text.count("园区") - text.count(m.group(0)) >= 4:
            return m.group(1), m.group(2)
    return None
