"""Org charts: a zone or an organisation, its bodies by PART_OF / LOCATED_IN, and the people
in each body with their titles as of a date — as a tree, and rendered to JSON, DOT, SVG,
Mermaid and an interactive HTML page (vendored ECharts, offline).

The tree
--------
* Root: a Zone or an Organisation (by key, or by name / short name / alias).
* A zone's children: its sub-zones (Zone -PART_OF-> Zone) and the organisations LOCATED_IN it.
  An organisation's children: the organisations PART_OF it. An organisation that is both
  LOCATED_IN a zone of the chart and PART_OF an organisation of the chart hangs under the
  organisation (a department under its 管委会, not beside it). Each body appears once;
  PART_OF cycles are broken (the first path found wins).
* Each box lists the people holding a post in that organisation *as of* the chart date; a
  person with several posts (兼任) appears in each box where they hold one.

Dates ("as of")
---------------
HOLDS_POSITION.as_of is the date of the article the post was read from: "2025-07-30", or
"--07-30" when the bulletin does not state the year, or missing. For a chart date D
("YYYY-MM-DD"; none = latest):

* a dated observation counts when as_of <= D;
* a year-unknown ("--MM-DD") or undated observation always counts — it cannot be shown to
  be after D — but ranks *below every dated observation*, so it never supersedes a dated
  one (year-unknown ones order among themselves by month-day).

Who is shown
------------
For each (person, organisation) the person's current titles are the titled observations with
the newest rank (a byline affiliation, title "", only when no titled observation exists).
A post held by one person at a time (a title without 副 that is not a member-type title such
as 委员/成员/干部/记者, compared after removing the organisation's name prefix, so 管委会主任
and 主任 are one post) goes to whoever was observed in it most recently: the earlier holder
loses that title, and drops out of the box when no title is left. Deputy and member posts
(副主任, 委员, ...) can have several holders and are kept.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import math
import re
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

FONT = "Noto Sans CJK SC"
FORMATS = ("svg", "html", "mermaid", "dot", "json")
MAX_DEPTH = 12
ASSETS = Path(__file__).resolve().parent / "orgchart_assets"  # the HTML chart's page, script, vendored ECharts
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class OrgChartError(RuntimeError):
    """A chart cannot be made (unknown root, ambiguous name, Graphviz missing...)."""


class UnknownRoot(OrgChartError):
    pass


class AmbiguousRoot(OrgChartError):
    def __init__(self, name: str, candidates: list[dict[str, Any]]):
        self.candidates = candidates
        listed = "; ".join(f"{c['id']} ({c['label']} {c['name']})" for c in candidates[:10])
        super().__init__(f"{name!r} names several zones or organisations: {listed}")


# -- the tree ---------------------------------------------------------------------------

@dataclass
class ChartPerson:
    id: str
    name: str
    titles: list[str]
    as_of: Optional[str] = None        # the newest observation behind these titles
    source: Optional[str] = None
    evidence: Optional[str] = None


@dataclass
class ChartNode:
    id: str
    label: str                          # Zone | Organisation
    name: str
    short: Optional[str] = None
    kind: Optional[str] = None
    via: Optional[str] = None           # how it hangs under its parent: PART_OF | LOCATED_IN
    depth: int = 0
    display: str = ""                   # the name shown: without the enclosing zone's name in front
    people: list[ChartPerson] = field(default_factory=list)
    children: list["ChartNode"] = field(default_factory=list)

    def walk(self) -> Iterable["ChartNode"]:
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class OrgChart:
    root: ChartNode
    as_of: Optional[str]                # the chart date; None = latest

    @property
    def boxes(self) -> int:
        return sum(1 for _ in self.root.walk())

    @property
    def people(self) -> int:
        return len({p.id for n in self.root.walk() for p in n.people})

    @property
    def depth(self) -> int:
        return max(n.depth for n in self.root.walk())

    def to_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "boxes": self.boxes, "people": self.people,
                "root": asdict(self.root)}

    def find(self, name: str) -> Optional[ChartNode]:
        return next((n for n in self.root.walk() if name in (n.name, n.short, n.display)), None)


@dataclass
class ChartData:
    """What the graph says about one chart's root, independent of the date: the structure
    and every HOLDS_POSITION observation in it. `chart(as_of)` is pure Python, so one
    fetch serves any number of dates (the standalone HTML embeds a snapshot per date)."""

    root: ChartNode                      # structure only (no people)
    observations: list[dict[str, Any]]

    def chart(self, as_of: Optional[str] = None) -> OrgChart:
        as_of = check_date(as_of)
        by_org: dict[str, list[dict[str, Any]]] = {}
        for o in self.observations:
            if counts_at(o.get("as_of"), as_of):
                by_org.setdefault(o["org"], []).append(o)
        root = _copy_structure(self.root)
        for node in root.walk():
            if node.label == "Organisation":
                node.people = people_of(node, by_org.get(node.id, []))
        return OrgChart(root, as_of)

    def dates(self) -> list[str]:
        """The distinct full dates of the observations: the chart can only change there."""
        return sorted({o["as_of"] for o in self.observations
                       if isinstance(o.get("as_of"), str) and ISO_DATE.fullmatch(o["as_of"])})


def _copy_structure(node: ChartNode) -> ChartNode:
    return ChartNode(node.id, node.label, node.name, node.short, node.kind, node.via, node.depth,
                     node.display, [], [_copy_structure(c) for c in node.children])


# -- dates ------------------------------------------------------------------------------

def check_date(value: Optional[str]) -> Optional[str]:
    """None or "" -> None (latest); "YYYY-MM-DD" (a real date) -> itself; else ValueError."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise ValueError(f"as_of must be a date YYYY-MM-DD, got {value!r}")
    _dt.date.fromisoformat(value)  # raises ValueError for 2025-02-30
    return value


