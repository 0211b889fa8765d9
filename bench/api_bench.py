"""Query-service latency and throughput on a synthetic graph of >= 100k nodes.

    .venv/bin/python bench/api_bench.py [--documents 50] [--workers 2] [--duration 10]

Builds a synthetic county-bulletin graph (persons, organisations, zones, events, projects,
articles and their facts; DocumentFacts written by the product's loader, one big document
per county) into a fresh embedded ArcadeDB store, serves the real app with `govkg serve`
on 127.0.0.1, and measures, per endpoint:

  * warm-up: --warmup seconds of load, not measured (a freshly started JVM runs the first
    thousands of queries interpreted; a server that has been up a while does not);
  * latency: one client, sequential keep-alive requests -> p50 / p99 (ms);
  * throughput: --connections concurrent keep-alive connections for --duration seconds ->
    requests/s, with p50 / p99 under that load.

The throughput phase uses `wrk` (Debian package `wrk`; `make bench-api` installs it) when
it is on PATH: a C load generator costs the shared cores little, so the figure is the
service's. Without it, Python client processes generate the load and take a good part of
the same cores (the table says which generator ran). Prints a table with the machine's
core count. Targets (issue 4): p99 <= 25 ms and >= 500 req/s for profile look-ups.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph import arcadedb  # noqa: E402
from graph.load import load_document  # noqa: E402
from graph.store import Store  # noqa: E402
from loaders.settings import Settings  # noqa: E402
from loaders.facts import (ARTICLE, DOCUMENT, EVENT, ORGANISATION, PERSON, PROJECT, ZONE,  # noqa: E402
                           DocumentFacts, article_key, document_key, event_key, organisation_key,
                           person_key, project_key, zone_key)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉健俊峰帆宇浩凯晨瑞博文斌鑫晓宏飞波"
COUNTY = ["灵宝", "卢氏", "渑池", "义马", "陕州", "湖滨", "洛宁", "宜阳", "嵩县", "栾川", "汝阳", "伊川", "偃师", "孟津",
          "新安", "济源", "孟州", "温县", "沁阳", "博爱", "武陟", "修武", "获嘉", "辉县", "卫辉", "延津", "原阳", "封丘",
          "长垣", "滑县", "浚县", "淇县", "汤阴", "内黄", "林州", "安阳", "清丰", "南乐", "范县", "台前", "濮阳", "兰考",
          "杞县", "通许", "尉氏", "鄢陵", "长葛", "禹州", "郏县", "宝丰"]
DEPARTMENTS = ["发展和改革委员会", "财政局", "教育局", "公安局", "民政局", "人力资源和社会保障局", "自然资源局", "生态环境局",
               "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会",
               "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "信访局", "城市管理局", "工业和信息化局",
               "科技局", "退役军人事务局", "林业局", "乡村振兴局", "行政审批服务局", "大数据管理局", "投资促进中心"]
TITLES = ["局长", "副局长", "党组书记", "主任", "副主任", "科长", "书记", "副书记", "县长", "副县长"]
EVENT_KINDS = [("工作推进会", "meeting"), ("专题会议", "meeting"), ("调研活动", "inspection"), ("安全检查", "inspection"),
               ("业务培训", "training"), ("项目签约仪式", "signing"), ("集中开工仪式", "groundbreaking"), ("走访慰问活动", "visit")]
PROJECT_KINDS = ["产业园", "物流园", "污水处理厂", "道路改造工程", "安置小区", "新能源项目", "冷链仓储中心", "智慧园区"]
ROLES = ["出席", "参加", "列席", "带队", "陪同"]


def county_facts(c: int, persons: int, events: int, projects: int, orgs: int, articles: int, towns: int,
                 rng: random.Random) -> DocumentFacts:
    """One county's bulletin archive as one document's facts."""
    county = f"{COUNTY[c % len(COUNTY)]}{'县' if c % 3 else '市'}" + (f"（{c // len(COUNTY)}）" if c >= len(COUNTY) else "")
    sha = f"{c:016x}" + "b" * 48
    f = DocumentFacts(path=f"synthetic/{c:04d}.txt", sha256=sha)
    f.add_node(DOCUMENT, document_key(sha), path=f.path, sha256=sha, title=f"{county}工作简报", published="2025-08-01")
    zone = f.add_node(ZONE, zone_key(county), name=county, kind="county")
    town_keys = []
    for t in range(towns):
        name = f"{county}第{t + 1}镇"
        town_keys.append(f.add_node(ZONE, zone_key(name), name=name, kind="town"))
        f.add_relationship("PART_OF", town_keys[-1], zone)
    party = f.add_node(ORGANISATION, organisation_key(f"{county}委"), name=f"中共{county}委员会", short=f"{county}委", kind="party")
    gov = f.add_node(ORGANISATION, organisation_key(f"{county}人民政府"), name=f"{county}人民政府", short=f"{county}政府", kind="government")
    org_keys = [party, gov]
    for o in range(orgs - 2):
        dep = DEPARTMENTS[o % len(DEPARTMENTS)] + ("" if o < len(DEPARTMENTS) else f"第{o // len(DEPARTMENTS)}分局")
        k = f.add_node(ORGANISATION, organisation_key(county + dep), name=county + dep, short=dep, kind="department")
        f.add_relationship("PART_OF", k, gov)
        org_keys.append(k)
    for k in org_keys:
        f.add_relationship("LOCATED_IN", k, zone)
    art_keys = []
    for a in range(articles):
        art_keys.append(f.add_node(ARTICLE, article_key(sha, a), title=f"{county}要闻第{a + 1}篇", section="要闻",
                                   date=f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}", position=a))
        f.add_relationship("PART_OF", art_keys[-1], document_key(sha))
    person_keys = []
    for p in range(persons):
        g = c * persons + p            # distinct names across counties (a few namesakes at most)
        name = SURNAMES[g % len(SURNAMES)] + GIVEN[(g // len(SURNAMES)) % len(GIVEN)] + GIVEN[(g // (len(SURNAMES) * len(GIVEN))) % len(GIVEN)]
        k = f.add_node(PERSON, person_key(name, county), name=name, aliases=[])
        person_keys.append(k)
        org = org_keys[p % len(org_keys)]
        art = rng.randrange(articles)
        sentence = f"{county}某单位{TITLES[p % len(TITLES)]}{name}出席会议并讲话。"
        f.add_relationship("HOLDS_POSITION", k, org, TITLES[p % len(TITLES)], title=TITLES[p % len(TITLES)],
                           as_of="2025-07-30", source=f"{sha[:16]}#a{art}:0-20", evidence=sentence)
        if p % 3 == 0:
            f.add_relationship("HOLDS_POSITION", k, party, "委员", title="委员", as_of="2025-06-30",
                               source=f"{sha[:16]}#a{art}:0-20", evidence=sentence)
        f.add_relationship("MENTIONS", art_keys[art], k, count=1)
    project_keys = []
    for j in range(projects):
        name = f"{county}{PROJECT_KINDS[j % len(PROJECT_KINDS)]}{j + 1}号"
        k = f.add_node(PROJECT, project_key(name, county), name=name, investment=f"{1 + j % 50}亿元")
        project_keys.append(k)
        f.add_relationship("OVERSEES", org_keys[2 + j % (len(org_keys) - 2)], k, source=f"{sha[:16]}#a0:0-10",
                           evidence=f"{county}全力推进{name}建设。")
        if j % 4 == 0:
            f.add_relationship("OWNS", gov, k, source=f"{sha[:16]}#a0:0-10", evidence=f"{name}由{county}人民政府投资建设。")
        f.add_relationship("LOCATED_IN", k, town_keys[j % len(town_keys)])
    for e in range(events):
        base, kind = EVENT_KINDS[e % len(EVENT_KINDS)]
        date = f"2025-{1 + e % 12:02d}-{1 + (e // 12) % 28:02d}"
        name = f"{county}{base}第{e + 1}次"
        k = f.add_node(EVENT, event_key(name, date, county), name=name, kind=kind, date=date,
                       date_text=f"{int(date[5:7])}月{int(date[8:])}日")
        src = f"{sha[:16]}#a{e % articles}:0-40"
        chair = person_keys[rng.randrange(persons)]
        f.add_relationship("CHAIRED", chair, k, source=src, evidence=f"{name}召开，会议由主要负责同志主持。")
        f.add_relationship("SPOKE_AT", person_keys[rng.randrange(persons)], k, source=src, evidence=f"会上，有关负责同志讲话。")
        for _ in range(3):
            role = ROLES[rng.randrange(len(ROLES))]
            f.add_relationship("ATTENDED", person_keys[rng.randrange(persons)], k, role, role=role, source=src,
                               evidence=f"有关负责同志{role}{name}。")
        f.add_relationship("ORGANISED", org_keys[e % len(org_keys)], k, source=src, evidence=f"{name}由有关单位组织。")
        f.add_relationship("HELD_IN", k, town_keys[e % len(town_keys)], source=src)
        if e % 5 == 0:
            f.add_relationship("CONCERNS", k, project_keys[e % projects], source=src)
        f.add_relationship("MENTIONS", art_keys[e % articles], k, count=1)
    return f


def build_graph(data: Path, documents: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    nodes = rels = 0
    with Store.open(Settings(data=data), keep_server=True) as store:
        store.apply_schema()
        for c in range(documents):
            facts = county_facts(c, persons=800, events=600, projects=200, orgs=100, articles=280, towns=20, rng=rng)
            result = load_document(store, facts, force=True)
            nodes += result.nodes
            rels += result.relationships
            print(f"\r  loaded {c + 1}/{documents} documents: {nodes:,} nodes, {rels:,} relationships, "
                  f"{time.perf_counter() - t0:.0f} s", end="", flush=True)
        print()
        counts = {r["label"]: r["count"] for r in store.run_named("node_counts")}
    return {"nodes": sum(counts.values()), "relationships": rels, "seconds": time.perf_counter() - t0, "counts": counts}


# -- load generation: plain http.client keep-alive connections (cheap on the client side) --

def _get(conn: http.client.HTTPConnection, path: str) -> float:
    t = time.perf_counter()
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    elapsed = time.perf_counter() - t
    if resp.status != 200:
        raise RuntimeError(f"{path}: HTTP {resp.status} {body[:200]!r}")
    return elapsed


def _client(port: int, paths: list[str], seconds: float, start: float, out: "mp.Queue") -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while time.time() < start:
        time.sleep(0.001)
    times, i = [], 0
    while time.time() < start + seconds:
        times.append(_get(conn, paths[i % len(paths)]))
        i += 1
    out.put(times)


def latency(port: int, paths: list[str], requests: int) -> dict:
    """One client, sequential keep-alive requests, after a warm-up."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for p in paths[:50]:                      # warm-up: JIT, caches, pool
        _get(conn, p)
    times = [_get(conn, paths[i % len(paths)]) for i in range(requests)]
    conn.close()
    return {"p50": _pct(times, 50), "p99": _pct(times, 99), "n": len(times)}


