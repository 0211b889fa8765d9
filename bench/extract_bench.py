"""Extraction backends compared: F1 on the seeds and the held-out set, and speed.

    .venv/bin/python bench/extract_bench.py [--backends rules lac]

Speed is measured in-process after a warm-up (model loading is reported separately), in
characters of normalised text per second, with the machine's core count.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from loaders.evaluate import evaluate
from loaders.extract.ner import backend
from loaders.pipeline import parse, read_document

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seeds": (ROOT / "tests/data/gold", ROOT / "seeds"),
        **{name: (ROOT / f"tests/data/{name}/gold", ROOT / f"tests/data/{name}/docs")
           for name in ("holdout", "holdout2", "holdout3", "holdout4", "holdout5")
           if (ROOT / "tests/data" / name).is_dir()}}
REALDEV = ROOT.parent / "shared" / "realdev"     # real bulletins, beside the project
if REALDEV.is_dir():
    SETS["realdev"] = (REALDEV / "gold", REALDEV / "docs")
SHOWN = ("persons", "positions", "positions+org", "organisations", "events", "chaired", "attended", "spoke")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backends", nargs="+", default=["rules", "lac"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS),
                    help="which annotated sets to score (holdout3 is the blind one: report, never tune)")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores")
    print(f"{'backend':<8}{'set':<9}" + "".join(f"{m[:9]:>10}" for m in SHOWN) + f"{'chars/s':>11}{'load s':>8}")
    for name in a.backends:
        t0 = time.perf_counter()
        backend(name)  # loads a model, if the backend has one
        if name == "lac":
            read_document(SETS["seeds"][1] / "003_c4740e32d0d06a7b.txt", ner=name)  # first call loads LAC
        load = time.perf_counter() - t0
        for set_name in a.sets:
            gold, docs = SETS[set_name]
            micro, _, failures = evaluate(gold, docs, lambda p: read_document(p, ner=name).to_json_dict())
            files = sorted(docs.glob("*.txt"))
            chars = sum(len(parse(f).text) for f in files)
            t0 = time.perf_counter()
            for _ in range(a.repeat):
                for f in files:
                    read_document(f, ner=name)
            speed = chars * a.repeat / (time.perf_counter() - t0)
            row = "".join(f"{micro[m][2]:>10.3f}" for m in SHOWN)
            print(f"{name:<8}{set_name:<9}{row}{speed:>11,.0f}{load:>8.2f}" + (" FAILED" if failures else ""))


if __name__ == "__main__":
    main()