def date_rank(as_of: Any) -> tuple[int, str]:
    """Orders observations: undated < year-unknown ("--MM-DD", by month-day) < dated."""
    if isinstance(as_of, str) and ISO_DATE.fullmatch(as_of):
        return (2, as_of)
    if isinstance(as_of, str) and re.fullmatch(r"--\d{2}-\d{2}", as_of):
        return (1, as_of[2:])
    return (0, "")


def counts_at(as_of: Any, chart_date: Optional[str]) -> bool:
    """Does an observation dated `as_of` count in the chart of `chart_date`? (module doc)"""
    if chart_date is None:
        return True
    rank, value = date_rank(as_of)
    return rank < 2 or value <= chart_date


# -- titles -----------------------------------------------------------------------------

MEMBER_SUFFIXES = ("员", "代表", "干部", "干事", "负责人", "常委", "专家", "顾问", "助理", "秘书",
                   "记者", "编辑", "摄影", "党员", "职工")


def core_title(title: str, org: ChartNode) -> str:
    """The post without the organisation's own name in front: 管委会主任 -> 主任."""
    t = title.strip()
    for prefix in sorted({org.name or "", org.short or ""}, key=len, reverse=True):
        if prefix and t.startswith(prefix) and len(t) > len(prefix):
            return t[len(prefix):]
    return t


def single_holder(core: str) -> bool:
    """A post one person holds at a time (书记, 主任, 局长...), not 副主任 or 委员."""
    return bool(core) and "副" not in core and not core.endswith(MEMBER_SUFFIXES)


def title_rank(core: str) -> int:
    if not core:
        return 9
    if single_holder(core):
        return 0 if core.endswith("书记") else 1
    if "副" in core:
        return 2 if core.endswith("书记") else 3
    return 5


def people_of(org: ChartNode, observations: list[dict[str, Any]]) -> list[ChartPerson]:
    """The people of one box from the observations that count at the chart date."""
    per_person: dict[str, list[dict[str, Any]]] = {}
    for o in observations:
        per_person.setdefault(o["person"], []).append(o)
    current: dict[str, dict[str, Any]] = {}     # person -> {title core -> (rank, obs)}
    for pid, obs in per_person.items():
        titled = [o for o in obs if (o.get("title") or "").strip()]
        pool = titled or obs
        newest = max(date_rank(o.get("as_of")) for o in pool)
        now = [o for o in pool if date_rank(o.get("as_of")) == newest]
        current[pid] = {core_title(o.get("title") or "", org): o for o in now}
    # a single-holder post goes to its most recent holder(s)
    holders: dict[str, list[str]] = {}
    for pid, posts in current.items():
        for core in posts:
            if single_holder(core):
                holders.setdefault(core, []).append(pid)
    for core, pids in holders.items():
        if len(pids) > 1:
            best = max(date_rank(current[p][core].get("as_of")) for p in pids)
            for p in pids:
                if date_rank(current[p][core].get("as_of")) < best:
                    del current[p][core]
    people: list[tuple[tuple, ChartPerson]] = []
    for pid, posts in current.items():
        if not posts:
            continue  # superseded in every post they held here
        obs = sorted(posts.items(), key=lambda kv: (title_rank(kv[0]), kv[0]))
        newest = max((o for _, o in obs), key=lambda o: date_rank(o.get("as_of")))
        titles = list(dict.fromkeys(o["title"].strip() for _, o in obs if (o.get("title") or "").strip()))
        person = ChartPerson(pid, obs[0][1]["name"], titles, newest.get("as_of"),
                             newest.get("source"), newest.get("evidence"))
        people.append(((title_rank(obs[0][0]), person.name), person))
    return [p for _, p in sorted(people, key=lambda x: x[0])]


