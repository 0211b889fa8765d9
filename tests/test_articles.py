"""Splitting bulletins into articles: short texts for each shape, and the seeds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.articles import Byline, closing_byline, parse_bracket_byline, parse_credits, split_articles
from loaders.dates import document_year
from loaders.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
GOLD = next((p for p in (ROOT / "tests" / "data" / "gold", ROOT.parent / "shared" / "gold") if p.is_dir()),
            ROOT / "tests" / "data" / "gold")


def doc(prefix: str) -> tuple[str, int | None]:
    t = normalise(next((ROOT / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8"))
    return t, document_year(t)


def check_spans(text, arts):
    for a in arts:
        assert a.text == text[a.start:a.end]
    for a, b in zip(arts, arts[1:]):
        assert a.end < b.start
    assert [a.position for a in arts] == list(range(1, len(arts) + 1))


SECTIONED = (
    "【要闻】某区召开2024年上半年工作总结大会\n"
    "7月30日，某区召开2024年上半年工作总结大会。书记张三出席会议并讲话。\n"
    "会议强调，要全力冲刺三季度。（某区党政办公室 李四）\n"
    "【文明实践】 志愿服务展风采 文明实践谱新篇。7月28日，某市志愿服务项目展示活动举办。\n"
    "下一步，将持续打造文明实践品牌。（某区文明办 王五）\n"
    "【工作会议】财政部召开预算公开推进会。为推进预算公开，近日，财政部召开推进会。\n"
    "会议进行了部署。（某区日报社记者站）\n"
)


def test_section_headers_with_headline_and_inline_lead():
    arts = split_articles(SECTIONED, 2024)
    check_spans(SECTIONED, arts)
    assert [(a.section, a.title) for a in arts] == [
        ("要闻", "某区召开2024年上半年工作总结大会"),
        ("文明实践", "志愿服务展风采 文明实践谱新篇"),
        ("工作会议", "财政部召开预算公开推进会"),
    ]
    assert [a.date for a in arts] == ["2024-07-30", "2024-07-28", None]


def test_bracket_bylines_close_their_article():
    arts = split_articles(SECTIONED, 2024)
    assert arts[0].bylines == [Byline("李四", "", "某区党政办公室")]
    assert arts[1].bylines == [Byline("王五", "", "某区文明办")]
    assert arts[2].bylines == []  # an organisation alone names nobody
    assert arts[0].text.endswith("（某区党政办公室 李四）")


def test_year_unknown_gives_month_day():
    arts = split_articles(SECTIONED, None)
    assert arts[0].date == "--07-30"


NEWSPAPER = (
    "新时代 新征程\n"
    "某区：凝心聚力启征程 实干担当铸辉煌\n"
    "□记者 赵六 通讯员 钱七\n"
    "经济发展，项目为王。某区抢抓施工黄金期，推进项目建设。\n"
    "某区召开安全生产会议\n"
    "本报讯（记者 赵六 通讯员 孙八）6月3日上午，某区召开安全生产会议。书记周九主持会议。\n"
    "会议还研究了其他事项。\n"
    "某区开展督导调研 助力企业发展\n"
    "本报讯 6月1日上午，某区领导带队开展督导调研。\n"
    "督导组来到施工现场，实地查看了工程进度。\n"
    "记者 吴十 通讯员 郑一\n"
    "今日评论\n"
    "脚踏实地开好局\n"
    "王清华\n"
    "岁月不居，芳华有信。我们迎来了新年的第一缕阳光。\n"
)


def test_headlines_leads_and_bylines_in_newspaper_layout():
    arts = split_articles(NEWSPAPER, 2022)
    check_spans(NEWSPAPER, arts)
    assert [a.title for a in arts] == ["某区：凝心聚力启征程 实干担当铸辉煌", "某区召开安全生产会议",
                                       "某区开展督导调研 助力企业发展", "脚踏实地开好局"]
    # byline under the headline opens the article, inside its span
    assert arts[0].bylines == [Byline("赵六", "记者"), Byline("钱七", "通讯员")]
    assert arts[0].text.startswith("新时代 新征程\n")
    # byline in the 本报讯 lead
    assert arts[1].bylines == [Byline("赵六", "记者"), Byline("孙八", "通讯员")]
    assert arts[1].date == "2022-06-03"
    # byline line after the text closes the article, inside its span
    assert arts[2].bylines == [Byline("吴十", "记者"), Byline("郑一", "通讯员")]
    assert arts[2].text.endswith("记者 吴十 通讯员 郑一")
    assert arts[2].date == "2022-06-01"
    # column name and an author's bare name around a headline
    assert arts[3].section == "今日评论"
    assert arts[3].bylines == [Byline("王清华", "")]
    assert arts[3].date is None


def test_subheadings_and_captions_stay_in_their_article():
    text = ("开发区推进高质量发展\n来源：某日报\n2020-05-13\n2019年，开发区加强党的建设。\n"
            "加强党的建设，坚定政治方向\n开发区以党建聚合力，以党建促发展。\n"
            "青网科技园加快组装\n做强主导产业，筑牢发展之基\n开发区精心谋划了18个重点项目。\n"
            "策划：李清华 文字统筹：王泉林 刘航 摄影：曹文娟\n")
    arts = split_articles(text, 2020)
    assert len(arts) == 1
    assert arts[0].title == "开发区推进高质量发展"
    assert [(b.name, b.role) for b in arts[0].bylines] == [
        ("李清华", "策划"), ("王泉林", "文字统筹"), ("刘航", "文字统筹"), ("曹文娟", "摄影")]


NUMBERED = (
    "【工作动态】各部门学习贯彻落实工作总结大会精神（一）\n"
    "1、纪检监察工委、巡察办\n"
    "7月31日，纪检监察工委召开专题会议。书记刘某主持会议。（纪检监察工委、巡察办 李雪）\n"
    "2、经济发展部\n"
    "8月1日，经济发展部召开全体人员会议。（经济发展部 杜丽娟、刘秀秀）\n"
)


def test_numbered_sub_items_are_articles_of_their_own():
    arts = split_articles(NUMBERED, 2025)
    check_spans(NUMBERED, arts)
    assert [(a.title, a.date, a.section) for a in arts] == [
        ("纪检监察工委、巡察办", "2025-07-31", "工作动态"), ("经济发展部", "2025-08-01", "工作动态")]
    assert all(a.parent == "各部门学习贯彻落实工作总结大会精神（一）" for a in arts)
    # the group header has no body of its own: it opens the first item's span
    assert arts[0].start == 0
    assert arts[0].bylines == [Byline("李雪", "", "纪检监察工委、巡察办")]
    assert arts[1].bylines == [Byline("杜丽娟", "", "经济发展部"), Byline("刘秀秀", "", "经济发展部")]


def test_numbers_that_do_not_form_a_sequence_are_not_items():
    text = ("某区召开半年工作会议\n本报讯 7月12日，某区召开半年工作会议。\n3 热辣：点评不留情面\n"
            "点评会上，主任进行了点评。\n")
    assert len(split_articles(text, None)) == 1


def test_report_with_intro_and_numbered_parts():
    text = ("某区召开二季度重点项目观摩暨半年工作会\n前言\n上半年，某区共安排项目144个。\n"
            "7月2日至12日，观摩组先后分3次观摩。\n"
            "1 热身：提前督查考核\n自7月2日开始，考核小组进行了考核。\n"
            "2 热辣：点评不留情面\n现场观摩结束后，召开点评会。\n"
            "7月19日，某地产开盘劲销6.6亿元，1.5小时清盘\n"
            "3 趁热打铁：再动员\n12日上午，某区召开了半年工作会议。孙某主持会议。（苗青甫 许霞）\n"
            "大厦鳞次栉比 曾宪平 关建华 摄\n")
    arts = split_articles(text, None)
    check_spans(text, arts)
    assert [(a.title, a.date) for a in arts] == [
        ("某区召开二季度重点项目观摩暨半年工作会", "--07-02"), ("热身：提前督查考核", "--07-02"),
        ("热辣：点评不留情面", None), ("趁热打铁：再动员", "--07-12")]
    assert [(b.name, b.role) for b in arts[3].bylines] == [
        ("苗青甫", ""), ("许霞", ""), ("曾宪平", "摄影"), ("关建华", "摄影")]
    assert arts[3].text.endswith("关建华 摄")


def test_also_reported_item_is_split():
    text = ("某区建设智慧乡村\n本报讯 5月28日下午，某区召开推进会。\n"
            "另讯，6月1日上午，某区领导带队到某办事处督导夏收夏种工作。王某一行察看了小麦收割情况。\n"
            "记者 王赛华 柴琳琳 通讯员 卢亚兰\n")
    arts = split_articles(text, 2020)
    assert [a.date for a in arts] == ["2020-05-28", "2020-06-01"]
    assert arts[1].title == "某区领导带队到某办事处督导夏收夏种工作"
    assert arts[1].parent == "某区建设智慧乡村"
    assert [b.name for b in arts[1].bylines] == ["王赛华", "柴琳琳", "卢亚兰"]


def test_byline_glued_to_the_last_sentence():
    text = "积极申报专项债券\n本报讯 为支持发展，省财政厅于5月25日发行债券。记者 王赛华\n区统计局签订责任书\n本报讯 5月28日，区统计局签订责任书。\n"
    arts = split_articles(text, 2020)
    assert len(arts) == 2
    assert arts[0].bylines == [Byline("王赛华", "记者")]
    assert arts[1].bylines == []


def test_byline_parsers():
    assert parse_credits("记者 王赛华 柴琳琳 通讯员 卢亚兰") == [
        Byline("王赛华", "记者"), Byline("柴琳琳", "记者"), Byline("卢亚兰", "通讯员")]
    assert parse_credits("记者 王晨 摄") == [Byline("王晨", "记者")]
    assert parse_credits("[责任编辑：王松涛]") == [Byline("王松涛", "责任编辑")]
    assert parse_credits("记者 柴琳琳 通讯员 周永凯 文/图") == [Byline("柴琳琳", "记者"), Byline("周永凯", "通讯员")]
    assert parse_bracket_byline("三门峡日报社开发区记者站") == []
    assert parse_bracket_byline("苗青甫 许霞") == [Byline("苗青甫"), Byline("许霞")]
    assert closing_byline("会议还研究了其他事项。（开发区党政办公室 段蓓）") == [Byline("段蓓", "", "开发区党政办公室")]
    assert closing_byline("以村（社区）党员为重点") == []
    assert closing_byline("会议确定了重点（扩大范围）") == []


def test_empty_and_headless_text():
    assert split_articles("", None) == []
    arts = split_articles("会议强调，要做好安全生产工作。\n会议还研究了其他事项。", None)
    assert len(arts) == 1 and arts[0].title == "" and arts[0].start == 0


# -- seeds ------------------------------------------------------------------------------

def test_seed_000_articles_dates_and_bylines():
    text, year = doc("000")
    arts = split_articles(text, year)
    check_spans(text, arts)
    assert len(arts) == 22
    assert arts[0].section == "经开要闻" and arts[0].date == "2025-07-30"
    assert "述职评议暨工作总结大会" in arts[0].title
    huo = [a for a in arts if any(b.name == "霍啸" for b in a.bylines)]
    assert len(huo) == 1 and huo[0].bylines[0].org == "开发区财政审计部"
    items = [a for a in arts if a.parent]
    assert len(items) == 8 and items[0].title == "纪检监察工委、巡察办"


def test_seed_003_byline_closes_the_first_article():
    text, year = doc("003")
    arts = split_articles(text, year)
    check_spans(text, arts)
    first = arts[0]
    assert first.date == "2020-06-01"
    assert Byline("王赛华", "记者") in first.bylines and Byline("陈漫艺", "通讯员") in first.bylines
    assert first.text.endswith("记者 王赛华 通讯员 陈漫艺")
    assert arts[1].title == "郑大二附院周边道路9月底建成通车"
    assert not any(b.name == "王赛华" for b in arts[1].bylines)


def test_seed_002_byline_under_the_headline():
    text, year = doc("002")
    arts = split_articles(text, year)
    check_spans(text, arts)
    assert arts[0].bylines[:2] == [Byline("王晨", "记者"), Byline("刘航", "通讯员")]
    assert all(a.date is None for a in arts)
    assert len(arts) == 8


def test_seed_article_dates_agree_with_gold_events():
    """Every dated gold event's date is the date of some article of its document."""
    if not GOLD.is_dir():
        pytest.skip("gold annotations (../shared/gold) not present")
    for gold_path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text, year = doc(gold_path.name[:3])
        dates = {a.date for a in split_articles(text, year)}
        for ev in gold["events"]:
            if ev["date"] and ev["date"] != "--07-19":  # a dated photo caption, not an article
                assert ev["date"] in dates, (gold_path.name, ev["name"], ev["date"])


