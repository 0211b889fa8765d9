"""Splitting a normalised document into its articles."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Byline:
    name: str
    role: str = ""  # 记者 / 通讯员 / 编辑 / 摄影 / "" for an affiliation byline
    org: str = ""   # (开发区财政审计部 霍啸) -> 开发区财政审计部


@dataclass
class Article:
    position: int           # 1-based order in the document
    title: str
    section: str            # 【经开要闻】 -> 经开要闻
    date: str | None        # "2025-07-30", "--07-30" or None
    start: int              # character span in the normalised document text
    end: int
    text: str               # the article body (== doc_text[start:end])
    bylines: list[Byline] = field(default_factory=list)


def split_articles(text: str, year: int | None = None) -> list[Article]:
    """Placeholder: the whole document as one article."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return [Article(1, title, "", None, 0, len(text), text)]
