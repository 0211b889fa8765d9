"""Step: the facts of one document, as nodes and relationships with keys, source and evidence.

Reads  everything the earlier steps added (zones, orgs, persons, name_mentions, events,
       projects) and doc (raw file, text, articles)
Gives  DocumentFacts: the contract of `govkg extract --format json` and of the graph writes.
"""
from __future__ import annotations

from loaders import facts as F
from loaders.dates import masthead_date, published_date
from loaders.extract.state import DocumentState
from loaders.schema import EVENT_ROLES


def _article_of(st: DocumentState, pos: int):
    for art in st.doc.articles:
        if art.start <= pos < art.end:
            return art
    return st.doc.articles[-1]


def source(st: DocumentState, span: tuple[int, int]) -> dict[str, str]:
    """`source` and `evidence` of a fact read from the sentence at `span`."""
    s, e = span
    art = _article_of(st, s)
    return {"source": f"{st.doc.raw.sha256[:16]}#a{art.position}:{s}-{e}", "evidence": st.doc.text[s:e]}


def sentence_span(st: DocumentState, pos: int) -> tuple[int, int]:
    u = st.unit_at(pos)
    for s in u.item.sentences:
        if s.start <= pos < s.end:
            return (s.start, s.end)
    line_start = st.doc.text.rfind("\n", 0, pos) + 1
    line_end = st.doc.text.find("\n", pos)
    return (line_start, line_end if line_end >= 0 else len(st.doc.text))


def emit(st: DocumentState) -> F.DocumentFacts:
    return _Emitter(st).facts()


class _Emitter:
    """Writes the facts of one document label by label; keeps the keys given so far and how
    often each article mentions each entity (the MENTIONS counts)."""

    def __init__(self, st: DocumentState) -> None:
        self.st = st
        self.home = st.zones.home
        self.scope = self.home.name
        raw = st.doc.raw
        self.out = F.DocumentFacts(path=raw.path, sha256=raw.sha256, encoding=raw.encoding, scope=self.scope)
        self.arts: dict[int, str] = {}
        self.mentions: dict[tuple[str, str], int] = {}
        self.zkeys: dict[str, str] = {}
        self.okeys: dict[str, str] = {}
        self.pkeys: dict[str, str] = {}
        self.jkeys: dict[str, str] = {}

    def facts(self) -> F.DocumentFacts:
        self.document()
        self.zones()
        self.organisations()
        self.persons()
        self.projects()
        self.events()
        self.article_mentions()
        return self.out

    def mention(self, pos: int, key: str) -> None:
        k = (self.arts[_article_of(self.st, pos).position], key)
        self.mentions[k] = self.mentions.get(k, 0) + 1

    def zone(self, name: str | None, kind: str = "") -> str | None:
        if not name:
            return None
        if name not in self.zkeys:
            self.zkeys[name] = self.out.add_node(F.ZONE, F.zone_key(name), name=name, kind=kind)
        return self.zkeys[name]

    def document(self) -> None:
        doc, out = self.st.doc, self.out
        sha = doc.raw.sha256
        dkey = out.add_node(F.DOCUMENT, F.document_key(sha), path=doc.raw.path, sha256=sha,
                            title=doc.articles[0].title if doc.articles else "",
                            published=published_date(doc.text) or masthead_date(doc.text), year=doc.year,
                            encoding=doc.raw.encoding)
        for art in doc.articles:
            akey = out.add_node(F.ARTICLE, F.article_key(sha, art.position), title=art.title,
                                section=art.section, date=art.date, position=art.position)
            out.add_relationship("PART_OF", akey, dkey)
            self.arts[art.position] = akey

    def zones(self) -> None:
        home, out = self.home, self.out
        hz = self.zone(home.name, home.kind)
        if home.city:
            cz = self.zone(home.city_full, "city")
            if cz != hz:
                out.add_relationship("PART_OF", hz, cz)
            if home.province:
                out.add_relationship("PART_OF", cz, self.zone(home.province, "province"))
        for name, kind in self.st.zones.subzones.items():
            k = self.zone(name, kind)
            if hz and k != hz:
                out.add_relationship("PART_OF", k, hz)

    def organisations(self) -> None:
        """One node per body: a variant of another one's name is that one (see same_bodies)."""
        st, home, out, okeys = self.st, self.home, self.out, self.okeys
        same = same_bodies(set(st.orgs.orgs), home)
        for org in st.orgs.orgs.values():
            if org.name not in same:
                okeys[org.name] = out.add_node(F.ORGANISATION, F.organisation_key(org.name), name=org.name,
                                               short=org.short, kind=org.kind)
        for variant, canonical in same.items():
            okeys[variant] = okeys[canonical]
        for org in st.orgs.orgs.values():
            for s, _ in org.mentions:
                self.mention(s, okeys[org.name])
        for org in st.orgs.orgs.values():
            if org.name in same:
                continue
            if org.parent and org.parent in okeys:
                out.add_relationship("PART_OF", okeys[org.name], okeys[org.parent])
            if org.zone:
                zk = self.zone(org.zone, "city" if org.zone == home.city_full else
                               "province" if org.zone == home.province else st.zones.subzones.get(org.zone, home.kind))
                out.add_relationship("LOCATED_IN", okeys[org.name], zk)

    def persons(self) -> None:
        st, out, okeys, pkeys = self.st, self.out, self.okeys, self.pkeys
        for p in st.persons.values():
            pkeys[p.name] = out.add_node(F.PERSON, F.person_key(p.name, self.scope), name=p.name,
                                         aliases=sorted(p.aliases))
        for s, e, name in st.name_mentions:
            if name in pkeys:
                self.mention(s, pkeys[name])
        for p in st.persons.values():
            pk = pkeys[p.name]
            held = [(pos.org, pos.title, pos.start) for pos in p.positions] + \
                [(org, "", s) for org, s, e in p.affiliations]
            for org, title, at in held:
                if not org or org not in okeys:
                    continue
                as_of = _article_of(st, at).date or _item_date(st, at)
                out.add_relationship("HOLDS_POSITION", pk, okeys[org], title, as_of or "",
                                     title=title, as_of=as_of, **source(st, sentence_span(st, at)))
            for role, s, e in p.authored:
                art = _article_of(st, s)
                out.add_relationship("AUTHORED", pk, self.arts[art.position], role, role=role,
                                     **source(st, sentence_span(st, s)))

    def projects(self) -> None:
        st, out, okeys = self.st, self.out, self.okeys
        for prj in st.projects.values():
            jk = self.jkeys[prj.name] = out.add_node(F.PROJECT, F.project_key(prj.name, self.scope), name=prj.name,
                                                     investment=prj.investment)
            for s, _ in prj.mentions:
                self.mention(s, jk)
            if prj.zone:
                out.add_relationship("LOCATED_IN", jk, self.zone(prj.zone, st.zones.subzones.get(prj.zone,
                                                                                                  self.home.kind)))
            for org, span in prj.overseers.items():
                if org in okeys:
                    out.add_relationship("OVERSEES", okeys[org], jk, **source(st, span))
            for org, span in prj.owners.items():
                if org in okeys:
                    out.add_relationship("OWNS", okeys[org], jk, **source(st, span))

    def events(self) -> None:
        st, out = self.st, self.out
        for ev in st.events:
            ek = out.add_node(F.EVENT, F.event_key(ev.name, ev.date or "", self.scope), name=ev.name, kind=ev.kind,
                              date=ev.date, date_text=ev.date_text)
            self.mention(ev.start, ek)
            if ev.zone:
                out.add_relationship("HELD_IN", ek, self.zone(ev.zone, st.zones.subzones.get(ev.zone, self.home.kind)),
                                     **source(st, ev.evidence))
            for role in EVENT_ROLES:
                for n, p in ev.people[role.relation].items():
                    if n in self.pkeys:
                        how = {role.qualifier: p.how} if role.qualifier else {}
                        out.add_relationship(role.relation, self.pkeys[n], ek, **how, **source(st, (p.start, p.end)))
            for o in ev.organisers:
                if o in self.okeys:
                    out.add_relationship("ORGANISED", self.okeys[o], ek,
                                         **source(st, ev.org_evidence.get(o, ev.evidence)))
            for pname in sorted(ev.projects):
                if pname in self.jkeys:
                    out.add_relationship("CONCERNS", ek, self.jkeys[pname], **source(st, ev.evidence))

    def article_mentions(self) -> None:
        """Every entity is linked at least to the article that names it, so that no node is an
        orphan (orphans are what a re-read document no longer yields, and are removed)."""
        out = self.out
        linked = {k for _, k in self.mentions} | {k for r in out.relationships.values() for k in (r.start, r.end)}
        for node in list(out.nodes.values()):
            if node.label in (F.PERSON, F.ORGANISATION, F.ZONE, F.PROJECT, F.EVENT) and node.key not in linked:
                self.mention(max(self.st.doc.text.find(node.props.get("name") or ""), 0), node.key)
        for (akey, key), n in self.mentions.items():
            out.add_relationship("MENTIONS", akey, key, count=n)


