"""Org charts: the tree from the graph (structure, people as of a date), its renderings (SVG
via Graphviz with a CJK font, DOT, Mermaid, JSON, the ECharts HTML page in real headless
Chromium), the REST endpoint and the CLI. Charts of graphs written for the tests, and the
acceptance chart of the seeds' 三门峡经济开发区."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import orgchart_data as D
from live import CHROMIUM, CHROMIUM_ARGS, live_server
from api.routers import orgchart as orgchart_router
from api.app import create_app
from api.cli import app as cli_app
from graph import arcadedb
from graph import orgchart as oc
from graph.build import build
from graph.load import load_document
from graph.store import Store
from loaders.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test-output"
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def chart_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("orgchart-data")


@pytest.fixture(scope="module")
def chart_store(chart_dir):
    """A store of its own with the graphs written for these tests: the zone bulletin, the two
    hand-over bulletins and a 326-box zone."""
    s = Store.open(Settings(data=chart_dir), keep_server=True)
    s.apply_schema()
    for facts in (D.zone_bulletin(), *D.handover_bulletins(), D.big_zone()):
        load_document(s, facts, force=True)
    yield s
    s.close()
    arcadedb.stop(chart_dir)


def box(chart: oc.OrgChart, name: str) -> oc.ChartNode:
    found = chart.find(name)
    assert found is not None, f"no box {name} in {[n.name for n in chart.root.walk()]}"
    return found


def people(node: oc.ChartNode) -> dict[str, list[str]]:
    return {p.name: p.titles for p in node.people}


def parent_of(chart: oc.OrgChart, name: str) -> oc.ChartNode:
    target = box(chart, name)
    return next(n for n in chart.root.walk() if target in n.children)


# -- the tree ---------------------------------------------------------------------------

def test_zone_chart_structure_and_people(chart_store):
    chart = oc.orgchart(chart_store, D.ZONE)
    assert chart.root.label == "Zone" and chart.root.name == D.ZONE
    top = {c.display for c in chart.root.children}
    assert {"党工委", "管委会", "集团公司", "向阳街道"} <= top, top
    # departments LOCATED_IN the zone and PART_OF the 管委会 hang under the 管委会 only
    for dept in ("财政审计部", "政务服务部", "经济发展部", "建设管理部", "人力资源部"):
        assert parent_of(chart, dept).name == "三门峡经济开发区管委会", dept
        assert dept not in top
    assert parent_of(chart, "三门峡经济开发区向阳街道办事处").name == "向阳街道"
    assert parent_of(chart, "向阳街道武装部").name == "三门峡经济开发区向阳街道办事处"
    assert parent_of(chart, "招商服务公司").name == "集团公司"
    assert chart.find("三门峡市应急管理局") is None, "a body of the city is not in the zone's chart"
    assert len({n.id for n in chart.root.walk()}) == chart.boxes == 13
    # people: 宋黎静 (兼任) in both boxes with the title of each; a byline affiliation without title
    assert people(box(chart, "三门峡经济开发区党工委")) == {"周童": ["党工委书记"], "宋黎静": ["党工委副书记"]}
    assert people(box(chart, "三门峡经济开发区管委会")) == {"宋黎静": ["管委会主任"], "王飞": ["管委会副主任"]}
    assert people(box(chart, "财政审计部")) == {"霍啸": []}
    assert [p.name for p in box(chart, "三门峡经济开发区党工委").people] == ["周童", "宋黎静"], "书记 first"
    zt = box(chart, "三门峡经济开发区党工委").people[0]
    assert zt.as_of == "2025-07-30" and "周童" in zt.evidence and zt.source


def test_as_of_changes_the_chart_when_a_post_changes_hands(chart_store):
    data = oc.fetch(chart_store, D.ZONE)
    before = data.chart("2024-12-31")
    latest = data.chart()
    mid = data.chart("2025-07-01")
    assert people(box(before, "经济发展部")) == {"孙建华": ["部长"], "马静": ["副部长"]}
    assert people(box(before, "建设管理部")) == {}
    assert people(box(before, "三门峡经济开发区党工委")) == {}, "周童 is observed only in 2025"
    # 2025-06-18: 刘洋 takes the post (written 经济发展部部长: the same post as 部长), 孙建华 moves
    assert people(box(latest, "经济发展部")) == {"刘洋": ["经济发展部部长"], "马静": ["副部长"]}
    assert people(box(latest, "建设管理部")) == {"孙建华": ["部长"]}
    assert people(box(mid, "经济发展部")) == people(box(latest, "经济发展部"))
    assert people(box(mid, "三门峡经济开发区党工委")) == {}, "2025-07-30 is after 2025-07-01"
    # a year-unknown observation (--07-28) counts at any date, as_of kept as written
    for chart in (before, mid, latest):
        assert people(box(chart, "政务服务部")) == {"李红梅": ["部长"]}
    assert box(before, "政务服务部").people[0].as_of == "--07-28"
    assert data.dates() == ["2024-03-12", "2025-06-18", "2025-07-30"]
    assert oc.to_json(before) != oc.to_json(latest)


def test_organisation_root_and_name_resolution(chart_store):
    chart = oc.orgchart(chart_store, "三门峡经济开发区管委会")
    assert chart.root.label == "Organisation"
    assert {c.name for c in chart.root.children} == {f"三门峡经济开发区{d}" for d in
                                                     ("财政审计部", "政务服务部", "经济发展部", "建设管理部", "人力资源部")}
    by_key = oc.orgchart(chart_store, chart.root.id)
    assert oc.to_json(by_key) == oc.to_json(chart)
    assert oc.orgchart(chart_store, "开发区党工委").root.name == "三门峡经济开发区党工委", "by alias"
    with pytest.raises(oc.UnknownRoot):
        oc.orgchart(chart_store, "不存在的单位")
    with pytest.raises(ValueError):
        oc.orgchart(chart_store, D.ZONE, as_of="2025-02-30")


def test_ambiguous_short_name_is_refused(chart_store):
    rows = chart_store.read("MATCH (o:Organisation) WHERE o.short = $s RETURN count(o) AS n", {"s": "管委会"})
    assert rows[0]["n"] == 2  # 三门峡经济开发区管委会 and 伊滨区管委会
    with pytest.raises(oc.AmbiguousRoot) as info:
        oc.orgchart(chart_store, "管委会")
    assert len(info.value.candidates) == 2


def test_date_rules():
    assert oc.check_date(None) is None and oc.check_date("") is None
    assert oc.check_date("2025-07-30") == "2025-07-30"
    for bad in ("2025-02-30", "--07-30", "2025/07/30", "yesterday", "2025-7-3"):
        with pytest.raises(ValueError):
            oc.check_date(bad)
    assert oc.counts_at("2025-07-30", "2025-07-30") and not oc.counts_at("2025-07-31", "2025-07-30")
    assert oc.counts_at("--12-31", "2020-01-01") and oc.counts_at(None, "2020-01-01")
    assert sorted([None, "2024-01-01", "--12-31", "--01-02", "2023-05-05"], key=oc.date_rank) == \
        [None, "--01-02", "--12-31", "2023-05-05", "2024-01-01"]


def obs(person: str, title: str, as_of, org: str = "org:x") -> dict:
    return {"org": org, "person": person, "name": person, "title": title, "as_of": as_of,
            "source": "s", "evidence": "e"}


def test_people_rules_single_holder_deputies_promotion_and_undated():
    org = oc.ChartNode("org:x", "Organisation", "三门峡市应急管理局", short="市应急管理局")
    got = oc.people_of(org, [
        obs("甲", "局长", "2023-01-01"), obs("乙", "市应急管理局局长", "2024-06-01"),   # 乙 replaces 甲
        obs("丙", "副局长", "2022-01-01"), obs("丁", "副局长", "2024-06-01"),           # deputies stay
        obs("戊", "副局长", "2023-01-01"), obs("戊", "党委书记", "2024-06-01"),         # promoted
        obs("己", "", "2024-06-01"), obs("己", "科员", "2023-01-01"),                  # byline after a title
        obs("庚", "总工程师", "--09-01"), obs("辛", "总工程师", "2021-01-01"),           # dated beats year-unknown
    ])
    assert {p.name: p.titles for p in got} == {
        "乙": ["市应急管理局局长"], "丙": ["副局长"], "丁": ["副局长"], "戊": ["党委书记"],
        "己": ["科员"], "辛": ["总工程师"]}
    assert [p.name for p in got][:2] == ["戊", "乙"], "书记 first, then the head"
    # two holders seen on the same day cannot be told apart: both kept
    assert len(oc.people_of(org, [obs("甲", "局长", "2024-01-01"), obs("乙", "局长", "2024-01-01")])) == 2


# -- renderings -------------------------------------------------------------------------

def svg_texts(svg: str) -> str:
    root = ET.fromstring(svg.encode("utf-8"))  # parses as XML or raises
    assert root.tag == SVG_NS + "svg"
    return "\n".join("".join(t.itertext()) for t in root.iter(SVG_NS + "text"))


def labels_of(chart: oc.OrgChart) -> list[str]:
    out = []
    for n in chart.root.walk():
        out.append(n.display)
        for p in n.people:
            out.append(p.name)
            out.extend(p.titles)
    return out


def test_svg_parses_has_every_label_and_no_missing_glyphs(chart_store):
    chart = oc.orgchart(chart_store, D.ZONE)
    svg = oc.to_svg(chart)
    texts = svg_texts(svg)
    for label in labels_of(chart) + [oc.chart_title(chart)]:
        assert label in texts, label
    assert f'font-family="{oc.FONT}' in svg
    assert oc.missing_glyphs(" ".join(labels_of(chart)) + oc.chart_title(chart)) == set()
    assert oc.missing_glyphs("周童\U0010FFFD") == {"\U0010FFFD"}, "the glyph check can fail"
    OUT.mkdir(exist_ok=True)
    (OUT / "orgchart-test-zone.svg").write_text(svg, encoding="utf-8")


def test_big_chart_stays_readable(chart_store):
    data = oc.fetch(chart_store, "洛阳伊滨区")
    chart = data.chart()
    assert chart.boxes == 1 + 1 + 12 * (1 + 1 + 25)
    assert chart.depth == 3
    dot = oc.to_dot(chart)
    assert "rankdir=LR" in dot, "a large chart is laid out a column per level"
    assert dot.count("subgraph cluster_g") == 12, "each street's 25 centres packed in a block"
    svg = oc.to_svg(chart)
    texts = svg_texts(svg)
    for label in labels_of(chart):
        assert label in texts, label
    height = float(re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg).group(2))
    assert height < 8000, f"the grid keeps the page short ({height}pt)"
    html = oc.to_html(chart)
    assert '"depth": 2' in html, "HTML collapses below depth 2 at this size"
    OUT.mkdir(exist_ok=True)
    (OUT / "orgchart-big.svg").write_text(svg, encoding="utf-8")


def test_mermaid_dot_and_json_text(chart_store):
    chart = oc.orgchart(chart_store, D.ZONE)
    mermaid = oc.to_mermaid(chart)
    assert mermaid.splitlines()[1] == "flowchart TB"
    assert '"<b>党工委</b><br/>周童 党工委书记<br/>宋黎静 党工委副书记"' in mermaid
    assert mermaid.count(" --- ") == chart.boxes - 1
    dot = oc.to_dot(chart)
    assert dot.startswith("digraph orgchart {") and "cluster_" in dot and "宋黎静" in dot
    assert dot.count(" -> ") == chart.boxes - 1
    tree = json.loads(oc.to_json(chart))
    assert tree["boxes"] == 13 and tree["root"]["name"] == D.ZONE
    validated = orgchart_router.OrgChartTree.model_validate(tree)
    assert validated.root.children[0].people[0].name == "周童"
    # names with markup characters stay text
    odd = oc.OrgChart(oc.ChartNode("org:1", "Organisation", 'A<B>&"C"', display='A<B>&"C"'), None)
    assert "A&lt;B&gt;&amp;&quot;C&quot;" in oc.to_dot(odd)
    assert 'n0["<b>A#lt;B#gt;#amp;#quot;C#quot;</b>"]' in oc.to_mermaid(odd)
    ET.fromstring(oc.to_svg(odd).encode("utf-8"))


# -- REST -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(chart_store):
    with TestClient(create_app(chart_store)) as c:
        yield c


def test_api_formats(client, chart_store):
    zone = oc.resolve_root(chart_store, D.ZONE)["id"]
    assert ":" in zone
    r = client.get(f"/orgchart/{zone}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["boxes"] == 13 and body["root"]["id"] == zone
    r = client.get(f"/orgchart/{zone.replace(':', '%3A')}", params={"format": "svg"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert "宋黎静" in svg_texts(r.text)
    for fmt, marker in (("mermaid", "flowchart"), ("dot", "digraph"), ("html", "window.ORGCHART")):
        r = client.get(f"/orgchart/{zone}", params={"format": fmt})
        assert r.status_code == 200 and marker in r.text, fmt
    html = client.get(f"/orgchart/{zone}", params={"format": "html"}).text
    assert 'src="assets/echarts.min.js"' in html and "cdn" not in html.lower()
    js = client.get("/orgchart/assets/echarts.min.js")
    assert js.status_code == 200 and len(js.content) > 500_000
    assert client.get("/orgchart/assets/orgchart.js").status_code == 200
    assert client.get("/orgchart/assets/secret.txt").status_code == 404
    by_name = client.get(f"/orgchart/{D.ZONE}").json()
    assert by_name["root"]["id"] == zone


def test_api_as_of_and_errors(client):
    before = client.get(f"/orgchart/{D.ZONE}", params={"as_of": "2024-12-31"}).json()
    latest = client.get(f"/orgchart/{D.ZONE}").json()
    assert before["as_of"] == "2024-12-31" and latest["as_of"] is None

    def holders(tree, name):
        stack = [tree["root"]]
        while stack:
            n = stack.pop()
            if n["display"] == name:
                return sorted(p["name"] for p in n["people"])
            stack.extend(n["children"])
    assert holders(before, "经济发展部") == ["孙建华", "马静"]
    assert holders(latest, "经济发展部") == ["刘洋", "马静"]
    assert client.get("/orgchart/org:doesnotexist").status_code == 404
    assert client.get("/orgchart/zon:0000000000000000", params={"format": "svg"}).status_code == 404
    for params in ({"format": "png"}, {"as_of": "2025-02-30"}, {"as_of": "yesterday"}, {"as_of": "--07-30"}):
        r = client.get(f"/orgchart/{D.ZONE}", params=params)
        assert r.status_code == 422, params
        assert r.json()["detail"]
    r = client.get("/orgchart/管委会")
    assert r.status_code == 409 and len(r.json()["detail"]["candidates"]) == 2


# -- the HTML chart in real headless Chromium -------------------------------------------

@pytest.fixture(scope="module")
def server(chart_store):
    with live_server(create_app(chart_store)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    assert Path(CHROMIUM).exists(), "Debian chromium is needed (make system-deps)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def chart_texts(page) -> str:
    return page.evaluate("Array.from(document.querySelectorAll('#chart svg text')).map(t => t.textContent).join('\\n')")


def wait_ready(page):
    page.wait_for_function("window.orgchartState && window.orgchartState.ready", timeout=20000)
    page.wait_for_timeout(400)  # let the tree animation finish before a screenshot


def test_html_chart_in_chromium_served(server, browser, chart_store):
    zone = oc.resolve_root(chart_store, D.ZONE)["id"]
    page = browser.new_page(viewport={"width": 1300, "height": 850})
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/orgchart/{zone}?format=html")
    wait_ready(page)
    texts = chart_texts(page)
    for label in ("三门峡经济开发区", "党工委", "周童 党工委书记", "宋黎静 管委会主任", "刘洋 经济发展部部长", "武装部"):
        assert label in texts, label
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "orgchart-html-latest.png"))
    # the date picker reloads the tree as of that date
    page.fill("#as-of", "2024-12-31")
    page.dispatch_event("#as-of", "change")
    page.wait_for_function("window.orgchartState.ready && window.orgchartState.asOf === '2024-12-31'", timeout=20000)
    page.wait_for_timeout(400)
    texts = chart_texts(page)
    assert "孙建华 部长" in texts and "刘洋 经济发展部部长" not in texts and "周童 党工委书记" not in texts
    assert "as_of=2024-12-31" in page.url
    page.screenshot(path=str(OUT / "orgchart-html-2024-12-31.png"))
    # collapse and expand by clicking: the root's children disappear and come back
    page.click("#collapse")
    page.wait_for_timeout(400)
    assert page.evaluate("window.orgchartState.visible") == 1 + len(oc.orgchart(chart_store, D.ZONE).root.children)
    page.click("#expand")
    page.wait_for_timeout(400)
    assert page.evaluate("window.orgchartState.visible") == 13
    assert not errors, errors
    assert all(u.startswith(server) for u in requests), [u for u in requests if not u.startswith(server)]
    page.close()


def test_standalone_html_works_offline_with_date_picker(browser, chart_store, tmp_path):
    data = oc.fetch(chart_store, "洛阳伊滨区")
    path = tmp_path / "big.html"
    path.write_text(oc.to_html(data.chart(), standalone=True, data=data), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1300, "height": 850})
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    wait_ready(page)
    state = page.evaluate("window.orgchartState")
    assert state["boxes"] == 326 and state["visible"] == 26, state   # collapsed below depth 2
    assert "▸ 25 个下级机构" in chart_texts(page)
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "orgchart-html-big.png"))
    page.fill("#as-of", "2025-01-01")   # before every observation: nobody in the boxes
    page.dispatch_event("#as-of", "change")
    page.wait_for_timeout(300)
    assert page.evaluate("window.orgchartState.asOf") == "2025-01-01"
    assert " 主任" not in chart_texts(page)
    assert not errors, errors
    page.close()


# -- CLI --------------------------------------------------------------------------------

def test_cli_orgchart(chart_dir, chart_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "zone.svg"
    r = runner.invoke(cli_app, ["orgchart", D.ZONE, "--format", "svg", "-o", str(out), "--data", str(chart_dir)])
    assert r.exit_code == 0, r.output
    assert "周童" in svg_texts(out.read_text(encoding="utf-8"))
    r = runner.invoke(cli_app, ["orgchart", D.ZONE, "-f", "mermaid", "--as-of", "2024-12-31", "--data", str(chart_dir)])
    assert r.exit_code == 0 and "孙建华 部长" in r.stdout and "刘洋" not in r.stdout
    r = runner.invoke(cli_app, ["orgchart", D.ZONE, "-f", "json", "--data", str(chart_dir)])
    assert r.exit_code == 0 and json.loads(r.stdout)["boxes"] == 13
    html = tmp_path / "zone.html"
    r = runner.invoke(cli_app, ["orgchart", D.ZONE, "-f", "html", "-o", str(html), "--data", str(chart_dir)])
    assert r.exit_code == 0
    text = html.read_text(encoding="utf-8")
    assert "<script src=" not in text and '"snapshots": {"latest"' in text and "2024-03-12" in text
    for args in (["orgchart", D.ZONE, "-f", "png"], ["orgchart", D.ZONE, "--as-of", "30.7.2025"],
                 ["orgchart", "不存在的单位"]):
        r = runner.invoke(cli_app, args + ["--data", str(chart_dir)])
        assert r.exit_code == 2, args
    assert chart_store.run_named("node_counts"), "the shared server is still up after the CLI ran"


# -- through the real pipeline ----------------------------------------------------------

BULLETIN_2024 = """【经开要闻】三门峡经济开发区召开一季度经济运行分析会
2024年3月12日,三门峡经济开发区召开2024年一季度经济运行分析会。经济开发区党工委书记李建国出席会议并讲话,党工委副书记、管委会主任宋黎静主持,区党工委、管委会班子成员参加。
会上,经济发展部部长孙建华汇报了一季度主要经济指标完成情况。李建国强调,要紧盯全年目标任务,全力以赴拼经济。
"""

BULLETIN_2025 = """【经开要闻】三门峡经济开发区召开2025年上半年工作总结大会
2025年7月30日,三门峡经济开发区召开2025年上半年工作总结大会。经济开发区党工委书记周童出席会议并讲话,党工委副书记、管委会主任宋黎静主持,区党工委、管委会班子成员参加。
会上,经济发展部部长刘洋通报了上半年重点项目考核结果。周童对下半年工作作出安排部署。
"""


def test_as_of_through_the_pipeline(empty_store, tmp_path):
    """Two short bulletins, built with graph.build: the 党工委书记 post passes from 李建国
    (2024-03-12) to 周童 (2025-07-30) and 经济发展部部长 from 孙建华 to 刘洋."""
    for name, text in (("b2024.txt", BULLETIN_2024), ("b2025.txt", BULLETIN_2025)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build(empty_store, [tmp_path])
    assert not report.failed, [(f.path, f.reason) for f in report.failed]
    data = oc.fetch(empty_store, D.ZONE)

    def holders(chart, title_part):
        return {p.name for n in chart.root.walk() for p in n.people
                if any(title_part in t and "副" not in t for t in p.titles)}
    before, latest = data.chart("2024-12-31"), data.chart()
    assert holders(before, "书记") == {"李建国"}
    assert holders(latest, "书记") == {"周童"}
    assert "孙建华" in holders(before, "部长") and "刘洋" not in holders(before, "部长")
    assert "刘洋" in holders(latest, "部长") and "孙建华" not in holders(latest, "部长")
    assert "宋黎静" in {p.name for n in before.root.walk() for p in n.people}


# -- acceptance: the seeds ----------------------------------------------------------------

def test_seed_chart_of_the_sanmenxia_zone(seeded):
    chart = oc.orgchart(seeded, "三门峡经济开发区")

    def posts(person):
        return [(n, t) for n in chart.root.walk() for p in n.people if p.name == person for t in p.titles]
    zt = posts("周童")
    assert any("党工委" in n.name and t.endswith("书记") and "副" not in t for n, t in zt), zt
    slj = posts("宋黎静")
    assert any("党工委" in n.name and "副书记" in t for n, t in slj), slj
    assert any("管委会" in n.name and t.endswith("主任") and "副" not in t for n, t in slj), slj
    names = [n.name for n in chart.root.walk()]
    for dept in ("财政审计部", "政务服务部", "经济发展部", "建设管理部"):
        assert any(n.endswith(dept) for n in names), (dept, names)
    svg = oc.to_svg(chart)
    texts = svg_texts(svg)
    for label in labels_of(chart):
        assert label in texts, label
    assert oc.missing_glyphs("".join(labels_of(chart))) == set()
    OUT.mkdir(exist_ok=True)
    (OUT / "orgchart-seed-sanmenxia.svg").write_text(svg, encoding="utf-8")
    (OUT / "orgchart-seed-sanmenxia.png").write_bytes(oc.dot_render(oc.to_dot(chart), "png"))