def test_contents_block_masthead_and_metadata_are_not_articles():
    text = normalise(
        "某某市某某局\n工作动态\n2024年第5期\n某某市某某局办公室编　　2024年5月20日\n"
        "本期要目\n1．局党组召开学习会\n2．全市项目观摩会召开\n"
        "【党建】\n局党组召开学习会\n5月13日，局党组召开学习会，研究工作。\n（办公室　季小雨）\n"
        "全市项目观摩会召开\n5月14日，全市项目观摩会召开，观摩项目十个。\n")
    arts = split_articles(text, 2024)
    assert [a.title for a in arts] == ["局党组召开学习会", "全市项目观摩会召开"]
    assert "本期要目" not in arts[0].text and "1．" not in arts[0].text
    assert any(b.name == "季小雨" for b in arts[0].bylines)


def test_bracket_byline_line_is_not_the_next_title():
    text = normalise(
        "【要闻】\n园区召开会议\n6月7日，园区召开会议，研究工作。\n（园区党政办公室　甘小露）\n"
        "领导来园区调研\n6月11日，某某领导一行来园区调研，并召开座谈会。\n（文/图　周小霏）\n")
    arts = split_articles(text, 2024)
    assert [a.title for a in arts] == ["园区召开会议", "领导来园区调研"]
    assert arts[1].date == "2024-06-11"


