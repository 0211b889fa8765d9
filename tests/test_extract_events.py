"""Events, roles, person lists, projects and oversight in the language of the genre, read
from short bulletins written for these tests (invented places and people, not copied from
the seeds or the held-out set), through the real pipeline (loaders.pipeline.read_document).
Each test names the rule; the negatives say what must NOT be read."""
from __future__ import annotations

from pathlib import Path

from bulletin_facts import G, read_bulletin


def read(tmp_path: Path, text: str) -> G:
    return read_bulletin(tmp_path, text)


HEAD = "青禾县政务信息\n2024年第3期\n青禾县人民政府办公室　编\n\n"


# -- lists of people sharing one verb ----------------------------------------------------------

def test_a_comma_separated_list_of_titled_people_shares_the_verb(tmp_path):
    g = read(tmp_path, HEAD + "【要闻】县政府召开全县春耕生产调度会\n"
             "4月2日，县长甘立夫主持召开全县春耕生产调度会。县委副书记、副县长柯文远，"
             "县委常委、常务副县长时永军，副县长滑春梅出席会议，县人大常委会副主任宫立新、"
             "县政协副主席陶海宁列席会议。\n")
    assert {"柯文远", "时永军", "滑春梅", "宫立新", "陶海宁"} <= g.who("ATTENDED")
    roles = {p: props["role"] for p, _, props in g.rel("ATTENDED")}
    assert roles["柯文远"] == "出席" and roles["宫立新"] == "列席"
    assert g.who("CHAIRED") == {"甘立夫"}


def test_names_listed_after_one_title_share_it(tmp_path):
    g = read(tmp_path, HEAD + "【人大】县人大常委会召开主任会议\n"
             "4月3日，县人大常委会召开主任会议。县人大常委会副主任景秋生、祁红英、郎建平出席会议。\n")
    assert {"景秋生", "祁红英", "郎建平"} <= set(g.label("Person"))
    titles = {(p, props["title"]) for p, _, props in g.rel("HOLDS_POSITION")}
    assert ("郎建平", "副主任") in titles or any(p == "郎建平" and t.endswith("副主任") for p, t in titles)
    assert "郎建平" in g.who("ATTENDED")


def test_a_verb_after_a_name_is_not_shared_backwards(tmp_path):
    g = read(tmp_path, HEAD + "【要闻】县政府召开安全生产会议\n"
             "4月4日，县政府召开安全生产会议。副县长柯文远主持会议，县应急管理局局长尤建华通报了一季度安全生产情况。\n")
    assert "柯文远" not in g.who("SPOKE_AT")
    assert "尤建华" in g.who("SPOKE_AT")


# -- person names --------------------------------------------------------------------------------

def test_a_given_name_ending_in_wei_before_a_speech_verb(tmp_path):
    g = read(tmp_path, HEAD + "【部门】县交通运输局召开工作例会\n"
             "4月5日，县交通运输局召开工作例会。局长钱有为通报了上月重点工作完成情况。\n")
    assert "钱有为" in g.label("Person")
    assert "钱有" not in g.label("Person")


def test_yingyao_is_a_word_not_part_of_the_name(tmp_path):
    g = read(tmp_path, HEAD + "【部门】县水利局召开防汛工作会议\n"
             "4月6日，县水利局召开防汛工作会议，市水文局副局长吕凡应邀参加会议。\n")
    assert "吕凡" in g.label("Person")
    assert "吕凡应" not in g.label("Person")
    assert "吕凡" in g.who("ATTENDED")


def test_appointment_gives_the_post_and_removal_gives_none(tmp_path):
    g = read(tmp_path, HEAD + "【人大】县人大常委会召开第五次会议\n"
             "4月7日，县十八届人大常委会第五次会议召开。会议决定任命钮晓峰为县民政局局长，免去龚长河的县民政局局长职务。\n")
    people = g.label("Person")
    assert "钮晓峰" in people and "龚长河" in people
    posts = {(p, o) for p, o, props in g.rel("HOLDS_POSITION") if props["title"]}
    assert any(p == "钮晓峰" and "民政局" in o for p, o in posts)
    assert not any(p == "龚长河" for p, _ in posts)


