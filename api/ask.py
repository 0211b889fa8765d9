"""Chinese questions answered from templates: each form is a few regular expressions over
the question (in Simplified Chinese) that capture its slots, the named query it runs, and
how the rows become a sentence. No Cypher here: slots are passed as parameters."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from api.text import simplified
from graph.store import AsyncStore
from loaders.schema import EVENT_ROLES

EVENT_WORDS = r"(?:会议|大会|会|活动|座谈会|调研|检查|培训)"
_TRIM = re.compile(r"^(?:请问|请告诉我|我想知道|想问一下)[，,：:\s]*|[？?。．.！!\s]+$")
_QUOTES = str.maketrans("", "", "“”\"'‘’《》「」")


@dataclass
class Template:
    id: str
    form: str
    patterns: list[str]
    query: str
    examples: list[str]
    params: Callable[[dict[str, str]], dict[str, Any]]
    answer: Callable[[dict[str, str], list[dict[str, Any]]], str]
    fallback: Optional[str] = None  # a slot worth trying shorter when nothing is found
    compiled: list[re.Pattern] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.compiled = [re.compile(p) for p in self.patterns]

    def match(self, question: str) -> Optional[dict[str, str]]:
        for pattern in self.compiled:
            m = pattern.fullmatch(question)
            if m:
                slots = {k: v.strip().translate(_QUOTES) for k, v in m.groupdict().items() if v}
                if all(slots.values()):
                    return slots
        return None


def _date(row: dict[str, Any]) -> str:
    d = row.get("date") or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return f"{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日"
    if re.fullmatch(r"--\d{2}-\d{2}", d):
        return f"{int(d[2:4])}月{int(d[5:])}日"
    return row.get("date_text") or "日期不详"


def _names(rows: list[dict[str, Any]], key: str) -> list[str]:
    return list(dict.fromkeys(r[key] for r in rows if r.get(key)))


def _join(items: list[str]) -> str:
    return "、".join(items)


def _by_event(rows: list[dict[str, Any]], key: str, fmt: Callable[[str, str, str], str]) -> str:
    events: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        events.setdefault(r["id"], []).append(r)
    parts = []
    for evs in events.values():
        names = _names(evs, key)
        if names:
            parts.append(fmt(evs[0]["event"], _date(evs[0]), _join(names)))
    return "；".join(parts) + "。" if parts else ""


_ROLE_WORDS = {r.relation: r.label_zh for r in EVENT_ROLES}


def _how(row: dict[str, Any], key: str = "relation") -> str:
    """How a person took part: the verb read (a role's qualifier, the row's `role`: 出席, 带队)
    or else the role's word (主持)."""
    return row.get("role") or _ROLE_WORDS[row[key]]


def _participants(rows: list[dict[str, Any]]) -> str:
    events: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        events.setdefault(r["id"], []).append(r)
    parts = []
    for evs in events.values():
        people: dict[str, list[str]] = {}
        for r in evs:
            how = _how(r)
            people.setdefault(r["person"], [])
            if how not in people[r["person"]]:
                people[r["person"]].append(how)
        who = _join(f"{p}（{'、'.join(h)}）" for p, h in people.items())
        parts.append(f"{evs[0]['event']}（{_date(evs[0])}）：{who}")
    return "；".join(parts) + "。"


def post_name(org: str, title: str) -> str:
    """三门峡经济开发区党工委 + 党工委副书记 -> 三门峡经济开发区党工委副书记 (no stutter)."""
    for k in range(len(title), 0, -1):
        if org.endswith(title[:k]):
            return org + title[k:]
    return org + title