def throughput_python(port: int, paths: list[str], connections: int, seconds: float) -> dict:
    """One client process per connection (they share the cores with the service)."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    start = time.time() + 0.5
    procs = [ctx.Process(target=_client, args=(port, paths[i::connections] or paths, seconds, start, out))
             for i in range(connections)]
    for p in procs:
        p.start()
    times = [t for _ in procs for t in out.get()]
    for p in procs:
        p.join()
    return {"rps": len(times) / seconds, "p50": _pct(times, 50), "p99": _pct(times, 99), "n": len(times)}


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("GOVKG_BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
"""


def _wrk_ms(report: str, percentile: str) -> float:
    m = re.search(rf"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", report, re.M)
    if not m:
        raise RuntimeError(f"wrk printed no {percentile} latency:\n{report}")
    return float(m[1]) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m[2]]


def throughput_wrk(port: int, paths: list[str], connections: int, seconds: float, work: Path) -> dict:
    """wrk, one thread, cycling through the paths; any non-2xx response fails the run."""
    script, listing = work / "paths.lua", work / "paths.txt"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "60s", "--latency", "-s", str(script),
           f"http://127.0.0.1:{port}"]
    report = subprocess.run(cmd, env={**os.environ, "GOVKG_BENCH_PATHS": str(listing)},
                            capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx responses" in report or "Socket errors" in report:
        raise RuntimeError(f"wrk saw failed requests:\n{report}")
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", report)[1]),
            "p50": _wrk_ms(report, "50%"), "p99": _wrk_ms(report, "99%"),
            "n": int(re.search(r"(\d+) requests in", report)[1])}