# -- reading the graph ------------------------------------------------------------------

def resolve_root(store, id_or_name: str) -> dict[str, Any]:
    rows = store.run_named("orgchart_roots", id=id_or_name)
    if not rows:
        raise UnknownRoot(f"no zone or organisation {id_or_name!r}")
    best = min(r["rank"] for r in rows)
    rows = [r for r in rows if r["rank"] == best]
    if len(rows) > 1:  # a zone and its namesake body: the zone is the chart; else ambiguous
        zones = [r for r in rows if r["label"] == "Zone"]
        rows = zones if len(zones) == 1 else rows
    if len({r["id"] for r in rows}) > 1:
        raise AmbiguousRoot(id_or_name, rows)
    return rows[0]


def fetch(store, id_or_name: str, max_depth: int = MAX_DEPTH) -> ChartData:
    """Reads the structure below the root level by level (one query per level), then every
    HOLDS_POSITION observation of its organisations."""
    r = resolve_root(store, id_or_name)
    root = ChartNode(r["id"], r["label"], r["name"] or r["id"], r.get("short"), r.get("kind"))
    nodes: dict[str, ChartNode] = {root.id: root}
    parent_of: dict[str, tuple[str, str]] = {}      # child -> (parent, via), first found (BFS)
    candidates: dict[str, list[tuple[str, str]]] = {}
    frontier, depth = [root.id], 0
    while frontier and depth < max_depth:
        depth += 1
        rows = store.run_named("orgchart_children", parents=frontier)
        new: list[str] = []
        for row in sorted(rows, key=lambda x: (x["parent"], x["name"] or "", x["id"])):
            cid = row["id"]
            if cid == root.id:
                continue
            candidates.setdefault(cid, []).append((row["parent"], row["via"]))
            if cid not in nodes:
                nodes[cid] = ChartNode(cid, row["label"], row["name"] or cid, row.get("short"),
                                       row.get("kind"))
                parent_of[cid] = (row["parent"], row["via"])
                new.append(cid)
        frontier = new
    # prefer an organisation parent (PART_OF) over the zone an organisation is located in
    for cid, cands in candidates.items():
        org_parents = [c for c in cands if c[1] == "PART_OF" and nodes[c[0]].label == "Organisation"
                       and nodes[cid].label == "Organisation"]
        if org_parents and parent_of[cid] not in org_parents:
            choice = org_parents[0]
            if not _is_ancestor(cid, choice[0], parent_of):
                parent_of[cid] = choice
    for cid, (pid, via) in sorted(parent_of.items(), key=lambda kv: (_label_order(nodes[kv[0]]),
                                                                        _natural(nodes[kv[0]].name))):
        nodes[cid].via = via
        nodes[pid].children.append(nodes[cid])
    _set_depth(root, 0)
    orgs = [n.id for n in root.walk() if n.label == "Organisation"]
    observations = store.run_named("orgchart_positions", orgs=orgs, as_of=None) if orgs else []
    return ChartData(root, observations)


def _is_ancestor(node: str, candidate: str, parent_of: dict[str, tuple[str, str]]) -> bool:
    """Would hanging `node` under `candidate` make a cycle (is `node` above `candidate`)?"""
    seen, cur = set(), candidate
    while cur in parent_of and cur not in seen:
        if cur == node:
            return True
        seen.add(cur)
        cur = parent_of[cur][0]
    return cur == node


KIND_ORDER = {"party_committee": 0, "government": 1, "department": 2}


def _label_order(n: ChartNode) -> tuple[int, int]:
    # bodies before sub-zones; party committees, then governments, then departments, then others
    return (1 if n.label == "Zone" else 0, KIND_ORDER.get(n.kind or "", 3))


