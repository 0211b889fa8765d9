"""The language of real bulletins (issue 10), one section per error class measured on real
news items of the genre. Every bulletin here is invented for the test — people, places,
companies and wording — in the layout real web items have (headline, date line, blank
line, body); each rule has a positive and a negative case."""
from __future__ import annotations

from pathlib import Path

from bulletin_facts import G, read_bulletin


def read(tmp_path: Path, text: str) -> G:
    return read_bulletin(tmp_path, text)


def roles_of(g: G, person: str) -> set[str]:
    return {props.get("role", "") for p, _, props in g.rel("ATTENDED") if p == person}


# -- 3. 会见: a reception both sides attended ----------------------------------------------------

def test_a_reception_is_an_event_both_sides_attended(tmp_path):
    g = read(tmp_path, "华腾集团董事长会见石桥县客人\n发布时间：2021-05-08\n\n"
             "5月6日，华腾集团董事长欧阳锋在省城会见了来访的石桥县县长林海川一行。"
             "欧阳锋表示，欢迎石桥县来企考察。林海川介绍了石桥县的投资环境。\n")
    [(name, ev)] = g.events().items()
    assert "会见" in name and ev["date"] == "2021-05-06"
    assert {"欧阳锋", "林海川"} <= g.who("ATTENDED")
    assert {"欧阳锋", "林海川"} <= g.who("SPOKE_AT")


def test_a_planned_reception_is_no_event(tmp_path):
    g = read(tmp_path, "石桥县招商动态\n\n\n5月6日，县招商局局长鲁文斌表示，下一步将会见华腾集团有关负责人。\n")
    assert not any("会见" in e for e in g.events())


# -- 4. trips and visits -------------------------------------------------------------------------

def test_a_leader_takes_bureaus_on_an_inspection_trip(tmp_path):
    g = read(tmp_path, "石桥县副县长凌志远带领县水利局、县应急管理局等单位到青川镇督导检查防汛工作\n\n\n"
             "6月10日，石桥县副县长凌志远带领县水利局、县应急管理局等单位到青川镇督导检查防汛工作，"
             "青川镇主要领导陪同检查。凌志远强调，要压实防汛责任。\n")
    events = g.events()
    assert len(events) == 1
    [(name, ev)] = events.items()
    assert name.startswith("凌志远到青川镇督导检查") and ev["date"].endswith("06-10")
    assert roles_of(g, "凌志远") == {"带队"} and "凌志远" in g.who("SPOKE_AT")


def test_listed_officials_visit_a_company_and_its_managers_receive_them(tmp_path):
    g = read(tmp_path, "市科技局领导到公司调研\n2022-04-20\n\n"
             "4月18日上午，江州市科技局局长韦振南、副局长卜晓梅等一行到我公司进行了走访调研。"
             "公司总经理蒲建国陪同调研并汇报了研发情况。韦振南表示，将继续支持企业研发。\n")
    [(name, ev)] = g.events().items()
    assert ev["date"] == "2022-04-18"
    assert {"韦振南", "卜晓梅", "蒲建国"} <= g.who("ATTENDED")
    assert roles_of(g, "蒲建国") == {"陪同"}
    assert {"韦振南", "蒲建国"} <= g.who("SPOKE_AT")


def test_the_escorts_of_a_delegation_attend_as_escorts(tmp_path):
    g = read(tmp_path, "江东区领导一行赴华腾集团考察\n发布时间：2020年9月4日\n\n"
             "9月3日上午，江东区区委书记闵昌平、副区长庞立群等领导一行在石桥县县长林海川、"
             "副县长凌志远的陪同下前来我公司调研考察。公司总经理蒲建国接待了考察团一行。\n")
    assert len(g.events()) == 1
    assert roles_of(g, "林海川") == {"陪同"} and roles_of(g, "凌志远") == {"陪同"}
    assert {"闵昌平", "庞立群"} <= g.who("ATTENDED")
    assert "蒲建国" in g.who("ATTENDED")          # a named host who receives the visitors


def test_a_delegation_without_names_still_makes_a_trip(tmp_path):
    g = read(tmp_path, "宝河区党政代表团赴江州考察\n\n\n"
             "3月2日，宝河区党政代表团赴江州考察，先后参观了江州科技馆和江州港。\n")
    assert any(e.startswith("宝河区党政代表团赴江州考察") for e in g.events())


def test_the_headline_and_the_first_sentence_tell_one_visit(tmp_path):
    g = read(tmp_path, "江东区政府领导一行莅临华腾集团调研\n发布时间：2019-12-06\n\n"
             "2019年12月4日，江东区副区长庞立群、区发改局局长鲁文斌等一行领导再次来到华腾集团进行工作考察。"
             "庞立群表示，区政府将支持企业发展。\n")
    assert len(g.events()) == 1
    assert g.pairs("ORGANISED") == set()       # the visitors' body does not organise a visit


def test_a_trip_planned_or_only_wished_for_is_no_event(tmp_path):
    g = read(tmp_path, "石桥县招商动态\n\n\n"
             "5月6日，县招商局局长鲁文斌表示，下一步县领导将赴江州考察学习先进经验。"
             "企业负责人希望政府部门到企业调研指导。\n")
    assert not g.events()


def test_an_escort_sentence_is_not_a_trip_of_its_own(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n"
             "6月1日，县长林海川到青川镇调研乡村振兴工作。副县长凌志远陪同林海川到青川镇枣园村察看产业项目。\n")
    assert len(g.events()) == 1
    assert roles_of(g, "凌志远") == {"陪同"}


# -- dates of real pages -----------------------------------------------------------------------

