"""Traditional/Simplified-insensitive input: user text is matched in the forms the graph
stores (the loaders write Simplified, converted with OpenCC `tw2s`) and in plain `t2s`
form, so `宋黎靜` finds `宋黎静` whichever convention a name was typed in."""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

# the stray variants the loaders map too (loaders/normalise.py)
_VARIANTS = str.maketrans({"陜": "陕"})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def simplified(text: str) -> str:
    """The text as the loaders would store it: `tw2s` (which also fixes 著->着), variants mapped."""
    text = _SPACES.sub(" ", text).strip()
    return _converter("tw2s").convert(text).translate(_VARIANTS)


@lru_cache(maxsize=4096)
def variants(text: str) -> tuple[str, ...]:
    """Every form worth matching: as typed, `tw2s` and `t2s` Simplified, de-duplicated, in
    that order of preference."""
    text = _SPACES.sub(" ", text).strip()
    forms = (text, simplified(text), _converter("t2s").convert(text).translate(_VARIANTS))
    return tuple(dict.fromkeys(f for f in forms if f))