def test_photo_credit_after_a_caption_with_fullwidth_spaces(tmp_path):
    g = read(tmp_path, HEAD + "【图片新闻】\n图为春耕现场。　蓝一鸣　摄\n")
    assert "蓝一鸣" in g.label("Person")


# -- events --------------------------------------------------------------------------------------

def test_a_leader_touring_is_an_inspection_with_the_escort(tmp_path):
    g = read(tmp_path, HEAD + "【调研】柯文远到河口镇调研春耕生产\n"
             "4月8日，副县长柯文远一行深入河口镇，调研春耕生产和农资供应情况。陪同调研的有县农业农村局局长"
             "房立群、河口镇镇长车晓兰。\n")
    evs = g.events()
    assert len(evs) == 1
    (name, props), = evs.items()
    assert props["kind"] == "inspection" and props["date"] == "2024-04-08"
    assert {"柯文远", "房立群", "车晓兰"} <= g.who("ATTENDED")
    assert {props["role"] for p, _, props in g.rel("ATTENDED") if p == "房立群"} == {"陪同"}


def test_a_later_stop_of_a_tour_is_no_new_event(tmp_path):
    g = read(tmp_path, HEAD + "【民生】滑春梅走访慰问困难群众\n"
             "4月9日，副县长滑春梅到河口镇走访慰问困难群众。在脱贫户邵金花家中，滑春梅详细询问生活情况。"
             "随后，滑春梅一行来到河口镇卫生院，看望了退役军人庞大海的母亲。\n")
    assert len(g.events()) == 1
    assert "邵金花" in g.who("ATTENDED")          # visited at home: present
    assert "庞大海" not in g.who("ATTENDED", "SPOKE_AT", "CHAIRED")


def test_a_body_organising_members_to_inspect(tmp_path):
    g = read(tmp_path, HEAD + "【政协】县政协视察农村公路建设\n"
             "4月10日，县政协组织部分县政协委员视察全县农村公路建设情况。县政协主席焦立平带队。\n")
    evs = g.events()
    assert len(evs) == 1 and next(iter(evs.values()))["kind"] == "inspection"
    assert any("政协" in o for o, _, _ in g.rel("ORGANISED"))
    assert "焦立平" in g.who("ATTENDED")


def test_sponsors_named_after_the_event(tmp_path):
    g = read(tmp_path, HEAD + "【招商】青禾县（杭州）投资推介会举行\n"
             "4月11日，青禾县（杭州）投资推介会在杭州举行。此次推介会由县人民政府主办，县商务局、县投资促进中心承办。"
             "副县长柯文远主持推介会。\n")
    orgs = {o for o, _, _ in g.rel("ORGANISED")}
    assert any("人民政府" in o for o in orgs)
    assert any("商务局" in o for o in orgs) and any("投资促进中心" in o for o in orgs)
    assert "柯文远" in g.who("CHAIRED")
    assert "柯文远" not in g.who("SPOKE_AT")       # 主持推介会: 推介 names the meeting here


def test_a_meeting_named_as_the_subject_of_zhaokai(tmp_path):
    g = read(tmp_path, HEAD + "【人大】县人大常委会举行会议\n"
             "4月12日，县十八届人大常委会第六次会议召开。县人大常委会主任宫立新主持会议。\n")
    evs = g.events()
    assert len(evs) == 1 and next(iter(evs.values()))["date"] == "2024-04-12"
    assert "宫立新" in g.who("CHAIRED")


def test_a_meeting_described_is_not_an_event(tmp_path):
    g = read(tmp_path, HEAD + "【要闻】县委召开常委会会议\n"
             "4月13日，县委书记米立成主持召开县委常委会会议。会议指出，这是在关键之年召开的一次十分重要的会议。\n")
    names = list(g.events())
    assert len(names) == 1 and "一次" not in names[0]


def test_a_side_meeting_of_an_inspection_is_part_of_it(tmp_path):
    g = read(tmp_path, HEAD + "【督导】县督导组检查秸秆禁烧工作\n"
             "4月14日，副县长柯文远带队到河口镇督导秸秆禁烧工作。督导组一行先后察看了三个村的田间地头，"
             "并召开座谈会，听取了河口镇镇长车晓兰的汇报。\n")
    assert len(g.events()) == 1
    assert "车晓兰" in g.who("SPOKE_AT")


