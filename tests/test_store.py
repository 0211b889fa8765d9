"""The store over Bolt: schema, idempotent builds, one transaction per document, bad input."""
from __future__ import annotations

import pytest

from graph.build import build
from graph.load import load_document
from graph.store import Store
from loaders import facts as F

from conftest import SEEDS


def counts(store: Store) -> tuple[dict, dict]:
    nodes = {r["label"]: r["count"] for r in store.run_named("node_counts")}
    rels = {r["type"]: r["count"] for r in store.run_named("relationship_counts")}
    return nodes, rels


def test_schema_has_a_key_constraint_per_label(store):
    store.apply_schema()
    rows = store.read("SHOW CONSTRAINTS")
    constrained = {label for r in rows if r.get("properties") == ["key"] for label in r["labelsOrTypes"]}
    assert set(F.LABELS) <= constrained


def test_seeds_load_every_document_and_article(seeded):
    nodes, rels = counts(seeded)
    assert nodes["Document"] == 5
    assert nodes["Article"] >= 5
    assert rels["PART_OF"] >= nodes["Article"]


def test_rebuild_gives_identical_counts(seeded):
    before = counts(seeded)
    report = build(seeded, [SEEDS])
    assert {f.status for f in report.files} == {"unchanged"}
    assert counts(seeded) == before
    forced = build(seeded, [SEEDS], force=True)
    assert {f.status for f in forced.files} == {"loaded"}
    assert counts(seeded) == before


def test_song_lijing_chaired_the_review_meeting(seeded):
    rows = seeded.run_named("who_chaired", name="宋黎静")
    assert any(r["date"] == "2025-07-30" and "述职评议" in r["event"] for r in rows), rows
    assert all(r["evidence"] and r["source"] for r in rows)


def test_zhou_tong_holds_party_secretary(seeded):
    rows = seeded.read(
        "MATCH (p:Person {name: $name})-[r:HOLDS_POSITION]->(o:Organisation) "
        "RETURN r.title AS title, o.name AS org, r.evidence AS evidence, r.source AS source",
        {"name": "周童"})
    assert any(r["title"].endswith("党工委书记") or (r["title"] == "书记" and "党工委" in r["org"])
               for r in rows), rows
    assert all(r["evidence"] and r["source"] for r in rows)


def test_a_failed_document_leaves_nothing_behind(empty_store):
    facts = F.DocumentFacts(path="half.txt", sha256="cd" * 32)
    doc = facts.add_node(F.DOCUMENT, F.document_key(facts.sha256), path="half.txt")
    person = facts.add_node(F.PERSON, F.person_key("测试人", "测试区"), name="测试人", aliases=[])
    # a map is not a valid property value: the database refuses this node mid-transaction
    facts.add_node(F.ZONE, F.zone_key("坏区"), name="坏区", kind={"not": "allowed"})
    with pytest.raises(Exception):
        load_document(empty_store, facts)
    nodes, rels = counts(empty_store)
    assert nodes.get("Person", 0) == 0 and nodes.get("Document", 0) == 0, nodes
    assert doc and person


BULLETIN = ("测试区召开安全生产工作会议\n"
            "3月5日，测试区召开安全生产工作会议。管委会主任张建国主持会议，党工委书记李明出席并讲话。\n")


