"""Scoring extraction against gold annotations: `govkg eval --gold DIR --docs DIR`.

The metrics and matching rules are those of the project's reference scorer
(shared/eval/score.py), carried here so that users can annotate their own bulletins and
measure without it: persons (exact names), organisations and projects (equality,
containment or character-bigram overlap), positions (person + title [+ organisation]),
events (best name overlap on the same month-day), event dates, chaired, attended, spoke,
organised and oversees. A gold file is `<doc>.gold.json` beside `<doc>.txt`.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable

from loaders.schema import ATTENDED, EVENT_ROLES

PUNCT = re.compile(r"[\s“”\"'‘’《》〈〉()（）【】\[\]、,，。·.:：;；!！?？—\-_/]+")


def norm(s: str | None) -> str:
    return PUNCT.sub("", s or "").replace("中共", "")


def bigrams(s: str) -> set[str]:
    s = norm(s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def dice(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def names_match(pred: str, gold_names: list[str], threshold: float = 0.6) -> bool:
    p = norm(pred)
    if not p:
        return False
    for g in gold_names:
        g = norm(g)
        if not g:
            continue
        if p == g or (len(p) >= 2 and p in g) or (len(g) >= 2 and g in p) or dice(p, g) >= threshold:
            return True
    return False


def month_day(date: str | None) -> str | None:
    m = re.search(r"(\d{1,2})-(\d{1,2})$", date or "")
    return f"{int(m.group(1)):02d}-{int(m.group(2)):02d}" if m else None


class Counts:
    def __init__(self) -> None:
        self.tp_p = self.n_p = self.tp_g = self.n_g = 0

    def add(self, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> None:
        self.tp_p += tp_pred
        self.n_p += n_pred
        self.tp_g += tp_gold
        self.n_g += n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_p / self.n_p if self.n_p else (1.0 if not self.n_g else 0.0)
        r = self.tp_g / self.n_g if self.n_g else (1.0 if not self.n_p else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_sets(pred: list, gold: list, same) -> tuple[int, int]:
    """Returns (predicted items that match some gold item, gold items matched by some prediction)."""
    tp_pred = sum(1 for p in pred if any(same(p, g) for g in gold))
    tp_gold = sum(1 for g in gold if any(same(p, g) for p in pred))
    return tp_pred, tp_gold


def org_names(o: dict) -> list[str]:
    return [o["name"], *(o.get("aliases") or []), *([o["short"]] if o.get("short") else [])]


def title_match(pt: str, porg: str, gt: str, gorg: str | None) -> bool:
    """Titles match exactly, or one is the other's tail and the rest of the longer one is
    carried by the other side's organisation (管委会主任 ~ 主任 @ ...管委会)."""
    pt, gt = norm(pt), norm(gt)
    if not pt or not gt:
        return False
    if pt == gt:
        return True
    if gt.endswith(pt):
        return norm(gt[: -len(pt)]) in norm(porg)
    if pt.endswith(gt):
        return norm(pt[: -len(gt)]) in norm(gorg or "")
    return False


def score_doc(gold: dict, graph: dict, totals: dict[str, Counts]) -> dict[str, tuple]:
    """The metrics of one document (added to `totals` too), as score.py computes them."""
    return _DocScore(gold, graph, totals).score()