def test_a_signing_at_a_meeting_is_part_of_the_meeting(tmp_path):
    g = read(tmp_path, HEAD + "【党建】县委召开党风廉政建设工作会议\n"
             "4月15日，县委召开党风廉政建设工作会议。会上，县委与各乡镇主要负责人签订了党风廉政建设责任书。\n")
    assert len(g.events()) == 1


def test_studying_a_speech_does_not_hide_the_speaker_who_relays_it(tmp_path):
    g = read(tmp_path, HEAD + "【党建】县纪委召开全体干部会议\n"
             "4月16日，县纪委召开全体干部会议。县纪委书记计红军传达了市纪委全会精神并对全年工作作具体部署。\n")
    assert "计红军" in g.who("SPOKE_AT")


def test_companies_visited_on_a_tour_are_not_organisers(tmp_path):
    g = read(tmp_path, HEAD + "【服务企业】米立成走访调研重点企业\n"
             "4月17日，县委书记米立成带队走访调研青禾明辉机械有限公司、青禾瑞丰食品有限公司等重点企业。\n")
    assert not g.rel("ORGANISED")
    assert "米立成" in g.who("ATTENDED")


# -- projects and oversight ----------------------------------------------------------------------

PROJECT_ITEM = (HEAD + "【项目建设】县城投公司召开重点项目推进会\n"
                "4月18日，青禾县城市建设投资有限公司召开重点项目推进会，县住房和城乡建设局副局长项立伟应邀参加会议。"
                "项立伟表示，县住房和城乡建设局将加强对青禾大道改扩建工程的质量安全监管。"
                "青禾大道改扩建工程是县委、县政府确定的重点民生工程，县交通运输局要切实履行行业监管职责；"
                "县政协将持续跟踪监督工程建设进展。\n")


def test_a_department_told_to_supervise_a_named_works_oversees_it(tmp_path):
    g = read(tmp_path, PROJECT_ITEM)
    ov = {(o, p) for o, p, _ in g.rel("OVERSEES")}
    assert any("住房和城乡建设局" in o and p == "青禾大道改扩建工程" for o, p in ov)
    assert any("交通运输局" in o and p == "青禾大道改扩建工程" for o, p in ov)   # the sentence's topic


def test_a_cppcc_monitoring_or_a_company_is_no_overseer(tmp_path):
    g = read(tmp_path, PROJECT_ITEM)
    assert not any("政协" in o for o, _, _ in g.rel("OVERSEES"))
    assert "持续跟踪监督工程" not in g.label("Project")


def test_a_short_reference_to_a_project_in_an_instruction(tmp_path):
    g = read(tmp_path, HEAD + "【乡村振兴】河口镇召开现代农业示范片建设推进会\n"
             "4月19日，河口镇现代农业示范片建设推进会召开。副县长滑春梅出席会议并讲话。"
             "滑春梅强调，县农业农村局要加强对示范片建设的技术指导和项目监管。\n")
    assert any("农业农村局" in o and p.endswith("示范片") for o, p, _ in g.rel("OVERSEES"))


def test_ceremony_speeches_give_no_project(tmp_path):
    g = read(tmp_path, HEAD + "【项目建设】我县二季度重大项目集中开工\n"
             "4月20日，青禾县二季度重大项目集中开工仪式举行。县长甘立夫致辞并宣布项目开工，"
             "青禾明辉机械有限公司董事长左振宇代表项目单位发言。投资3亿元的年产5万台电机技改项目由青禾明辉机械有限公司投资建设。\n")
    projects = set(g.label("Project"))
    assert not any("甘立夫" in p or "左振宇" in p or "重大项目" in p for p in projects)
    assert "年产5万台电机技改项目" in projects
    assert not g.rel("OVERSEES")            # the hosts of a ceremony do not oversee its projects


# -- presence: a leader mentioned is not a leader present ----------------------------------------