def _natural(name: str) -> list:
    """Sort key: 第2街道 before 第10街道."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", name) if t]


def _set_depth(node: ChartNode, depth: int, zones: tuple[str, ...] = ()) -> None:
    """Depth, and the display name: 三门峡经济开发区财政审计部 under 三门峡经济开发区 shows as
    财政审计部 (the full name stays in `name`)."""
    node.depth = depth
    node.display = node.name
    if depth > 0:
        for z in sorted(zones, key=len, reverse=True):
            if z and node.name.startswith(z) and len(node.name) - len(z) >= 2:
                node.display = node.name[len(z):]
                break
    inner = zones + ((node.name,) if node.label == "Zone" or depth == 0 else ())
    for c in node.children:
        _set_depth(c, depth + 1, inner)


def orgchart(store, id_or_name: str, as_of: Optional[str] = None) -> OrgChart:
    as_of = check_date(as_of)
    return fetch(store, id_or_name).chart(as_of)


# -- renderers --------------------------------------------------------------------------

def person_line(p: ChartPerson) -> str:
    return f"{p.name} {'、'.join(p.titles)}".strip()


def chart_title(chart: OrgChart) -> str:
    when = f"截至 {chart.as_of}" if chart.as_of else "最新"
    return f"{chart.root.name} 组织架构（{when}）"


def to_json(chart: OrgChart) -> str:
    return json.dumps(chart.to_dict(), ensure_ascii=False, indent=1)


COLOURS = {  # header fill per kind of body
    "Zone": "#d9ead3", "party_committee": "#f4cccc", "government": "#cfe2f3",
    "department": "#deebf7", "company": "#fce5cd", "media": "#eadcf0",
}


def _header_colour(n: ChartNode) -> str:
    return COLOURS["Zone"] if n.label == "Zone" else COLOURS.get(n.kind or "", "#eeeeee")


def wide(chart: OrgChart) -> bool:
    """Lay the chart out left-to-right (a column per level) once it is too big to read
    top-down: more than 30 boxes or a body with more than 6 sub-bodies."""
    return chart.boxes > 30 or max(len(n.children) for n in chart.root.walk()) > 6


GRID_MIN = 6  # a body with more leaf sub-bodies than this shows them as one block (a grid)
LEADING_KINDS = ("party_committee", "government")  # never packed: the leadership stays prominent


def to_dot(chart: OrgChart) -> str:
    """Graphviz DOT: one HTML-table box per body (name on a coloured header, a row per person),
    each sub-zone a dashed cluster around its bodies; ranks left-to-right when large, and the
    leaf sub-bodies (departments, companies...) of a body with many of them packed into a
    block of aligned ranks (a dotted cluster with one edge to it), so that a zone of 300+
    bodies stays a readable page instead of one endless column."""
    ids = {n.id: f"n{i}" for i, n in enumerate(chart.root.walk())}
    q = _dot_quote
    lines = [
        "digraph orgchart {",
        f"  graph [rankdir={'LR' if wide(chart) else 'TB'}, charset=\"UTF-8\", fontname={q(FONT)}, "
        f"fontsize=16, label={q(chart_title(chart))}, labelloc=t, ranksep=0.45, nodesep=0.12, "
        "newrank=true, compound=true, ordering=out, bgcolor=white];",
        f"  node [shape=plaintext, fontname={q(FONT)}, fontsize=11, margin=0];",
        "  edge [color=\"#7f8c9d\", arrowhead=none, penwidth=1.1];",
    ]
    edges: list[str] = []

    def emit(n: ChartNode, indent: str) -> None:
        if n.label == "Zone" and n is not chart.root:
            lines.append(f"{indent}subgraph cluster_{ids[n.id]} {{")
            lines.append(f"{indent}  graph [label={q(n.display or n.name)}, style=dashed, color=\"#93a99a\", "
                         f"fontcolor=\"#5d7a65\", fontsize=12];")
            inner = indent + "  "
        else:
            inner = indent
        lines.append(f"{inner}{ids[n.id]} [label=<{_dot_box(n)}>];")
        leaves = [c for c in n.children if not c.children and c.label == "Organisation"
                  and c.kind not in LEADING_KINDS]
        grid = leaves if len(leaves) > GRID_MIN else []
        in_grid = {c.id for c in grid}
        for c in n.children:
            if c.id in in_grid:
                continue
            emit(c, inner)
            edges.append(f"  {ids[n.id]} -> {ids[c.id]};")
        if grid:
            # ranks of `per` boxes each, rows kept aligned by invisible edges: a compact block
            nranks = math.ceil(math.sqrt(len(grid)))
            per = math.ceil(len(grid) / nranks)
            ranks = [grid[i:i + per] for i in range(0, len(grid), per)]
            gid = f"cluster_g{ids[n.id]}"
            lines.append(f"{inner}subgraph {gid} {{")
            lines.append(f'{inner}  graph [label="", style="rounded,dotted", color="#b8c2cf"];')
            for rank in ranks:
                lines.append(f"{inner}  {{ rank=same; " + " ".join(ids[c.id] for c in rank) + " }")
                for c in rank:
                    lines.append(f"{inner}  {ids[c.id]} [label=<{_dot_box(c)}>];")
            lines.append(f"{inner}}}")
            first = ranks[0]
            for k, c in enumerate(first):
                attrs = f"lhead={gid}" if k == len(first) // 2 else "style=invis"
                edges.append(f"  {ids[n.id]} -> {ids[c.id]} [{attrs}];")
            for a, b in zip(ranks, ranks[1:]):
                for x, y in zip(a, b):
                    edges.append(f"  {ids[x.id]} -> {ids[y.id]} [style=invis, weight=10];")
        if inner != indent:
            lines.append(f"{indent}}}")

    emit(chart.root, "  ")
    lines.extend(edges)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_box(n: ChartNode) -> str:
    head = html.escape(n.display or n.name)
    rows = [f'<TR><TD BGCOLOR="{_header_colour(n)}" ALIGN="CENTER"><B>{head}</B></TD></TR>']
    for p in n.people:
        name = html.escape(p.name)
        titles = html.escape("、".join(p.titles))
        rows.append(f'<TR><TD ALIGN="LEFT">{name}  <FONT COLOR="#444444">{titles}</FONT></TD></TR>'
                    if titles else f'<TR><TD ALIGN="LEFT">{name}</TD></TR>')
    return ('<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4" COLOR="#5b6b80" BGCOLOR="white">'
            + "".join(rows) + "</TABLE>")


def _dot_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_svg(chart: OrgChart, timeout: float = 60) -> str:
    return dot_render(to_dot(chart), "svg", timeout).decode("utf-8")


def dot_render(dot_text: str, fmt: str = "svg", timeout: float = 60) -> bytes:
    exe = shutil.which("dot")
    if exe is None:
        raise OrgChartError("Graphviz `dot` is not installed (Debian: apt-get install graphviz fonts-noto-cjk)")
    proc = subprocess.run([exe, f"-T{fmt}"], input=dot_text.encode("utf-8"), capture_output=True,
                          timeout=timeout, check=False)
    if proc.returncode != 0:
        raise OrgChartError(f"dot failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout


def missing_glyphs(text: str, font: str = FONT) -> set[str]:
    """The characters of `text` the font has no glyph for (asked of fontconfig), i.e. what
    would be drawn as a missing-glyph box. Raises OrgChartError when the font is absent."""
    chars = sorted({c for c in text if not c.isspace() and ord(c) >= 0x20})
    if not _font_covers(font, []):
        raise OrgChartError(f"font {font!r} is not installed (Debian: fonts-noto-cjk)")

    def find(cs: list[str]) -> set[str]:
        if not cs or _font_covers(font, cs):
            return set()
        if len(cs) == 1:
            return set(cs)
        mid = len(cs) // 2
        return find(cs[:mid]) | find(cs[mid:])

    return find(chars)


def _font_covers(font: str, chars: list[str]) -> bool:
    exe = shutil.which("fc-list")
    if exe is None:
        raise OrgChartError("fontconfig `fc-list` is not installed")
    pattern = font + (":charset=" + " ".join(f"{ord(c):x}" for c in chars) if chars else "")
    out = subprocess.run([exe, pattern, "family"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


def to_mermaid(chart: OrgChart) -> str:
    """Mermaid flowchart: one node per body with its people on extra lines; sub-zones as
    subgraphs would tangle the layout, so zones are drawn as rounded boxes instead."""
    ids = {n.id: f"n{i}" for i, n in enumerate(chart.root.walk())}
    lines = [f"%% {chart_title(chart).replace(chr(10), ' ')}", f"flowchart {'LR' if wide(chart) else 'TB'}"]
    for n in chart.root.walk():
        text = "<b>" + _mermaid_text(n.display or n.name) + "</b>" + "".join(
            "<br/>" + _mermaid_text(person_line(p)) for p in n.people)
        left, right = ("(", ")") if n.label == "Zone" else ("[", "]")
        lines.append(f'  {ids[n.id]}{left}"{text}"{right}')
    for n in chart.root.walk():
        for c in n.children:
            lines.append(f"  {ids[n.id]} --- {ids[c.id]}")
    lines.append("  classDef zone fill:#d9ead3,stroke:#5d7a65")
    zones = [ids[n.id] for n in chart.root.walk() if n.label == "Zone"]
    if zones:
        lines.append(f"  class {','.join(zones)} zone")
    return "\n".join(lines) + "\n"


def _mermaid_text(s: str) -> str:
    return (s.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;")
            .replace(">", "#gt;").replace("\n", " "))


# -- HTML (ECharts tree) ----------------------------------------------------------------

ECHARTS = ASSETS / "echarts" / "echarts.min.js"
HTML_TEMPLATE = ASSETS / "orgchart.html"
HTML_JS = ASSETS / "orgchart.js"


def echarts_tree(chart: OrgChart) -> dict[str, Any]:
    """The tree in ECharts' shape: {name, value (id), people, children}."""
    def conv(n: ChartNode) -> dict[str, Any]:
        return {"name": n.display or n.name, "full": n.name, "id": n.id, "label_": n.label, "kind": n.kind,
                "people": [person_line(p) for p in n.people],
                "children": [conv(c) for c in n.children]}
    return conv(chart.root)


