"""Persons, titles, bylines and project oversight in the language of the genre, read from
short bulletins written for these tests (invented places, people and projects), through the
real pipeline (loaders.pipeline.read_document). Negatives say what must NOT be read."""
from __future__ import annotations

from pathlib import Path

from bulletin_facts import G, read_bulletin
from loaders.pipeline import read_document

HEAD = "青禾县政务信息\n2024年第5期\n青禾县人民政府办公室　编\n\n"


def read(tmp_path: Path, text: str) -> G:
    return read_bulletin(tmp_path, HEAD + text)


def _over(g: G, org_part: str, prj_part: str) -> bool:
    return any(org_part in o and prj_part in p for o, p in g.oversees())


# -- oversight: the body a sentence assigns a project to ---------------------------------------

def test_project_by_body_responsible_for_pushing_it(tmp_path):
    g = read(tmp_path, "县重点项目推进会召开\n5月6日，县政府召开重点项目推进会。"
                       "会议明确，石桥河综合整治工程由县水利局负责推进，县生态环境局做好水质监测配合工作。\n")
    assert _over(g, "水利局", "石桥河综合整治工程")
    assert not _over(g, "生态环境局", "石桥河")        # 配合 is not overseeing


def test_body_responsible_for_the_project_named_after_the_verb(tmp_path):
    g = read(tmp_path, "县政府常务会议召开\n5月7日，县长周明远主持召开县政府常务会议。"
                       "会议明确，由县住房和城乡建设局负责北关片区供热管网改造工程的推进。\n")
    assert _over(g, "住房和城乡建设局", "北关片区供热管网改造工程")


def test_later_clause_speaks_of_the_sentence_project(tmp_path):
    g = read(tmp_path, "联席会议召开\n5月8日，县重点项目建设联席会议办公室组织召开联席会议。"
                       "（一）县中医院迁建项目由县卫生健康局牵头，县交通运输局负责施工质量安全监管。\n"
                       "（二）投资3亿元的青禾物流园项目由青禾宏运物流有限公司投资建设，县商务局牵头负责做好招商配套工作。\n")
    assert _over(g, "卫生健康局", "县中医院迁建项目")
    assert _over(g, "交通运输局", "县中医院迁建项目")
    assert _over(g, "商务局", "青禾物流园项目")
    assert not _over(g, "物流有限公司", "青禾物流园")   # the builder owns it


def test_body_told_to_lead_or_serve_a_project(tmp_path):
    g = read(tmp_path, "镇党委召开调度会\n6月3日，镇党委召开调度会。他强调，镇农业农村办要牵头负责东岭村美丽庭院示范项目，"
                       "县政务服务中心要为南山光伏发电项目提供全程代办服务。\n")
    assert _over(g, "农业农村办", "东岭村美丽庭院示范项目")
    assert _over(g, "政务服务中心", "南山光伏发电项目")


def test_contact_person_is_not_an_assignment(tmp_path):
    g = read(tmp_path, "推进会召开\n5月9日，县政府召开推进会，县发展改革局负责同志介绍了西环路改造工程进展情况。\n")
    assert not _over(g, "发展改革局", "西环路改造工程")


def test_training_and_job_titles_are_not_projects(tmp_path):
    g = read(tmp_path, "培训班开班\n5月10日，由县发展改革局主办的全县发展改革系统项目谋划能力提升培训班开班。"
                       "青禾工程咨询研究院高级工程师郑思远作专题授课，希望各方以最好的环境支持项目尽快落地，持续掀起项目建设热潮。\n")
    prj = g.names("Project")
    assert not any("系统项目" in p or "高级工程" in p or "环境支持" in p or "掀起" in p for p in prj), prj
    assert any(t.endswith("高级工程师") for t in g.titles("郑思远")), g.titles("郑思远")


def test_construction_word_before_suffix_stays_in_the_name(tmp_path):
    g = read(tmp_path, "常务会议\n5月11日，县政府召开常务会议，研究了总投资5亿元的县人民医院北院区建设项目。\n")
    assert any("北院区建设项目" in p for p in g.names("Project"))


# -- persons ------------------------------------------------------------------------------------

def test_compound_and_minority_family_names(tmp_path):
    g = read(tmp_path, "县委常委会召开\n5月12日，县委书记司空文远主持会议，副县长刀志刚、县政协主席罕美玲出席。\n")
    persons = g.names("Person")
    assert {"司空文远", "刀志刚", "罕美玲"} <= persons
    assert "司空文" not in persons


