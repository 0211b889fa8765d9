"""The user's aliases file: merging variants and zones, renaming organisations."""
from __future__ import annotations

import pytest

from loaders import facts as F
from loaders.aliases import AliasesError, apply_aliases, load_aliases


def doc(scope: str, sha: str, person: str, org: str) -> F.DocumentFacts:
    facts = F.DocumentFacts(path=f"{sha}.txt", sha256=sha * 32, scope=scope)
    p = facts.add_node(F.PERSON, F.person_key(person, scope), name=person, aliases=[])
    o = facts.add_node(F.ORGANISATION, F.organisation_key(org), name=org, short="", kind="department")
    facts.add_relationship("HOLDS_POSITION", p, o, "局长", title="局长", source="s", evidence="e")
    return facts


def write(tmp_path, text: str):
    path = tmp_path / "aliases.yaml"
    path.write_text(text, encoding="utf-8")
    return load_aliases(path)


def test_variant_is_renamed_and_kept_as_alias(tmp_path):
    aliases = write(tmp_path, "persons:\n  - name: 王文峰\n    variants: [王文锋]\n")
    facts = doc("甲区", "ab", "王文锋", "甲区财政局")
    apply_aliases(facts, aliases)
    [person] = facts.of_label(F.PERSON)
    assert person.props["name"] == "王文峰" and "王文锋" in person.props["aliases"]
    assert person.key == F.person_key("王文峰", "甲区")
    [rel] = facts.relationships.values()
    assert rel.start == person.key and rel.key.startswith("rel:")


def test_listing_two_zones_merges_the_namesakes(tmp_path):
    aliases = write(tmp_path, "persons:\n  - name: 李清\n    zones: [甲区, 乙区]\n")
    a, b = doc("甲区", "ab", "李清", "甲区财政局"), doc("乙区", "cd", "李清", "乙区财政局")
    c = doc("丙区", "ef", "李清", "丙区财政局")
    for facts in (a, b, c):
        apply_aliases(facts, aliases)
    keys = [f.of_label(F.PERSON)[0].key for f in (a, b, c)]
    assert keys[0] == keys[1] != keys[2]


def test_namesakes_in_unrelated_zones_stay_apart_by_default():
    assert F.person_key("李清", "甲区") != F.person_key("李清", "乙区")


def test_organisation_variant_is_renamed(tmp_path):
    aliases = write(tmp_path, "organisations:\n  - name: 甲区财政审计局\n    variants: [甲区财政局]\n")
    facts = doc("甲区", "ab", "张三", "甲区财政局")
    apply_aliases(facts, aliases)
    [org] = facts.of_label(F.ORGANISATION)
    assert org.props["name"] == "甲区财政审计局" and org.key == F.organisation_key("甲区财政审计局")
    [rel] = facts.relationships.values()
    assert rel.end == org.key


def test_bad_files_are_clear_errors(tmp_path):
    with pytest.raises(AliasesError, match="no such"):
        load_aliases(tmp_path / "missing.yaml")
    with pytest.raises(AliasesError, match="name"):
        write(tmp_path, "persons:\n  - variants: [x]\n")
    with pytest.raises(AliasesError, match="YAML"):
        write(tmp_path, "persons: [unclosed\n")
