"""Every relationship of the graph contract, read from short bulletins written for these
tests (not copied from the seeds), through the real pipeline (loaders.pipeline.read_document).
Each test names the rule it checks; the negatives say what must NOT be read."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_facts import G, read_bulletin

HOME = "新乡经济开发区"


def read(tmp_path: Path, text: str) -> G:
    return read_bulletin(tmp_path, text)


MEETING = (
    "【要闻】新乡经济开发区召开招商引资推进会\n"
    "9月9日，新乡经济开发区召开招商引资推进会。开发区党工委副书记、管委会主任王建军出席会议并讲话，"
    "会议由管委会副主任郑海涛主持，纪工委书记韩立东列席会议，区领导孟庆华、田立新参加会议。"
    "会上，管委会副主任孟庆华通报了三季度招商引资情况，招商服务局局长白雨汇报了重点项目进展。"
    "王建军强调，要抓好项目落地。（开发区党政办公室 马晓光）\n"
)


@pytest.fixture
def meeting(tmp_path) -> G:
    return read(tmp_path, MEETING)


# -- HOLDS_POSITION ---------------------------------------------------------------------------

def test_title_chain_gives_one_position_per_title(meeting):
    pos = {(p, props["title"], o) for p, o, props in meeting.rel("HOLDS_POSITION")}
    assert ("王建军", "党工委副书记", f"{HOME}党工委") in pos
    assert ("王建军", "管委会主任", f"{HOME}管委会") in pos
    assert ("白雨", "招商服务局局长", f"{HOME}招商服务局") in pos
    assert ("韩立东", "纪工委书记", f"{HOME}纪工委") in pos


def test_byline_gives_affiliation_with_empty_title(meeting):
    aff = {(p, o) for p, o, props in meeting.rel("HOLDS_POSITION") if props["title"] == ""}
    assert aff == {("马晓光", f"{HOME}党政办公室")}


def test_positions_are_dated_by_the_article(meeting):
    as_of = {props["as_of"] for p, _, props in meeting.rel("HOLDS_POSITION") if p == "王建军"}
    assert as_of == {"--09-09"}          # no year stated anywhere: a partial date, never a guess


# -- CHAIRED / ATTENDED / SPOKE_AT ------------------------------------------------------------

def test_chaired_by_you_passive(meeting):
    assert meeting.pairs("CHAIRED") == {("郑海涛", "招商引资推进会")}


def test_chaired_by_a_person_who_convenes(tmp_path):
    g = read(tmp_path, "【工作动态】韩立东召开安全生产专题会议\n"
                       "9月10日，新乡经济开发区党工委书记韩立东召开安全生产专题会议，听取各部门工作汇报。\n")
    assert g.pairs("CHAIRED") == {("韩立东", "安全生产专题会议")}
    assert not g.pairs("ORGANISED")       # a person convened it, no organisation is read


def test_chaired_with_zhuchi(tmp_path):
    g = read(tmp_path, "【要闻】开发区召开主任办公会\n"
                       "9月12日，新乡经济开发区管委会主任王建军主持召开主任办公会，研究部署近期重点工作。\n")
    assert g.pairs("CHAIRED") == {("王建军", "主任办公会")}


@pytest.mark.parametrize("person, role", [("王建军", "出席"), ("韩立东", "列席"), ("孟庆华", "参加"),
                                          ("田立新", "参加")])
def test_attended_roles_at_a_meeting(meeting, person, role):
    roles = {(p, props["role"]) for p, _, props in meeting.rel("ATTENDED")}
    assert (person, role) in roles


def test_led_trip_and_accompanying(tmp_path):
    g = read(tmp_path, "【督导检查】王建军带队督导安全生产\n"
                       "9月11日，新乡经济开发区管委会主任王建军带队到东湖街道督导安全生产工作，"
                       "管委会副主任郑海涛陪同。\n")
    roles = {(p, props["role"]) for p, _, props in g.rel("ATTENDED")}
    assert roles == {("王建军", "带队"), ("郑海涛", "陪同")}
    ev = next(iter(g.label("Event")))
    assert g.pairs("HELD_IN") == {(ev, "东湖街道")}


def test_leaders_who_head_repeated_trips_attended_them(tmp_path):
    # undated, repeated trips (多次, 分别带队) are kept: they say who went
    g = read(tmp_path, "【综述】新乡经济开发区全力抓招商\n"
                       "新乡经济开发区党工委书记韩立东、管委会主任王建军带领党工委一班人多次调研。"
                       "韩立东、王建军等分别带队外出招商，推介开发区的区位优势。\n")
    att = {(p, e, props["role"]) for p, e, props in g.rel("ATTENDED")}
    trips = {e for _, e, _ in att}
    assert any("调研" in e for e in trips) and any("外出招商" in e for e in trips)
    assert all(r == "带队" for _, _, r in att) and {p for p, _, _ in att} == {"韩立东", "王建军"}


@pytest.mark.parametrize("sentence, speaker", [
    ("党工委书记韩立东出席会议并讲话。", "韩立东"),
    ("管委会主任王建军指出，要狠抓落实。", "王建军"),
    ("管委会主任王建军强调，要压实责任。", "王建军"),
    ("管委会主任王建军要求，各部门要加快进度。", "王建军"),
    ("管委会副主任孟庆华通报了前三季度经济运行情况。", "孟庆华"),
    ("招商服务局局长白雨汇报了重点项目进展情况。", "白雨"),
    ("管委会副主任孟庆华对各单位工作逐一进行点评。", "孟庆华"),
    ("管委会主任王建军致辞。", "王建军"),
    ("招商服务局局长白雨推介了开发区的投资环境。", "白雨"),
])
def test_spoke_at_each_verb(tmp_path, sentence, speaker):
    g = read(tmp_path, "【要闻】新乡经济开发区召开项目建设推进会\n"
                       "9月15日，新乡经济开发区召开项目建设推进会。" + sentence + "\n")
    assert g.pairs("SPOKE_AT") == {(speaker, "项目建设推进会")}


# -- ORGANISED ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, org, event", [
    ("9月3日，开发区财政局组织开展财务人员业务培训。", f"{HOME}财政局", "财务人员业务培训"),
    ("9月4日，开发区应急管理局召开安全生产工作会议。", f"{HOME}应急管理局", "安全生产工作会议"),
    ("9月5日，开发区市场监管局组织召开食品安全约谈会。", f"{HOME}市场监管局", "食品安全约谈会"),
])
def test_organised_by_the_subject(tmp_path, sentence, org, event):
    g = read(tmp_path, f"【工作动态】新乡经济开发区工作动态\n{sentence}\n")
    assert (org, event) in g.pairs("ORGANISED")


def test_organised_by_host_organiser_and_co_organiser(tmp_path):
    g = read(tmp_path, "【文化】全市职工技能大赛开幕\n"
                       "9月5日，由新乡市总工会主办，新乡经济开发区社会事务局承办，新乡市技师学院协办的"
                       "全市职工技能大赛在开发区举行。\n")
    organised = g.pairs("ORGANISED")
    assert {o for o, _ in organised} == {"新乡市总工会", f"{HOME}社会事务局", "新乡市技师学院"}
    assert {e for _, e in organised} == {"职工技能大赛"}


# -- projects: OVERSEES, OWNS, CONCERNS, LOCATED_IN ---------------------------------------------

PROJECT = ("【项目建设】开发区召开宏达智能装备产业园项目推进会\n"
           "9月8日，新乡经济开发区建设管理局组织召开宏达智能装备产业园项目推进会。"
           "该项目由新乡宏达机械有限公司投资建设，位于东湖街道。\n")


def test_oversees_owns_concerns(tmp_path):
    g = read(tmp_path, PROJECT)
    prj = "宏达智能装备产业园项目"
    assert prj in g.label("Project")
    assert g.pairs("OVERSEES") == {(f"{HOME}建设管理局", prj)}
    assert g.pairs("OWNS") == {("新乡宏达机械有限公司", prj)}
    assert g.pairs("CONCERNS") == {("宏达智能装备产业园项目推进会", prj)}


def test_oversees_under_guidance(tmp_path):
    g = read(tmp_path, "【项目建设】新乡经济开发区项目动态\n"
                       "在开发区发展改革局指导下，东湖街道加快推进滨河公园提升工程建设。\n")
    assert (f"{HOME}发展改革局", "滨河公园提升工程") in g.pairs("OVERSEES")


def test_located_in_and_zone_hierarchy(tmp_path):
    g = read(tmp_path, PROJECT)
    located = g.pairs("LOCATED_IN")
    assert (f"{HOME}建设管理局", HOME) in located            # an organisation in its zone
    assert ("宏达智能装备产业园项目", HOME) in located or ("宏达智能装备产业园项目", "东湖街道") in located
    part_of = g.pairs("PART_OF")
    assert ("东湖街道", HOME) in part_of and (HOME, "新乡市") in part_of    # Zone -> Zone


def test_org_part_of_its_parent(tmp_path):
    g = read(tmp_path, "【党建】新乡经济开发区党建动态\n"
                       "9月6日，新乡经济开发区财政局党支部组织开展主题党日活动。\n")
    assert (f"{HOME}财政局党支部", f"{HOME}财政局") in g.pairs("PART_OF")


# -- AUTHORED, HELD_IN ----------------------------------------------------------------------------

def test_authored_by_reporter_and_correspondent(tmp_path):
    g = read(tmp_path, "【综合】开发区开展消防演练\n"
                       "本报讯（记者 陈东 通讯员 刘芳）9月2日，新乡经济开发区应急管理局组织开展消防演练活动。\n")
    authored = {(p, props["role"]) for p, _, props in g.rel("AUTHORED")}
    assert {("陈东", "记者"), ("刘芳", "通讯员")} <= authored
    arts = {a for _, a, _ in g.rel("AUTHORED")}
    assert arts <= {props.get("title") for n in g.nodes.values() if n.label == "Article" for props in [n.props]}


def test_held_in_home_zone_by_default(meeting):
    assert meeting.pairs("HELD_IN") == {("招商引资推进会", HOME)}


# -- dates -----------------------------------------------------------------------------------------

def test_date_range_starts_the_event_and_keeps_the_text(tmp_path):
    g = read(tmp_path, "【培训】开发区举办干部能力提升培训班\n"
                       "9月2日至4日，新乡经济开发区组织部举办干部能力提升培训班。\n")
    ev = g.label("Event")["干部能力提升培训班"]
    assert ev["date"] == "--09-02" and ev["date_text"] == "9月2日至4日"


def test_stated_year_gives_full_dates(tmp_path):
    g = read(tmp_path, "【要闻】开发区召开2023年度安全生产推进会\n"
                       "2023年9月7日，新乡经济开发区应急管理局召开2023年度安全生产推进会。\n")
    (ev,) = g.label("Event").values()
    assert ev["date"] == "2023-09-07"


def test_unknown_year_gives_month_day(meeting):
    (ev,) = meeting.label("Event").values()
    assert ev["date"] == "--09-09" and ev["date_text"] == "9月9日"


# -- aliases ----------------------------------------------------------------------------------------

def test_alias_resolves_within_the_document(tmp_path):
    g = read(tmp_path, MEETING + "【工作动态】韩书记调研安全生产\n"
                                 "9月10日，开发区召开安全生产专题会议，韩书记出席会议并讲话。\n")
    persons = g.label("Person")
    assert "韩书记" not in persons
    assert "韩书记" in persons["韩立东"]["aliases"]
    assert ("韩立东", "安全生产专题会议") in g.pairs("SPOKE_AT")


# -- negatives ----------------------------------------------------------------------------------------

def test_title_with_no_name_gives_no_person(tmp_path):
    g = read(tmp_path, "【要闻】开发区召开安全生产会议\n"
                       "9月3日，新乡经济开发区召开安全生产会议，会议由管委会副主任主持，党工委书记出席并讲话。\n")
    assert g.label("Person") == {}
    assert not g.rel("CHAIRED") and not g.rel("ATTENDED") and not g.rel("SPOKE_AT")


def test_collective_titles_are_not_persons(tmp_path):
    g = read(tmp_path, "【要闻】开发区召开经济运行分析会\n"
                       "9月3日，新乡经济开发区召开经济运行分析会，区领导、各部门相关负责人参加会议。\n")
    persons = set(g.label("Person"))
    assert not persons & {"区领导", "相关负责人", "负责人"}
    assert persons == set()


def test_a_studied_speaker_is_not_an_attendee(tmp_path):
    g = read(tmp_path, "【学习】开发区召开理论学习中心组会议\n"
                       "9月10日，新乡经济开发区召开理论学习中心组会议，学习习近平总书记重要讲话精神。"
                       "党工委书记韩立东主持会议。\n")
    assert "习近平" not in g.participants()
    assert g.participants() == {"韩立东"}


def test_a_planned_meeting_is_not_an_event(tmp_path):
    g = read(tmp_path, "【预告】开发区近期工作安排\n"
                       "新乡经济开发区将于9月20日召开三季度经济运行分析会，管委会主任王建军将出席会议。\n")
    assert g.label("Event") == {}
    assert not g.rel("ATTENDED")


def test_a_visited_person_at_home_is_present_but_no_speaker(tmp_path):
    # gold convention (seed 000-e13): the person visited at home is present at the visit;
    # what the host says is not a speech at the event
    g = read(tmp_path, "【走访慰问】王建军走访慰问困难党员\n"
                       "9月11日，新乡经济开发区管委会主任王建军带队到东湖街道走访慰问困难党员。"
                       "在困难党员刘德福家中，王建军详细询问其生活情况。刘德福表示，感谢组织的关心。\n")
    assert "刘德福" in g.label("Person")
    assert {(p, props["role"]) for p, _, props in g.rel("ATTENDED")} == {("王建军", "带队"), ("刘德福", "参加")}
    assert "刘德福" not in {p for p, _, _ in g.rel("SPOKE_AT")}


def test_a_person_visited_away_from_home_is_not_present(tmp_path):
    g = read(tmp_path, "【走访慰问】王建军走访慰问军属\n"
                       "9月11日，新乡经济开发区管委会主任王建军带队到东湖街道走访慰问军属。"
                       "王建军一行来到东湖社区，看望了现役军人刘德福的父母。\n")
    assert "刘德福" in g.label("Person")
    assert "刘德福" not in g.participants()


def test_instructions_and_campaigns_are_not_events(tmp_path):
    g = read(tmp_path, "【要闻】开发区召开三季度工作会议\n"
                       "9月12日，新乡经济开发区召开三季度工作会议。管委会主任王建军出席会议并讲话。\n"
                       "◆要进一步抓好安全生产。要深入开展安全生产大排查行动，坚决防范重大事故。\n"
                       "通过举办招聘会、举办技能大赛等举措，促进群众就业。王建军要求，要压实责任。\n")
    assert set(g.label("Event")) == {"三季度工作会议"}
    assert g.pairs("SPOKE_AT") == {("王建军", "三季度工作会议")}


# -- the home zone from the masthead ------------------------------------------------------------

def test_county_bulletin_names_its_bodies_from_the_masthead(tmp_path):
    # a county that is in no city list: the masthead names the issuer
    g = read(tmp_path, "清水县政务信息\n【要闻】县委召开常委会会议\n"
                       "3月5日，县委书记张志远主持召开县委常委会会议。县委副书记、县长李明辉出席会议。"
                       "县水利局局长钱进汇报了清水县防汛准备情况。\n")
    assert g.label("Zone")["清水县"]["kind"] == "county"
    pos = {(p, props["title"], o) for p, o, props in g.rel("HOLDS_POSITION")}
    assert {("张志远", "县委书记", "中共清水县委"), ("李明辉", "县长", "清水县人民政府"),
            ("钱进", "水利局局长", "清水县水利局")} <= pos
