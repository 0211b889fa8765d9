"""Building the graph from files: each file read, extracted and written on its own, so one
bad file is reported and skipped while the rest load."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph.load import load_document
from graph.store import Store, StoreError
from loaders import fingerprint
from loaders.aliases import Aliases
from loaders.pipeline import read_document
from loaders.sources import SourceError, iter_paths


@dataclass
class FileOutcome:
    path: str
    status: str            # loaded | unchanged | failed
    reason: str = ""
    articles: int = 0
    nodes: int = 0
    relationships: int = 0
    encoding: str = ""


@dataclass
class BuildReport:
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]

    def total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)


Progress = Callable[[FileOutcome], None]


def build(store: Store, paths: list[str | Path], ner: str = "rules", force: bool = False,
          on_file: Progress | None = None, aliases: Aliases | None = None) -> BuildReport:
    store.apply_schema()
    report = BuildReport()
    version = f"{fingerprint()}/{ner}/{aliases.digest() if aliases else '-'}"
    for path in iter_paths(paths):
        outcome = build_file(store, path, ner, force, aliases, version)
        report.files.append(outcome)
        if on_file:
            on_file(outcome)
    return report


def build_file(store: Store, path: Path, ner: str, force: bool,
               aliases: Aliases | None = None, version: str | None = None) -> FileOutcome:
    try:
        facts = read_document(path, ner=ner, aliases=aliases)
    except SourceError as exc:
        return FileOutcome(str(path), "failed", exc.reason)
    except Exception as exc:  # a bug in extraction must not abort the batch; say so plainly
        return FileOutcome(str(path), "failed", f"extraction error: {type(exc).__name__}: {exc}")
    articles = sum(1 for n in facts.nodes.values() if n.label == "Article")
    try:
        result = load_document(store, facts, version, force=force)
    except StoreError as exc:
        return FileOutcome(str(path), "failed", f"database: {exc}")
    except Exception as exc:  # the transaction rolled back: nothing of this file is stored
        return FileOutcome(str(path), "failed", f"database: {type(exc).__name__}: {exc}")
    status = "unchanged" if result.skipped else "loaded"
    return FileOutcome(str(path), status, "", articles, result.nodes, result.relationships, facts.encoding)
