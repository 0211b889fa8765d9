"""The organisations of one document: mentions found with the grammar (org_grammar.py),
registered under their full names (org_names.py), with kind, parent body and zone."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.grammar.org_grammar import BACKREFS, PROPER_SUFFIXES, SESSION, SINGLE_PLACES, OrgGrammar
from loaders.extract.grammar.org_names import COMPANY_ENDINGS, PARTY_UNITS, FullNames
from loaders.extract.grammar.zones import Zones
from loaders.extract.lexicon import lexicon

PROPER_KINDS = {"company", "association", "school", "hospital", "bank", "media", "institute"}
# how a text names the company that builds a project
BUILDER_AFTER = re.compile(r"(?:负责施工|承建|负责工程施工|为施工单位|作为施工单位)")
BUILDER_BEFORE = re.compile(r"(?:施工单位(?:为|是)?|承建单位(?:为|是)?|施工方)\s*$")


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


class OrgRegistry(FullNames):
    """The organisations of one document, by full name."""

    def __init__(self, zones: Zones) -> None:
        self.zones = zones
        self.grammar = OrgGrammar(zones)
        self.orgs: dict[str, Org] = {}
        self.text = ""          # the document text, set by find_in (for nearest-zone lookups)
        self.read_as: dict[str, str] = {}    # a known proper name written with a level word -> its full name
        self.expanded: dict[str, str] = {}
        self.short_names: dict[str, str] = {}   # a short name the text defines (简称…) -> full name
        self._full_forms: tuple[str, set[str]] | None = None   # short form (某县发展改革委) -> the full name it stands for

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
        name = self.short_names.get(raw) or self.full_name(raw, local_zone, span)
        if name.endswith("管理委员会") and len(name) > 7:
            name = name[:-5] + "管委会"     # the formal name of the body bulletins call 管委会
        if name in self.expanded:
            name = self.expanded[name]
        elif name not in self.orgs:
            full = self._expand_short(name)
            tail = next((t for t in PARTY_UNITS if name.endswith(t) and len(name) > len(t) + 2), None)
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

    def find_in(self, text: str, start: int, end: int, local_zone: str | None = None) -> list[Mention]:
        out = []
        self.text = text
        for s, e in self.grammar.find(text, start, end):
            raw = text[s:e]
            out.append(Mention(s, e, raw, self.add(raw, (s, e), local_zone)))
        return out

    def define_short(self, short: str, full: str) -> None:
        """某某有限公司（简称“某某”）: the text itself says what the short name stands for."""
        self.expanded[short] = full
        self.short_names[short] = full
        self.grammar.known.add(short)

    def lookup_short(self, raw: str) -> str | None:
        """An already-known organisation this short form refers to (观摩组 -> 伊滨区项目观摩组)."""
        if raw in self.orgs:
            return raw
        cands = [n for n in self.orgs if n.endswith(raw)]
        return min(cands, key=len) if cands else None

    def org_tail(self, part: str) -> str | None:
        """The organisation a title phrase's head ends with (the words before 主任, 董事长...):
        the longest tail that is a grammar name, a core body, a known proper name (润禾置业) or
        a proper name ending with a company / school suffix (某某新材料有限公司). For callers
        reading title chains (persons._org_suffix)."""
        g = self.grammar
        best = next((part[i:] for i in range(len(part) - 1) if part[i:] in self.short_names), None)
        if best:
            return best
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
        if best is not None and len(best) < len(part):
            # 某某有限公司战略与投资委员会: a body inside a company the text names
            for name, org in self.orgs.items():
                i = part.find(name)
                if org.kind == "company" and i >= 0 and part.endswith(best) and \
                        0 < len(part) - i - len(name) <= 12 and len(part) - i > len(best):
                    best = part[i:]
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

    def org_before(self, pos: int, window: int = 60, sentences: bool = False) -> str | None:
        """The organisation written last before `pos` in the same sentence (clause marks
        allowed, sentence ends not) — or, with `sentences`, in the same paragraph."""
        best = None
        ends = "\n" if sentences else "[。；;！？!?\n]"
        for org in self.orgs.values():
            for a, b in org.mentions:
                if pos - window <= b <= pos and (best is None or b > best[0]) and \
                        not re.search(ends, self.text[b:pos]):
                    best = (b, org.name)
        return best[1] if best else None

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
