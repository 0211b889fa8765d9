"""Step: the projects named in each item, with investment, zone, overseers and owners.

Reads  doc.text, units, zones, orgs, events
Adds   projects (name -> Project: investment, zone, mentions, overseers and owners with the
       sentence that says so — see oversight), and each event's `projects` (CONCERNS).
"""
from __future__ import annotations

import re

from loaders.extract.grammar import projects as PR
from loaders.extract.state import DocumentState
from loaders.extract.steps import oversight, project_lists


def read(st: DocumentState) -> None:
    text = st.doc.text
    for u in st.units:
        item_events = [e for e in st.events if e.item == u.index]
        last: PR.Project | None = None
        for s in u.item.sentences:
            found = PR.find_projects(text, s.start, s.end)
            if not found and last is not None:
                # 该项目由某公司投资建设: the project named just before
                m = re.search("(?:该|此|这一|这个)项目", s.text)
                if m:
                    a = s.start + m.start()
                    oversight.at_mention(st, u, s, last, a, a + len(m.group()), [])
                continue
            for ps, pe, name in found:
                name = PR.norm_name(name)
                if st.orgs.grammar.valid(name) or name in st.orgs.orgs:
                    continue
                prj = st.projects.get(name) or st.projects.get(name + "项目") or \
                    (st.projects.get(name[:-2]) if name.endswith("项目") else None)
                if prj is not None and prj.name != name and name.endswith("项目"):
                    # 海晟产业园 then 海晟产业园项目: one project, under its fuller name
                    del st.projects[prj.name]
                    prj.name = name
                    st.projects[name] = prj
                if prj is None and len(name) >= 4:
                    # 青禾白鸭 after 青禾白鸭产业化: the short form of a project just named
                    prj = next((p for n, p in st.projects.items() if name in n and p.mentions
                                and p.mentions[-1][0] >= u.item.start), None)
                if prj is None:
                    prj = st.projects[name] = PR.Project(name, PR.investment_before(text, ps))
                    prj.zone = next((z for z in st.zones.subzones if z in s.text), st.zones.home.name)
                prj.mentions.append((ps, pe))
                oversight.at_mention(st, u, s, prj, ps, pe, item_events)
                last = prj
            oversight.served(st, u, s, item_events)
        project_lists.read(st, u)
        oversight.instructed(st, u)
        oversight.assigned(st, u)
