"""Organisations and zones: full names from the level of government that issues the
bulletin. Short bulletins written for these tests (places, people and companies invented;
nothing copied from the seeds or the held-out set)."""
from __future__ import annotations

from pathlib import Path

from loaders.extract.grammar.zones import read_zones
from loaders.pipeline import read_document

COUNTY = (
    "青岚新闻\n"
    "县政府召开第九次常务会议\n"
    "5月6日，县政府召开第九次常务会议。县委副书记、县长周建平主持会议。县委常委、常务副县长吴海涛，"
    "副县长郑丽出席会议。县人大常委会主任钱志远、县政协主席孙秀英列席会议。"
    "青岚县发展和改革局、县水利局主要负责人参加会议。会议研究了青岚县2024年重点项目计划。\n"
    "青岚县招商推介会在杭州举行\n"
    "5月8日，青岚县招商推介会在杭州举行。此次推介会由县委、县政府主办，县商务局承办。"
    "杭州云帆电子科技有限公司董事长林海代表企业发言。\n"
    "荷塘镇推进乡村振兴\n"
    "5月9日，荷塘镇召开乡村振兴工作推进会，荷塘镇党委书记何立新主持会议，荷塘镇镇长冯雅出席会议。"
    "何立新叮嘱镇村干部要压实责任。\n"
)

STREET = (
    "松坪街道工作简报\n"
    "第8期\n"
    "【党建】\n"
    "街道党工委召开专题会议\n"
    "6月3日，松坪街道党工委召开专题会议。会议由街道党工委书记邓永康主持。街道党工委副书记、办事处主任蒋慧，"
    "街道党工委委员、办事处副主任韩志刚参加会议。东湖区住房和城乡建设局副局长罗斌列席会议。\n"
    "柳湾社区开展消防检查\n"
    "6月5日，街道应急管理办公室联合松坪派出所、东湖区消防救援大队松坪中队，对辖区小作坊开展消防检查。"
    "在柳湾社区，社区党委书记、居委会主任唐晓燕介绍了社区消防工作。"
    "检查组还走访了杭州云帆电子科技有限公司松坪分厂。\n"
    "（记者　林晓　通讯员　陈默）\n"
)

ZONE = (
    "【经开要闻】云岭经济技术开发区召开安全生产工作会议\n"
    "7月2日，云岭经济技术开发区召开安全生产工作会议。经开区党工委书记梁志诚出席会议并讲话，"
    "党工委副书记、管委会主任姚明辉主持会议。（经开区党政办公室 秦雨）\n"
    "【招商】姚明辉带队赴深圳开展招商活动\n"
    "7月4日，姚明辉带队赴深圳开展招商活动，拜访了深圳星河智能装备有限公司。\n"
    "【安全】经开区开展安全生产大检查\n"
    "7月6日，经开区安全生产委员会办公室组织应急管理局、消防救援大队开展安全生产大检查。"
    "市纪委有关负责同志参加检查。\n"
)