class _DocScore:
    def __init__(self, gold: dict, graph: dict, totals: dict[str, Counts]) -> None:
        self.gold, self.totals = gold, totals
        self.nodes = {n["id"]: n for n in graph.get("nodes", [])}
        self.rels: dict[str, list[dict]] = defaultdict(list)
        for r in graph.get("relationships", []):
            if r.get("start") in self.nodes and r.get("end") in self.nodes:
                self.rels[r["type"]].append(r)
        self.out: dict[str, tuple] = {}
        self.align: dict = {}     # predicted event id -> the gold event's key it is taken for

    def of(self, label: str) -> list[dict]:
        return [n for n in self.nodes.values() if label in n.get("labels", [])]

    def prop(self, nid, key: str):
        n = self.nodes.get(nid)
        return (n or {}).get("properties", {}).get(key)

    def record(self, metric: str, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> None:
        self.totals[metric].add(tp_pred, n_pred, tp_gold, n_gold)
        c = Counts()
        c.add(tp_pred, n_pred, tp_gold, n_gold)
        self.out[metric] = c.prf()

    def score(self) -> dict[str, tuple]:
        self.entities()
        self.positions()
        self.events()
        for role in EVENT_ROLES:
            # attending is any part in the event (score.py: chaired, attended or spoke)
            relations = [r.relation for r in EVENT_ROLES] if role.relation == ATTENDED else [role.relation]
            self.role(role.metric, relations, role.gold_field)
        self.organisers()
        self.overseers()
        return self.out

    def entities(self) -> None:
        """Persons by exact name; organisations and projects by lenient names."""
        gold, prop = self.gold, self.prop
        pred_persons = {prop(n["id"], "name") for n in self.of("Person")} - {None}
        gold_persons = {p["name"] for p in gold["persons"]}
        self.record("persons", len(pred_persons & gold_persons), len(pred_persons),
                    len(pred_persons & gold_persons), len(gold_persons))
        gold_orgs = gold["organisations"]
        pred_orgs = [prop(n["id"], "name") or "" for n in self.of("Organisation")]
        tp_p, tp_g = match_sets(pred_orgs, gold_orgs, lambda p, g: names_match(p, org_names(g)))
        self.record("organisations", tp_p, len(pred_orgs), tp_g, len(gold_orgs))
        gold_projects = gold["projects"]
        pred_projects = [prop(n["id"], "name") or "" for n in self.of("Project")]
        tp_p, tp_g = match_sets(pred_projects, gold_projects, lambda p, g: names_match(p, [g["name"]], 0.5))
        self.record("projects", tp_p, len(pred_projects), tp_g, len(gold_projects))

    def positions(self) -> None:
        """Positions with a title: (person, title), and (person, title, organisation)."""
        prop = self.prop
        gold_pos = [(p["name"], q["title"], q.get("org") or "") for p in self.gold["persons"]
                    for q in p["positions"] if q.get("title")]
        pred_pos = [(prop(r["start"], "name"), (r.get("properties") or {}).get("title") or "",
                     prop(r["end"], "name") or "") for r in self.rels["HOLDS_POSITION"]]
        pred_titled = [p for p in pred_pos if p[1]]

        def pos_same(p, g):
            return p[0] == g[0] and title_match(p[1], p[2], g[1], g[2])

        tp_p, tp_g = match_sets(pred_titled, gold_pos, pos_same)
        self.record("positions", tp_p, len(pred_titled), tp_g, len(gold_pos))

        def pos_org_same(p, g):
            return pos_same(p, g) and bool(g[2]) and names_match(p[2], [g[2]])

        gold_pos_org = [g for g in gold_pos if g[2]]
        gold_pos_no_org = [g for g in gold_pos if not g[2]]
        pred_with_org = [p for p in pred_titled if p[2] and not any(pos_same(p, g) for g in gold_pos_no_org)]
        tp_p, tp_g = match_sets(pred_with_org, gold_pos_org, pos_org_same)
        self.record("positions+org", tp_p, len(pred_with_org), tp_g, len(gold_pos_org))

    def events(self) -> None:
        """Each predicted event is aligned to the gold event with the best name overlap on
        the same month-day; then its date is right or not."""
        prop, gold_events, align = self.prop, self.gold["events"], self.align
        pred_events = self.of("Event")
        for e in pred_events:
            name, md = prop(e["id"], "name") or "", month_day(prop(e["id"], "date"))
            best, best_score = None, 0.0
            for g in gold_events:
                s = dice(name, g["name"])
                gmd = month_day(g.get("date"))
                if md and gmd and md == gmd:
                    s += 0.5
                elif md and gmd:
                    s -= 0.5
                if s > best_score:
                    best, best_score = g["key"], s
            if best is not None and best_score >= 0.35:
                align[e["id"]] = best
        matched_gold = set(align.values())
        self.record("events", len(align), len(pred_events), len(matched_gold), len(gold_events))
        dated = [e for e in align if prop(e, "date")]
        gold_by_key = {g["key"]: g for g in gold_events}
        right = sum(1 for e in dated if month_day(prop(e, "date")) == month_day(gold_by_key[align[e]].get("date"))
                    and (prop(e, "date") or "")[:4] == (gold_by_key[align[e]].get("date") or "")[:4])
        gold_dated = [g for g in gold_events if g.get("date")]
        self.record("event dates", right, len(dated), right, len(gold_dated))

    def role(self, metric: str, rel_types: list[str], gold_field: str) -> None:
        pred = {(self.prop(r["start"], "name"), r["end"]) for t in rel_types for r in self.rels[t]}
        gold_pairs = {(p, g["key"]) for g in self.gold["events"] for p in g.get(gold_field) or []}
        tp_p = sum(1 for (p, e) in pred if (p, self.align.get(e)) in gold_pairs)
        pred_aligned = {(p, self.align.get(e)) for (p, e) in pred}
        tp_g = len(gold_pairs & pred_aligned)
        self.record(metric, tp_p, len(pred), tp_g, len(gold_pairs))

    def organisers(self) -> None:
        align = self.align
        pred_org_ev = [(self.prop(r["start"], "name") or "", r["end"]) for r in self.rels["ORGANISED"]]
        gold_org_ev = [(o, g["key"]) for g in self.gold["events"] for o in g.get("organised_by") or []]
        tp_p = sum(1 for (o, e) in pred_org_ev
                   if any(align.get(e) == k and names_match(o, [go]) for (go, k) in gold_org_ev))
        tp_g = sum(1 for (go, k) in gold_org_ev
                   if any(align.get(e) == k and names_match(o, [go]) for (o, e) in pred_org_ev))
        self.record("organised", tp_p, len(pred_org_ev), tp_g, len(gold_org_ev))

    def overseers(self) -> None:
        prop = self.prop
        pred_ov = [(prop(r["start"], "name") or "", prop(r["end"], "name") or "") for r in self.rels["OVERSEES"]]
        gold_ov = [(o, p["name"]) for p in self.gold["projects"] for o in p.get("overseen_by") or []]
        tp_p, tp_g = match_sets(pred_ov, gold_ov,
                                lambda p, g: names_match(p[0], [g[0]]) and names_match(p[1], [g[1]], 0.5))
        self.record("oversees", tp_p, len(pred_ov), tp_g, len(gold_ov))


METRICS = ["persons", "organisations", "projects", "positions", "positions+org", "events",
           "event dates", *(role.metric for role in EVENT_ROLES), "organised", "oversees"]


def evaluate(gold_dir: Path, docs_dir: Path, extract: Callable[[Path], dict]) -> tuple[dict, dict, list[str]]:
    """Returns (micro results, per-document results, failures); `extract` maps a document
    path to its graph in the `govkg extract --format json` contract."""
    totals: dict[str, Counts] = defaultdict(Counts)
    per_doc: dict[str, dict] = {}
    failures: list[str] = []
    for gf in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        stem = gf.name[: -len(".gold.json")]
        try:
            graph = extract(Path(docs_dir) / f"{stem}.txt")
        except Exception as exc:  # a document that fails to extract scores as empty, and is named
            failures.append(f"{stem}: {exc}")
            graph = {"nodes": [], "relationships": []}
        per_doc[stem] = score_doc(gold, graph, totals)
    return {m: c.prf() for m, c in totals.items()}, per_doc, failures
