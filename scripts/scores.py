"""Extraction F1 on every annotated set at once, and the change from a saved run.

    .venv/bin/python scripts/scores.py                       # table: metrics x sets
    .venv/bin/python scripts/scores.py --save /tmp/base.json  # keep this run
    .venv/bin/python scripts/scores.py --against /tmp/base.json   # deltas from a kept run

Sets: ../shared/realdev (real bulletins), the seeds (../shared/gold), tests/data/holdout*
(invented; holdout3 is the blind one: report it, never tune on it). Same metrics as
../shared/eval/score.py (loaders/evaluate.py; `govkg eval` prints the same).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.evaluate import METRICS, evaluate  # noqa: E402
from loaders.pipeline import read_document  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = {"realdev": (SHARED / "realdev" / "gold", SHARED / "realdev" / "docs"),
        "seeds": (SHARED / "gold", ROOT / "seeds"),
        **{d.name: (d / "gold", d / "docs") for d in sorted((ROOT / "tests" / "data").glob("holdout*"))}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", default="lac")
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--save", type=Path)
    ap.add_argument("--against", type=Path)
    a = ap.parse_args()
    scores = {}
    for name in a.sets:
        gold, docs = SETS[name]
        micro, _, failures = evaluate(gold, docs, lambda p: read_document(p, ner=a.ner).to_json_dict())
        scores[name] = {m: round(micro[m][2], 3) for m in METRICS if m in micro}
        for f in failures:
            print(f"FAILED {name}: {f}", file=sys.stderr)
    base = json.loads(a.against.read_text()) if a.against else {}
    print(f"{'metric':<15}" + "".join(f"{s:>16}" for s in a.sets))
    for m in METRICS:
        cells = []
        for s in a.sets:
            v = scores[s].get(m)
            b = base.get(s, {}).get(m)
            delta = "" if b is None or v is None or abs(v - b) < 0.0005 else f" ({v - b:+.3f})"
            cells.append(f"{v:.3f}{delta}" if v is not None else "-")
        print(f"{m:<15}" + "".join(f"{c:>16}" for c in cells))
    if a.save:
        a.save.write_text(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