def _positions(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    seen = list(dict.fromkeys(post_name(r["organisation"], r["title"]) if r.get("title")
                              else f"{r['organisation']}（所属单位）" for r in rows))
    return f"{slots['person']}：{_join(seen)}。"


def _person_events(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    events: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        events.setdefault(r["id"], []).append(r)
    parts = []
    for evs in events.values():
        hows = list(dict.fromkeys(_how(r) for r in evs))
        parts.append(f"{evs[0]['event']}（{_date(evs[0])}，{'、'.join(hows)}）")
    return f"{slots['person']}参加了{len(parts)}项活动：{_join(parts)}。"


def _projects(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    parts = []
    for r in rows:
        how = "负责" if r["relation"] == "OVERSEES" else "投资建设"
        inv = f"，投资{r['investment']}" if r.get("investment") else ""
        parts.append(f"{r['project']}（{how}{inv}）")
    orgs = _join(_names(rows, "organisation"))
    return f"{orgs}：{_join(list(dict.fromkeys(parts)))}。"


def _holders(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    best = [r for r in rows if r["exact"] == rows[0]["exact"]]
    seen = list(dict.fromkeys(f"{r['person']}（{post_name(r['organisation'], r['title'])}）" for r in best))
    return f"{slots['role']}：{_join(seen)}。"


def _organised(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    parts = list(dict.fromkeys(f"{r['event']}（{_date(r)}）" for r in rows))
    return f"{_join(_names(rows, 'organisation'))}组织了：{_join(parts)}。"


def _path(slots: dict[str, str], rows: list[dict[str, Any]]) -> str:
    row = rows[0]
    names = {n["id"]: n["name"] for n in row["nodes"]}
    steps = []
    for r in row["relationships"]:
        if r["type"] in _ROLE_WORDS:
            label = _how(r, "type")
        else:
            label = {"HOLDS_POSITION": f"任{r.get('title') or '职于'}", "ORGANISED": "组织", "OVERSEES": "负责",
                     "OWNS": "投资", "CONCERNS": "涉及", "PART_OF": "隶属", "LOCATED_IN": "位于",
                     "HELD_IN": "举办于"}.get(r["type"], r["type"])
        steps.append(f"{names.get(r['start'])} —{label}→ {names.get(r['end'])}")
    return f"{slots['a']}与{slots['b']}的最短联系（{row['length']}步）：" + "；".join(steps) + "。"


TEMPLATES: list[Template] = [
    Template(
        "event_chair", "谁主持了X / X由谁主持",
        [r"谁主持(?:了|的)?(?P<event>.+)", r"(?P<event>.+?)(?:是)?由谁主持(?:的)?",
         r"(?P<event>.+?)是谁主持的", r"(?P<event>.+?)的主持人是(?:谁|哪位)"],
        "event_chairs", ["谁主持了述职评议暨工作总结大会", "述职评议暨工作总结大会由谁主持"],
        lambda s: {"event": s["event"]},
        lambda s, rows: _by_event(rows, "chair", lambda e, d, who: f"{e}（{d}）由{who}主持")
        or f"没有找到{s['event']}的主持人。",
        fallback="event"),
    Template(
        "event_attendees", "谁参加了X / X有哪些人参加",
        [r"(?:谁|哪些人|哪些领导)(?:参加|出席)了?(?P<event>.+)", r"(?P<event>.+?)有(?:谁|哪些人|哪些领导)(?:参加|出席)(?:了)?",
         r"(?P<event>.+?)的(?:参会|出席|参加)(?:人员|者|领导)(?:有哪些|有谁|是谁)?", r"(?:参加|出席)(?P<event>.+?)的(?:有谁|有哪些人|是谁)"],
        "event_participants", ["谁参加了述职评议暨工作总结大会", "述职评议暨工作总结大会有哪些人参加"],
        lambda s: {"event": s["event"]}, lambda s, rows: _participants(rows), fallback="event"),
    Template(
        "event_date", "X在哪天召开 / X是什么时候召开的",
        [r"(?P<event>.+?)(?:是)?在?(?:哪天|哪一天|什么时候|何时|几月几日|几号)(?:召开|举行|举办|开展|进行|开)的?",
         r"(?P<event>.+?)的(?:召开|举行|举办)?(?:日期|时间)是?(?:哪天|什么时候|什么)?"],
        "event_date", ["述职评议暨工作总结大会在哪天召开", "述职评议暨工作总结大会是什么时候召开的"],
        lambda s: {"event": s["event"]},
        lambda s, rows: "；".join(f"{r['event']}于{_date(r)}召开" for r in rows) + "。", fallback="event"),
    Template(
        "org_projects", "Y负责(监管/推进)哪些项目",
        [r"(?P<org>.+?)(?:负责|监管|推进|主管|分管|牵头|承担|服务|投资)(?:了|过|的)?(?:哪些|什么|哪个)(?:项目|工程)",
         r"(?P<org>.+?)(?:负责|监管|推进|主管|分管|牵头|投资)的(?:项目|工程)有(?:哪些|什么)"],
        "projects_of_organisation", ["财政审计部负责哪些项目", "经济发展部推进的项目有哪些"],
        lambda s: {"org": s["org"]}, _projects),
    Template(
        "person_positions", "Z担任什么职务 / Z是什么职务",
        [r"(?P<person>.+?)(?:担任|现任|任)(?:什么|何|哪些)(?:职务|职位|职)", r"(?P<person>.+?)是(?:什么|哪个)(?:职务|职位|官|领导)",
         r"(?P<person>.+?)的(?:职务|职位)(?:是(?:什么)?|有哪些)?"],
        "positions_of", ["宋黎静担任什么职务", "周童是什么职务", "王飞的职务是什么"],
        lambda s: {"name": s["person"]}, _positions),
    Template(
        "person_events", "Z参加了哪些会议",
        [r"(?P<person>.+?)(?:参加|出席|参与)(?:了|过)?(?:哪些|什么|几次)" + EVENT_WORDS,
         r"(?P<person>.+?)(?:参加|出席|参与)的" + EVENT_WORDS + r"有(?:哪些|什么)"],
        "person_events", ["周童参加了哪些会议", "王飞出席过什么活动"],
        lambda s: {"name": s["person"]}, _person_events),
    Template(
        "person_chaired", "Z主持了哪些会议",
        [r"(?P<person>.+?)主持(?:了|过)?(?:哪些|什么|几次)" + EVENT_WORDS,
         r"(?P<person>.+?)主持的" + EVENT_WORDS + r"有(?:哪些|什么)"],
        "who_chaired", ["宋黎静主持了哪些会议", "刘英群主持的会议有哪些"],
        lambda s: {"name": s["person"]},
        lambda s, rows: f"{s['person']}主持了：" + _join(list(dict.fromkeys(f"{r['event']}（{_date(r)}）" for r in rows))) + "。"),
    Template(
        "title_holder", "谁是W的Z(职务)",
        [r"谁是(?P<role>.+)", r"(?P<role>.+?)是(?:谁|哪位|哪个人)", r"(?P<role>.+?)由谁(?:担任|出任)"],
        "who_holds_title", ["谁是三门峡经济开发区管委会主任", "三门峡经济开发区党工委书记是谁", "谁是管委会的副主任"],
        lambda s: {"phrase": s["role"].replace("的", "")}, _holders),
    Template(
        "org_events", "Y组织了哪些活动",
        [r"(?P<org>.+?)(?:组织|举办|主办|召开|开展)(?:了|过)?(?:哪些|什么)" + EVENT_WORDS,
         r"(?P<org>.+?)(?:组织|举办|主办|召开)的" + EVENT_WORDS + r"有(?:哪些|什么)"],
        "events_organised_by", ["纪检监察工委召开了哪些会议", "管委会组织的活动有哪些"],
        lambda s: {"org": s["org"]}, _organised),
    Template(
        "connection", "A和B有什么关系",
        [r"(?P<a>[^和与跟同]+?)(?:和|与|跟|同)(?P<b>.+?)(?:之间)?(?:有)?(?:什么|啥|何)(?:关系|联系)",
         r"(?P<a>[^和与跟同]+?)(?:和|与|跟|同)(?P<b>.+?)(?:之间)?是(?:怎么|如何)(?:联系|关联|认识)(?:起来)?的?",
         r"(?P<a>[^和与跟同]+?)(?:和|与|跟|同)(?P<b>.+?)的关系"],
        "shortest_path_by_name", ["周童和王飞有什么关系", "宋黎静与刘英群是怎么联系的"],
        lambda s: {"from": s["a"], "to": s["b"]}, _path),
]


class Unrecognised(ValueError):
    pass


def normalise_question(question: str) -> str:
    q = simplified(question)
    q = _TRIM.sub("", q)
    return _TRIM.sub("", q).strip()


def match(question: str) -> tuple[Template, dict[str, str]]:
    q = normalise_question(question)
    for template in TEMPLATES:
        slots = template.match(q)
        if slots:
            return template, slots
    raise Unrecognised(q)


_EVENT_SUFFIX = re.compile(r"(?:会议|大会|会|活动)$")


async def ask(store: AsyncStore, question: str) -> dict[str, Any]:
    template, slots = match(question)
    params = template.params(slots)
    rows = await store.run_named(template.query, **params)
    if not rows and template.fallback:
        # "述职评议大会" is not a substring of "…述职评议暨工作总结大会": try the stem
        stem = _EVENT_SUFFIX.sub("", slots[template.fallback])
        if stem and stem != slots[template.fallback]:
            params = template.params({**slots, template.fallback: stem})
            rows = await store.run_named(template.query, **params)
    if template.id == "event_chair":
        rows_found = [r for r in rows if r.get("chair")]
    else:
        rows_found = rows
    found = bool(rows_found)
    answer = template.answer(slots, rows) if found else f"没有找到答案（{template.form}：{'，'.join(slots.values())}）。"
    evidence = []
    seen = set()
    for r in rows_found:
        for rel in r.get("relationships") or [r]:
            text = rel.get("evidence")
            if text and text not in seen:
                seen.add(text)
                evidence.append({"text": text, "source": rel.get("source")})
    return {"normalised": normalise_question(question), "template": template.id, "form": template.form,
            "query": template.query, "params": params, "found": found, "answer": answer,
            "rows": rows, "evidence": evidence}


def supported() -> list[dict[str, Any]]:
    return [{"template": t.id, "form": t.form, "examples": t.examples} for t in TEMPLATES]
