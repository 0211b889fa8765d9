"""Reading bulletin files: paths and folders in, decoded text out, with the encoding used.

Bulletins arrive as whatever the scraper or PDF tool wrote: UTF-8 (with or without BOM),
GB18030/GBK, Big5, UTF-16. Generic charset detectors are trained on long Western text and
misread short Chinese (GBK vs Big5 vs UTF-16 all "decode" the same bytes), so we decide
ourselves: BOMs first, then strict UTF-8 (self-validating), then every Chinese candidate
decoded strictly and scored by how much of the result is *common* Chinese text. A wrong
decoding of Chinese bytes produces valid but rare characters, Hangul or private-use code
points, so the score separates right from wrong even on a dozen characters.
charset-normalizer is only the last resort for non-Chinese encodings.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from loaders.charsets import common_han

SUFFIXES = (".txt", ".text", ".md")

# Magic numbers of files people drop into a bulletin folder by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document (extract its text first)"),
    (b"PK\x03\x04", "ZIP archive or Office document (extract its text first)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document (extract its text first)"),
    (b"\x7fELF", "executable"),
)

# Below this share of plausible characters a decoding is rejected.
MIN_SCORE = 0.9


class SourceError(Exception):
    """A file that cannot be read as a bulletin; `reason` says why, for the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class RawText:
    path: str
    sha256: str
    encoding: str
    text: str


def iter_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their bulletin files (sorted, recursive, hidden
    files skipped). Missing paths are returned as they are so that reading them reports
    the error instead of silently dropping a typo."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            found = [p]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def read_source(path: str | Path) -> RawText:
    p = Path(path)
    if not p.exists():
        raise SourceError(str(p), "no such file or directory")
    if p.is_dir():
        raise SourceError(str(p), "is a directory, not a file")
    if not p.is_file():
        raise SourceError(str(p), "not a regular file")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise SourceError(str(p), "permission denied") from None
    except OSError as e:
        raise SourceError(str(p), f"cannot read: {e.strerror or e}") from None
    if not data:
        raise SourceError(str(p), "empty file (0 bytes)")
    text, encoding = decode(data, str(p))
    if not text.strip(" \t\r\n\f\v\u3000\ufeff\u200b"):
        raise SourceError(str(p), "empty file (whitespace only)")
    return RawText(str(p), hashlib.sha256(data).hexdigest(), encoding, text)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """(text, encoding name) or SourceError with a reason a user can act on."""
    # 1. byte-order marks are authoritative (UTF-32 before UTF-16: FF FE 00 00 starts both)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                     (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
                     (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as e:
                raise SourceError(name, f"starts with a {enc} byte-order mark "
                                        f"but is not valid {enc} (byte {e.start + len(bom)})") from None
    # 2. files that are obviously not text
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise SourceError(name, f"binary file ({what}), not a text bulletin")
    # 3. UTF-8 validates itself: GBK/Big5 Chinese is almost never valid UTF-8
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        # a UTF-8 file with a few broken bytes (truncated copy, one bad sector) stays UTF-8;
        # the damage becomes U+FFFD, which normalisation marks as "?"
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad and bad <= max(2, len(text) // 1000) and score(text) >= MIN_SCORE:
            return text, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)"
    # 4. the Chinese candidates, decoded strictly and scored. NUL bytes never occur in
    #    GBK/Big5 text, only in UTF-16 (ASCII and a few Han such as U+5F00) or binary data.
    has_nul = b"\x00" in data
    candidates = [] if has_nul else ["gb18030", "big5"]
    if len(data) % 2 == 0:
        candidates += ["utf-16-le", "utf-16-be"]
    best: tuple[float, str, str] | None = None
    for enc in candidates:
        try:
            text = data.decode("cp950" if enc == "big5" else enc)
        except UnicodeDecodeError:
            continue
        s = score(text)
        if best is None or s > best[0] + 1e-9:  # ties keep the earlier (more likely) one
            best = (s, text, enc)
    if best and best[0] >= MIN_SCORE:
        return best[1], best[2]
    if has_nul:
        raise SourceError(name, "binary file (contains NUL bytes), not a text bulletin")
    # 5. last resort for other encodings (Latin-1 pages, Shift-JIS, ...)
    try:
        from charset_normalizer import from_bytes
        match = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure is just "not detected"
        match = None
    if match is not None:
        text = str(match)
        if score(text) >= MIN_SCORE and _printable_share(text) >= 0.97:
            return text, match.encoding
    if _control_share(data) > 0.05:
        raise SourceError(name, "binary file (control bytes), not a text bulletin")
    raise SourceError(name, "undecodable: not valid text in UTF-8, GB18030/GBK, Big5 or UTF-16")


def score(text: str) -> float:
    """Share of characters a Chinese bulletin plausibly contains (common Han, ASCII,
    CJK and full-width punctuation, whitespace). Wrong decodings score far lower."""
    if not text:
        return 0.0
    common = common_han()
    good = 0
    for ch in text:
        o = ord(ch)
        if ch in common or (0x20 <= o < 0x7F) or ch in "\n\r\t" or 0x3000 <= o <= 0x303F \
                or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027 or o in (0xB7, 0x2030, 0x25A1, 0x25C6):
            good += 1
        elif 0x4E00 <= o <= 0x9FFF:
            good += 0.5  # rarer Han: names and place names use them, wrong decodings too
    return good / len(text)


def _printable_share(text: str) -> float:
    return sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / max(len(text), 1)


def _control_share(data: bytes) -> float:
    return sum(b < 0x20 and b not in (9, 10, 12, 13) for b in data) / max(len(data), 1)
