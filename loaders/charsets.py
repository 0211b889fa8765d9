"""The frequent characters of the two national character sets, built once from the codecs:
what an encoding guess and the Traditional/Simplified check count as common Chinese."""
from __future__ import annotations

from functools import lru_cache


def _decodable(codec: str, leads: range, trails: list[int]) -> set[str]:
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                out.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


@lru_cache(maxsize=1)
def common_simplified() -> frozenset[str]:
    """GB2312 level 1: the 3,755 most frequent simplified characters."""
    return frozenset(_decodable("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF))))


@lru_cache(maxsize=1)
def common_traditional() -> frozenset[str]:
    """Big5 level 1: the 5,401 most frequent traditional characters."""
    return frozenset(_decodable("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))))


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """Frequent Han characters of either set."""
    return common_simplified() | common_traditional()