def test_dai_given_name_after_title_and_role(tmp_path):
    g = read(tmp_path, "颁奖仪式举行\n5月13日，县文化馆举行山歌比赛颁奖仪式。县人大常委会主任岩光出席，"
                       "来自南溪镇的选手玉兰凭借一曲山歌获得一等奖。\n")
    assert {"岩光", "玉兰"} <= g.names("Person")


def test_name_starting_with_he_after_a_title(tmp_path):
    g = read(tmp_path, "视察\n5月14日，县人大常委会副主任和晓燕参加视察。县长和副县长分别讲话。\n")
    persons = g.names("Person")
    assert "和晓燕" in persons
    assert not any(p.startswith("和副") for p in persons)


def test_collective_without_names_is_no_person(tmp_path):
    g = read(tmp_path, "县领导来我镇调研\n5月15日，镇党委书记陆海明，镇长林秋等镇领导班子成员参加会议。\n")
    persons = g.names("Person")
    assert not ({"来我镇", "班子成"} & persons), persons
    assert {"陆海明", "林秋"} <= persons


def test_credit_lines_with_one_character_roles(tmp_path):
    g = read(tmp_path, "简讯\n5月16日，县农业农村局召开春耕生产工作会议。\n（文　方雨桐　图　季书亭）\n"
                       "编辑：罗晓晴 审核：单立群\n")
    persons = g.names("Person")
    assert {"方雨桐", "季书亭", "罗晓晴", "单立群"} <= persons
    assert "文" in g.titles("方雨桐") and "图" in g.titles("季书亭")
    assert "审核" in g.titles("单立群")


# -- titles -------------------------------------------------------------------------------------

def test_portfolio_member_title(tmp_path):
    g = read(tmp_path, "讲座\n5月17日，青石镇党委委员、宣传委员柏思远主持讲座。\n")
    assert "宣传委员" in g.titles("柏思远")


def test_verb_before_title_is_not_part_of_it(tmp_path):
    g = read(tmp_path, "专题讲座\n5月18日，县委理论学习中心组举行专题讲座，邀请江城大学法学院教授应佳明作专题辅导。\n")
    ts = g.titles("应佳明")
    assert ts and not any(t.startswith("邀请") for t in ts), ts


def test_titled_name_before_conjunction_keeps_its_own_chain(tmp_path):
    g = read(tmp_path, "中心组学习\n5月19日，县委理论学习中心组举行集体学习，县委副书记、县长邹文海和县委常委、组织部部长晏明参加。\n")
    ts = g.titles("晏明")
    assert "县委副书记" not in ts, ts
    assert any("部长" in t for t in ts)


def test_department_bulletin_titles(tmp_path):
    """In a city department's bulletin a 副市长 belongs to the city government, and bare
    党组成员 / 副主任 titles (shared by a list of names) to the issuing commission."""
    p = tmp_path / "b.txt"
    p.write_text("安阳市发展和改革委员会\n工作动态\n2024年第2期\n\n联席会议召开\n"
                 "5月20日，市重点项目建设联席会议办公室召开联席会议，副市长赵启明出席会议并讲话。"
                 "党组成员、副主任钱思源、夏侯明参加会议。\n", encoding="utf-8")
    g = G(read_document(p))
    pos = {(a, p["title"], o) for a, o, p in g.rel("HOLDS_POSITION")}
    assert ("赵启明", "副市长", "安阳市人民政府") in pos
    for n in ("钱思源", "夏侯明"):
        assert (n, "党组成员", "安阳市发展和改革委员会党组") in pos, pos
        assert (n, "副主任", "安阳市发展和改革委员会") in pos, pos


# -- bare titles, short body names, bodies carried by titles --------------------------------

def _pos(g: G) -> set[tuple[str, str, str]]:
    return {(a, p["title"], o) for a, o, p in g.rel("HOLDS_POSITION")}


def _bulletin(tmp_path: Path, head: str, body: str) -> G:
    p = tmp_path / "b.txt"
    p.write_text(head + body, encoding="utf-8")
    return G(read_document(p))


ISSUER_HEAD = "青禾县政务信息\n2024年第3期\n青禾县发展和改革委员会　编\n\n"


