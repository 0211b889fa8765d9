"""The generated part of the Cypher pack is what loaders/schema.py gives: an edit of the
schema without `make cypher` fails here, and so does a stale or hand-edited generated file."""
from __future__ import annotations

import shutil

from graph import cypher, cypher_gen
from graph.write_queries import node_query_name, relationship_query_name
from loaders import schema

HAND_WRITTEN = {"delete_document", "delete_document_relationships", "delete_orphans",
                "document_state", "superseded_documents"}


def test_regenerating_changes_nothing(tmp_path):
    copy = tmp_path / "cypher"
    shutil.copytree(cypher_gen.PACK, copy)
    before = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    written, removed = cypher_gen.write(copy)
    after = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    assert not written and not removed, "run `make cypher` and commit cypher/"
    assert after == before
    assert cypher_gen.differences() == []


def test_every_schema_write_has_its_file_and_no_other_is_generated():
    expected = {node_query_name(n.label) for n in schema.NODE_TYPES} | {
        relationship_query_name(t, a, b) for t, a, b in schema.relationship_ends()}
    generated = {name for name in cypher.names("writes")
                 if cypher_gen.MARK in cypher.load(name, "writes").text}
    assert generated == expected
    assert set(cypher.names("writes")) == expected | HAND_WRITTEN
    for name in HAND_WRITTEN:
        assert cypher_gen.MARK not in cypher.load(name, "writes").text
    assert cypher_gen.MARK in cypher.load("schema", "").text


def test_a_stale_or_edited_generated_file_is_found(tmp_path):
    copy = tmp_path / "cypher"
    shutil.copytree(cypher_gen.PACK, copy)
    stale = copy / "writes" / "chaired__person__zone.cypher"
    stale.write_text((copy / "writes" / "chaired__person__event.cypher").read_text(encoding="utf-8"),
                     encoding="utf-8")
    edited = copy / "writes" / "merge_person.cypher"
    edited.write_text(edited.read_text(encoding="utf-8").replace("n.aliases =", "n.names ="), encoding="utf-8")
    assert cypher_gen.differences(copy) == ["differs: cypher/writes/merge_person.cypher",
                                            "stale: cypher/writes/chaired__person__zone.cypher"]
    assert cypher_gen.main(["--check", "--out", str(copy)]) == 1
    written, removed = cypher_gen.write(copy)
    assert written == [edited] and removed == [stale] and not stale.exists()
    assert cypher_gen.differences(copy) == []
    assert (copy / "writes" / "delete_orphans.cypher").exists(), "hand-written files stay"


def test_the_schema_is_todays_graph():
    """The indexes and aliased labels the named queries and the loader rely on."""
    assert schema.LABELS == ("Person", "Organisation", "Zone", "Project", "Event", "Document", "Article")
    indexes = [f"{n.label.lower()}_{p.name}" for n in schema.NODE_TYPES for p in n.properties if p.indexed]
    assert indexes == ["person_name", "organisation_name", "organisation_short", "zone_name",
                       "event_date", "document_path"]
    assert [n.label for n in schema.NODE_TYPES if n.aliased] == ["Person", "Organisation"]
    person_event = [t for t, ends in schema.RELATIONSHIPS.items() if ends == (("Person", "Event"),)]
    assert person_event == [r.relation for r in schema.EVENT_ROLES] == ["CHAIRED", "ATTENDED", "SPOKE_AT"]
    assert [p.name for p in schema.RELATIONSHIP_TYPE["ATTENDED"].properties][0] == "role"
    for node in schema.NODE_TYPES:
        assert node.meaning and all(p.meaning for p in node.properties), node.label
    for rel in schema.RELATIONSHIP_TYPES:
        assert rel.meaning and all(p.meaning for p in rel.properties), rel.type
        assert all(a in schema.LABELS and b in schema.LABELS for a, b in rel.ends), rel.type
        assert rel.properties[-1] == schema.DOC, f"{rel.type}: every relationship records its document"