def test_web_page_metadata_lines_and_breadcrumbs():
    text = normalise(
        "某某县人民政府门户网站 > 新闻中心 > 要闻\n县委中心组举行集体学习会议\n"
        "发布时间：2022-11-02 08:30　来源：某某县融媒体中心　浏览次数：1265\n"
        "11月1日，县委中心组举行集体学习会议，深入学习有关精神。\n"
        "县里举行项目集中开工仪式\n发布时间：2022-11-03 09:15　来源：某某县融媒体中心\n"
        "11月2日，县里举行项目集中开工仪式，开工项目十个。\n")
    arts = split_articles(text, 2022)
    assert [a.title for a in arts] == ["县委中心组举行集体学习会议", "县里举行项目集中开工仪式"]
    assert [a.date for a in arts] == ["2022-11-01", "2022-11-02"]


def test_bare_contents_entries_printed_again_below_are_no_article():
    # a contents block of bare headlines (no numbers): each is printed again as an article's
    # headline further down, so none of them opens an article of its own
    text = ("人大工作通讯\n2023年第5期\n本期目录\n常委会召开第十三次会议\n主任调研基层人大工作\n"
            "【常委会会议】\n常委会召开第十三次会议\n6月27日，市人大常委会召开第十三次会议。\n"
            "【调研视察】\n主任调研基层人大工作\n6月14日，市人大常委会主任到永川县调研。\n")
    arts = split_articles(text, 2023)
    assert [a.title for a in arts] == ["常委会召开第十三次会议", "主任调研基层人大工作"]