def test_bare_head_title_belongs_to_the_body_the_sentence_is_about(tmp_path):
    g = _bulletin(tmp_path, "安阳市发展和改革委员会\n工作动态\n2024年第2期\n\n",
                  "专题会召开\n6月3日，市自然资源和规划局召开专题会，局长孟思远出席并讲话。\n"
                  "党组会议召开\n6月4日，我委召开党组会议。会议由党组书记、主任卞文杰主持。\n")
    pos = _pos(g)
    assert ("孟思远", "局长", "安阳市自然资源和规划局") in pos, pos
    assert not any(a == "孟思远" and o == "安阳市发展和改革委员会" for a, _, o in pos), pos
    assert ("卞文杰", "主任", "安阳市发展和改革委员会") in pos, pos


def test_short_department_name_resolves_and_shows_base_title(tmp_path):
    g = _bulletin(tmp_path, ISSUER_HEAD, "调度会召开\n6月5日，县发展改革委召开调度会，县发展改革委党组书记、主任卞文杰主持。"
                                         "县发展改革委副主任严丽华参加。\n")
    pos = _pos(g)
    assert ("卞文杰", "党组书记", "青禾县发展和改革委员会党组") in pos, pos
    assert ("卞文杰", "主任", "青禾县发展和改革委员会") in pos, pos
    assert ("严丽华", "副主任", "青禾县发展和改革委员会") in pos, pos
    assert "青禾县发展改革委" not in g.names("Organisation")


def test_city_government_title_does_not_inherit_the_party_committee(tmp_path):
    g = _bulletin(tmp_path, "安阳市人民政府办公室\n政务信息\n2024年第4期\n\n",
                  "督导\n6月6日，市委常委、常务副市长钟立平带队督导安全生产工作。\n")
    pos = _pos(g)
    assert ("钟立平", "常务副市长", "安阳市人民政府") in pos, pos
    assert any(a == "钟立平" and t == "市委常委" and o.startswith("中共安阳市") for a, t, o in pos), pos
    assert not any(a == "钟立平" and t == "常务副市长" and o.startswith("中共") for a, t, o in pos), pos


def test_town_congress_chair_heads_the_town_congress(tmp_path):
    g = read(tmp_path, "镇人大视察\n6月7日，青石镇组织视察活动，镇人大主席柏思远带队。青石镇人大副主席陶然参加。\n")
    pos = _pos(g)
    assert ("柏思远", "人大主席", "青石镇人民代表大会") in pos, pos
    assert ("陶然", "人大副主席", "青石镇人民代表大会") in pos, pos


def test_announced_meeting_is_not_an_event(tmp_path):
    g = read(tmp_path, "简讯\n●镇人大主席团定于下月召开镇第五届人民代表大会第二次会议。\n")
    assert not any("人民代表大会第二次会议" in n for n in g.names("Event")), g.names("Event")


def test_rare_family_names_after_titles_but_not_words_made_of_them(tmp_path):
    # Hui and north-western family names (同, 保, 税, 拜, 喇...) are names after a title;
    # words that start with the same characters (同时, 保持, 税务, 续建...) are not
    g = read_bulletin(tmp_path, (
        "某县政务信息\n2024年第3期\n县政府召开常务会议\n"
        "3月5日，县政府召开常务会议，县长王立新主持会议。王立新同时强调，各部门要保持定力。"
        "副县长同振江、拜永成出席会议。县税务局局长税明远汇报了工作，局长同志们要拓展思路。"
        "会议要求续建项目要加快，黑臭水体要整治。县委书记保建华讲话，县民宗局局长喇海军列席会议。"
        "王立新过问了进度，县委书记承诺抓好落实，副局长薄桂兰、过桂芬出席会议。\n"))
    assert g.names("Person") == {"王立新", "同振江", "拜永成", "税明远", "保建华", "喇海军", "薄桂兰", "过桂芬"}
    assert any(p == "同振江" and r["title"] == "副县长" for p, _, r in g.rel("HOLDS_POSITION"))


