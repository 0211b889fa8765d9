"""Step: where the bulletin speaks from.

Reads  doc.text, units
Adds   zones (home zone, its city and province, named sub-zones; for a bulletin that names
       no zone of its own, the institution it speaks for as the issuer), an empty
       organisation registry `orgs` resolving names in those zones, and each unit's
       `local_zone`.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.extract.grammar.org_grammar import GENERIC_COMPANY_WORDS, PROPER_SUFFIXES
from loaders.extract.grammar.orgs import OrgRegistry
from loaders.extract.grammar.zones import read_zones
from loaders.extract.state import DocumentState, Unit


def read(st: DocumentState) -> None:
    st.zones = read_zones(st.text)
    st.orgs = OrgRegistry(st.zones)
    st.orgs.text = st.text
    home = st.zones.home
    if not home.issuer:
        # a company's own paper (来源：某某石化报) speaks for the company; a bulletin with no
        # zone of its own, or one that speaks as 我校 / 我公司 / 我院, for an institution
        self_ref = SELF_REFERENCE.search(st.text)
        home.issuer = company_paper(st)
        if not home.issuer and (not home.name or self_ref):
            home.issuer = institution(st, SELF_ENDINGS.get(self_ref.group(1)) if self_ref else None)
        home.issuer_is_institution = home.issuer is not None
        if home.issuer:
            st.orgs.grammar.known.add(home.issuer)    # 某某石化: a name, though no suffix ends it
    for u in st.units:
        u.local_zone = local_zone(st, u)


def local_zone(st: DocumentState, u: Unit) -> str | None:
    """The sub-zone named first in the item's headline (or its first 80 characters)."""
    head = st.text[u.item.start: min(u.item.end, u.item.title_end + 80)]
    best = None
    for sz in st.zones.subzones:
        i = head.find(sz)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, sz)
    return best[1] if best else None


SOURCE_LINE = re.compile(r"^(?:.*\s)?(?:来源|信息来源|稿源)\s*[:：]\s*(\S+)", re.M)


def company_paper(st: DocumentState) -> str | None:
    """某某石化 of 来源：某某石化报, when the paper is named after a body the text names too
    (a company's or a system's own paper, not a place's: 某市日报 ends in 日报)."""
    m = SOURCE_LINE.search(st.text[:400])
    paper = m.group(1) if m else ""
    if not paper.endswith("报") or paper.endswith(MEDIA_ENDINGS) or len(paper) < 5:
        return None
    owner = paper[:-1]
    body = st.text[m.end():]
    if owner in body and not st.orgs.grammar.segment(owner) and not owner.endswith(PLACE_LEVELS):
        return owner
    return None


PLACE_LEVELS = ("省", "市", "县", "区", "州", "旗", "镇", "乡")


def institution(st: DocumentState, endings: tuple[str, ...] | None = None) -> str | None:
    """The company, school or hospital a bulletin speaks for (its own news: 党委, 外事处, 工会
    are that institution's): the one its source line names, else the proper organisation it
    names most, at least twice (of a school's kind when it says 我校, of a company's when it
    says 我公司…)."""
    grammar, text = st.orgs.grammar, st.text
    m = SOURCE_LINE.search(text[:400])
    if m and m.group(1).endswith(endings or PROPER_SUFFIXES) and not m.group(1).endswith(MEDIA_ENDINGS):
        return m.group(1)
    counts: Counter = Counter()
    for a, b in grammar.find(text):
        raw = text[a:b]
        suffix = next((x for x in PROPER_SUFFIXES if raw.endswith(x)), None)
        if suffix and not raw.endswith(MEDIA_ENDINGS) and len(raw) >= 4 and not SELF_REFERENCE.search(raw) \
                and raw[: -len(suffix)] not in GENERIC_COMPANY_WORDS:
            counts[raw] += 1
    if endings:
        counts = Counter({raw: n for raw, n in counts.items() if raw.endswith(endings)})
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


# how a bulletin speaks of the institution it speaks for, and how that institution's name ends
SELF_REFERENCE = re.compile("(?:我|本)(校|公司|集团|院|厂|行)(?![长])")
SELF_ENDINGS = {"校": ("中学", "小学", "大学", "学院", "学校"), "公司": ("公司",), "集团": ("集团", "集团有限公司"),
                "院": ("医院", "研究院", "学院", "设计院"), "厂": ("厂",), "行": ("银行",)}


MEDIA_ENDINGS = ("日报", "晚报", "报社", "电视台", "新闻网", "融媒体中心")
