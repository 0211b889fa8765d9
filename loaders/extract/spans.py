"""Entity spans of one line of text (for `govkg ner` and for benchmarking against standard
Chinese NER corpora): PER / ORG / LOC / TITLE, read with the same rules as the extraction
(person names after titles, in leader lists, bylines; the title lexicon; the organisation
grammar; the zone readers), plus the names an optional NER backend adds.

Offsets: they index the text *as given*. The line is read in a same-length normalised copy:
Traditional -> Simplified (OpenCC `tw2s`, the converter of loaders.normalise) and ASCII
punctuation -> Chinese (a 1:1 map). When a phrase conversion would change the length, the
line is converted character by character, which always keeps it. The length-changing steps
of loaders.normalise (pinyin annotations, mojibake runs, squeezed spaces, joined lines) are
not applied, so a span's `text` is always `text[start:end]` of the input.

Spans never overlap: where candidates overlap the longer one wins (an organisation that
starts with a place name is one ORG: 新乡市总工会, not LOC + ORG); a title chain is split
into its organisation (ORG 管委会) and its post (TITLE 副主任).
"""
from __future__ import annotations

import re

from loaders.extract.grammar.bylines import bylines
from loaders.extract.grammar.names import title_at_end, titles, valid_name
from loaders.extract.grammar.orgs import OrgRegistry
from loaders.extract.grammar.places import GENERIC_ZONES
from loaders.extract.grammar.titles import collective_names, name_before_title, org_suffix, social_names, titled_names
from loaders.extract.grammar.zones import read_zones
from loaders.extract.lexicon import lexicon
from loaders.extract.text import HAN
from loaders.normalise import chinese_punctuation, to_simplified

LABELS = ("PER", "ORG", "LOC", "TITLE")
# a bare title counts as TITLE when an action or a list follows it (管委会副主任主持)
TITLE_FOLLOW = re.compile("[、，,。；;：:（(\\s]|主持|出席|参加|列席|讲话|指出|强调|要求|带队|陪同|通报|汇报|致辞|表示|$")
_PRIORITY = {"PER": 0, "ORG": 1, "TITLE": 2, "LOC": 3}


def same_length_simplified(text: str) -> str:
    """Simplified Chinese with Chinese punctuation, exactly as long as `text`."""
    out = to_simplified(text)
    if len(out) != len(text):
        chars = []
        for ch in text:
            c = to_simplified(ch)
            chars.append(c if len(c) == 1 else ch)
        out = "".join(chars)
    punct = chinese_punctuation(out)
    return punct if len(punct) == len(out) else out


def entity_spans(text: str, ner: str = "rules") -> list[dict]:
    """[{"start", "end", "label", "text"}] sorted by start, non-overlapping; offsets into
    `text` as given. `ner` is an extraction backend name (rules, lac, hanlp): a backend
    adds the person names the rules miss (ValueError for an unknown name, NerUnavailable
    when the backend cannot run here)."""
    from loaders.extract import ner as N
    finder = N.backend(ner)
    if not text.strip():
        return []
    line = same_length_simplified(text)
    zones = read_zones(line)
    orgs = OrgRegistry(zones)
    # ORG: the organisation grammar
    org_spans = orgs.grammar.find(line, 0, len(line))
    cands = [(s, e, "ORG") for s, e in org_spans]
    cands += _person_and_title_spans(line, orgs, org_spans, finder)
    cands += _chain_org_spans(line, orgs, cands)
    cands += _place_spans(line, zones)
    # the model's organisations and places come first: `govkg ner` is never worse at them than
    # the model alone; the rules' spans fill what the model leaves
    typed = N.typed_entities(ner)
    chosen: list[tuple[int, int, str]] = []
    for lab, s, e in sorted(typed(line) if typed else [], key=lambda c: (c[1], -c[2])):
        if s < e and not any(s < b and a < e for a, b, _ in chosen):
            chosen.append((s, e, lab))
    for s, e, lab in sorted(set(cands), key=lambda c: (-(c[1] - c[0]), _PRIORITY[c[2]], c[0])):
        if s < e and not any(s < b and a < e for a, b, _ in chosen):
            chosen.append((s, e, lab))
    return [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in sorted(chosen)]


def _person_and_title_spans(line: str, orgs: OrgRegistry, org_spans: list[tuple[int, int]],
                            finder) -> list[tuple[int, int, str]]:
    """PER and TITLE: title chains + names, leader lists, social roles, bylines, the
    backend's names; a title with no name right after an organisation."""
    n = len(line)
    cands: list[tuple[int, int, str]] = []
    names: set[str] = set()
    for tn in titled_names(line, 0, n, orgs):
        names.add(tn.name)
        for pos in tn.positions:
            base = title_at_end(line[pos.start:pos.end])
            if base:
                cands.append((pos.end - len(base), pos.end, "TITLE"))
    for _t, name, _s, _e in collective_names(line, 0, n):
        names.add(name)
    for _r, name, _s, _e in social_names(line, 0, n):
        names.add(name)
    for title, name, _s, e in name_before_title(line, 0, n):
        names.add(name)
        cands.append((e, e + len(title), "TITLE"))          # 某某总书记: the post after the name
    for bl in bylines(line, 0, n):
        names.add(bl.name)
    if finder:
        for name, s, e in finder(line):
            if valid_name(name) and not any(a <= s and e <= b for a, b in org_spans) \
                    and not any(name != k and name in k for k in names):
                names.add(name)
    for name in names:
        for m in re.finditer(re.escape(name), line):
            cands.append((m.start(), m.end(), "PER"))
    # TITLE with no name: right after an organisation, before an action or a list
    org_ends = {e for _s, e in org_spans}
    for t in titles():
        for m in re.finditer(re.escape(t), line):
            if m.start() in org_ends and TITLE_FOLLOW.match(line, m.end()):
                cands.append((m.start(), m.end(), "TITLE"))
    return cands


def _chain_org_spans(line: str, orgs: OrgRegistry, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The organisation word of a title chain (党工委 in 党工委副书记) when the grammar did
    not already read it."""
    out = []
    for s, e, lab in cands:
        if lab == "TITLE":
            lo = s
            while lo > 0 and re.match(f"[{HAN}]", line[lo - 1]):
                lo -= 1
            org = org_suffix(line[lo:s], orgs)
            if org:
                out.append((s - len(org), s, "ORG"))
    return out


def _place_spans(line: str, zones) -> list[tuple[int, int, str]]:
    """LOC: the home zone, named sub-zones and districts, cities, provinces."""
    loc_words: set[str] = set(zones.subzones)
    home = zones.home
    if home.name not in GENERIC_ZONES and home.kind != "unknown":
        loc_words.add(home.name)
    for a in home.aliases:
        if a not in GENERIC_ZONES and a != "经开":
            loc_words.add(a)
    for c in zones.cities:
        loc_words.update({c, c + "市"})
    for form in lexicon().provinces:
        if form in line:
            loc_words.add(form)
    return [(m.start(), m.end(), "LOC") for w in loc_words for m in re.finditer(re.escape(w), line)]