def test_first_secretary_of_a_village_project_manager_and_detachment_head(tmp_path):
    g = read_bulletin(tmp_path, (
        "青禾县政务信息\n2024年第3期\n青禾县人民政府办公室　编\n\n【要闻】乡村振兴推进会召开\n"
        "5月6日，全县乡村振兴推进会召开。县委第一书记王立新出席会议，岩脚村第一书记桂明杰作交流发言，"
        "施工单位辽宁渤澜建设集团有限公司项目经理修海洋作表态发言，县生态环境保护综合执法大队大队长白永强主持会议。\n"))
    pos = {(p, r["title"], o) for p, o, r in g.rel("HOLDS_POSITION")}
    assert ("桂明杰", "第一书记", "中共岩脚村支部委员会") in pos       # the village's party branch
    assert any(p == "王立新" and o == "中共青禾县委" for p, _, o in pos)     # not a branch of the 县委
    assert ("修海洋", "项目经理", "辽宁渤澜建设集团有限公司") in pos      # 施工单位 is no part of the name
    assert any(p == "白永强" and t.endswith("大队长") and o.endswith("执法大队") for p, t, o in pos)
    assert "施工单位辽宁渤澜建设集团有限公司" not in g.names("Organisation")


def test_deputies_members_and_names_before_speech_verbs(tmp_path):
    g = read_bulletin(tmp_path, (
        "岚江人大\n2023年第5期\n岚江市人大常委会办公室编　　2023年6月30日\n【代表工作】\n"
        "全市人大代表履职能力提升培训班举办\n"
        "6月20日，全市人大代表履职能力提升培训班在岚江举办。市人大代表、岚江市溪口镇溪源村党支部书记邱振东，"
        "市政协委员、岚江市秦风商贸有限公司总经理逯飞发言。市交通运输局派驻溪源村第一书记桂明杰介绍了驻村工作。\n"))
    pos = {(p, r["title"], o) for p, o, r in g.rel("HOLDS_POSITION")}
    assert "逯飞" in g.names("Person") and "逯飞发" not in g.names("Person")      # 发言 ends the name
    assert any(p == "邱振东" and t.endswith("人大代表") and o == "岚江市人民代表大会" for p, t, o in pos)
    assert any(p == "逯飞" and t.endswith("政协委员") and o == "政协岚江市委员会" for p, t, o in pos)
    assert ("桂明杰", "第一书记", "中共溪源村支部委员会") in pos         # the village's, not the bureau's
    assert not any(o.endswith("人民代表大会") for o, _ in g.pairs("ORGANISED"))   # 全市人大代表 is no body


def test_the_builders_project_manager(tmp_path):
    # the 施工单位's 项目经理 works for the company that builds, not for the owner named nearer
    g = read_bulletin(tmp_path, (
        "青禾县政务信息\n2024年第3期\n青禾县人民政府办公室　编\n\n【项目】县长调研\n"
        "5月6日，县长王立新到玉米深加工产业园项目调研。项目由吉林辉丰生物科技有限公司作为建设单位，"
        "吉林长鸿建设集团有限公司负责施工。吉林辉丰生物科技有限公司董事长计长林介绍了市场前景，"
        "施工单位项目经理拓海峰汇报了施工组织情况。\n"))
    pos = {(p, r["title"], o) for p, o, r in g.rel("HOLDS_POSITION")}
    assert ("拓海峰", "项目经理", "吉林长鸿建设集团有限公司") in pos
    assert ("计长林", "董事长", "吉林辉丰生物科技有限公司") in pos


def test_a_governor_quoted_by_name_before_the_post(tmp_path):
    g = read_bulletin(tmp_path, (
        "水利工作简报\n2025年第8期\n岚江省水利厅办公室编　　　　2025年6月20日\n\n【要闻】厅党组召开会议\n"
        "6月3日，厅党组召开会议，传达学习帅立新副省长在全省防汛工作调度会上的讲话精神。厅长漆振邦主持会议。\n"))
    assert any(p == "帅立新" and r["title"] == "副省长" and o == "岚江省人民政府" for p, o, r in g.rel("HOLDS_POSITION"))
    assert "帅立新" not in g.participants()          # quoted, not present


def test_a_rare_family_name_the_model_splits_off_stays_with_the_name(tmp_path):
    # the name model tags only 桂英 in 续桂英; the family name before it belongs to the name,
    # and the bare 桂英 is then a fragment of the person already read
    g = read_bulletin(tmp_path, (
        "青禾县政务信息\n2024年第3期\n青禾县人民政府办公室　编\n\n【要闻】县长走访慰问教师代表\n"
        "9月9日，县长薛明远走访慰问教师代表，县教育局局长晋永康陪同。\n"
        "在退休教师续桂英家中，薛明远感谢她扎根乡村教育三十八年、为家乡培养了一批又一批人才。"
        "续桂英说，看到家乡的学校越来越好，心里很高兴。\n"))
    persons = g.names("Person")
    assert "续桂英" in persons and "桂英" not in persons
