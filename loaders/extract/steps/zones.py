"""Step: where the bulletin speaks from.

Reads  doc.text, units
Adds   zones (home zone, its city and province, named sub-zones), an empty organisation
       registry `orgs` resolving names in those zones, and each unit's `local_zone`.
"""
from __future__ import annotations

from loaders.extract.grammar.orgs import OrgRegistry
from loaders.extract.grammar.zones import read_zones
from loaders.extract.state import DocumentState, Unit


def read(st: DocumentState) -> None:
    st.zones = read_zones(st.text)
    st.orgs = OrgRegistry(st.zones)
    st.orgs.text = st.text
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