def same_bodies(names: set[str], home) -> dict[str, str]:
    """Names that designate a body already named in full, variant -> full name:
    某某党政办 / 某某党政办公室 (办 abbreviates 办公室); 向阳街道办事处 / <home zone>向阳街道办事处
    (the home zone's prefix left out); 中共岚川县棠梨乡委员会 / 中共棠梨乡委员会 (the county
    written before the home zone); 发区向阳街道办事处 after an unreadable character (a
    fragment of the home zone's name left in front)."""
    out: dict[str, str] = {}
    parents = [p for p in (home.county, home.district, home.city_full) if p and p != home.name]
    for name in names:
        if name.endswith("办") and name + "公室" in names:
            out[name] = name + "公室"
        elif not name.startswith(home.name) and home.name + name in names:
            out[name] = home.name + name
        else:
            # 中共岚川县棠梨乡委员会 (the masthead's formal name) is 中共棠梨乡委员会
            bare = next((name.replace(p, "", 1) for p in parents
                         if p + home.name in name and name.replace(p, "", 1) in names), None)
            if bare:
                out[name] = bare
    fragments = {a[i:] for a in (home.name, *home.aliases) for i in range(1, len(a) - 1)}
    for name in names - set(out):
        for frag in sorted(fragments, key=len, reverse=True):
            rest = name[len(frag):]
            if name.startswith(frag) and rest in names and len(rest) >= 4:
                out[name] = out.get(rest, rest)
                break
    return {v: out.get(c, c) for v, c in out.items() if v != out.get(c, c)}


def _item_date(st: DocumentState, pos: int) -> str | None:
    """The date of the news item around `pos` (its first dated event), when the article
    splitter gave no date."""
    u = st.unit_at(pos)
    for ev in st.events:
        if ev.item == u.index and ev.date:
            return ev.date
    return None
