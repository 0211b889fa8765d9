"""Part of the projects step: lists that assign projects to the bodies responsible for them,
as project bulletins print them:

  按责任单位（主管单位）划分：甲1个，项目A；乙2个，项目B、项目C。
  项目A（责任单位：甲、乙）

Every item of such a list is a project (whatever its name ends with), and the body it is
listed under oversees it. A city or county named as the body stands for its government, a
development zone or base for its 管委会.
"""
from __future__ import annotations

import re

from loaders.extract.grammar import projects as PR
from loaders.extract.lexicon import words
from loaders.extract.state import DocumentState, Unit

RESPONSIBLE = re.compile(f"(?:{'|'.join(words('oversight/responsibility_words'))})(?:[（(][^）)]{{0,12}}[）)])?"
                         f"[^：:。]{{0,12}}[：:]")
# 甲N个，项目A、项目B
LISTED = re.compile(r"\s*(?P<body>[^，,：:；;。\d]{2,30}?)\s*\d+\s*个\s*[，,：:]\s*(?P<items>[^；;。]+)")
# 项目A（责任单位：甲、乙）
BRACKETED = re.compile(r"[（(](?:" + "|".join(words("oversight/responsibility_words")) + r")[：:](?P<bodies>[^）)]{2,60})[）)]")
# a place named as a responsible body, and the body of it that is meant
GOVERNED = re.compile("(?:市|县|区|州|盟|旗)$")
MANAGED = re.compile("(?:基地|新区|开发区|园区|高新区|经开区|示范区)$")


def read(st: DocumentState, u: Unit) -> None:
    text = st.doc.text
    for m in RESPONSIBLE.finditer(text, u.item.start, u.item.end):
        end = text.find("。", m.end(), u.item.end)
        end = u.item.end if end < 0 else end
        pos = m.end()
        for part in re.finditer(r"[^；;]+", text[pos:end]):
            listed = LISTED.match(part.group())
            if not listed:
                continue
            lo = pos + part.start()
            body = _body(st, u, listed.group("body").strip(), lo + listed.start("body"))
            items_at = lo + listed.start("items")
            _assign(st, body, listed.group("items"), items_at, (lo, pos + part.end()))
    for m in BRACKETED.finditer(text, u.item.start, u.item.end):
        line_start = text.rfind("\n", u.item.start, m.start()) + 1
        named = [p for p in st.projects.values() if any(line_start <= a < m.start() for a, _ in p.mentions)]
        for raw in re.split("[、，,和及]", m.group("bodies")):
            if len(raw.strip()) >= 2:
                body = _body(st, u, raw.strip(), m.start("bodies") + m.group("bodies").find(raw))
                for p in named:
                    p.overseers.setdefault(body, (line_start, m.end()))


def _body(st: DocumentState, u: Unit, raw: str, at: int) -> str:
    """The body a responsible-body entry names: a place's government or managing body, else
    the organisation it is written as."""
    found = st.orgs.find_in(st.doc.text, at, at + len(raw), u.local_zone)
    if found and found[-1].end == at + len(raw):
        return found[-1].name
    if MANAGED.search(raw):
        return st.orgs.add(raw + "管委会", kind="government")
    if GOVERNED.search(raw):
        return st.orgs.add(raw + "人民政府", kind="government")
    return st.orgs.add(raw, kind="government")


def _assign(st: DocumentState, body: str, items: str, at: int, span: tuple[int, int]) -> None:
    """Each 、-separated item is a project the body oversees."""
    pos = 0
    for item in items.split("、"):
        name = PR.norm_name(item.strip(" 等"))
        start = at + items.find(item, pos)
        pos += len(item) + 1
        if len(name) < 3:
            continue
        prj = st.projects.get(name)
        if prj is None:
            prj = st.projects[name] = PR.Project(name)
            prj.zone = st.zones.home.name
        prj.mentions.append((start, start + len(item)))
        prj.overseers.setdefault(body, span)