def test_a_speech_given_at_another_meeting_or_a_past_post_is_no_presence(tmp_path):
    g = read(tmp_path, HEAD + "【党建】县水利局召开党组会议\n"
             "6月3日，县水利局召开党组会议。会议传达了省水利厅厅长贝正华在全省水利工作会议上的讲话。"
             "局长简立新指出，宗明远同志在河东工作期间亲自谋划了这项改革。"
             "市委书记柴永春在全市防汛工作会议上强调，要守牢底线。"
             "按照市长聂海涛的批示要求，副局长姬文秀通报了汛前检查情况。\n")
    present = g.who("ATTENDED", "SPOKE_AT", "CHAIRED")
    assert {"简立新", "姬文秀"} <= g.who("SPOKE_AT")
    assert not {"贝正华", "宗明远", "柴永春", "聂海涛"} & present


def test_a_quoted_speech_and_a_name_in_a_book_title_are_no_presence(tmp_path):
    g = read(tmp_path, HEAD + "【学习】县委宣传部举办专题讲座\n"
             "6月4日，县委宣传部举办理论专题讲座，邀请青禾学院教授裘文博作题为《读懂省委书记宗明远的治水之道》的专题辅导。"
             "会议认为，宗明远同志的重要讲话思想深邃。\n")
    assert "裘文博" in g.who("SPOKE_AT")
    assert "宗明远" not in g.who("ATTENDED", "SPOKE_AT", "CHAIRED")


def test_a_speech_at_the_current_meeting_named_in_full_is_presence(tmp_path):
    g = read(tmp_path, HEAD + "【要闻】全县防汛工作会议召开\n"
             "6月5日，全县防汛工作会议召开。县长甘立夫在全县防汛工作会议上强调，要压实责任。\n")
    assert "甘立夫" in g.who("SPOKE_AT")


# -- speaking --------------------------------------------------------------------------------------

def test_a_chair_who_also_sets_requirements_speaks(tmp_path):
    g = read(tmp_path, HEAD + "【简讯】\n●6月6日，县市场监管局召开食品安全专题会议，副局长喻晓峰主持会议，"
             "并对下一步抽检工作提出具体要求。\n")
    assert "喻晓峰" in g.who("CHAIRED") and "喻晓峰" in g.who("SPOKE_AT")


def test_lectures_greetings_read_decisions_and_announcing_a_start_are_speeches(tmp_path):
    # real bulletins' gold counts 宣布开工 as words delivered at the ceremony (issue 10)
    g = read(tmp_path, HEAD + "【项目】青禾县夏季重点项目集中开工仪式举行\n"
             "6月7日，青禾县夏季重点项目集中开工仪式举行。县委书记米立成出席仪式并宣布开工。"
             "县长甘立夫在致辞中表示，要优化服务。县委组织部副部长车晓兰宣读了表彰决定。"
             "县应急管理局局长庞志远作安全生产专题辅导。\n")
    spoke = g.who("SPOKE_AT")
    assert {"甘立夫", "车晓兰", "庞志远", "米立成"} <= spoke and "米立成" in g.who("ATTENDED")


# -- organisers ------------------------------------------------------------------------------------

def test_the_sponsor_clause_after_the_event_noun(tmp_path):
    g = read(tmp_path, HEAD + "【项目】青禾县秋季重点项目集中开工仪式举行\n"
             "9月8日，青禾县秋季重点项目集中开工仪式在河口镇举行。仪式由县人民政府主办、县发展和改革局承办。"
             "县长甘立夫致辞。\n"
             "【文明】文明实践中心揭牌\n"
             "9月9日，青禾县新时代文明实践中心揭牌仪式举行，揭牌仪式由县委宣传部、县文明办联合举办。"
             "县委副书记柯文远为中心揭牌。\n")
    org = {(o, e) for o, e, _ in g.rel("ORGANISED")}
    assert any("人民政府" in o and "开工" in e for o, e in org)
    assert any("发展和改革局" in o and "开工" in e for o, e in org)
    assert any("宣传部" in o and "揭牌" in e for o, e in org) and any("文明办" in o and "揭牌" in e for o, e in org)
    assert "柯文远" in g.who("ATTENDED")


