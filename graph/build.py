"""Building the graph from files: each file read, extracted and written on its own, so one
bad file is reported and skipped while the rest load."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Callable

from graph.load import delete_orphans, load_document
from graph.store import Store, StoreError
from loaders import fingerprint
from loaders.aliases import Aliases
from loaders.extract.ner import DEFAULT_BACKEND
from loaders.facts import DocumentFacts
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
    replaced: bool = False  # an earlier extraction of the same file was replaced


@dataclass
class BuildReport:
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]

    def total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)


Progress = Callable[[FileOutcome], None]


def build(store: Store, paths: list[str | Path], ner: str = DEFAULT_BACKEND, force: bool = False,
          on_file: Progress | None = None, aliases: Aliases | None = None,
          jobs: int | None = None) -> BuildReport:
    """Extraction runs in `jobs` worker processes (default: one per core; safe to fork, as
    no JVM lives in this process); writes stay in this process, one transaction per
    document, in file order (ArcadeDB wants a single writer)."""
    store.apply_schema()
    report = BuildReport()
    version = f"{fingerprint()}/{ner}/{aliases.digest() if aliases else '-'}"
    files = iter_paths(paths)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    work = partial(extract_file, ner=ner, aliases=aliases)
    with _pool(jobs) as pool:
        for path, extracted in zip(files, pool(work, files)):
            outcome = extracted if isinstance(extracted, FileOutcome) else write_file(store, path, extracted, version, force)
            report.files.append(outcome)
            if on_file:
                on_file(outcome)
    if any(f.replaced for f in report.files):
        delete_orphans(store)
    return report


def extract_file(path: Path, ner: str, aliases: Aliases | None) -> DocumentFacts | FileOutcome:
    """The facts of one file, or its failure (never raises: one bad file must not stop a batch)."""
    try:
        return read_document(path, ner=ner, aliases=aliases)
    except SourceError as exc:
        return FileOutcome(str(path), "failed", exc.reason)
    except Exception as exc:  # a bug in extraction must not abort the batch; say so plainly
        return FileOutcome(str(path), "failed", f"extraction error: {type(exc).__name__}: {exc}")


def write_file(store: Store, path: Path, facts: DocumentFacts, version: str, force: bool) -> FileOutcome:
    articles = sum(1 for n in facts.nodes.values() if n.label == "Article")
    try:
        result = load_document(store, facts, version, force=force)
    except StoreError as exc:
        return FileOutcome(str(path), "failed", f"database: {exc}")
    except Exception as exc:  # the transaction rolled back: nothing of this file is stored
        return FileOutcome(str(path), "failed", f"database: {type(exc).__name__}: {exc}")
    status = "unchanged" if result.skipped else "loaded"
    return FileOutcome(str(path), status, "", articles, result.nodes, result.relationships, facts.encoding,
                       replaced=result.replaced)


@contextmanager
def _pool(jobs: int):
    """A `map` that yields results in order: in worker processes, or inline for one job."""
    if jobs == 1:
        yield map
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as executor:
        yield lambda fn, items: executor.map(fn, items, chunksize=1)
