/* govkg org chart: an ECharts tree (vendored, offline) of bodies and the people in them.
 * Config: window.ORGCHART = {id, name, as_of, depth, tree, snapshots?, font}
 *  - tree: {name, id, label_, kind, people: ["周童 党工委书记", ...], children: [...]}
 *  - snapshots (standalone file): {"latest": tree, "YYYY-MM-DD": tree, ...} — the tree at
 *    every date where it can change; otherwise the page re-fetches ./<id>?format=json&as_of=D.
 * Click a box to expand/collapse it; drag to pan, wheel to zoom (roam).
 * For tests: window.orgchartState = {ready, asOf, boxes, visible} after every render. */
(function () {
  "use strict";
  var cfg = window.ORGCHART;
  var el = document.getElementById("chart");
  var picker = document.getElementById("as-of");
  var status = document.getElementById("status");
  var chart = echarts.init(el, null, { renderer: "svg" });
  var COLOURS = { Zone: "#5d7a65", party_committee: "#b45f5f", government: "#4a78a8",
                  department: "#5b8fc7", company: "#c4883c", media: "#8a63a8" };
  var expanded = {};   // id -> true/false chosen by the user, kept across date changes
  var tree = null;
  var asOf = cfg.as_of || null;

  function colour(n) { return n.label_ === "Zone" ? COLOURS.Zone : (COLOURS[n.kind] || "#6b7a8f"); }
  function safe(s) { return String(s).replace(/[{}|]/g, function (c) { return { "{": "｛", "}": "｝", "|": "｜" }[c]; }); }

  // the JSON API's tree (ChartNode) -> this page's shape
  function fromApi(n) {
    return { name: n.display || n.name, full: n.name, id: n.id, label_: n.label, kind: n.kind,
             people: (n.people || []).map(function (p) { return (p.name + " " + (p.titles || []).join("、")).trim(); }),
             children: (n.children || []).map(fromApi) };
  }

  function prepare(n, level) {
    var open = n.id in expanded ? expanded[n.id] : (cfg.depth < 0 || level < cfg.depth);
    var lines = ["{n|" + safe(n.name) + "}"].concat(n.people.map(function (p) { return "{p|" + safe(p) + "}"; }));
    if (n.children.length && !open) lines.push("{c|▸ " + (count(n) - 1) + " 个下级机构}");
    return {
      name: n.name, full: n.full || n.name, id: n.id, value: n.people.length,
      collapsed: n.children.length > 0 && !open,
      hasKids: n.children.length > 0,
      itemStyle: { color: colour(n), borderColor: colour(n) },
      label: { formatter: lines.join("\n"), borderColor: colour(n) },
      children: n.children.map(function (c) { return prepare(c, level + 1); })
    };
  }

  // size the drawing to what is visible: a row per visible leaf, a column per level
  function measure(n, level, acc) {
    acc.boxes += 1;
    acc.depth = Math.max(acc.depth, level);
    var h = 30 + 18 * n.value + (n.collapsed ? 16 : 0);
    acc.tallest = Math.max(acc.tallest, h);
    if (n.collapsed || !n.children.length) { acc.leaves += 1; acc.leafHeight += h + 12; }
    else n.children.forEach(function (c) { measure(c, level + 1, acc); });
    return acc;
  }

  function draw() {
    var data = prepare(tree, 0);
    var m = measure(data, 0, { boxes: 0, depth: 0, leaves: 0, leafHeight: 0, tallest: 0 });
    var avail = window.innerHeight - el.getBoundingClientRect().top - 4;
    var height = Math.max(avail, 420, 1.25 * Math.max(m.leafHeight, m.leaves * Math.min(m.tallest, 90)) + 60);
    var width = Math.max(el.parentNode.clientWidth, (m.depth + 1) * 300 + 120);
    el.style.height = height + "px";
    el.style.width = width + "px";
    chart.resize({ width: width, height: height });
    chart.setOption({
      textStyle: { fontFamily: cfg.font + ", sans-serif" },
      tooltip: { trigger: "item", formatter: function (p) { return p.data.full + (p.data.value ? "（" + p.data.value + " 人）" : ""); } },
      series: [{
        type: "tree", data: [data], orient: "LR", roam: true, expandAndCollapse: false,
        left: 40, right: 260, top: 30, bottom: 30, symbol: "rect", symbolSize: [8, 8],
        edgeShape: "polyline", edgeForkPosition: "50%",
        lineStyle: { color: "#9aa7b8", width: 1.2, curveness: 0 },
        label: { show: true, position: "right", align: "left", verticalAlign: "middle", distance: 6,
                 backgroundColor: "#ffffff", borderWidth: 1, borderRadius: 3, padding: [4, 8],
                 fontFamily: cfg.font + ", sans-serif",
                 rich: { n: { fontWeight: "bold", fontSize: 13, lineHeight: 20, color: "#1f2d3d" },
                         p: { fontSize: 12, lineHeight: 17, color: "#333333" },
                         c: { fontSize: 11, lineHeight: 16, color: "#4a78a8" } } },
        emphasis: { focus: "none" },
        animation: false  // re-layouts on expand / date change are instant (and screenshots stable)
      }]
    }, { replaceMerge: ["series"] });
    status.textContent = m.boxes + " 个方框可见（共 " + count(tree) + " 个）" + (asOf ? " · 截至 " + asOf : " · 最新");
    var title = cfg.name + " 组织架构（" + (asOf ? "截至 " + asOf : "最新") + "）";
    document.getElementById("title").textContent = title;
    document.title = title;
    window.orgchartState = { ready: true, asOf: asOf, boxes: count(tree), visible: m.boxes };
  }

  function count(n) { return 1 + n.children.reduce(function (s, c) { return s + count(c); }, 0); }

  function setAll(n, open) { if (n.children.length) { expanded[n.id] = open; n.children.forEach(function (c) { setAll(c, open); }); } }

  function snapshotFor(date) {
    var snaps = cfg.snapshots;
    if (!date) return snaps.latest;
    var best = null;
    Object.keys(snaps).forEach(function (k) { if (k !== "latest" && k <= date && (best === null || k > best)) best = k; });
    return best === null ? snaps[Object.keys(snaps).filter(function (k) { return k !== "latest"; }).sort()[0]] || snaps.latest : snaps[best];
  }

  function load(date) {
    asOf = date || null;
    window.orgchartState = { ready: false, asOf: asOf };
    if (cfg.snapshots) { tree = snapshotFor(asOf); draw(); return Promise.resolve(); }
    var url = "./" + encodeURIComponent(cfg.id) + "?format=json" + (asOf ? "&as_of=" + asOf : "");
    status.textContent = "加载中…";
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + r.statusText);
      return r.json();
    }).then(function (body) {
      tree = fromApi(body.root);
      draw();
      var u = new URL(window.location.href);
      if (asOf) u.searchParams.set("as_of", asOf); else u.searchParams.delete("as_of");
      window.history.replaceState(null, "", u.toString());
    }).catch(function (e) { status.textContent = "无法加载：" + e.message; });
  }

  chart.on("click", function (p) {
    if (!p.data || !p.data.hasKids) return;
    expanded[p.data.id] = !!p.data.collapsed;
    draw();
  });
  picker.value = asOf || "";
  picker.addEventListener("change", function () { load(picker.value); });
  document.getElementById("latest").addEventListener("click", function () { picker.value = ""; load(null); });
  document.getElementById("expand").addEventListener("click", function () { setAll(tree, true); draw(); });
  document.getElementById("collapse").addEventListener("click", function () {
    setAll(tree, false); expanded[tree.id] = true; draw();
  });
  window.addEventListener("resize", function () { if (tree) draw(); });
  window.orgchartLoad = load;

  tree = cfg.tree;
  draw();
})();