def test_a_joint_conference_office_organises_and_the_zone_itself_does_not(tmp_path):
    g = read(tmp_path, HEAD + "【项目】重点项目联席会议召开\n"
             "9月11日，县重点项目建设联席会议办公室组织召开重点项目建设联席会议。副县长时永军主持会议。\n"
             "【要闻】我县召开防汛工作会议\n"
             "9月12日，我县召开防汛工作会议。县长甘立夫出席会议并讲话。\n")
    org = {(o, e) for o, e, _ in g.rel("ORGANISED")}
    assert any("联席会议办公室" in o for o, _ in org)
    assert not any("防汛" in e for _, e in org)


def test_we_the_commission_is_the_issuing_body(tmp_path):
    g = read(tmp_path, "青禾县发展和改革委员会\n工作动态\n2024年第9期\n\n【简讯】\n"
             "●9月5日，我委召开价格监测工作专题会议，副主任阎海波主持会议。\n")
    assert any("发展和改革委员会" in o for o, _, _ in g.rel("ORGANISED"))


# -- events: metadata lines and tables of contents -------------------------------------------------

def test_metadata_lines_and_contents_are_no_events(tmp_path):
    g = read(tmp_path, "青禾县发展和改革局\n工作简报\n2024年第9期\n\n本期要目\n1．县发改局召开党组会议\n"
             "2．全县重点项目联席会议召开\n\n"
             "县发改局召开党组会议\n9月4日上午，县发改局召开党组会议。会议由党组书记、局长庞志远主持。\n\n"
             "全县重点项目联席会议召开\n发布时间：2024-09-06 09:15　来源：青禾县融媒体中心\n"
             "9月5日，县重点项目建设联席会议办公室组织召开重点项目联席会议。副县长时永军出席会议并讲话。"
             "会议明确，青禾大道改扩建工程由县交通运输局牵头负责。\n")
    names = list(g.events())
    assert not any("发布时间" in n or "来源" in n or "09:15" in n for n in names)
    assert len(names) == 2
    org = {(o, e) for o, e, _ in g.rel("ORGANISED")}
    assert not any("交通运输局" in o for o, _ in org)     # 牵头负责 a project is no event


# -- projects --------------------------------------------------------------------------------------

def test_the_first_named_instance_of_a_class_of_works_names_the_project(tmp_path):
    g = read(tmp_path, HEAD + "【城建】县住建局召开城市更新推进会\n"
             "6月8日，县住建局召开城市更新推进会。会议要求，加快粮站家属院等老旧小区改造进度，全面提升居住品质。\n")
    assert any(n.startswith("粮站家属院") and "改造" in n for n in g.label("Project"))


# -- tours ----------------------------------------------------------------------------------------

def test_a_leader_coming_to_our_town_tours_it_and_the_side_meeting_is_part_of_it(tmp_path):
    g = read(tmp_path, "河口镇政务简报\n2024年第6期\n\n【调研】县领导来我镇调研\n"
             "6月9日，副县长时永军一行来我镇调研重点项目建设情况，并召开座谈会。镇党委书记车晓兰陪同调研。\n")
    assert len(g.events()) == 1
    assert "时永军" in g.who("ATTENDED") and "时永军" not in g.who("CHAIRED")
    assert "车晓兰" in g.who("ATTENDED")


def test_company_and_school_names_ending_in_gongcheng_are_no_projects(tmp_path):
    g = read(tmp_path, HEAD + "【项目建设】泊位工程开工\n"
             "4月21日，青禾港5号、6号通用泊位工程开工仪式举行。该工程总投资8.6亿元，由青禾港务集团有限公司作为建设单位，"
             "施工单位为江川路桥工程有限公司，江川大学环境工程学院提供技术支持，目前已完成总工程量的20%。"
             "会议明确，由县交通运输局负责工程质量安全监管。\n"
             "4月22日，县投资促进局赴外地对接青禾冷链产业园项目，考察了青禾冷链产业园二期。\n")
    projects = set(g.label("Project"))
    assert "青禾港5号、6号通用泊位工程" in projects
    assert not any(p.startswith(("江川", "号", "接", "施工单位")) or p.endswith("总工程") for p in projects)
    assert "青禾冷链产业园项目" in projects and "青禾冷链产业园" not in projects   # one project
    # the sentence after the project supervises "the works": it speaks of that project
    assert any("交通运输局" in o and p == "青禾港5号、6号通用泊位工程" for o, p, _ in g.rel("OVERSEES"))