def test_a_dispatch_dateline_does_not_date_the_event(tmp_path):
    g = read(tmp_path, "石桥县县长林海川到青川镇督导检查安全生产工作\n\n\n"
             "江州新闻网石桥4月26日讯（记者 蒲小云）近日，石桥县县长林海川到青川镇督导检查安全生产工作。"
             "林海川要求，要压实安全责任。\n")
    [(name, ev)] = g.events().items()
    assert ev["date"] is None
    assert "江州新闻网" not in name         # the dateline is a line of its own, not the headline's tail


def test_a_line_of_authors_under_the_headline_is_not_a_headline(tmp_path):
    g = read(tmp_path, "市科技局领导到公司调研\n2022-04-20\n\n凌小云 蒲晓东\n"
             "4月18日上午，江州市科技局局长韦振南到我公司进行了走访调研。\n")
    assert len(g.events()) == 1


# -- 7. dates: relative days, and the date lines of web pages ------------------------------------

def test_a_feed_timestamp_line_gives_the_year(tmp_path):
    g = read(tmp_path, "石桥县召开招商推介会\nThu, 14 Mar 2024 09:12:33 GMT\n\n"
             "13日，石桥县在江州召开招商推介会。县长林海川出席推介会并致辞。\n3月13日，推介会签约项目12个。\n")
    assert {e["date"] for e in g.events().values()} == {"2024-03-13"}


def test_a_date_line_followed_by_its_source_gives_the_year(tmp_path):
    g = read(tmp_path, "公司党委召开中心组学习会议\n2023-08-10 来源：华腾集团\n\n"
             "8月8日，公司党委召开中心组学习会议，党委书记欧阳锋主持会议。\n")
    assert [e["date"] for e in g.events().values()] == ["2023-08-08"]


def test_the_next_day_is_the_day_after_the_event_told_before(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n"
             "5月31日上午，石桥县召开防汛工作会议，县长林海川主持会议。次日上午，县长林海川到青川镇检查防汛工作。\n")
    dates = {n: e["date"] for n, e in g.events().items()}
    assert sorted(dates.values()) == ["--05-31", "--06-01"]