def collapse_depth(chart: OrgChart) -> int:
    """Levels shown expanded at first: everything for a small chart, two levels for a big one."""
    return -1 if chart.boxes <= 40 else 2


def to_html(chart: OrgChart, *, standalone: bool = False, data: Optional[ChartData] = None,
            depth: Optional[int] = None, max_snapshots: int = 60) -> str:
    """The interactive chart page.

    Served (standalone=False): the page loads echarts and its script from `assets/...` next
    to its own URL (/orgchart/assets/...) and re-fetches `./<id>?format=json&as_of=D` when
    the date changes. Standalone (the CLI's `-o chart.html`): everything is inlined — the
    library, the script and a snapshot of the tree at every date where it can change (taken
    from `data`) — so the file works offline with no server."""
    config: dict[str, Any] = {
        "id": chart.root.id, "name": chart.root.name, "as_of": chart.as_of,
        "depth": collapse_depth(chart) if depth is None else depth,
        "tree": echarts_tree(chart), "boxes": chart.boxes, "font": FONT,
    }
    if standalone:
        snaps: dict[str, Any] = {}
        if data is not None:
            dates = data.dates()
            if len(dates) <= max_snapshots:
                snaps["latest"] = echarts_tree(data.chart(None))
                if dates:
                    day_before = (_dt.date.fromisoformat(dates[0]) - _dt.timedelta(days=1)).isoformat()
                    snaps[day_before] = echarts_tree(data.chart(day_before))
                for d in dates:
                    snaps[d] = echarts_tree(data.chart(d))
        config["snapshots"] = snaps or None
    template = HTML_TEMPLATE.read_text(encoding="utf-8")
    if standalone:
        lib = "<script>" + _script_safe(ECHARTS.read_text(encoding="utf-8")) + "</script>"
        app = "<script>" + _script_safe(HTML_JS.read_text(encoding="utf-8")) + "</script>"
    else:
        lib = '<script src="assets/echarts.min.js"></script>'
        app = '<script src="assets/orgchart.js"></script>'
    conf = "<script>window.ORGCHART = " + _script_safe(json.dumps(config, ensure_ascii=False)) + ";</script>"
    return (template.replace("{{TITLE}}", html.escape(chart_title(chart)))
            .replace("{{CONFIG}}", conf).replace("{{ECHARTS}}", lib).replace("{{APP}}", app))


def _script_safe(code: str) -> str:
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render(chart: OrgChart, fmt: str, data: Optional[ChartData] = None, standalone: bool = False) -> str:
    if fmt == "json":
        return to_json(chart)
    if fmt == "dot":
        return to_dot(chart)
    if fmt == "svg":
        return to_svg(chart)
    if fmt == "mermaid":
        return to_mermaid(chart)
    if fmt == "html":
        return to_html(chart, standalone=standalone, data=data)
    raise ValueError(f"unknown format {fmt!r}; supported: {', '.join(FORMATS)}")