def test_lecturing_signing_and_a_study_session(tmp_path):
    g = read(tmp_path, HEAD + "【培训】执法培训班开班\n"
             "4月15日，全县执法人员业务培训班开班。县司法局局长韦立新主持开班仪式，南川大学法学院教授温启明讲授了行政处罚法。\n"
             "【合作】县生态环境局与南川大学签约\n"
             "4月22日，县生态环境局与南川大学合作框架协议签约仪式举行。副县长柴丽出席并讲话，县生态环境局局长麦长河与南川大学副校长容志远分别代表双方签约。\n"
             "【学习】\n"
             "◇4月24日，局党组理论学习中心组开展2024年第4次集中学习，麦长河主持并讲话，韦立新作交流发言。\n")
    spoke, attended = g.pairs("SPOKE_AT"), g.pairs("ATTENDED")
    assert any(p == "温启明" and "培训班" in e for p, e in spoke)
    assert any(p == "麦长河" and "签约" in e for p, e in attended)
    assert any(p == "容志远" and "签约" in e for p, e in attended)
    study = [e for e in g.events() if "集中学习" in e]
    assert len(study) == 1 and g.events()[study[0]]["date"] == "2024-04-24"
    assert ("麦长河", study[0]) in g.pairs("CHAIRED") and ("韦立新", study[0]) in spoke


def test_bulleted_briefs_are_separate_items(tmp_path):
    # a 简讯 column: each ◆ paragraph with its own date is its own news item, so the people of
    # one brief never join the event of another (and a planned session chairs nothing)
    g = read(tmp_path, HEAD + "【简讯】\n"
             "◆五月十九日，副县长权立华到县特殊教育学校看望慰问残疾儿童。\n"
             "◆近日，县市场监督管理局开展校园食品安全专项检查，共检查学校食堂142家。\n"
             "◎近日，坪上村党总支书记龙大山主持召开院坝会，80余名村民参加。\n"
             "◆县人大常委会第十九次会议定于5月下旬召开，县人大常委会主任仵志成将主持会议。\n")
    inspection = next(e for e in g.events() if "食品安全专项检查" in e)
    assert not any(e == inspection for _, e in g.pairs("CHAIRED") | g.pairs("ATTENDED"))
    assert ("龙大山", next(e for e in g.events() if "院坝会" in e)) in g.pairs("CHAIRED")
    assert "仵志成" not in g.who("CHAIRED", "ATTENDED")
    visit = [e for e, p in g.events().items() if p.get("date") == "2024-05-19"]
    assert visit and ("权立华", visit[0]) in g.pairs("ATTENDED")


def test_shared_parking_is_a_name_and_classes_of_works_are_no_projects(tmp_path):
    g = read(tmp_path, HEAD + "【民生】错时共享停车\n"
             "4月23日，杏园社区错时共享停车项目启用，该项目由县城市管理局牵头负责。"
             "会议要求压紧压实项目责任，用好用足水利工程资金，抓好规模化供水工程和小型供水工程建设，"
             "施工单位项目经理要严格落实安全措施，全省水利工程建设和秋季重大项目要加快推进。\n")
    projects = set(g.label("Project"))
    assert projects == {"杏园社区错时共享停车项目"}
    assert any("城市管理局" in o and p == "杏园社区错时共享停车项目" for o, p, _ in g.rel("OVERSEES"))


def test_the_works_named_in_the_sentence_before_are_the_ones_assigned(tmp_path):
    g = read(tmp_path, HEAD + "【会议】县政府常务会议\n"
             "4月24日，县政府召开常务会议，研究了县第三中学迁建工程推进工作。该工程总投资2.6亿元，由县教育局牵头负责，"
             "青禾县城市建设投资有限公司负责代建。\n")
    assert any("教育局" in o and p == "县第三中学迁建工程" for o, p, _ in g.rel("OVERSEES"))
    assert not any("城市建设投资" in o for o, _, _ in g.rel("OVERSEES"))     # 代建 is no oversight


