"""Extraction: a parsed document in, DocumentFacts out."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders import facts as F

if TYPE_CHECKING:
    from loaders.pipeline import ParsedDocument


def extract_document(doc: "ParsedDocument", ner: str = "rules") -> F.DocumentFacts:
    out = F.DocumentFacts(path=doc.raw.path, sha256=doc.raw.sha256, encoding=doc.raw.encoding)
    dkey = out.add_node(F.DOCUMENT, F.document_key(doc.raw.sha256), path=doc.raw.path,
                        sha256=doc.raw.sha256, title=doc.articles[0].title if doc.articles else "",
                        published=None, encoding=doc.raw.encoding)
    for art in doc.articles:
        akey = out.add_node(F.ARTICLE, F.article_key(doc.raw.sha256, art.position), title=art.title,
                            section=art.section, date=art.date, position=art.position)
        out.add_relationship("PART_OF", akey, dkey)
    return out