def _write(tmp_path: Path, text: str, name: str = "bulletin.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _graph(tmp_path: Path, text: str):
    facts = read_document(_write(tmp_path, text))
    nodes = {n.key: n for n in facts.nodes.values()}

    def name(k):
        return nodes[k].props.get("name")
    orgs = {n.props["name"] for n in nodes.values() if n.label == "Organisation"}
    zones = {n.props["name"]: n.props.get("kind") for n in nodes.values() if n.label == "Zone"}
    rels = list(facts.relationships.values())
    pos = {(name(r.start), r.props.get("title"), name(r.end)) for r in rels if r.type == "HOLDS_POSITION"}
    return orgs, zones, pos


def test_home_zone_from_wording_not_from_venue_or_company():
    # the county does not name itself in the masthead; its wording (县委, 县政府, 县长...) does
    z = read_zones(COUNTY)
    assert (z.home.name, z.home.kind) == ("青岚县", "county")
    assert z.home.city is None                    # 杭州 is a venue and a company's origin
    assert z.home.county == "青岚县"
    assert "荷塘镇" in z.subzones
    assert not any(s.startswith(("叮嘱", "召开")) for s in z.subzones)   # 叮嘱镇村干部, 召开乡村振兴
    s = read_zones(STREET)
    assert (s.home.name, s.home.kind, s.home.district) == ("松坪街道", "street", "东湖区")
    d = read_zones(ZONE)
    assert d.home.name == "云岭经济技术开发区" and d.home.city is None       # 赴深圳: a trip
    assert "经开区" in d.home.aliases


def test_county_bodies_and_titles(tmp_path):
    orgs, _, pos = _graph(tmp_path, COUNTY)
    assert {"中共青岚县委", "青岚县人民政府", "青岚县人大常委会", "政协青岚县委员会", "青岚县水利局",
            "青岚县商务局", "中共荷塘镇委员会"} <= orgs
    assert not any(o.startswith("杭州市") or "县县" in o for o in orgs)
    assert ("周建平", "县长", "青岚县人民政府") in pos
    assert ("吴海涛", "常务副县长", "青岚县人民政府") in pos
    assert ("钱志远", "县人大常委会主任", "青岚县人大常委会") in pos
    assert ("孙秀英", "县政协主席", "政协青岚县委员会") in pos
    assert ("何立新", "党委书记", "中共荷塘镇委员会") in pos
    assert any(p == "冯雅" and t.endswith("镇长") and o == "荷塘镇人民政府" for p, t, o in pos)
    # a title after a company's name belongs to the company
    assert any(p == "林海" and t.endswith("董事长") and o == "杭州云帆电子科技有限公司" for p, t, o in pos)


def test_street_bodies_community_and_district(tmp_path):
    orgs, _, pos = _graph(tmp_path, STREET)
    assert {"松坪街道党工委", "松坪街道办事处", "东湖区住房和城乡建设局", "松坪街道应急管理办公室", "松坪派出所",
            "东湖区消防救援大队松坪中队", "柳湾社区党委", "柳湾社区居委会"} <= orgs
    # a street has no 管委会; the company's city is not the street's
    assert not any(o.endswith("管委会") or o.startswith("杭州市松坪") for o in orgs)
    assert ("蒋慧", "主任", "松坪街道办事处") in pos or ("蒋慧", "办事处主任", "松坪街道办事处") in pos
    assert ("唐晓燕", "居委会主任", "柳湾社区居委会") in pos
    assert ("唐晓燕", "社区党委书记", "柳湾社区党委") in pos or ("唐晓燕", "党委书记", "柳湾社区党委") in pos
    # a byline with full-width spaces gives no organisation
    assert not orgs & {"记者", "通讯员", "林晓", "陈默"}


def test_zone_names_stop_at_verbs_and_passing_places(tmp_path):
    orgs, _, _ = _graph(tmp_path, ZONE)
    assert {"云岭经济技术开发区安全生产委员会办公室", "云岭经济技术开发区应急管理局",
            "云岭经济技术开发区消防救援大队", "云岭经济技术开发区党政办公室"} <= orgs
    assert not any("组织" in o for o in orgs)                      # 办公室组织应急管理局: two bodies
    assert not any("区区" in o or o.startswith("深圳市") and not o.endswith("公司") for o in orgs)
    assert "市纪委" in orgs                                          # the city is never named


# -- requests from the organisation side (titles, default bodies, media, oversight, short names) --
# Invented bulletins; each test reads them through the whole pipeline.

def _facts(tmp_path: Path, text: str):
    facts = read_document(_write(tmp_path, text))
    nodes = {n.key: n for n in facts.nodes.values()}

    def name(k):
        return nodes[k].props.get("name") or nodes[k].props.get("title") or ""
    rels = list(facts.relationships.values())
    out = {"orgs": {n.props["name"]: n.props for n in nodes.values() if n.label == "Organisation"}}
    for t in ("HOLDS_POSITION", "OVERSEES", "ORGANISED"):
        out[t] = {(name(r.start), r.props.get("title"), name(r.end)) if t == "HOLDS_POSITION"
                  else (name(r.start), name(r.end)) for r in rels if r.type == t}
    return out


COMPANY_TALK = (
    "青岚新闻\n"
    "县领导会见企业客商\n"
    "5月6日，杭州云帆半导体有限公司董事长林海一行来青岚县考察。县委书记周建平会见了林海一行。"
    "座谈中，周建平与云帆半导体总经理许晴就项目落地进行了交流。"
    "随后，考察组在青岚绿源食品有限公司董事长何平的陪同下参观了生产线。"
    "在青岚绿源食品有限公司车间内，副总经理孙浩介绍了生产工艺。\n"
)


def test_company_officers_show_base_title_and_short_company_names(tmp_path):
    f = _facts(tmp_path, COMPANY_TALK)
    pos = f["HOLDS_POSITION"]
    assert ("林海", "董事长", "杭州云帆半导体有限公司") in pos          # not "<company>董事长"
    assert ("许晴", "总经理", "杭州云帆半导体有限公司") in pos          # 云帆半导体: the short name
    assert ("何平", "董事长", "青岚绿源食品有限公司") in pos            # 在…公司: cut at 在
    assert ("孙浩", "副总经理", "青岚绿源食品有限公司") in pos          # the company just named
    assert not any(o.startswith(("在", "与")) for o in f["orgs"])


TOWNS = (
    "青岚县政务信息\n"
    "荷塘镇召开防汛工作会议\n"
    "6月2日，荷塘镇召开防汛工作会议，镇党委书记何立新主持会议，镇党委副书记、镇长冯雅部署防汛工作。\n"
    "柳塘镇开展安全检查\n"
    "6月3日，柳塘镇开展安全生产检查，柳塘镇党委副书记、镇长孔晨带队，副镇长严明参加检查。"
    "检查组要求认真学习习近平总书记关于安全生产的重要论述。\n"
)


def test_town_heads_belong_to_the_nearest_town_government(tmp_path):
    f = _facts(tmp_path, TOWNS)
    pos = f["HOLDS_POSITION"]
    assert ("冯雅", "镇长", "荷塘镇人民政府") in pos
    assert ("冯雅", "镇党委副书记", "中共荷塘镇委员会") in pos
    assert ("孔晨", "镇长", "柳塘镇人民政府") in pos
    assert ("严明", "副镇长", "柳塘镇人民政府") in pos
    assert not any(p == "冯雅" and o == "中共荷塘镇委员会" and t == "镇长" for p, t, o in pos)


def test_general_secretary_body_only_when_written(tmp_path):
    f = _facts(tmp_path, TOWNS)
    assert "中共中央" not in f["orgs"]                   # 党中央 is not written
    f = _facts(tmp_path, TOWNS.replace("检查组要求", "检查组要求坚决贯彻党中央决策部署，"))
    assert "中共中央" in f["orgs"]
    assert ("习近平", "总书记", "中共中央") in f["HOLDS_POSITION"]


STREET_HEADS = (
    "松坪街道工作简报\n"
    "松坪街道党政综合办公室编印\n"
    "街道召开城市更新工作会议\n"
    "6月3日，松坪街道召开城市更新工作会议。街道党工委书记邓永康主持会议，街道党工委副书记、主任蒋慧讲话。"
    "（通讯员 陈默）\n"
)


def test_title_after_the_street_party_committee_belongs_to_the_street_office(tmp_path):
    f = _facts(tmp_path, STREET_HEADS)
    assert ("蒋慧", "主任", "松坪街道办事处") in f["HOLDS_POSITION"]
    assert not any(o.endswith("管委会") for o in f["orgs"])


def test_credit_lines_belong_to_the_named_media_or_the_issuing_office(tmp_path):
    f = _facts(tmp_path, STREET_HEADS)                   # no media named: the issuing office
    assert ("陈默", "通讯员", "松坪街道党政综合办公室") in f["HOLDS_POSITION"]
    assert not any(o.endswith(("本报", "简报")) for o in f["orgs"])
    news = ("青岚新闻 2024年5月8日\n"
            "县水利局开展河道巡查\n"
            "本报讯（记者 林晓）5月7日，县水利局组织开展河道巡查。\n")
    f = _facts(tmp_path, news)                            # 本报讯 under a masthead: that media
    assert ("林晓", "记者", "青岚新闻") in f["HOLDS_POSITION"]
    assert not any(o.endswith("本报") for o in f["orgs"])


def test_governing_body_hosting_a_project_meeting_does_not_oversee_it(tmp_path):
    text = ("松坪街道工作简报\n"
            "街道召开柳湾旧村改造项目推进会\n"
            "6月5日，松坪街道办事处召开柳湾旧村改造项目推进会，街道党工委书记邓永康主持会议。\n"
            "街道城市更新办召开滨河片区提升项目协调会\n"
            "6月6日，街道城市更新办召开滨河片区提升项目协调会，研究解决项目推进难题。\n")
    f = _facts(tmp_path, text)
    assert ("松坪街道办事处", "柳湾旧村改造项目") not in f["OVERSEES"]
    assert ("松坪街道城市更新办", "滨河片区提升项目") in f["OVERSEES"]


def test_short_company_name_and_session_numbers(tmp_path):
    text = ("青岚县政务信息\n"
            "县十九届人大常委会召开第五次会议\n"
            "3月2日，县十九届人大常委会召开第五次会议。县人大常委会主任钱志远主持会议。"
            "青岚城市建设投资集团有限公司董事长林海列席会议。\n"
            "全县重点项目推进会召开\n"
            "3月5日，全县重点项目推进会召开。青岚城投集团总经理王刚汇报了项目建设情况。\n")
    f = _facts(tmp_path, text)
    orgs = f["orgs"]
    assert "青岚城投集团" not in orgs
    assert ("王刚", "总经理", "青岚城市建设投资集团有限公司") in f["HOLDS_POSITION"]
    assert "青岚县人大常委会" in orgs
    assert not any("届" in o for o in orgs)
    assert not any("届" in (p.get("short") or "") for p in orgs.values())


# -- home place: city departments, districts, bonded zones, false zones ------------------------

CITY_DEPT = (
    "岚江市商务局\n"
    "工作动态\n"
    "2024年第5期\n"
    "岚江市商务局办公室编　　发布日期：2024年5月20日\n"
    "本期要目\n"
    "1．局党组召开理论学习中心组学习会\n"
    "2．赴外地学习考察\n"
    "【党建】\n"
    "局党组召开理论学习中心组学习会\n"
    "5月13日，市商务局召开党组理论学习中心组学习会。会议由党组书记、局长贺明远主持。"
    "党组成员、副局长苏婉清参加会议。外贸科科长邵一鸣汇报了一季度外贸运行情况。\n"
    "（办公室　季小雨）\n"
    "【考察】\n"
    "贺明远带队赴外地学习考察\n"
    "5月15日，贺明远带队赴江州市、柏川市学习考察口岸建设经验。在江州市，江州市商务局副局长顾长林介绍了做法。"
    "副市长钱立群对考察工作提出要求。我局将结合岚江实际抓好落实，岚江市政府将专题研究。\n"
)


def test_city_department_bulletin_is_homed_in_its_own_city(tmp_path):
    z = read_zones(CITY_DEPT)
    assert (z.home.name, z.home.kind, z.home.city) == ("岚江市", "city", "岚江")   # not a city visited
    assert z.home.issuer == "岚江市商务局"
    orgs, _, pos = _graph(tmp_path, CITY_DEPT)
    assert {"岚江市商务局", "岚江市商务局党组", "岚江市商务局外贸科", "岚江市商务局办公室"} <= orgs
    assert not any(o.startswith(("江州市商务局党组", "柏川市商务局")) for o in orgs)
    assert ("贺明远", "党组书记", "岚江市商务局党组") in pos
    assert ("贺明远", "局长", "岚江市商务局") in pos
    assert any(p == "邵一鸣" and t.endswith("科长") and o == "岚江市商务局外贸科" for p, t, o in pos)


def test_visited_cities_and_company_origins_do_not_make_the_home_city():
    text = ("新禾区政务动态\n"
            "5月15日，区委书记周明率队赴江浙省江州市、柏川市考察学习。考察团先后来到江州市某中心、柏川市某园区。"
            "区委常委会召开会议，区政府、区人大常委会、区政协负责同志参加。区委、区政府高度重视。\n")
    z = read_zones(text)
    assert z.home.name == "新禾区" and z.home.kind == "district"
    assert z.home.city is None


def test_urban_district_has_no_admin_committee(tmp_path):
    text = ("石湾区政务动态\n第12期\n"
            "区委常委会召开会议\n"
            "3月2日，区委常委会召开会议。会议由区委书记邹立平主持。区委副书记、区长唐文斌出席会议。"
            "区人大常委会主任韩国富、区政协主席姜淑华列席会议。\n"
            "区领导邹立平、唐文斌参加活动。\n")
    orgs, _, pos = _graph(tmp_path, text)
    assert "中共石湾区委" in orgs and "石湾区人民政府" in orgs
    assert not any(o.endswith("管委会") for o in orgs)
    assert not any(o.endswith("管委会") for _, _, o in pos)


def test_bonded_zone_takes_its_full_name(tmp_path):
    text = ("榕江综保区通讯\n2024年第3期\n"
            "综保区召开党工委会议\n"
            "4月2日，榕江综合保税区召开党工委会议。综保区党工委书记、管委会主任覃立新主持会议。"
            "综保区投资促进局局长韦丽出席会议。榕江综保区将加快发展。\n")
    z = read_zones(text)
    assert z.home.name == "榕江综合保税区" and "综保区" in z.home.aliases
    orgs, _, pos = _graph(tmp_path, text)
    assert {"榕江综合保税区党工委", "榕江综合保税区管委会", "榕江综合保税区投资促进局"} <= orgs
    assert not any(o.startswith("综保区") for o in orgs)


def test_words_before_xiang_zhen_cun_are_not_places():
    text = ("溪口镇工作简报\n"
            "9月1日，溪口镇召开和美乡村建设推进会，镇党委书记何光明主持会议。会议要求留住乡愁记忆，"
            "推动政策进机关、进农村、进学校。镇人大将听取和审议镇人民政府工作报告。"
            "镇党委委员、宣传委员濮阳丽华致辞。溪口镇上林村、下林村参加。\n")
    z = read_zones(text)
    assert z.home.name == "溪口镇"
    assert {"上林村", "下林村"} <= set(z.subzones)
    for bad in ("留住乡", "美乡村", "审议镇", "进农村"):
        assert bad not in z.subzones
    assert "濮阳" not in z.cities             # a family name after a title, not a city


def test_town_discipline_commission_and_congress_full_names():
    from loaders.extract.grammar.orgs import OrgRegistry
    text = ("溪口镇工作简报\n"
            "9月3日，溪口镇召开廉政教育会。镇纪委书记蔡清主持会议，镇人大主席吕国华出席会议。"
            "镇党委、镇政府主要负责同志参加会议。\n")
    reg = OrgRegistry(read_zones(text))
    names = {m.name for m in reg.find_in(text, 0, len(text))}
    assert {"中共溪口镇纪律检查委员会", "溪口镇人民代表大会", "中共溪口镇委员会", "溪口镇人民政府"} <= names


def test_autonomous_region_bodies(tmp_path):
    text = ("榕江综保区通讯\n"
            "4月5日，自治区商务厅副厅长黄秋明一行来综保区调研。自治区党委有关负责同志参加。"
            "广西某某电子有限公司负责人汇报了生产情况。综保区党工委书记覃立新陪同调研。广西物流大会在榕江综保区举行。\n")
    orgs, _, _ = _graph(tmp_path, text)
    assert "广西壮族自治区商务厅" in orgs
    assert not any(o.endswith("综合保税区商务厅") or o.endswith("综保区商务厅") for o in orgs)


def test_party_department_after_committee_post_and_party_dept_alone(tmp_path):
    orgs, _, pos = _graph(tmp_path, "青禾县政务信息\n2024年第5期\n\n中心组学习\n6月8日，青禾县委理论学习中心组集体学习，"
                                    "县委常委、组织部部长晏明参加。县委常委、宣传部部长卢思齐发言。\n")
    assert ("晏明", "组织部部长", "中共青禾县委组织部") in pos, pos
    assert ("卢思齐", "宣传部部长", "中共青禾县委宣传部") in pos, pos
    assert "青禾县组织部" not in orgs and "青禾县宣传部" not in orgs, orgs


def test_customs_media_centre_design_institute_and_discipline_group(tmp_path):
    orgs, _, pos = _graph(tmp_path, "青禾县政务信息\n2024年第5期\n\n协调会召开\n6月9日，青禾县召开口岸协调会，"
                                    "江城海关、县融媒体中心、江城市政设计院派员参加，"
                                    "县纪委监委第三派驻纪检监察组组长严丽华参加。各方将推进“智慧海关”建设。\n")
    assert {"江城海关", "青禾县融媒体中心", "江城市政设计院"} <= orgs, orgs
    assert "智慧海关" not in orgs, orgs
    assert ("严丽华", "组长", "青禾县纪委监委第三派驻纪检监察组") in pos, pos


def test_reporter_of_the_media_centre_named_in_the_byline(tmp_path):
    orgs, _, pos = _graph(tmp_path, "青禾县政务信息\n2024年第5期\n\n会议召开\n6月10日，青禾县召开会议。（区融媒体中心记者 陶然）\n"
                                    "活动举行\n6月11日，县文明办举办活动。（记者 严丽华）\n")
    assert ("陶然", "记者", "青禾县融媒体中心") in pos, pos
    assert ("严丽华", "记者", "青禾县融媒体中心") in pos, pos
    assert not any(o.endswith("本报") for o in orgs), orgs


def test_prefecture_committee_is_read_as_written(tmp_path):
    orgs, _, pos = _graph(tmp_path, "青禾县政务信息\n2024年第5期\n\n学习会\n6月3日，青禾县召开会议，"
                                    "传达学习州委书记卢思齐在全州会议上的讲话精神。广州委派专家参加。\n")
    assert "州委" in orgs, orgs
    assert ("卢思齐", "州委书记", "州委") in pos, pos
    assert not any(o.startswith("广州") for o in orgs), orgs


def test_industrial_park_bulletin_calls_itself_yuanqu(tmp_path):
    # a park's own news page: masthead 某某产业园区管理委员会, then 园区党工委 / 园区召开 throughout;
    # a bonded zone visited on a trip must not become home
    text = ("岚湾滨海产业园区管理委员会\n"
            "首页 > 园区要闻\n"
            "园区召开党工委会议\n"
            "3月4日，园区召开党工委会议。园区党工委书记邝志远主持会议，党工委副书记、管委会主任鲁文清出席会议，"
            "园区经济发展局局长祁海燕汇报了一季度工作。\n"
            "鲁文清带队赴外地招商\n"
            "3月6日，鲁文清带队赴海州港保税区考察，走访了保税区内3家企业。岚湾市商务局副局长车立新陪同。\n")
    z = read_zones(text)
    assert (z.home.name, z.home.city) == ("岚湾滨海产业园区", "松江湾") or z.home.name == "岚湾滨海产业园区"
    assert "园区" in z.home.aliases
    orgs, _, pos = _graph(tmp_path, text)
    assert ("邝志远", "党工委书记", "岚湾滨海产业园区党工委") in pos
    assert any(p == "鲁文清" and o == "岚湾滨海产业园区管委会" for p, _, o in pos)
    assert any(p == "祁海燕" and o == "岚湾滨海产业园区经济发展局" for p, _, o in pos)
    assert not any(o.startswith("保税区") for o in orgs)
    assert "岚湾滨海产业园区管理委员会" not in orgs      # the masthead's formal name of the 管委会


def test_township_bulletin_takes_its_county_from_the_masthead_not_from_verbs(tmp_path):
    # 落实县委 / 传达学习县委 / 1—5月全乡 / 及时向乡纪委 name no county or township
    text = ("石桥乡工作简报\n第4期\n中共青崖县石桥乡委员会办公室　　　　2024年5月8日\n"
            "乡党委召开重点工作推进会\n"
            "5月6日，乡党委召开重点工作推进会，传达学习县委书记万家明的讲话精神，通报1—5月全乡项目推进情况。"
            "会议由乡党委副书记、乡长付晓兰主持，乡党委书记聂长青出席并讲话。会议要求认真落实县委、县政府部署，"
            "发现问题及时向乡纪委报告。石桥乡将持续发力。副县长邬立群到石桥乡调研，青崖县农业农村局局长井泉陪同。\n")
    orgs, _, pos = _graph(tmp_path, text)
    assert ("万家明", "县委书记", "中共青崖县委") in pos
    assert any(p == "邬立群" and o == "青崖县人民政府" for p, _, o in pos)
    assert any(p == "付晓兰" and o == "石桥乡人民政府" for p, _, o in pos)
    assert not any(o.startswith(("中共学习县", "学习县", "落实县", "月全乡", "时向乡", "中共月全乡")) for o in orgs)


def test_the_office_that_edits_a_bulletin_is_not_its_issuer(tmp_path):
    text = ("人大工作通讯\n2023年第5期\n岚江市人大常委会办公室编　　　　2023年6月30日\n"
            "市人大常委会召开主任会议\n"
            "6月5日，市人大常委会主任童建国主持召开主任会议。市人大常委会副主任管丽华、秘书长凌志出席会议，"
            "市水利局局长秦松、市政协副主席韩立列席会议。岚江市人大常委会将加强监督。\n")
    z = read_zones(text)
    assert z.home.issuer == "岚江市人大常委会"
    orgs, _, pos = _graph(tmp_path, text)
    assert any(p == "童建国" and t.endswith("主任") and o == "岚江市人大常委会" for p, t, o in pos)
    assert any(p == "管丽华" and o == "岚江市人大常委会" for p, _, o in pos)
    assert any(p == "韩立" and o == "政协岚江市委员会" for p, _, o in pos)
    assert not any(o.endswith("人大常委会办公室") for _, _, o in pos)


def test_variants_of_one_body_are_one_organisation(tmp_path):
    # 党政办 abbreviates 党政办公室; 向阳街道办事处 leaves out the zone's name; a byline after an
    # unreadable character keeps a fragment of the zone's name (?发区…)
    text = ("云岭经开区工作简报\n2024年第2期\n"
            "经开区召开安全生产会议\n"
            "3月2日，云岭经济开发区召开安全生产会议。经开区党政办主任龙一鸣主持会议，经开区党政办公室副主任石青出席，"
            "经开区青石街道办事处主任田野参加会议。青石街道办事处将抓好落实。\n"
            "（?发区青石街道办事处 田野）\n")
    orgs, _, pos = _graph(tmp_path, text)
    assert not any(o.endswith("党政办") for o in orgs)
    assert {p for p, _, o in pos if o.endswith("党政办公室")} == {"龙一鸣", "石青"}
    home = read_zones(text).home.name
    assert [o for o in orgs if o.endswith("青石街道办事处")] == [home + "青石街道办事处"]


def test_masthead_office_of_a_formally_named_party_committee_edits_the_bulletin(tmp_path):
    text = ("石桥乡工作简报\n第4期\n中共青崖县石桥乡委员会办公室　　　　2024年5月8日\n"
            "乡党委召开会议\n5月6日，乡党委召开会议。乡党委书记聂长青主持会议。石桥乡将持续发力。\n"
            "责任编辑：蒙秋菊　　审核：聂长青\n")
    orgs, _, pos = _graph(tmp_path, text)
    assert ("蒙秋菊", "责任编辑", "中共青崖县石桥乡委员会办公室") in pos       # the issuing office, not a made-up paper
    assert "中共石桥乡委员会" in orgs and "中共青崖县石桥乡委员会" not in orgs  # one committee
    assert not any(o.endswith("本报") for o in orgs)


def test_provincial_department_bulletin_speaks_for_its_department(tmp_path):
    # 某省某厅办公室编: 厅党组 / 厅长 are the department's; the cities and counties it visits
    # name their own governments
    text = ("水利工作简报\n2025年第8期\n岚江省水利厅办公室编　　　　2025年6月20日\n"
            "厅党组召开会议\n6月3日，厅党组召开会议。厅党组书记、厅长漆振邦主持会议，厅党组成员、副厅长涂建明，"
            "一级巡视员饶国栋出席会议。\n"
            "漆振邦带队检查庐溪市防汛工作\n6月5日，漆振邦带队检查庐溪市防汛工作，庐溪市副市长危振华陪同。"
            "在樟桥县，副县长官秀琴介绍了情况。\n")
    z = read_zones(text)
    assert (z.home.name, z.home.kind, z.home.issuer) == ("岚江省", "province", "岚江省水利厅")
    orgs, _, pos = _graph(tmp_path, text)
    assert any(p == "漆振邦" and t.endswith("厅长") and o == "岚江省水利厅" for p, t, o in pos)
    assert any(p == "漆振邦" and o == "岚江省水利厅党组" for p, _, o in pos)
    assert any(p == "饶国栋" and t == "一级巡视员" and o == "岚江省水利厅" for p, t, o in pos)
    assert any(p == "危振华" and o == "庐溪市人民政府" for p, _, o in pos)
    assert any(p == "官秀琴" and o == "樟桥县人民政府" for p, _, o in pos)


def test_divisions_of_the_issuing_department(tmp_path):
    text = ("水利工作简报\n2025年第8期\n岚江省水利厅办公室编　　　　2025年6月20日\n"
            "全省推进会召开\n6月5日，全省推进会召开。厅规划计划处处长缪文杰主持会议，厅农村水利水电处副处长喻小兰、"
            "水旱灾害防御处处长衷海平出席会议。\n")
    orgs, _, pos = _graph(tmp_path, text)
    assert any(p == "缪文杰" and o == "岚江省水利厅规划计划处" for p, _, o in pos)
    assert any(p == "喻小兰" and o == "岚江省水利厅农村水利水电处" for p, _, o in pos)
    assert any(p == "衷海平" and o == "岚江省水利厅水旱灾害防御处" for p, _, o in pos)


def test_city_party_office_bulletin_is_homed_in_its_city_not_a_county_it_visits(tmp_path):
    text = ("辉川信息\n第35期\n中共辉川市委办公室　　2023年8月25日\n"
            "綦宏远到桦岭县调研\n8月22日，市委书记綦宏远到桦岭县调研，桦岭县委书记庞立军陪同。市长於海燕、副市长满宏斌参加。"
            "在桦岭县，綦宏远察看了防汛工作。桦岭县将抓好落实，桦岭县人民政府要加快进度。\n")
    z = read_zones(text)
    assert (z.home.name, z.home.kind, z.home.city) == ("辉川市", "city", "辉川")
    orgs, _, pos = _graph(tmp_path, text)
    assert ("綦宏远", "市委书记", "中共辉川市委") in pos
    assert any(p == "於海燕" and o == "辉川市人民政府" for p, _, o in pos)


def test_development_zone_city_is_its_own_not_the_city_it_visits(tmp_path):
    text = ("潆川经开区招商专报\n第10期\n潆川经济技术开发区投资促进局　2024年10月25日\n"
            "经开区召开党工委会议\n10月8日，潆川经开区党工委召开会议，传达学习市委书记卞国强的讲话精神。"
            "市委常委、潆川经开区党工委书记皮昌明主持会议。\n"
            "边志远带队赴深圳招商\n10月15日，管委会主任边志远带队赴深圳、东莞招商，走访了深圳市芯钠科技有限公司、"
            "深圳市瑞衡医疗有限公司和东莞市华铝部件有限公司。在深圳，边志远一行考察了3家企业。\n")
    assert read_zones(text).home.city == "潆川"
    orgs, _, pos = _graph(tmp_path, text)
    assert any(p == "皮昌明" and o == "中共潆川市委" for p, _, o in pos)
    assert not any(o == "中共深圳市委" for o in orgs)
