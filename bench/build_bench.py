"""Build throughput: extraction alone, and extraction + writes into a fresh embedded store.

    .venv/bin/python bench/build_bench.py [--copies 20] [--ner rules]

Copies of the seed bulletins (each made distinct by a numbered first line) stand in for a
larger archive. Prints documents/s and characters/s with the machine's core count.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from graph import arcadedb
from graph.build import build
from graph.store import Store
from loaders.settings import Settings
from loaders.pipeline import read_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--ner", default="rules")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        for i in range(a.copies):
            for seed in sorted(SEEDS.glob("*.txt")):
                text = seed.read_text(encoding="utf-8")
                (docs / f"{i:04d}_{seed.name}").write_text(f"第{i}期\n{text}", encoding="utf-8")
        files = sorted(docs.glob("*.txt"))
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files)

        t0 = time.perf_counter()
        facts = sum(len(read_document(f, ner=a.ner).relationships) for f in files)
        extract_s = time.perf_counter() - t0

        data = work / "store"
        t0 = time.perf_counter()
        with Store.open(Settings(data=data), keep_server=True) as store:
            started = time.perf_counter() - t0
            t1 = time.perf_counter()
            report = build(store, [docs], ner=a.ner)
            build_s = time.perf_counter() - t1
        arcadedb.stop(data)
        assert not report.failed, report.failed[:3]

        print(f"machine: {os.cpu_count()} cores; {len(files)} documents, {chars:,} characters, ner={a.ner}")
        print(f"{'step':<28}{'seconds':>9}{'docs/s':>9}{'chars/s':>12}")
        for step, s in (("extract (no database)", extract_s), ("build (extract + write)", build_s)):
            print(f"{step:<28}{s:>9.2f}{len(files) / s:>9.1f}{chars / s:>12,.0f}")
        print(f"embedded server start: {started:.2f} s; relationships per pass: {facts:,}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