def _pct(values: list[float], p: int) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample_paths(data: Path, n: int = 200, seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    q = urllib.parse.quote
    with Store.open(Settings(data=data), keep_server=True) as store:
        persons = store.read("MATCH (p:Person) RETURN p.key AS id, p.name AS name LIMIT 20000")
        events = store.read("MATCH (e:Event) RETURN e.name AS name LIMIT 20000")
    people = rng.sample(persons, n)
    evs = rng.sample(events, n)
    return {
        "person profile": [f"/persons/{q(p['id'])}" for p in people],
        "search (name)": [f"/search?q={q(p['name'])}&limit=20" for p in people],
        "events filter": [f"/events?chaired_by={q(p['name'])}&limit=20" for p in people],
        "ask 谁主持了X": [f"/ask?q={q('谁主持了' + e['name'])}" for e in evs],
        "ask Z担任什么职务": [f"/ask?q={q(p['name'] + '担任什么职务')}" for p in people],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=50, help="counties; ~2,020 nodes each")
    ap.add_argument("--requests", type=int, default=400, help="sequential requests per endpoint (latency phase)")
    ap.add_argument("--connections", type=int, default=4, help="concurrent connections in the throughput phase")
    ap.add_argument("--duration", type=float, default=10, help="seconds of load per endpoint (throughput phase)")
    ap.add_argument("--warmup", type=float, default=15, help="seconds of unmeasured load per endpoint first")
    ap.add_argument("--load-generator", choices=["auto", "wrk", "python"], default="auto",
                    help="auto: wrk when installed, else Python client processes")
    ap.add_argument("--workers", type=int, default=2, help="API worker processes (govkg serve --workers)")
    ap.add_argument("--data", type=Path, help="reuse (or keep) this store folder instead of a temporary one")
    ap.add_argument("--only", help="measure only endpoints whose name contains this")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-api-bench-"))
    data = a.data or work / "store"
    server = None
    try:
        if not (data / "server.json").exists() and not (data / "databases").exists():
            print(f"building a synthetic graph of {a.documents} counties into {data} ...")
            info = build_graph(data, a.documents)
            print(f"  {info['nodes']:,} nodes ({', '.join(f'{k} {v:,}' for k, v in sorted(info['counts'].items()))}), "
                  f"{info['relationships']:,} relationships in {info['seconds']:.0f} s")
        else:
            with Store.open(Settings(data=data), keep_server=True) as store:
                store.apply_schema()
        paths = sample_paths(data)
        port = _free_port()
        env = {**os.environ, "GOVKG_DATA": str(data), "PYTHONPATH": str(ROOT)}
        env.pop("NEO4J_URI", None)
        govkg = str(Path(sys.executable).parent / "govkg")
        server = subprocess.Popen([govkg, "serve", "--port", str(port), "--workers", str(a.workers)],
                                  env=env, cwd=ROOT, start_new_session=True, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while True:
            try:
                _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/readyz")
                break
            except (OSError, RuntimeError):
                if time.time() > deadline or server.poll() is not None:
                    raise SystemExit("the API server did not come up")
                time.sleep(0.2)
        generator = a.load_generator
        if generator == "auto":
            generator = "wrk" if shutil.which("wrk") else "python"
        elif generator == "wrk" and not shutil.which("wrk"):
            raise SystemExit("wrk is not installed (apt-get install wrk, or make bench-api)")
        print(f"machine: {os.cpu_count()} cores; API workers: {a.workers}; throughput phase: {generator}, "
              f"{a.connections} connections, {a.duration:g} s per endpoint after {a.warmup:g} s of warm-up")
        print(f"{'endpoint':<22}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}{'p50@load':>10}{'p99@load':>10}{'requests':>10}")
        for name, ps in paths.items():
            if a.only and a.only not in name:
                continue
            def load_for(seconds: float) -> dict:
                if generator == "wrk":
                    return throughput_wrk(port, ps, a.connections, seconds, work)
                return throughput_python(port, ps, a.connections, seconds)
            if a.warmup > 0:
                load_for(a.warmup)   # the database's JIT and caches, as on a server that has been up a while
            seq = latency(port, ps, a.requests)
            load = load_for(a.duration)
            print(f"{name:<22}{seq['p50']:>9.1f}{seq['p99']:>9.1f}{load['rps']:>9.0f}{load['p50']:>10.1f}"
                  f"{load['p99']:>10.1f}{seq['n'] + load['n']:>10}")
        print("targets: person profile p99 <= 25 ms (sequential) and >= 500 req/s")
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
        if a.data is None:
            arcadedb.stop(data)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