def test_bracketed_contents_head_resident_councils_and_after_the_meeting(tmp_path):
    g = read(tmp_path, "苇湾街道工作简报\n第9期\n中共苇湾街道工作委员会办公室　2025年5月16日\n"
             "【本期要目】\n● 居民议事会召开\n● 街道召开文明创建动员会\n"
             "居民议事会召开\n5月9日晚，杏园社区居委会召开老旧小区改造居民议事会，会议由杏园社区党委书记牟秀芳主持。\n"
             "街道召开文明创建动员会\n5月12日，苇湾街道召开文明创建动员会，办事处副主任蔚晓玲主持会议。"
             "会后，街道文明办在槐花里社区开展“清洁家园”志愿服务活动。\n")
    events = g.events()
    assert sum("动员会" in e for e in events) == 1                       # not again from the contents
    council = next(e for e in events if "议事会" in e)
    assert ("牟秀芳", council) in g.pairs("CHAIRED") and events[council]["date"] == "2025-05-09"
    volunteer = next(e for e in events if "志愿服务活动" in e)
    assert events[volunteer]["date"] == "2025-05-12"                   # 会后: the meeting's day


def test_signing_the_agreements_is_part_of_the_signing_ceremony(tmp_path):
    g = read(tmp_path, HEAD + "【招商】重大项目集中签约\n"
             "10月10日，青禾县秋季重大项目集中签约仪式举行。县长甘立夫致辞，副县长尚海平主持签约仪式。"
             "县发展和改革局局长祖丽芳代表县政府与项目方签订投资协议。\n"
             "◇近日，县委统战部举办第九期“政企早餐会”，县委书记米立成与企业负责人面对面交流。米立成要求，相关部门要限时办结企业诉求。\n")
    events = g.events()
    assert sum(1 for e in events if "签" in e) == 1
    ceremony = next(e for e in events if "签约仪式" in e)
    assert ("祖丽芳", ceremony) in g.pairs("ATTENDED")
    breakfast = next(e for e in events if "早餐会" in e)
    assert "米立成" in {p for p, e in g.pairs("ATTENDED") | g.pairs("SPOKE_AT") if e == breakfast}


def test_a_body_assigned_the_project_after_naming_its_builders(tmp_path):
    # 项目由甲作为建设单位，乙负责施工，某县丙局牵头负责项目推进，丁局负责质量安全监管
    g = read(tmp_path, "辉川信息\n第35期\n中共辉川市委办公室　　2023年8月25日\n"
             "市长到靖河县调研\n8月22日，市长於海燕到靖河县调研。在靖河县玉米深加工产业园项目现场，於海燕了解项目进度。"
             "项目由吉林辉丰生物科技有限公司作为建设单位，吉林长鸿建设集团有限公司负责施工，"
             "靖河县发展和改革局牵头负责项目推进，靖河县住房和城乡建设局负责质量安全监管。\n"
             "招商会召开\n8月23日，市投资促进局召开会议。年产10GWh钠离子电池项目由投资促进局牵头组建服务专班。\n")
    ov = {(o, p) for o, p, _ in g.rel("OVERSEES")}
    assert ("靖河县发展和改革局", "靖河县玉米深加工产业园项目") in ov
    assert ("靖河县住房和城乡建设局", "靖河县玉米深加工产业园项目") in ov
    assert not any("有限公司" in o for o, _ in ov)                       # builders are no overseers
    assert any(p == "年产10GWh钠离子电池项目" and "投资促进局" in o for o, p in ov)


def test_a_sitting_of_a_session_is_part_of_the_session(tmp_path):
    g = read(tmp_path, "人大工作通讯\n2023年第5期\n岚江市人大常委会办公室编　2023年6月30日\n"
             "市人大常委会第十三次会议举行\n6月27日至28日，市十六届人大常委会第十三次会议举行。市人大常委会主任翁建国主持会议。\n"
             "6月28日上午，会议举行第二次全体会议，表决通过了有关人事任免事项。蔡承明作任前表态发言。\n")
    events = g.events()
    assert not any(e.startswith("第二次全体会议") for e in events)
    session = next(e for e in events if "第十三次会议" in e)
    assert ("蔡承明", session) in g.pairs("SPOKE_AT")
