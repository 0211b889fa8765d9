"""Extraction quality on the seeds cannot silently regress: micro F1 floors per metric,
scored with the same metrics as the reference scorer (loaders/evaluate.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import evaluate
from loaders.pipeline import read_document

from conftest import SEEDS

GOLD = Path(__file__).parent / "data" / "gold"

# the issue-3 targets; raised as extraction improves, never lowered — except where a later
# requirement overrides the seed gold: the seed gold gives six people the post 区领导, which
# issue 10 and ../shared/eval/GUIDELINES.md rule out ("collective nouns … are NOT titles"), so
# positions dropped from 0.957 to 0.899 when the extractor stopped reading them (0.92 -> 0.90;
# 0.906 now). Under the guidelines the seed gold allows at most 0.906 without inventing
# bodies: its other misses are social roles (现役军人) and posts with no body in the text.
FLOORS = {"persons": 0.97, "positions": 0.90, "positions+org": 0.80, "organisations": 0.85,
          "projects": 0.75, "events": 0.85, "event dates": 0.90, "chaired": 0.95,
          "attended": 0.90, "spoke": 0.85, "organised": 0.80, "oversees": 0.70}


@pytest.fixture(scope="module")
def micro():
    results, _, failures = evaluate(GOLD, SEEDS, lambda p: read_document(p).to_json_dict())
    assert not failures
    return results


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_f1_floor(micro, metric):
    f1 = micro[metric][2]
    assert f1 >= FLOORS[metric], f"{metric}: F1 {f1:.3f} < {FLOORS[metric]}"


REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


REALDEV = REFERENCE.parents[1] / "realdev"
# the issue-10 targets on real bulletins (../shared/realdev), never lowered
REALDEV_FLOORS = {"persons": 0.95, "organisations": 0.80, "projects": 0.75, "positions": 0.85,
                  "positions+org": 0.70, "events": 0.80, "event dates": 0.80, "chaired": 0.90,
                  "attended": 0.85, "spoke": 0.80, "organised": 0.70, "oversees": 0.60}


@pytest.mark.skipif(not REALDEV.exists(), reason="the real bulletins (../shared/realdev) are not beside the project")
def test_real_bulletins_keep_the_issue_10_targets():
    results, _, failures = evaluate(REALDEV / "gold", REALDEV / "docs", lambda p: read_document(p).to_json_dict())
    assert not failures
    low = {m: round(results[m][2], 3) for m, floor in REALDEV_FLOORS.items() if results[m][2] < floor}
    assert low == {}


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer (../shared) is not beside the project")
@pytest.mark.parametrize("gold, docs", [(GOLD, SEEDS), (REALDEV / "gold", REALDEV / "docs")], ids=["seeds", "realdev"])
def test_govkg_eval_agrees_with_the_reference_scorer(gold, docs):
    import json
    import subprocess
    import sys

    govkg = str(Path(sys.executable).parent / "govkg")
    ours = subprocess.run([govkg, "eval", "--gold", str(gold), "--docs", str(docs), "--json"],
                          capture_output=True, text=True, timeout=600)
    ref = subprocess.run([sys.executable, str(REFERENCE), "--gold", str(gold), "--docs", str(docs),
                          "--extract-cmd", f"{govkg} extract {{doc}} --format json", "--json"],
                         capture_output=True, text=True, timeout=600)
    assert ours.returncode == 0 and ref.returncode == 0, (ours.stderr, ref.stderr)
    decode = json.JSONDecoder().raw_decode  # both print a trailing summary line after the JSON
    assert decode(ours.stdout)[0]["micro"] == decode(ref.stdout)[0]["micro"]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_entity_is_linked_to_its_text(path):
    """No entity stands alone: each is at least MENTIONed by an article (re-reads remove
    unlinked nodes, so an unlinked node would vanish on the second build)."""
    facts = read_document(path)
    linked = {k for r in facts.relationships.values() for k in (r.start, r.end)}
    orphans = [n.props.get("name") for n in facts.nodes.values() if n.key not in linked]
    assert orphans == []


# held-out bulletins written for the project (tests/data/holdout*/README.md): the rules were
# improved while reading their misses, so they guard against regressions rather than
# measure generalisation (holdout3 stays blind: it is scored for reports, never here)
HELD_OUT = {name: Path(__file__).parent / "data" / name for name in ("holdout", "holdout2", "holdout4")}
HELD_OUT_FLOOR = 0.85


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_sets_keep_their_floor(name):
    folder = HELD_OUT[name]
    results, _, failures = evaluate(folder / "gold", folder / "docs", lambda p: read_document(p).to_json_dict())
    assert not failures
    low = {m: round(v[2], 3) for m, v in results.items() if v[2] < HELD_OUT_FLOOR}
    assert low == {}, f"{name}: below {HELD_OUT_FLOOR}: {low}"