def test_bad_files_are_reported_and_the_rest_load(empty_store, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(BULLETIN, encoding="utf-8")
    (folder / "gbk.txt").write_bytes(BULLETIN.replace("测试区", "样板区").encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    report = build(empty_store, [folder, tmp_path / "missing.txt"])
    by_name = {f.path.rsplit("/", 1)[-1]: f for f in report.files}
    assert by_name["good.txt"].status == "loaded"
    assert by_name["gbk.txt"].status == "loaded" and by_name["gbk.txt"].encoding.lower().startswith("gb")
    assert by_name["empty.txt"].status == "failed" and "empty" in by_name["empty.txt"].reason
    assert by_name["image.txt"].status == "failed" and by_name["image.txt"].reason
    assert by_name["missing.txt"].status == "failed" and "no such file" in by_name["missing.txt"].reason
    nodes, _ = counts(empty_store)
    assert nodes["Document"] == 2


def test_one_person_across_documents_with_provenance_from_each(seeded):
    """王文峰 is 开发区党委书记 in two 周口 bulletins: one Person, positions from both."""
    people = seeded.read("MATCH (p:Person {name: $name}) RETURN p.key AS key", {"name": "王文峰"})
    assert len(people) == 1, people
    rows = seeded.read(
        "MATCH (p:Person {name: $name})-[r:HOLDS_POSITION]->(o:Organisation) "
        "RETURN r.title AS title, o.name AS org, r.doc AS doc, r.source AS source, r.evidence AS evidence",
        {"name": "王文峰"})
    assert len({r["doc"] for r in rows}) == 2, rows
    assert all(r["source"].startswith(r["doc"]) and r["evidence"] for r in rows)
    assert any("书记" in r["title"] for r in rows)


def test_every_relationship_has_provenance(seeded):
    rows = seeded.read(
        "MATCH ()-[r]->() WHERE NOT type(r) IN ['PART_OF', 'LOCATED_IN', 'HELD_IN', 'MENTIONS', 'AUTHORED', 'CONCERNS', 'OWNS'] "
        "AND (r.source IS NULL OR r.evidence IS NULL) RETURN type(r) AS type, count(*) AS n")
    assert rows == [], rows


def test_aliases_never_become_people(seeded):
    rows = seeded.read("MATCH (p:Person) WHERE p.name ENDS WITH '书记' OR p.name ENDS WITH '主任' "
                       "OR p.name IN ['区领导', '相关负责人'] RETURN p.name AS name")
    assert rows == []
    song = seeded.read("MATCH (p:Person {name: '宋黎静'}) RETURN p.aliases AS aliases")
    assert song and "宋主任" in song[0]["aliases"]


def test_a_reread_document_replaces_what_it_wrote(empty_store):
    """A document loaded by an older extractor is replaced: its relationships are written
    again and entities it no longer yields are removed."""
    from graph.load import delete_orphans

    def facts_with(people: list[str]) -> F.DocumentFacts:
        facts = F.DocumentFacts(path="r.txt", sha256="ef" * 32, scope="测试区")
        doc = facts.add_node(F.DOCUMENT, F.document_key(facts.sha256), path="r.txt")
        art = facts.add_node(F.ARTICLE, F.article_key(facts.sha256, 1), title="t", position=1)
        facts.add_relationship("PART_OF", art, doc)
        for name in people:
            p = facts.add_node(F.PERSON, F.person_key(name, "测试区"), name=name, aliases=[])
            facts.add_relationship("MENTIONS", art, p, count=1)
        return facts

    first = load_document(empty_store, facts_with(["甲一", "乙二"]), version="v1")
    assert not first.replaced
    assert load_document(empty_store, facts_with(["甲一", "乙二"]), version="v1").skipped
    second = load_document(empty_store, facts_with(["甲一"]), version="v2")
    assert second.replaced
    delete_orphans(empty_store)
    names = {r["name"] for r in empty_store.read("MATCH (p:Person) RETURN p.name AS name")}
    assert names == {"甲一"}
    assert counts(empty_store)[1] == {"PART_OF": 1, "MENTIONS": 1}


def test_an_edited_file_replaces_its_earlier_version(empty_store, tmp_path):
    """Same path, new content: the old version's document, articles and facts go."""
    path = tmp_path / "bulletin.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    build(empty_store, [path])
    first = counts(empty_store)
    assert first[0]["Document"] == 1 and first[0].get("Person", 0) >= 2
    path.write_text(BULLETIN.replace("张建国", "赵志远"), encoding="utf-8")
    report = build(empty_store, [path])
    assert [f.status for f in report.files] == ["loaded"]
    names = {r["name"] for r in empty_store.read("MATCH (p:Person) RETURN p.name AS name")}
    assert "赵志远" in names and "张建国" not in names
    assert counts(empty_store)[0]["Document"] == 1
    assert counts(empty_store) == first
