/* govkg web page: search, profiles (person, event, organisation, zone, project), questions.
 * Plain JS, no dependencies, talks to the JSON API of the same server. Routes live in the
 * URL hash: #/search/<q>, #/person/<id>, #/event/<id>, #/organisation/<id>, #/zone/<id>,
 * #/project/<id>, #/ask/<question>, #/path/<from>/<to>. */
(function () {
  "use strict";
  var view = document.getElementById("view");
  var LABELS = { Person: "人物", Organisation: "机构", Zone: "区域", Event: "活动", Project: "项目" };
  var ROUTE = { Person: "person", Organisation: "organisation", Zone: "zone", Event: "event", Project: "project" };
  // the event roles' words (主持, 参加...) are added from GET /schema
  var RELATION = { HOLDS_POSITION: "任职", ORGANISED: "组织", OVERSEES: "负责", OWNS: "投资建设", CONCERNS: "涉及",
                   PART_OF: "隶属", LOCATED_IN: "位于", HELD_IN: "举办地" };
  var KINDS = { meeting: "会议", inspection: "检查调研", visit: "走访", training: "培训", ceremony: "仪式", signing: "签约",
                groundbreaking: "开工", activity: "活动", party: "党组织", party_committee: "党委", government: "政府",
                department: "部门", company: "企业", media: "媒体", association: "协会", province: "省", city: "市",
                county: "县", district: "区", development_zone: "开发区", street: "街道", town: "镇", community: "社区",
                village: "村" };
  var PAGE = 20;
  function kind(k) { return k ? esc(KINDS[k] || k) : ""; }

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function link(label, id, name) {
    return '<a class="link-' + ROUTE[label] + '" href="#/' + ROUTE[label] + "/" + encodeURIComponent(id) + '">' + esc(name || id) + "</a>";
  }
  function date(d, text) {
    if (!d) return text ? esc(text) : "日期不详";
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (m) return m[1] + "年" + (+m[2]) + "月" + (+m[3]) + "日";
    m = /^--(\d{2})-(\d{2})$/.exec(d);
    if (m) return (+m[1]) + "月" + (+m[2]) + "日";
    return esc(d);
  }
  function evidence(x) {
    if (!x || !x.evidence) return "";
    return '<span class="evidence">' + esc(x.evidence) + (x.source ? '<span class="src">' + esc(x.source) + "</span>" : "") + "</span>";
  }
  // The ways a person takes part in an event (GET /schema: relation, person_field, event_field,
  // label_zh): one section per role on the person and the event pages, ids from the field names.
  var ROLES = [];
  var ready = null;
  function schema() {
    ready = ready || api("/schema").then(function (s) {
      ROLES = s.event_roles;
      ROLES.forEach(function (r) { RELATION[r.relation] = r.label_zh; });
    }, function (e) { ready = null; throw e; });
    return ready;
  }
  function roleLists(of, field, title, render) {
    return ROLES.map(function (r) { return list(r[field], title(r), of[r[field]], render); }).join("");
  }
  function list(id, title, items, render) {
    var body = items && items.length ? '<ul class="facts">' + items.map(function (i) { return "<li>" + render(i) + "</li>"; }).join("") + "</ul>"
                                     : '<p class="empty">无</p>';
    return '<section id="' + id + '"><h2>' + esc(title) + (items && items.length ? ' <span class="meta">' + items.length + "</span>" : "") + "</h2>" + body + "</section>";
  }
  function api(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { var e = new Error(typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)); e.status = r.status; e.body = body; throw e; }
        return body;
      });
    });
  }
  function show(html, title) {
    view.innerHTML = html;
    document.title = (title ? title + " · " : "") + "govkg";
    window.scrollTo(0, 0);
  }
  function fail(e) {
    show('<p class="error">' + (e.status === 404 ? "未找到：" : "出错了：") + esc(e.message) + "</p>");
  }

  // one entry per (title, organisation), observations newest first (the API lists each)
  function groupPositions(positions) {
    var groups = {}, order = [];
    positions.forEach(function (x) {
      var k = x.organisation_id + "\u0000" + x.title;
      if (!groups[k]) { groups[k] = []; order.push(k); }
      groups[k].push(x);
    });
    return order.map(function (k) { return groups[k]; });
  }

  // -- pages --

  function search(q, offset) {
    document.getElementById("q").value = q;
    return api("/search?q=" + encodeURIComponent(q) + "&limit=" + PAGE + "&offset=" + offset).then(function (r) {
      var hits = r.items.map(function (h) {
        var extra = [h.short && h.short !== h.name ? "简称 " + esc(h.short) : "", kind(h.kind), h.date ? date(h.date) : ""].filter(Boolean).join(" · ");
        return '<li class="hit"><span class="badge ' + h.label + '">' + LABELS[h.label] + "</span>" + link(h.label, h.id, h.name) +
               (extra ? '<span class="meta">' + extra + "</span>" : "") + "</li>";
      }).join("");
      var pager = "";
      if (r.total > PAGE) {
        pager = '<div class="pager">' +
          (offset > 0 ? '<a href="#/search/' + encodeURIComponent(q) + "/" + Math.max(0, offset - PAGE) + '">上一页</a>' : "") +
          "<span>" + (offset + 1) + "–" + Math.min(r.total, offset + PAGE) + " / " + r.total + "</span>" +
          (offset + PAGE < r.total ? '<a href="#/search/' + encodeURIComponent(q) + "/" + (offset + PAGE) + '">下一页</a>' : "") + "</div>";
      }
      show("<h1>搜索：" + esc(q) + '</h1><p class="small">共 ' + r.total + " 条结果" +
           (r.forms.length > 1 ? "（已同时按 " + r.forms.map(esc).join("、") + " 查找）" : "") + "</p>" +
           (hits ? '<ul class="hits" id="results">' + hits + "</ul>" : '<p class="empty" id="results">没有找到匹配的条目。</p>') + pager, q);
    });
  }

  function person(id) {
    return api("/persons/" + encodeURIComponent(id)).then(function (p) {
      function ev(e) {
        return '<span class="when">' + date(e.date, e.date_text) + "</span> " + link("Event", e.id, e.name) +
               (e.role ? '<span class="meta">' + esc(e.role) + "</span>" : "") + evidence(e);
      }
      show("<h1 id=\"name\">" + esc(p.name) + '<span class="badge Person" style="margin-left:.6em">人物</span></h1>' +
        (p.aliases.length ? '<p class="small">又名：' + p.aliases.map(esc).join("、") + "</p>" : "") +
        list("positions", "职务", groupPositions(p.positions), function (g) {
          var x = g[0];   // the newest observation; the others behind "更多出处"
          return esc(x.title || "（所属单位）") + " · " + link("Organisation", x.organisation_id, x.organisation) +
                 (x.as_of ? '<span class="meta">截至 ' + date(x.as_of) + "</span>" : "") + evidence(x) +
                 (g.length > 1 ? '<details class="more"><summary>更多出处（' + (g.length - 1) + "）</summary>" +
                   g.slice(1).map(function (y) { return '<span class="meta">' + date(y.as_of) + "</span>" + evidence(y); }).join("") +
                   "</details>" : "");
        }) +
        roleLists(p, "person_field", function (r) { return r.label_zh + "的活动"; }, ev) +
        list("co-attendees", "同场人员", p.co_attendees, function (c) {
          return link("Person", c.id, c.name) + '<span class="meta">共同参加 ' + c.shared + " 次：" + c.events.map(esc).join("、") + "</span>";
        }) +
        (p.articles.length ? list("articles", "署名文章", p.articles, function (a) {
          return esc(a.title) + '<span class="meta">' + esc(a.role || "") + " " + date(a.date) + "</span>";
        }) : ""), p.name);
    });
  }

  function event(id) {
    return api("/events/" + encodeURIComponent(id)).then(function (e) {
      function who(x) { return link("Person", x.id, x.name) + (x.role ? '<span class="meta">' + esc(x.role) + "</span>" : "") + evidence(x); }
      show("<h1 id=\"name\">" + esc(e.name) + '<span class="badge Event" style="margin-left:.6em">活动</span></h1>' +
        '<p><span id="date">' + date(e.date, e.date_text) + "</span>" + (e.kind ? '<span class="meta">' + kind(e.kind) + "</span>" : "") +
        (e.zones.length ? " · " + e.zones.map(function (z) { return link("Zone", z.id, z.name); }).join("、") : "") + "</p>" +
        roleLists(e, "event_field", function (r) { return r.label_zh; }, who) +
        list("organisers", "组织单位", e.organisers, function (o) { return link("Organisation", o.id, o.name) + evidence(o); }) +
        (e.projects.length ? list("projects", "涉及项目", e.projects, function (j) { return link("Project", j.id, j.name); }) : "") +
        list("evidence", "出处原句", e.evidence, function (s) { return '<span class="evidence">' + esc(s) + "</span>"; }), e.name);
    });
  }

  function organisation(id) {
    return Promise.all([api("/organisations/" + encodeURIComponent(id)),
                        api("/organisations/" + encodeURIComponent(id) + "/projects")]).then(function (both) {
      var o = both[0], projects = both[1].items;
      function ref(label) { return function (x) { return link(label, x.id, x.name); }; }
      show("<h1 id=\"name\">" + esc(o.name) + '<span class="badge Organisation" style="margin-left:.6em">机构</span></h1>' +
        '<p class="small">' + [o.short ? "简称 " + esc(o.short) : "", kind(o.kind)].filter(Boolean).join(" · ") +
        (o.zones.length ? " · " + o.zones.map(ref("Zone")).join("、") : "") + "</p>" +
        '<div id="orgchart-link"></div>' +
        list("parents", "上级机构", o.parents, ref("Organisation")) +
        list("children", "下属机构", o.children, ref("Organisation")) +
        list("members", "成员与职务", o.members, function (m) {
          return link("Person", m.id, m.name) + " · " + esc(m.title || "（所属人员）") +
                 (m.as_of ? '<span class="meta">截至 ' + date(m.as_of) + "</span>" : "") + evidence(m);
        }) +
        list("org-events", "组织的活动", o.events, function (e) { return date(e.date) + " " + link("Event", e.id, e.name) + evidence(e); }) +
        list("org-projects", "负责 / 投资的项目", projects, function (j) {
          return link("Project", j.id, j.project) + '<span class="meta">' + (RELATION[j.relation] || j.relation) +
                 (j.investment ? " · 投资 " + esc(j.investment) : "") + "</span>" + evidence(j);
        }), o.name);
      // the interactive org chart (collapsible, pan/zoom, date picker), embedded
      var chart = "/orgchart/" + encodeURIComponent(id);
      fetch(chart + "?format=json").then(function (r) {
        if (!r.ok) return;
        document.getElementById("orgchart-link").innerHTML =
          '<section id="orgchart"><h2>组织架构图 <a class="meta" href="' + chart + '?format=html" target="_blank">新窗口打开</a>' +
          ' <a class="meta" href="' + chart + '?format=svg" target="_blank">SVG</a></h2>' +
          '<iframe title="' + esc(o.name) + ' 组织架构图" src="' + chart + '?format=html" ' +
          'style="width:100%;height:560px;border:1px solid #ddd;border-radius:4px"></iframe></section>';
      }).catch(function () {});
    });
  }

  function zone(id) {
    return api("/zones/" + encodeURIComponent(id)).then(function (z) {
      function ref(label) { return function (x) { return link(label, x.id, x.name) + (x.kind ? '<span class="meta">' + kind(x.kind) + "</span>" : ""); }; }
      show("<h1 id=\"name\">" + esc(z.name) + '<span class="badge Zone" style="margin-left:.6em">区域</span></h1>' +
        '<p class="small">' + kind(z.kind) + "</p>" +
        list("zone-parents", "上级区域", z.parents, ref("Zone")) + list("subzones", "下辖区域", z.subzones, ref("Zone")) +
        list("zone-orgs", "机构", z.organisations, ref("Organisation")) +
        list("zone-projects", "项目", z.projects, function (j) { return link("Project", j.id, j.name) + (j.investment ? '<span class="meta">投资 ' + esc(j.investment) + "</span>" : ""); }) +
        list("zone-events", "近期活动", z.events, function (e) { return date(e.date) + " " + link("Event", e.id, e.name); }), z.name);
    });
  }

  function project(id) {
    return api("/projects/" + encodeURIComponent(id)).then(function (j) {
      function org(o) { return link("Organisation", o.id, o.name) + evidence(o); }
      show("<h1 id=\"name\">" + esc(j.name) + '<span class="badge Project" style="margin-left:.6em">项目</span></h1>' +
        (j.investment ? "<p>投资：" + esc(j.investment) + "</p>" : "") +
        list("overseers", "负责单位", j.overseers, org) + list("owners", "投资建设单位", j.owners, org) +
        list("project-zones", "所在区域", j.zones, function (z) { return link("Zone", z.id, z.name); }) +
        list("project-events", "相关活动", j.events, function (e) { return date(e.date) + " " + link("Event", e.id, e.name); }), j.name);
    });
  }

  function ask(q) {
    document.getElementById("ask").value = q;
    return api("/ask?q=" + encodeURIComponent(q)).then(function (a) {
      show("<h1>问：" + esc(q) + '</h1><p class="answer" id="answer">' + esc(a.answer) + "</p>" +
        '<p class="small">问法：' + esc(a.form) + " · 查询：<code>cypher/queries/" + esc(a.query) + ".cypher</code></p>" +
        list("ask-evidence", "出处原句", a.evidence, function (e) { return evidence({ evidence: e.text, source: e.source }); }), q);
    }, function (e) {
      if (e.status !== 422 || !e.body.supported) throw e;
      show("<h1>问：" + esc(q) + '</h1><p class="error">暂不支持这种问法。支持的问法：</p>' +
        list("forms", "问法", e.body.supported, function (f) {
          return esc(f.form) + '<span class="meta">例：' + f.examples.map(function (x) {
            return '<a href="#/ask/' + encodeURIComponent(x) + '">' + esc(x) + "</a>"; }).join("；") + "</span>";
        }), q);
    });
  }

  function path(from, to) {
    return api("/path?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to)).then(function (p) {
      var names = {};
      p.nodes.forEach(function (n) { names[n.id] = n; });
      show("<h1>" + esc(p.from.name) + " 与 " + esc(p.to.name) + " 的联系</h1>" +
        (p.connected ? list("path", "最短联系（" + p.length + " 步）", p.relationships, function (r) {
          var a = names[r.start], b = names[r.end];
          return link(a.label, a.id, a.name) + " —" + esc(RELATION[r.type] || r.type) + (r.title ? "（" + esc(r.title) + "）" : "") +
                 "→ " + link(b.label, b.id, b.name) + evidence(r);
        }) : '<p class="empty">图中没有两者之间的联系。</p>'));
    });
  }

  // -- routing --

  function route() {
    var parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    var page = parts[0], arg = parts[1];
    var run = { search: function () { return search(arg, +(parts[2] || 0)); }, person: function () { return person(arg); },
                event: function () { return event(arg); }, organisation: function () { return organisation(arg); },
                zone: function () { return zone(arg); }, project: function () { return project(arg); },
                ask: function () { return ask(arg); }, path: function () { return path(arg, parts[2]); } }[page];
    if (run && arg) {
      view.setAttribute("aria-busy", "true");
      schema().then(run).catch(fail).then(function () { view.removeAttribute("aria-busy"); document.body.dataset.page = page; });
    }
  }
  document.getElementById("search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var q = document.getElementById("q").value.trim();
    if (q) location.hash = "#/search/" + encodeURIComponent(q);
  });
  document.getElementById("ask-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var q = document.getElementById("ask").value.trim();
    if (q) location.hash = "#/ask/" + encodeURIComponent(q);
  });
  window.addEventListener("hashchange", route);
  route();
}());
