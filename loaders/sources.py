"""Reading bulletin files: paths and folders in, decoded text out, with the encoding used."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

SUFFIXES = (".txt", ".text", ".md")


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
    """Files as given, folders expanded to their bulletin files (sorted, recursive).
    Missing paths are returned as they are so that reading them reports the error."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def read_source(path: str | Path) -> RawText:
    p = Path(path)
    if not p.exists():
        raise SourceError(str(p), "no such file")
    if not p.is_file():
        raise SourceError(str(p), "not a regular file")
    data = p.read_bytes()
    if not data.strip():
        raise SourceError(str(p), "empty file")
    text, encoding = decode(data, str(p))
    return RawText(str(p), hashlib.sha256(data).hexdigest(), encoding, text)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise SourceError(name, "not text in any supported encoding (binary file?)")
    return str(best), best.encoding
