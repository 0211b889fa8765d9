"""The document's own year and day-level dates."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.dates import document_year, find_dates, masthead_date, published_date, resolve_date
from loaders.normalise import normalise

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str) -> str:
    return normalise(next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8"))


def test_resolve_date():
    assert resolve_date(7, 30, 2025) == "2025-07-30"
    assert resolve_date(7, 3, None) == "--07-03"


def test_publication_dateline_wins_over_mentions():
    text = "开发区以创新改革推进高质量发展\n2020-05-13\n2019年，开发区引进项目19个。2019年以来成效显著。"
    assert published_date(text) == "2020-05-13"
    assert document_year(text) == 2020


@pytest.mark.parametrize("line,iso", [
    ("发稿时间：2021/6/9", "2021-06-09"),
    ("发布日期: 2024年3月5日", "2024-03-05"),
    ("2023-01-18 09:30", "2023-01-18"),
])
def test_published_date_forms(line, iso):
    assert published_date("标题\n" + line + "\n正文，内容。") == iso


def test_no_published_date_in_running_text():
    assert published_date("会议于2025年7月30日召开，张三主持。") is None


def test_current_period_beats_passing_mentions():
    text = ("7月28日，某区召开2025年上半年工作总结大会。该项目自2021年成立以来累计开展活动86场，"
            "2021年、2022年均获表彰。")
    assert document_year(text) == 2025


def test_since_mentions_count_against_their_year():
    assert document_year("2019年以来，全区推进项目建设。2020年，市委决定招商。") == 2020


def test_opening_year_statement():
    text = "2022年，开发区全面贯彻。今年以来成效明显。2023年是全面贯彻落实党的二十大精神开局之年。"
    assert document_year(text) == 2023


def test_chinese_numeral_year():
    assert document_year("二〇二四年上半年工作总结") == 2024


def test_masthead_issue_date_and_issue_year_beat_past_mentions():
    # the masthead's date of issue, in digits or Chinese numerals, after the issuer's name
    body = "\n【要闻】\n6月27日，会议审议了2022年度决算和2022年度国资报告，批准2022年度决算。\n"
    text = normalise("人大工作通讯\n2023年第5期（总第152期）\n某市人大常委会办公室编　　　　2023年6月30日\n" + body)
    assert masthead_date(text) == "2023-06-30" and document_year(text) == 2023
    text = normalise("某县政务信息\n第15期\n某县人民政府办公室　　　二〇二四年五月二十日\n" + body)
    assert masthead_date(text) == "2024-05-20" and document_year(text) == 2024
    # the issue line alone gives the year; a date inside running text is no masthead date
    text = normalise("某区工作动态\n〔2023〕第9期\n" + body)
    assert masthead_date(text) is None and document_year(text) == 2023
    assert masthead_date(normalise("某镇简报\n6月3日，镇党委召开会议，研究2024年5月6日的工作。\n")) is None


def test_no_year_means_none():
    assert document_year("7月2日至12日，伊滨区项目观摩组先后分3次观摩。上半年共安排项目144个。") is None


def test_seed_years():
    assert document_year(seed("000")) == 2025
    assert document_year(seed("001")) == 2020
    assert document_year(seed("003")) == 2020
    assert document_year(seed("004")) is None


def test_find_dates_simple_and_with_year():
    text = "7月30日，召开会议。2024年12月1日，再次召开。"
    got = find_dates(text, 2025)
    assert [(g[2], g[3]) for g in got] == [("2025-07-30", "7月30日"), ("2024-12-01", "2024年12月1日")]
    s, e, _, dt = got[0]
    assert text[s:e] == dt


def test_find_dates_without_year():
    assert [g[2] for g in find_dates("7月30日，召开会议。")] == ["--07-30"]


def test_time_of_day_is_part_of_the_date_text():
    assert find_dates("本报讯 6月1日上午，督导组调研。", 2020)[0][2:] == ("2020-06-01", "6月1日上午")


@pytest.mark.parametrize("text,iso,dt", [
    ("7月2日至12日，观摩组分3次观摩。", "--07-02", "7月2日至12日"),
    ("7月25日–8月1日举办比赛。", "--07-25", "7月25日–8月1日"),
    ("5月28日-30日举办培训。", "--05-28", "5月28日-30日"),
])
def test_ranges_give_their_start_and_keep_the_range_text(text, iso, dt):
    got = find_dates(text)
    assert len(got) == 1
    assert got[0][2:] == (iso, dt)


def test_iso_dates():
    got = find_dates("发稿 2020-05-13，更新 2020/5/14")
    assert [g[2] for g in got] == ["2020-05-13", "2020-05-14"]


def test_bare_day_takes_the_month_of_the_date_before():
    text = "7月19日，项目开盘。\n12日上午，召开半年工作会议。"
    assert [g[2:] for g in find_dates(text)] == [("--07-19", "7月19日"), ("--07-12", "12日上午")]
    assert find_dates("12日上午，召开会议。") == []


@pytest.mark.parametrize("text", ["13月40日", "2月30日", "4月31日", "24小时值班", "每月15日前报送",
                                  "第3日", "5个工作日", "20~26期"])
def test_things_that_are_not_dates(text):
    assert find_dates("6月1日，开会。" + text, 2020) == [(0, 4, "2020-06-01", "6月1日")]


def test_seed_004_dates_are_month_day_only():
    got = [g[2] for g in find_dates(seed("004"), document_year(seed("004")))]
    assert got[0] == "--07-02" and "--07-19" in got and "--07-12" in got
    assert all(d.startswith("--") for d in got)


def test_web_page_metadata_lines_give_the_publication_date_only():
    text = ("某某县人民政府门户网站 > 新闻中心 > 要闻\n县里召开会议\n"
            "发布时间：2022-11-03 09:15　来源：某某县融媒体中心　浏览次数：1265\n"
            "11月2日，县里召开会议，研究工作。\n编辑：王某某　审核：李某某\n")
    assert published_date(text) == "2022-11-03"
    from loaders.dates import metadata_spans
    spans = metadata_spans(text)
    meta = [text[a:b] for a, b in spans]
    assert any(m.startswith("发布时间") for m in meta) and any(m.startswith("编辑") for m in meta)
    assert not any("11月2日" in m for m in meta)        # the lead is text, not metadata


@pytest.mark.parametrize("text, iso, dt", [
    ("五月十四日，县委书记调研", "2024-05-14", "五月十四日"),
    ("五月十七日上午，县政府召开会议", "2024-05-17", "五月十七日上午"),
    ("二〇二三年十二月三十一日", "2023-12-31", "二〇二三年十二月三十一日"),
    ("十一月一日起施行", "2024-11-01", "十一月一日"),
])
def test_dates_in_chinese_numerals(text, iso, dt):
    (start, end, found, date_text), = find_dates(text, 2024)
    assert (found, date_text) == (iso, dt)


def test_numbered_occasions_are_no_dates():
    assert find_dates("第三十四次全国助残日", 2024) == []
