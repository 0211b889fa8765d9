"""The organisation-name grammar: NAME = PLACE* BODY SUFFIX.

PLACE is a zone / city / province name (or 区, 市, 省 at the start), BODY a run of department
stems (财政, 审计, 政务服务...) or nested organisations (市委 + 宣传部), SUFFIX an organisation
ending (部, 局, 办, 党工委, 公司...). Proper-name organisations (companies, universities,
hospitals, media) take any words before a proper suffix, cut at the verbs and prepositions
that introduce them. `OrgGrammar.find` gives the spans of names in a text; what a name stands
for in the bulletin (its full name) is the registry's (orgs.py).
"""
from __future__ import annotations

import re

from loaders.extract.grammar.zones import Zones
from loaders.extract.lexicon import lexicon, pairs, words
from loaders.extract.text import HAN

_HAN_CHAR = re.compile(f"[{HAN}]")
# a session number inside a body's name (县十九届人大常委会, 区第五届政协): a form of the body
SESSION = re.compile(f"(?<=[{HAN}])第?[一二三四五六七八九十]{{1,3}}届(?=[{HAN}])")
PROPER_SUFFIXES = words("orgs/proper_suffixes")
GROUP_SUFFIXES = words("orgs/group_suffixes")
# the roles a project names companies by (施工单位某某有限公司): never part of the name
PROJECT_ROLES = words("orgs/project_roles")
# words that introduce a proper name: the name starts after the last of them
CUT_WORDS = PROJECT_ROLES + words("orgs/name_lead_words")
# words that alone before a company ending name no company (技术有限公司): the start was cut off
GENERIC_COMPANY_WORDS = frozenset(words("orgs/generic_company_words"))
# a one-character suffix followed by one of these characters is part of a word, not a name
NO_CONTINUE = pairs("orgs/no_continue")
SINGLE_PLACES = words("orgs/level_characters")
EXTRA_PLACES = words("orgs/extra_places")
CONNECTORS = words("orgs/connectors")
STANDALONE = frozenset(words("orgs/standalone_bodies"))
# generic words that are not the proper part of a name (行业协会, 相关公司)
GENERIC_BODIES = frozenset(words("orgs/generic_bodies"))
BAD_IN_PROPER = words("orgs/not_in_proper_names")
# bodies named by their place alone (松坪派出所, 某某镇卫生院)
PLACE_BODIES = frozenset(words("orgs/place_bodies"))
# bodies a level word alone names (县融媒体中心)
LEVEL_BODIES = frozenset(words("orgs/level_bodies"))
# an ordinal inside a body's name (第三派驻纪检监察组)
ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}")
# a suffix preceded by one of these characters ends an ordinary word, not a name (协商会)
NOT_AFTER = pairs("orgs/not_after")
# stems that are also verbs: after an organisation they start a new clause
# (安委办组织应急管理局…, 应急办联合派出所…) unless the name ends right after them (党工委组织部)
VERB_STEMS = frozenset(words("orgs/verb_stems"))
# a division of a department, in the department's own bulletin (厅规划计划处, 招商二科)
INTERNAL_UNIT = re.compile(f"[厅局委][{HAN}]{{2,10}}(?:处|科|室)|[{HAN}]{{2,10}}处")
# verbs that open a clause: a name never starts with them followed by more stems
CLAUSE_VERBS = frozenset(words("orgs/clause_verbs"))
BACKREFS = pairs("orgs/backrefs")


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
            if k == "stem" and w in CLAUSE_VERBS and i + 1 < len(toks) and toks[i + 1][0] in ("stem", "place") and \
                    all(t[0] == "place" for t in toks[:i]):
                return False   # 组织|应急管理|局, 组织|某县重点办: the verb of the clause, not part of the name
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
        s = name_run_start(text, lo, e - len(suf), e - 24)
        window = text[s:e - len(suf)]
        # a place word inside a city name (新乡, 乡 of 新乡) does not cut the name
        inside = _city_spans(window)
        cuts = sorted(((i + len(w), w, i) for w in CUT_WORDS for i in _all(window, w)), reverse=True)
        cut = 0
        for end, w, i in cuts:
            if len(w) == 1 and any(a <= i < b for a, b in inside):
                continue      # 新乡: a place word inside a city name
            if len(w) == 1 and window[end:] in GENERIC_COMPANY_WORDS:
                continue      # 宏为技术有限公司: 为 is part of the name, 技术有限公司 names nothing
            if len(w) > 1 and window[:i].endswith(EXTRA_PLACES):
                continue      # 中国联合数据有限公司: 联合 after 中国 is part of the name
            cut = end
            break
        body = window[cut:]
        if len(body) < 2 or len(body) > 14:
            return None
        if body in lexicon().not_names or body in GENERIC_BODIES or any(b in body for b in BAD_IN_PROPER):
            return None
        return s + cut


_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def name_run_start(text: str, lo: int, s: int, limit: int = 0) -> int:
    """Where the run of Han characters ending at `s` starts (not before `lo` or `limit`); a
    bracketed place inside a name belongs to the run (某某（中国）有限公司, 某某（云南）公司)."""
    while s > lo and s > limit:
        if _HAN_CHAR.match(text[s - 1]):
            s -= 1
            continue
        m = _BRACKETED_PLACE.search(text, max(lo, s - 6), s)
        if m and m.end() == s and m.start() > lo and _HAN_CHAR.match(text[m.start() - 1]):
            s = m.start()
            continue
        break
    return s


def _all(s: str, w: str) -> list[int]:
    """Where `w` occurs in `s` (overlapping occurrences included)."""
    out, i = [], s.find(w)
    while i >= 0:
        out.append(i)
        i = s.find(w, i + 1)
    return out


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