def test_a_date_without_a_year_stays_without_one(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n5月31日上午，石桥县召开防汛工作会议，县长林海川主持会议。\n")
    assert [e["date"] for e in g.events().values()] == ["--05-31"]


def test_the_members_a_leader_brings_attend_and_only_the_leader_chairs(tmp_path):
    g = read(tmp_path, "江州市政府在华腾集团召开现场办公会\n\n\n"
             "3月12日上午，江州市副市长庞立群率市生态环境局局长鲁文斌、副局长卜晓梅、市水务公司经理蒲建国到华腾集团召开现场办公会。"
             "会议听取了企业的情况汇报。\n")
    assert g.who("CHAIRED") == {"庞立群"}
    assert {"鲁文斌", "卜晓梅", "蒲建国"} <= g.who("ATTENDED")
    assert roles_of(g, "庞立群") == {"带队"}


def test_a_person_who_convenes_alone_chairs(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月12日上午，副县长凌志远召开防汛工作调度会。\n")
    assert g.who("CHAIRED") == {"凌志远"}


# -- speakers: the subjects of a sentence go on speaking in its later clauses ---------------------

def test_hosts_who_receive_and_brief_a_delegation_speak(tmp_path):
    g = read(tmp_path, "江东区领导一行赴华腾集团考察\n发布时间：2020年9月4日\n\n"
             "9月3日上午，江东区区委书记闵昌平一行到华腾集团调研考察。"
             "公司首席执行官欧阳锋、执行副总裁蒲建国接待了考察团一行，并向考察团介绍了公司的经营情况。"
             "闵书记等领导在详细了解了公司业务后，表示区政府将支持企业发展。\n")
    assert {"欧阳锋", "蒲建国", "闵昌平"} <= g.who("SPOKE_AT")
    assert {"欧阳锋", "蒲建国"} <= g.who("ATTENDED")


def test_a_speech_verb_after_written_instructions_is_not_a_speech_at_the_event(tmp_path):
    g = read(tmp_path, "石桥县召开招商工作会议\n\n\n"
             "3月2日，石桥县召开招商工作会议。市委书记邬德昌对石桥县招商引资举措给予肯定，并作出重要批示，"
             "要求各县区学习借鉴。县长林海川主持会议。\n")
    assert "邬德昌" not in g.who("SPOKE_AT")
    assert "林海川" in g.who("CHAIRED")


def test_a_manager_who_mentions_something_speaks(tmp_path):
    g = read(tmp_path, "市委书记调研华腾集团\n2021-05-16\n\n"
             "5月7日，江州市委书记邬德昌带领市直部门负责人调研华腾集团。公司总经理蒲建国提到：“企业订单增长三成。”\n")
    assert "蒲建国" in g.who("SPOKE_AT")


# -- 5. ceremonies: the thing the clause before names, never a person ---------------------------

def test_a_works_that_breaks_ground_has_its_ceremony(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n"
             "3月8日上午，石桥县青川片区污水管网工程在青川镇正式动工。县委书记邬德昌、县长林海川参加了开工仪式。"
             "林海川在开工仪式上致辞。\n")
    [(name, ev)] = g.events().items()
    assert name.startswith("石桥县青川片区污水管网工程") and ev["date"] == "--03-08"
    assert {"邬德昌", "林海川"} <= g.who("ATTENDED") and "林海川" in g.who("SPOKE_AT")
    assert not any(n.startswith(("邬德昌", "林海川")) for n in g.events())


def test_a_training_class_that_ends_has_its_closing_ceremony_and_its_chair(tmp_path):
    g = read(tmp_path, "宝河区新闻\n\n\n"
             "3月1日至2日，宝河区干部学习研讨班在江州举办。2日下午，宝河区干部学习研讨班在江州结业，"
             "结业式由区委书记闵昌平主持。\n")
    closing = [n for n in g.events() if n.endswith("结业")]
    assert closing and ("闵昌平", closing[0]) in g.pairs("CHAIRED")


def test_a_goal_or_a_past_state_is_no_ceremony(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n"
             "3月8日，县长林海川要求，确保安置房项目年内开工。华腾集团一期生产线已于去年建成投产。\n")
    assert not g.events()


def test_a_signing_in_a_one_character_place_and_talks_held_during_it(tmp_path):
    g = read(tmp_path, "华腾集团与江州大学签署战略合作协议\n来源：华腾报  发布时间：2021-11-10\n\n"
             "11月9日，华腾集团与江州大学战略合作协议签约仪式在京举行。集团董事长欧阳锋、江州大学校长卜晓梅"
             "见证签约仪式并举行会谈。集团副总经理蒲建国参加。\n")
    [(name, ev)] = g.events().items()
    assert ev["kind"] == "signing" and ev["date"] == "2021-11-09"
    assert {"欧阳锋", "卜晓梅", "蒲建国"} <= g.who("ATTENDED")


# -- 9. short self-names: the body a bulletin speaks for, never a placeholder ---------------------

def test_a_company_news_item_names_its_own_bodies_after_the_company(tmp_path):
    g = read(tmp_path, "华腾集团党委召开中心组学习会议\n2023-08-10 来源：华腾集团\n\n"
             "8月8日，华腾集团党委召开中心组学习会议。党委书记欧阳锋主持会议，党委副书记蒲建国传达了会议精神。"
             "集团工会主席卜晓梅参加会议。\n")
    orgs = g.names("Organisation")
    assert "华腾集团党委" in orgs
    assert any(p == "欧阳锋" and o == "华腾集团党委" for p, o in g.pairs("HOLDS_POSITION"))


def test_a_bulletin_that_names_no_zone_has_no_placeholder_zone_or_body(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("中心组学习会议召开\n\n\n8月8日，党委召开中心组学习会议。党委书记欧阳锋主持会议，外事处处长蒲建国参加。\n",
                 encoding="utf-8")
    from loaders.pipeline import read_document
    facts = read_document(p)
    text = facts.to_json()
    assert "本地" not in text
    assert all(n.props.get("name") for n in facts.nodes.values() if n.label in ("Zone", "Organisation"))


def test_a_school_that_speaks_as_we_names_its_bodies_after_itself(tmp_path):
    g = read(tmp_path, "江州市第二中学召开教师节庆祝大会\n日期: 2021年09月10日\n\n"
             "9月9日，江州市第二中学举办教师节庆祝大会。会议由副校长蒲小云主持。江州市第二中学校长卜晓梅讲话，"
             "我校党委书记邬明远出席。\n")
    assert ("蒲小云", "江州市第二中学") in g.pairs("HOLDS_POSITION")


# -- zones of real pages ------------------------------------------------------------------------

def test_a_new_area_named_with_its_stem_is_a_zone_and_bodies_are_its(tmp_path):
    g = read(tmp_path, "对接会成功举办\n\n\n12月20日，江州市柳溪新区科技局与华腾集团共同主办智慧城市对接会。"
             "柳溪新区科技局局长蒲建国致辞。柳溪新区将加快智慧城市建设。\n")
    assert "江州市柳溪新区科技局" in g.names("Organisation") or "柳溪新区科技局" in g.names("Organisation")
    assert not any(n.endswith("创新区") for n in g.names("Zone"))


def test_a_vice_mayor_is_no_city(tmp_path):
    g = read(tmp_path, "王副市长调研住建工作\n\n\n5月3日，副市长王海川到市住建委调研。王副市长指出，要加快老旧小区改造。\n")
    assert not any("副" in z for z in g.names("Zone"))


def test_a_one_character_county_after_a_verb(tmp_path):
    g = read(tmp_path, "县长一行莅临滑县第一中学\n\n\n9月7日上午，县长林海川、县教育局局长黄守仁等莅临滑县第一中学，"
             "慰问全校教师。县长林海川询问了新生入学安排。\n")
    assert "滑县" in g.names("Zone") and "临滑县" not in g.names("Zone")


# -- 13. oversight: bodies made responsible for projects -----------------------------------------

def test_a_list_of_responsible_bodies_assigns_each_listed_project(tmp_path):
    g = read(tmp_path, "重点项目推进情况\n\n\n1—7月，全县重点项目加速推进。投资完成率前三名项目，按责任单位（主管单位）划分分别是："
             "青川镇2个，青川大道改造工程、滨河湿地公园；县水务局1个，城区供水管网延伸工程。\n")
    ov = g.oversees()
    assert ("县水务局", "城区供水管网延伸工程") in {(o[-4:], p) for o, p in ov} or \
        any(p == "城区供水管网延伸工程" and o.endswith("水务局") for o, p in ov)
    assert any(p == "滨河湿地公园" and o.startswith("青川镇") for o, p in ov)
    assert "滨河湿地公园" in g.names("Project")


def test_a_responsible_body_in_brackets_after_a_project(tmp_path):
    g = read(tmp_path, "石桥县重点项目\n\n\n3月，青川大道改造工程完成投资1.2亿元（责任单位：石桥县交通运输局）。\n")
    assert ("石桥县交通运输局", "青川大道改造工程") in g.oversees()


def test_bodies_that_hold_an_event_to_serve_projects_oversee_them(tmp_path):
    g = read(tmp_path, "石桥县举办招聘会\n\n\n为服务华腾新材料、江源光伏等重点项目，促进项目尽快达产，2月8日，石桥县人民政府和"
             "青川工业园区管委会联合举办新春招聘会。\n")
    ov = g.oversees()
    assert {("石桥县人民政府", "江源光伏"), ("青川工业园区管委会", "江源光伏")} <= ov


def test_a_kind_of_works_in_a_list_is_no_project(tmp_path):
    g = read(tmp_path, "石桥县建设局\n\n\n3月，县建设局重点包装基础设施提升、公共服务设施建设等重大项目，建立项目储备库。\n")
    assert not g.names("Project")


def test_a_builder_is_no_overseer_but_the_body_that_leads_is(tmp_path):
    g = read(tmp_path, "石桥县重点项目\n\n\n3月5日，青川大道改造工程开工。该工程由华腾路桥有限公司负责施工，由县交通运输局牵头负责推进。\n")
    ov = g.oversees()
    assert any(o.endswith("交通运输局") for o, _ in ov)
    assert not any("华腾" in o for o, _ in ov)


# -- 1. collective nouns are never posts ---------------------------------------------------------

def test_leaders_named_after_a_collective_noun_hold_no_post_by_it(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，石桥县召开防汛工作会议。县领导林海川、凌志远，区县领导蒲建国出席会议。\n")
    assert {"林海川", "凌志远", "蒲建国"} <= g.names("Person")
    assert not any(t.endswith(("领导", "班子成员")) for p in ("林海川", "凌志远", "蒲建国") for t in g.titles(p))
    assert {"林海川", "凌志远", "蒲建国"} <= g.who("ATTENDED")


# -- 2. the name before the post -----------------------------------------------------------------

def test_names_written_before_their_posts(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n5月3日，县教育局召开会议。蒲建国局长、林海川书记出席会议，市委邬德昌书记讲话。\n")
    assert "局长" in g.titles("蒲建国")           # of the bureau the paragraph is about
    assert "林海川" in g.names("Person")
    assert any(p == "邬德昌" and o.endswith("市委") for p, o in g.pairs("HOLDS_POSITION"))
    assert {"蒲建国", "林海川"} <= g.who("ATTENDED")


def test_a_word_ending_in_a_post_is_no_name(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n5月3日，县政府办公室主任蒲建国主持会议，党委书记林海川出席。\n")
    assert "公室" not in g.names("Person") and "党委" not in g.names("Person")


# -- 12. company and institution posts, full titles ---------------------------------------------

def test_two_posts_joined_by_jian(tmp_path):
    g = read(tmp_path, "华腾集团新闻\n\n\n5月3日，江州物资集团公司董事长兼华腾陆港公司总经理蒲建国陪同调研。\n")
    posts = {(t, o) for p, o, props in g.rel("HOLDS_POSITION") if p == "蒲建国" for t in [props["title"]]}
    assert ("董事长", "江州物资集团公司") in posts and ("总经理", "华腾陆港公司") in posts


def test_a_government_post_drops_the_governments_short_name(tmp_path):
    g = read(tmp_path, "温川市新闻\n\n\n5月3日，温川市人民政府召开会议，市政府副秘书长吕朝阳主持会议。温川市政府副市长林海川讲话。\n")
    assert "副秘书长" in g.titles("吕朝阳")
    assert any(p == "吕朝阳" and o == "温川市人民政府" for p, o in g.pairs("HOLDS_POSITION"))


# -- 8. organisers ---------------------------------------------------------------------------------

def test_sponsors_named_after_the_event_guides_excluded(tmp_path):
    g = read(tmp_path, "江州数字经济峰会开幕\n\n\n6月15日，2023江州数字经济峰会在江州会展中心成功启幕。"
             "此次峰会是江州今年举办的首个数字经济大型盛会，由江州市商务局、江州科协指导，江州市贸易促进中心和"
             "华腾控股东亚总部主办，江州会客厅、启明之星（江州）共同承办。\n")
    [(name, ev)] = g.events().items()
    assert ev["date"] == "--06-15"
    organisers = {o for o, _ in g.pairs("ORGANISED")}
    assert {"江州市贸易促进中心", "华腾控股东亚总部", "江州会客厅", "启明之星（江州）"} <= organisers
    assert not any("商务局" in o or "科协" in o for o in organisers)


def test_the_parties_to_a_signing_do_not_organise_it(tmp_path):
    g = read(tmp_path, "华腾集团与江州大学签约\n\n\n1月11日，华腾集团有限公司与江州大学在江州科技园举行战略合作协议签约仪式。\n")
    assert g.events() and not g.pairs("ORGANISED")


def test_the_host_of_a_signing_ceremony_organises_it(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n9月6日，石桥县人民政府举行重大项目集中签约仪式，12个项目集中签约。\n")
    assert any(o == "石桥县人民政府" for o, _ in g.pairs("ORGANISED"))


# -- 15. fragments are no names ------------------------------------------------------------------

def test_words_that_start_with_a_family_name_are_no_persons(tmp_path):
    g = read(tmp_path, "江州新闻\n\n\n5月7日，郑欧班列开行三年多来运营成本下降。柳溪新区企业代表参加会议。"
             "桂董在致辞中表示，公司将加大投入。市委书记邬德昌讲话。\n")
    persons = g.names("Person")
    assert "邬德昌" in persons
    assert not persons & {"郑欧", "柳溪", "桂董"}


def test_a_name_before_a_verb_or_a_preposition_stays_a_name(tmp_path):
    g = read(tmp_path, "江州新闻\n\n\n5月7日，公司常务副总经理（主持工作）晏栋梁分析了安全形势。记者蒲晓东报道。\n")
    assert "晏栋梁" in g.names("Person")


# -- 6. long compound names: 暨 joins, it does not split --------------------------------------------

def test_a_long_compound_name_is_one_event(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，石桥县三季度重点项目集中签约暨青川产业园二期项目奠基仪式在青川镇举行。"
             "县委书记邬德昌出席。\n")
    [(name, ev)] = g.events().items()
    assert "暨" in name and name.endswith("奠基仪式")
    assert "邬德昌" in g.who("ATTENDED")


# -- 10. referenced and planned meetings are no events ---------------------------------------------

def test_meetings_only_referred_to_or_planned_are_no_events(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，县政府召开常务会议，县长林海川主持会议。会议传达学习了省水利厅防汛工作会议精神，"
             "观看了市委书记邬德昌在全市防汛会议上的讲话视频。会议研究了下一步工作，将于本月底召开全县防汛动员大会。\n")
    assert len(g.events()) == 1
    assert "邬德昌" not in g.participants()


# -- 11. attendee lists broken by unnamed groups --------------------------------------------------

def test_a_list_broken_by_unnamed_groups_shares_the_closing_verb(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，石桥县召开招商工作会议。林海川、凌志远等县领导，县直有关单位主要负责人，"
             "以及华腾集团董事长蒲建国等企业代表出席会议。\n")
    assert {"林海川", "凌志远", "蒲建国"} <= g.who("ATTENDED")


def test_a_list_with_no_attendance_verb_attends_nothing(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，石桥县召开招商工作会议。林海川、凌志远等县领导，县直有关单位主要负责人，"
             "围绕招商工作进行了讨论。\n")
    assert not g.who("ATTENDED") & {"林海川", "凌志远"}


# -- 14. the stages of a meeting are parts of it ---------------------------------------------------

def test_the_stages_of_a_meeting_are_parts_of_it(tmp_path):
    g = read(tmp_path, "石桥县新闻\n\n\n3月8日，石桥县召开述职评议暨工作总结大会。会议分两个阶段进行。第一阶段，县委副书记凌志远"
             "主持述职评议，县长林海川讲话。第二阶段，县委书记邬德昌作总结讲话。\n")
    [(name, ev)] = g.events().items()
    assert ev["date"] == "--03-08"
    assert ("凌志远", name) in g.pairs("CHAIRED")
    assert {("林海川", name), ("邬德昌", name)} <= g.pairs("SPOKE_AT")


# -- projects of real bulletins --------------------------------------------------------------------

def test_classes_rankings_and_size_classes_of_projects_are_no_projects(tmp_path):
    g = read(tmp_path, "重点项目简报\n\n\n今年全县省重点项目中，农业水利项目10个，社会事业项目7个，10亿至30亿元项目4个。"
             "投资完成率前九名项目分别是青川大道改造工程、石桥港区二期。\n")
    names = g.names("Project")
    assert {"青川大道改造工程", "石桥港区二期"} <= names
    assert not any(n.startswith(("农业水利", "社会事业", "10亿", "投资完成率")) for n in names)


def test_roads_bridges_and_tunnels_are_projects(tmp_path):
    g = read(tmp_path, "重点项目简报\n\n\n3月，青川大桥主体完工，石桥隧道进入二衬施工，江州至石桥高速公路开始路基施工。\n")
    assert {"青川大桥", "石桥隧道"} <= g.names("Project")


# -- talks, named chairs, signings of two parties ------------------------------------------------

def test_a_talk_with_a_title_is_an_event_its_speaker_spoke_at(tmp_path):
    g = read(tmp_path, "江州大学新闻\n\n\n4月1日，江州教育学会会长蒲建国在科学会堂作了题为《大学的内涵建设》的报告。"
             "报告会由校党委书记卜晓梅主持。\n")
    [(name, ev)] = g.events().items()
    assert name.startswith("《大学的内涵建设》")
    assert ("蒲建国", name) in g.pairs("SPOKE_AT") and ("卜晓梅", name) in g.pairs("CHAIRED")


def test_the_chair_the_text_names_wins_over_who_convened(tmp_path):
    g = read(tmp_path, "江州新闻\n\n\n2月26日下午，省委常委邬德昌在石桥县召开水果产业座谈会。县长林海川主持座谈会。\n")
    assert g.who("CHAIRED") == {"林海川"}


def test_we_and_another_body_signing_are_two_parties_not_organisers(tmp_path):
    g = read(tmp_path, "我校与华腾集团签署战略合作协议\n\n\n4月9日上午，我校与华腾集团有限公司在科学会堂签署战略合作协议。"
             "华腾集团总经理欧阳锋、副校长蒲建国出席签约仪式。副校长蒲建国主持签约仪式。\n")
    assert g.events() and not g.pairs("ORGANISED")
    assert "蒲建国" in g.who("CHAIRED") and "欧阳锋" in g.who("ATTENDED")


def test_a_companys_name_keeps_a_character_that_is_also_a_preposition(tmp_path):
    g = read(tmp_path, "江州新闻\n\n\n5月1日，江州石化与宏为技术有限公司签署战略合作协议。中国联合数据有限公司参加签约。\n")
    orgs = g.names("Organisation")
    assert "宏为技术有限公司" in orgs and "技术有限公司" not in orgs
    assert "中国联合数据有限公司" in orgs


# -- dates: a sentence that tells two days -------------------------------------------------------

def test_the_date_nearest_before_the_meeting_is_its_own(tmp_path):
    g = read(tmp_path, "县领导调研柑橘产业\n\n\n"
             "9月25日，石桥县县长林海川到青川镇调研柑橘产业，并于26日下午在县政府召开柑橘产业发展座谈会。"
             "林海川强调，要做强柑橘产业。\n")
    meeting = [ev for name, ev in g.events().items() if "座谈会" in name]
    assert meeting and meeting[0]["date"].endswith("09-26")


def test_a_range_of_days_dates_a_trip_by_its_first_day(tmp_path):
    g = read(tmp_path, "省农科院专家来县考察\n\n\n"
             "3月8日～9日，省农科院院长欧阳明一行到石桥县考察，并实地察看了县农业产业园。"
             "欧阳明表示，将加强院县合作。\n")
    [(name, ev)] = g.events().items()
    assert ev["date"].endswith("03-08")


# -- speaking: announcing and analysing are words delivered at the event ----------------------

def test_announcing_a_start_and_analysing_are_speaking(tmp_path):
    g = read(tmp_path, "石桥县柑橘加工园开工\n\n\n"
             "3月18日，石桥县柑橘加工园开工仪式举行。县委书记林海川宣布项目开工，县长凌志远致辞。"
             "4月2日，县政府召开经济运行分析会，副县长鲁文斌分析一季度经济形势。\n")
    spoke = {(p, e) for p, e, _ in g.rel("SPOKE_AT")}
    assert any(p == "林海川" and "开工" in e for p, e in spoke)
    assert any(p == "鲁文斌" and "分析会" in e for p, e in spoke)


def test_a_body_announcing_is_no_speaker(tmp_path):
    g = read(tmp_path, "石桥县公布柑橘产业扶持政策\n\n\n"
             "3月18日，石桥县农业农村局宣布新一批柑橘产业扶持政策。\n")
    assert not g.who("SPOKE_AT")


def test_a_deputy_called_by_family_name_and_title_is_the_person(tmp_path):
    g = read(tmp_path, "华腾集团会见石桥县客人\n\n\n"
             "5月6日，华腾集团董事长欧阳锋会见了来访的石桥县副县长林海川一行。"
             "林副县长表示，欢迎华腾集团来县投资。\n")
    assert "林海川" in g.who("SPOKE_AT")
    assert "林副" not in g.names("Person")


# -- names: joiners, verbs that are family names, transliterated names ------------------------

def test_a_group_joined_to_another_group_names_no_one(tmp_path):
    g = read(tmp_path, "石桥县召开座谈会\n\n\n"
             "5月6日，石桥县召开座谈会，县领导和开发区企业代表参加。班子成员相互之间进行了交流。"
             "总书记来陕考察重要讲话精神得到贯彻。县长来海川主持会议。\n")
    assert g.names("Person") == {"来海川"}


def test_a_transliterated_name_before_or_after_its_post_is_a_person(tmp_path):
    g = read(tmp_path, "石桥县召开民族团结座谈会\n\n\n"
             "5月6日，石桥县召开民族团结座谈会，副县长艾尔肯·吐尼亚孜主持会议，"
             "阿布都热合曼·买买提局长参加。\n")
    assert {"艾尔肯·吐尼亚孜", "阿布都热合曼·买买提"} <= g.names("Person")
    assert "艾尔肯·吐尼亚孜" in g.who("CHAIRED") and "阿布都热合曼·买买提" in g.who("ATTENDED")
    assert "副县长" in g.titles("艾尔肯·吐尼亚孜")


def test_a_dotted_name_without_a_post_is_no_person(tmp_path):
    g = read(tmp_path, "石桥创谷•青川项目签约\n\n\n5月6日，石桥创谷•青川项目在石桥县签约。\n")
    assert not g.names("Person")


# -- posts: listed colleagues, defined short names, former posts -------------------------------

def test_colleagues_listed_after_a_head_are_in_the_heads_body(tmp_path):
    g = read(tmp_path, "江州市中心医院走访乡镇卫生院\n\n\n"
             "7月12日，江州市中心医院院长蒲建国、副院长卜晓梅、检验科副主任韦振南一行走访了青川镇卫生院。\n")
    held = {(p, props["title"], o) for p, o, props in g.rel("HOLDS_POSITION")}
    assert ("卜晓梅", "副院长", "江州市中心医院") in held
    assert ("韦振南", "副主任", "江州市中心医院检验科") in held


def test_a_colleague_with_a_body_of_its_own_takes_no_guess(tmp_path):
    g = read(tmp_path, "江州市团市委活动\n\n\n"
             "5月4日，团市委副书记蒲建国、江州市三中校长卜晓梅参加活动。\n")
    assert not any(p == "卜晓梅" and "团" in o for p, o, _ in g.rel("HOLDS_POSITION"))


def test_a_short_name_the_text_defines_stands_for_the_full_name(tmp_path):
    g = read(tmp_path, "江州大学与华腾信息签约\n\n\n"
             "4月9日，江州大学与华腾数字科技股份有限公司（以下简称“腾数科技”）签署战略合作协议。"
             "腾数科技总经理欧阳锋出席签约仪式。\n")
    held = {(p, o) for p, o, _ in g.rel("HOLDS_POSITION")}
    assert ("欧阳锋", "华腾数字科技股份有限公司") in held


def test_a_former_post_names_the_body_after_the_mark(tmp_path):
    g = read(tmp_path, "江州大学讲座\n\n\n4月9日，原江州师范大学校长蒲建国在江州大学作报告。\n")
    held = {(p, props["title"], o) for p, o, props in g.rel("HOLDS_POSITION")}
    assert any(p == "蒲建国" and o == "江州师范大学" and t.endswith("校长") for p, t, o in held)


def test_key_project_offices_and_abbreviated_bureaus_are_bodies(tmp_path):
    g = read(tmp_path, "江州市重点项目动态\n\n\n"
             "3月5日，江州市重点项目办组织石桥县重点办、石桥县经发局召开项目推进会。"
             "会后，石桥县经贸局、江州市住房公积金管理中心负责人介绍了有关情况。\n")
    orgs = g.names("Organisation")
    assert {"江州市重点项目办", "石桥县重点办", "石桥县经发局", "石桥县经贸局", "江州市住房公积金管理中心"} <= orgs


def test_a_counted_list_names_its_projects_and_short_forms_are_the_same_projects(tmp_path):
    g = read(tmp_path, "石桥县重点项目动态\n\n\n"
             "2024年石桥农业园有青禾白鸭产业化、万松生态花木园区、石桥（青川）农产品电商中心三个项目列为省重点项目。"
             "目前，青禾白鸭、万松生态二个在建项目进展顺利。\n")
    projects = g.names("Project")
    assert {"青禾白鸭产业化", "万松生态花木园区", "石桥（青川）农产品电商中心"} <= projects
    assert "青禾白鸭" not in projects and "万松生态" not in projects


def test_bodies_before_a_count_of_other_things_are_no_projects(tmp_path):
    g = read(tmp_path, "石桥县项目考核\n\n\n"
             "7月2日，由县发改局牵头，抽调县纪委、县财政局及6个项目指挥部办公室人员组成考核小组。\n")
    assert not any("财政局" in p or "纪委" in p for p in g.names("Project"))


def test_a_city_square_and_a_substation_going_into_service_are_projects(tmp_path):
    g = read(tmp_path, "石桥县重点项目动态\n\n\n"
             "3月5日，县领导走访了万松城市广场建设工地。▲石桥工业园区110千伏变电站投入运营。\n")
    projects = g.names("Project")
    assert "万松城市广场" in projects
    assert any(p.endswith("110千伏变电站") for p in projects)


# -- a company's own paper -----------------------------------------------------------------------

COMPANY_PAPER = ("华腾能源与江州大学签署合作协议\n来源：华腾能源报  发布时间：2021-03-10\n\n"
                 "本报讯 记者欧 锋报道：3月9日，华腾能源与江州大学合作协议签约仪式在京举行。"
                 "集团公司董事长蒲建国、总经理卜晓梅出席。集团公司党组副书记韦振南参加。\n")


def test_a_company_paper_speaks_for_the_company_its_group_words_name(tmp_path):
    g = read(tmp_path, COMPANY_PAPER)
    held = {(p, props["title"], o) for p, o, props in g.rel("HOLDS_POSITION")}
    assert ("蒲建国", "董事长", "华腾能源") in held
    assert ("卜晓梅", "总经理", "华腾能源") in held
    assert ("韦振南", "党组副书记", "华腾能源党组") in held


def test_a_dispatch_lead_names_its_reporter_even_spaced_out(tmp_path):
    g = read(tmp_path, COMPANY_PAPER)
    assert "欧锋" in g.names("Person")
    assert any(p == "欧锋" and o == "华腾能源报" for p, o, _ in g.rel("HOLDS_POSITION"))


def test_a_city_daily_is_no_company(tmp_path):
    g = read(tmp_path, "江州市召开会议\n来源：江州日报  发布时间：2021-03-10\n\n"
             "3月9日，江州市召开会议，公司董事长蒲建国出席。\n")
    assert "江州" not in g.names("Organisation")


def test_a_pages_author_line_is_authorship_not_a_post(tmp_path):
    g = read(tmp_path, "江州市中心医院走访卫生院\n作者：蒲建国 加入时间：2016/7/14 8:21\n\n"
             "7月12日，江州市中心医院院长卜晓梅一行走访了青川镇卫生院。\n")
    assert "蒲建国" in g.who("AUTHORED")
    assert not any(p == "蒲建国" for p, _, _ in g.rel("HOLDS_POSITION"))
    assert any(p == "卜晓梅" for p, _, _ in g.rel("HOLDS_POSITION"))


# -- also seen on the seeds' page: a street office named twice, a verb before a project --------

def test_a_street_offices_own_body_is_the_office_itself(tmp_path):
    g = read(tmp_path, "青川经开区动态\n\n\n"
             "5月28日，青川经开区党工委委员林海川主持召开松坪办事处王庄村改造推进会。会后，"
             "松坪办事处党工委副书记卜晓梅表示，办事处将加快整治进度。\n")
    orgs = g.names("Organisation")
    assert "松坪办事处" in orgs and not any("办事处办事处" in o for o in orgs)


def test_a_verb_before_a_project_is_not_part_of_its_name(tmp_path):
    g = read(tmp_path, "青川经开区动态\n\n\n5月28日，经开区建设管理部表示，要持续深化沿河生态廊道建设。\n")
    projects = g.names("Project")
    assert "沿河生态廊道" in projects and not any(p.startswith("深化") for p in projects)


def test_a_reporter_who_took_the_photos_holds_one_post(tmp_path):
    g = read(tmp_path, "江州新闻\n\n\n本报讯（记者 蒲建国）5月6日，江州市召开会议。\n蒲建国 摄\n"
             "本报讯（通讯员 卜晓梅）5月7日，石桥县召开会议。\n韦振南 摄\n")
    titles = {(p, props["title"]) for p, _, props in g.rel("HOLDS_POSITION")}
    assert ("蒲建国", "记者") in titles and ("蒲建国", "摄影") not in titles
    assert ("韦振南", "摄影") in titles


def test_a_dispatch_dateline_names_the_reporters_medium(tmp_path):
    g = read(tmp_path, "江州举办数字经济对接会\n\n\n"
             "华夏网江州7月27日电（记者 蒲建国）27日，江州市数字经济投资对接会在江州举行。\n")
    assert ("蒲建国", "华夏网") in {(p, o) for p, o, _ in g.rel("HOLDS_POSITION")}


def test_a_company_name_with_a_bracketed_place_and_a_body_inside_it(tmp_path):
    g = read(tmp_path, "华腾公司会见石桥县客人\n\n\n"
             "2012年7月10日，华腾商业（中国）有限公司战略与投资委员会副主席欧阳锋在广州会见了来访的"
             "石桥县副县长林海川一行。\n")
    assert "华腾商业（中国）有限公司" in g.names("Organisation")
    held = {(p, props["title"], o) for p, o, props in g.rel("HOLDS_POSITION")}
    assert ("欧阳锋", "战略与投资委员会副主席", "华腾商业（中国）有限公司战略与投资委员会") in held


def test_a_bracketed_note_after_a_name_is_not_part_of_it(tmp_path):
    g = read(tmp_path, "江州市召开会议\n\n\n5月6日，江州市召开会议（视频）。市交通局局长蒲建国出席。\n")
    assert not any("（" in o for o in g.names("Organisation"))


# -- summaries and references are no events ------------------------------------------------------

def test_a_count_of_meetings_is_no_event(tmp_path):
    g = read(tmp_path, "华腾集团开展专题学习\n\n\n"
             "6月以来，华腾集团党委中心组集中学习讨论3次，召开9次座谈会，回收问卷200多份。"
             "6月20日，华腾集团召开领导班子专题民主生活会，董事长欧阳锋主持会议。\n")
    names = set(g.events())
    assert not any("9次座谈会" in n for n in names)
    assert any("民主生活会" in n for n in names)


def test_an_agreement_signed_before_is_no_signing(tmp_path):
    g = read(tmp_path, "石桥县召开现场办公会\n\n\n"
             "3月12日，石桥县召开现场办公会。针对华腾公司与石桥县供排水公司签订的污水处理框架协议，"
             "县供排水公司要积极协调。4月2日，华腾公司与石桥县政府签订投资协议。\n")
    kinds = [(n, ev["kind"]) for n, ev in g.events().items()]
    assert not any("框架协议" in n for n, _ in kinds)
    assert any(k == "signing" and "投资协议" in n for n, k in kinds)


def test_the_meeting_a_dated_sentence_took_place_at_is_an_event(tmp_path):
    g = read(tmp_path, "江州市重点项目动态\n\n\n"
             "2013年12月28日，在全省重点项目建设工作视频会议上，副省长蒲建国强调，要重视项目前期论证。"
             "此前，在6月初召开的全市医疗资源下沉工作推进会上，副市长卜晓梅对下沉工作作了部署。\n")
    events = g.events()
    video = [ev for n, ev in events.items() if "视频会议" in n]
    assert video and video[0]["date"] == "2013-12-28"
    assert ("蒲建国", next(n for n in events if "视频会议" in n)) in g.pairs("SPOKE_AT")
    assert any(p == "卜晓梅" and "推进会" in n for p, n in g.pairs("SPOKE_AT"))


def test_a_speech_given_at_another_meeting_names_no_event(tmp_path):
    g = read(tmp_path, "石桥县召开常务会议\n\n\n"
             "5月6日，石桥县召开县政府常务会议，传达学习了副省长蒲建国在全省重点项目建设工作会议上的讲话精神。\n")
    assert not any("重点项目建设工作会议" in n for n in g.events())


def test_a_signing_at_a_meeting_is_part_of_it(tmp_path):
    g = read(tmp_path, "江州市医疗资源下沉\n\n\n"
             "此前，在6月初召开的全市医疗资源下沉工作推进会上，副市长卜晓梅作了部署，"
             "市中心医院与青川镇卫生院签订合作办医协议。\n")
    assert not any(ev["kind"] == "signing" for ev in g.events().values())


def test_campaigns_means_and_modifiers_are_no_events(tmp_path):
    g = read(tmp_path, "华腾集团党建动态\n\n\n"
             "为深入贯彻县委作出的开展“邻里一家亲”活动的重大部署，华腾集团加强组织领导。"
             "坚持开展学习教育培训，提高职工素质。通过开展重温入党誓词活动，让党员牢记使命。"
             "7月1日，华腾集团召开庆祝建党大会，董事长欧阳锋主持会议。\n")
    names = set(g.events())
    assert not any("一家亲" in n or "学习教育培训" in n or "誓词" in n for n in names)
    assert any("庆祝建党大会" in n for n in names)


# -- years: planned years and datelines earlier than the event -----------------------------------

def test_a_planned_year_is_not_the_year_of_the_event(tmp_path):
    g = read(tmp_path, "石桥创新创业园揭牌\n\n\n"
             "5月31日，石桥创新创业园在青川新区揭牌。园区计划2018年底交付使用。\n")
    assert [ev["date"] for ev in g.events().values()] == ["--05-31"]


def test_an_event_after_the_publication_line_has_no_year_from_it(tmp_path):
    g = read(tmp_path, "石桥县体育局开展结对认亲活动\n发布时间：2017-08-17\n\n"
             "11月18日，石桥县体育局局长蒲建国带领干部到青川村开展结对认亲活动。\n")
    assert [ev["date"] for ev in g.events().values()] == ["--11-18"]


def test_an_event_before_the_publication_line_takes_its_year(tmp_path):
    g = read(tmp_path, "石桥县体育局开展结对认亲活动\n发布时间：2017-11-20\n\n"
             "11月18日，石桥县体育局局长蒲建国带领干部到青川村开展结对认亲活动。\n")
    assert [ev["date"] for ev in g.events().values()] == ["2017-11-18"]
