"""Full names of organisations as a bulletin writes them: 经济开发区党工委 -> 三门峡经济开发区
党工委; 财政审计部 -> 三门峡经济开发区财政审计部; 市委 -> 中共三门峡市委; 县卫健委 -> the one
某县卫生健康委员会 the text names in full; 公司党委 -> the party committee of the company just named.

`FullNames` is the part of the registry (orgs.OrgRegistry) that resolves names; it reads the
registry's zones, grammar, known organisations and the document text.
"""
from __future__ import annotations

import re

from loaders.extract.grammar.org_grammar import (
    BACKREFS,
    INTERNAL_UNIT,
    PROPER_SUFFIXES,
    SESSION,
    SINGLE_PLACES,
    STANDALONE,
    OrgGrammar,
)
from loaders.extract.grammar.places import plausible_stem
from loaders.extract.grammar.zones import Zones
from loaders.extract.lexicon import lexicon, pairs, rows, words
from loaders.extract.text import HAN

# company endings a short company name keeps (某某城投集团)
COMPANY_ENDINGS = words("orgs/company_endings")
# the government body of a zone that is not a development zone
GOVERNMENT_OF = pairs("orgs/government_of")
# how a department bulletin names its issuing body (我委, 本局, 委党组, 局办公室)
ISSUER_REFS = words("orgs/issuer_refs")
# bodies of a department itself, written bare in its own bulletin (党组, 机关党委)
ISSUER_BODIES = words("orgs/issuer_bodies")
# its internal units written bare (（办公室 某某）, 办公室主任)
ISSUER_UNITS = words("orgs/issuer_units")
# how an institution's own bulletin names it (集团公司, 我校), longest first
INSTITUTION_REFS = tuple(sorted(words("orgs/institution_refs"), key=len, reverse=True))
# endings of departments written in full that a short form may stand for (某县卫生健康委员会)
FULL_FORM_END = re.compile("|".join(words("orgs/full_form_endings")))
PARTY_UNITS = words("orgs/party_units")
# short forms of governing bodies and their standard full names (group 1: the zone, group 2:
# what follows, kept): 青岚县委 -> 中共青岚县委, 荷塘镇党委 -> 中共荷塘镇委员会
CANONICAL_FORMS = [(re.compile(p), full) for p, full in (
    (f"(?:中共)?([{HAN}]{{2,8}}?[县市区])委(?!员会|会)(.*)", "中共{0}委{1}"),   # not 县委员会, 县委会
    (f"(?:中共)?([{HAN}]{{2,8}}?[镇乡])党委()", "中共{0}委员会"),
    (f"(?:中共)?([{HAN}]{{2,8}}?[镇乡])纪委()", "中共{0}纪律检查委员会"),
    (f"([{HAN}]{{2,8}}?[镇乡])人大(?:主席团)?()", "{0}人民代表大会"),
    (f"([{HAN}]{{2,8}}?[县市区镇乡])政府(.*)", "{0}人民政府{1}"),
    (f"([{HAN}]{{2,8}}?[县市区])政协()", "政协{0}委员会"),
)]

# departments that only a party committee has (组织部 alone in a county bulletin)
PARTY_ONLY_DEPTS = words("orgs/party_only_departments")
# level words that open a name of that level's zone (县水利局, 镇党委, 社区居委会...)
LEVEL_PREFIX = rows("orgs/level_prefixes")
NOT_LEVEL_WORDS = words("orgs/not_level_words")


# a stage of the full-name reading that does not decide (None is a decision: no name)
UNDECIDED = object()


class FullNames:
    """Resolves a name as written to the full name of the body it stands for."""
    zones: Zones
    grammar: OrgGrammar
    orgs: dict
    text: str
    read_as: dict[str, str]
    expanded: dict[str, str]
    _full_forms: tuple[str, set[str]] | None

    # -- full names ------------------------------------------------------------------------
    def full_name(self, raw: str, local_zone: str | None = None, span: tuple[int, int] | None = None) -> str:
        name = self._full_name(raw, local_zone, span)
        return self._canonical(name) if name else raw

    def _full_name(self, raw: str, local_zone: str | None, span: tuple[int, int] | None) -> str | None:
        if "届" in raw:
            raw = SESSION.sub("", raw)      # 县十九届人大常委会 -> 县人大常委会
        for stage in (self._own_body, self._named_in_context, self._level_word_body):
            name = stage(raw, local_zone, span)
            if name is not UNDECIDED:
                return name
        return self._other_body(raw)

    def _own_body(self, raw: str, local_zone: str | None, span: tuple[int, int] | None):
        """The home zone's or the issuing department's own bodies (管委会, 我委, 党组, 组织部)."""
        z = self.zones.home
        if raw == "管委会" and (z.kind in GOVERNMENT_OF or z.kind == "district" and not z.admin_committee):
            # a county / street / town (and a district the text never gives a 管委会) is
            # governed by its 人民政府 / 办事处, not by a 管委会
            return z.name + GOVERNMENT_OF.get(z.kind, "人民政府")
        if z.issuer and z.issuer_is_institution:
            for ref in INSTITUTION_REFS:
                if raw == ref:
                    return z.issuer                    # 集团公司 in the group's own paper
                if raw.startswith(ref) and raw[len(ref):] in ISSUER_BODIES:
                    return z.issuer + raw[len(ref):]   # 集团公司党组 -> the group's 党组
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
        return UNDECIDED

    def _named_in_context(self, raw: str, local_zone: str | None, span: tuple[int, int] | None):
        """A core body of the nearest zone of its level (镇党委, 社区居委会), a company's party
        unit (公司党委), a proper name already read, the home zone's alias or a level word
        written first (县水利局), a body of the item's own sub-zone (街道办)."""
        z = self.zones.home
        if raw in self.grammar.cores:
            kind, template = self.grammar.cores[raw]
            values = {}
            for key in re.findall(r"\{(\w+)\}", template):
                values[key] = self._level(key, local_zone, span)
                if not values[key]:
                    return None if raw in BACKREFS else raw
            for key, value in values.items():
                # 办事处 of the sub-zone 祥云办事处 is 祥云办事处 itself, not 祥云办事处办事处
                tail = template.split("{" + key + "}", 1)[1]
                if tail and "{" not in tail and value.endswith(tail):
                    template = template.replace("{" + key + "}" + tail, "{" + key + "}")
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
        return UNDECIDED

    def _level_word_body(self, raw: str, local_zone: str | None, span: tuple[int, int] | None):
        """A body written after a bare level word (区委, 市政府, 省委, 中共市委): the district,
        city or province of the bulletin."""
        z = self.zones.home
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
        return UNDECIDED

    def _other_body(self, raw: str) -> str:
        """A name with its place or a proper name stands as written; else a body already
        read whose name ends with it, or a body of the issuer or of the home zone."""
        z = self.zones.home
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
        for pattern, full in CANONICAL_FORMS:
            m = pattern.fullmatch(name)
            if m and m.group(1) in zones:
                return full.format(*m.groups())
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
            if st and sum(k in ("suffix", "core") for k, _ in st) > 1 and not short.endswith(PARTY_UNITS):
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
