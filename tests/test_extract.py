"""Extraction rules on short sentences written for these tests (not taken from the seeds)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import NerUnavailable, extract_document
from loaders.pipeline import parse
from loaders.settings import current

HEAD = "【要闻】开封经济开发区召开2024年安全生产推进会\n"
MEETING = (HEAD + "7月3日，开封经济开发区召开2024年安全生产推进会。开发区党工委书记张建国出席会议并讲话，"
           "党工委副书记、管委会主任李红梅主持会议，区领导赵立新、钱文博参加。"
           "会议学习了习近平总书记重要讲话精神。各单位分管区领导进行了点评。"
           "张建国强调，要压实安全责任。（开发区党政办公室 孙晓燕）\n")


def facts_of(tmp_path: Path, text: str, ner: str = "rules"):
    p = tmp_path / "bulletin.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(parse(p), ner=ner)


def graph(f):
    nodes = {n.key: n for n in f.nodes.values()}
    rels = list(f.relationships.values())

    def name(k):
        return nodes[k].props.get("name")

    def rel(t):
        return [(name(r.start), name(r.end), r.props) for r in rels if r.type == t]
    persons = {n.props["name"] for n in nodes.values() if n.label == "Person"}
    return persons, rel, nodes


def test_titles_chair_attend_speak(tmp_path):
    persons, rel, nodes = graph(facts_of(tmp_path, MEETING))
    assert {"张建国", "李红梅", "赵立新", "钱文博"} <= persons
    pos = {(p, props["title"], o) for p, o, props in rel("HOLDS_POSITION")}
    assert ("李红梅", "党工委副书记", "开封经济开发区党工委") in pos
    assert ("李红梅", "管委会主任", "开封经济开发区管委会") in pos
    assert ("张建国", "党工委书记", "开封经济开发区党工委") in pos
    chaired = {(p, e) for p, e, _ in rel("CHAIRED")}
    assert chaired == {("李红梅", "2024年安全生产推进会")}
    events = [n for n in nodes.values() if n.label == "Event"]
    assert [e.props["date"] for e in events] == ["2024-07-03"]
    attended = {(p, props["role"]) for p, _, props in rel("ATTENDED")}
    assert ("张建国", "出席") in attended and ("赵立新", "参加") in attended
    assert {p for p, _, _ in rel("SPOKE_AT")} == {"张建国"}


def test_negative_cases(tmp_path):
    persons, rel, _ = graph(facts_of(tmp_path, MEETING))
    # a collective title alone is not a person; a title with no name gives nobody
    assert "区领导" not in persons and not any(p.endswith(("领导", "书记", "主任")) for p in persons)
    # a person only quoted / studied is not a participant
    participants = {p for t in ("CHAIRED", "ATTENDED", "SPOKE_AT") for p, _, _ in rel(t)}
    assert "习近平" not in participants


def test_title_without_name(tmp_path):
    persons, rel, _ = graph(facts_of(tmp_path, HEAD + "7月3日，会议由管委会副主任主持，党工委书记出席。\n"))
    assert persons == set()
    assert rel("CHAIRED") == []


def test_alias_resolves_to_full_name(tmp_path):
    text = MEETING + "【工作动态】财政局学习会议精神\n7月4日，开发区财政局组织召开全体人员会议，传达学习张书记、李主任讲话精神。\n"
    f = facts_of(tmp_path, text)
    persons, rel, nodes = graph(f)
    assert "张书记" not in persons and "李主任" not in persons
    by_name = {n.props["name"]: n for n in nodes.values() if n.label == "Person"}
    assert "张书记" in by_name["张建国"].props["aliases"]
    assert "李主任" in by_name["李红梅"].props["aliases"]
    # studied speeches: no attendance at the 财政局 meeting
    assert not any(e.endswith("全体人员会议") for _, e, _ in rel("ATTENDED") + rel("SPOKE_AT"))


def test_bylines_give_affiliation_and_authorship(tmp_path):
    text = MEETING + "【综合】我区开展消防演练\n本报讯（记者 陈东 通讯员 刘芳）近日，开发区应急管理局组织开展消防演练活动。\n"
    persons, rel, _ = graph(facts_of(tmp_path, text))
    assert {"孙晓燕", "陈东", "刘芳"} <= persons
    aff = {(p, o) for p, o, props in rel("HOLDS_POSITION") if props["title"] == ""}
    assert ("孙晓燕", "开封经济开发区党政办公室") in aff
    authored = {(p, props["role"]) for p, _, props in rel("AUTHORED")}
    assert ("陈东", "记者") in authored and ("刘芳", "通讯员") in authored


def test_organised_and_oversees(tmp_path):
    text = MEETING + ("【项目推进】政务服务部召开华瑞新材料生产线项目工作推进会\n"
                      "7月5日，政务服务部组织召开华瑞新材料生产线项目工作推进会，企业负责人参加。\n")
    _, rel, _ = graph(facts_of(tmp_path, text))
    organised = {(o, e) for o, e, _ in rel("ORGANISED")}
    assert ("开封经济开发区政务服务部", "华瑞新材料生产线项目工作推进会") in organised
    oversees = {(o, p) for o, p, _ in rel("OVERSEES")}
    assert ("开封经济开发区政务服务部", "华瑞新材料生产线项目") in oversees


def test_organisers_by_you(tmp_path):
    text = HEAD + "8月2日，由中共开封市委宣传部、开封市文化广电和旅游局主办的全市诗歌朗诵大赛圆满结束。\n"
    _, rel, _ = graph(facts_of(tmp_path, text))
    organised = {o for o, _, _ in rel("ORGANISED")}
    assert {"中共开封市委宣传部", "开封市文化广电和旅游局"} <= organised


def test_every_relationship_has_provenance(tmp_path):
    f = facts_of(tmp_path, MEETING)
    text = parse(tmp_path / "bulletin.txt").text
    need = {"HOLDS_POSITION", "CHAIRED", "ATTENDED", "SPOKE_AT", "ORGANISED", "OVERSEES"}
    checked = 0
    for r in f.relationships.values():
        if r.type in need:
            src, ev = r.props["source"], r.props["evidence"]
            span = src.split(":")[-1]
            a, b = map(int, span.split("-"))
            assert text[a:b] == ev and ev
            checked += 1
    assert checked >= 6


def test_unknown_backend_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown NER backend"):
        facts_of(tmp_path, MEETING, ner="spacy")


def test_hanlp_without_model_fails_fast(tmp_path, monkeypatch):
    """It says what is missing instead of trying the network (which would hang here)."""
    monkeypatch.setenv("HANLP_HOME", str(tmp_path / "nothing-here"))
    current.cache_clear()           # the settings are read once per process
    try:
        with pytest.raises(NerUnavailable, match="holds no model"):
            facts_of(tmp_path, MEETING, ner="hanlp")
    finally:
        monkeypatch.undo()
        current.cache_clear()


def test_lac_backend_adds_names(tmp_path):
    persons, _, _ = graph(facts_of(tmp_path, MEETING, ner="lac"))
    assert {"张建国", "李红梅"} <= persons


def test_lexicons_hold_no_bulletin_names():
    lex_dir = Path(__file__).resolve().parent.parent / "loaders" / "lexicon"
    words = set()
    for f in lex_dir.glob("*.txt"):
        words |= {w.split("\t")[0] for w in f.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    for seed_name in ("周童", "宋黎静", "王文峰", "向阳", "伊滨", "赛诺维", "刘冠瑜"):
        assert not any(seed_name in w for w in words), seed_name


def test_model_names_that_are_places_or_word_fragments_are_dropped():
    from loaders.extract.ner import plausible_model_name
    assert plausible_model_name("王建设") and plausible_model_name("欧阳明")
    assert not plausible_model_name("李家寨") and not plausible_model_name("麦收麦")
