"""Builds tests/data/holdout4/gold/*.gold.json (hand annotations written as Python for brevity).

Fourth blind set, 5 invented bulletins. The annotator did not read any extraction code or lexicon and
never ran govkg on these documents. Conventions follow ../shared/gold (most authoritative) and
tests/data/holdout{,2,3}:
- attended_by includes chairs and speakers; "X主持召开…会" / "X召开…会" by a named person is chairing
  (seed 000-e16); 主持开班仪式/开班式 chairs the training.
- speaking: 讲话/致辞/汇报/介绍/通报/表示/强调/要求/指出/解读/授课/领学/作报告/作说明/发言/表态发言/
  交流发言/协商发言/反映/回应/询问/叮嘱; NOT speaking: signing (签约), 宣布开工, 宪法宣誓 alone.
- 列席/陪同/参加/出席 = attending; a person visited at home (or met on site) attends the visit; an
  absent relative (在浙江务工的儿子) does not.
- titles as written, with the body prefix for committees (县委书记, 县人大常委会主任, 市人大常委会副主任,
  市人大常委会秘书长, 县政协主席, 党工委书记, 管委会主任, 市政府副秘书长) and bare for bureaus, courts,
  offices, companies (局长 @ X局, 院长 @ X法院, 主任 @ X委员会); town/village party posts as
  党委书记 @ 中共X乡委员会, 党支部书记 @ 中共X村支部委员会, 党总支书记 @ 中共X村总支部委员会;
  第一书记 @ the village party branch; shared titles ("副乡长罗德坤、麻秀芬") go to every name; chained
  titles ("县委常委、常务副县长") give one position each.
- organisation names carry the place prefix; bylines are persons ("（单位　姓名）" → title "" + unit;
  通讯员/记者/责任编辑/审核/校对 → that word as title, org null unless a unit is written); "（单位　供稿）"
  gives no person.
- organised_by: the body written as convening/hosting ("乡党委召开", "市人大常委会组织", "由…主办、…承办",
  "A联合B开展", "A与B…签约仪式"); empty when the convener is the place itself ("园区召开", "岩脚村召开")
  or when only a person is written ("县长主持召开", "书记主持召开院坝会"), and for 人大常委会 sessions
  ("第十三次会议举行").
- overseen_by: "由…牵头负责/负责…监管/负责建设管理/负责全程跟踪对接"; NOT 业主/建设单位/实施主体
  (those are owner), NOT 施工单位 (contractor, listed only as an organisation), NOT "配合".
- dates ISO from the masthead year when items give only 月日; "近日" → date null; multi-day events
  (6月27日至28日) → first day; a news item's own publication date is not the event date.
- people only quoted or mentioned (习近平; a 市委书记/厅长 whose speech is studied; a 人大常委会主任 named
  only in a planned session; an official removed from office) are persons but attend nothing;
  planned meetings (定于/拟于…召开/举办), summary counts (今年以来…累计…) and campaigns as a whole are not
  events; a 座谈会 held during a 视察 is folded into the 视察.
- names and evidence in Simplified; full-width digits of doc 004 kept verbatim in evidence, normalised
  to ASCII in names/investment.

Run:  /work/main/.venv/bin/python make_gold.py
(plain python3 also works; with the venv the Traditional doc 005 is also checked against its source.)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
DOCS = HERE.parent / "docs"
DATA = HERE.parent.parent  # tests/data
EARLIER = [*(DATA.parent.parent.parent / "shared" / "gold").glob("*.gold.json"),
           *DATA.glob("holdout/gold/*.gold.json"), *DATA.glob("holdout2/gold/*.gold.json"),
           *DATA.glob("holdout3/gold/*.gold.json")]


def Z(name, kind, parent=None, aliases=(), note=None):
    d = {"name": name, "kind": kind, "parent": parent, "aliases": list(aliases)}
    if note:
        d["note"] = note
    return d


def O(name, short, kind, zone=None, parent=None, aliases=(), note=None):
    d = {"name": name, "short": short, "kind": kind, "parent": parent, "zone": zone, "aliases": list(aliases)}
    if note:
        d["note"] = note
    return d


def P(name, *positions, aliases=(), note=None):
    d = {"name": name, "aliases": list(aliases), "positions": [{"title": t, "org": o} for t, o in positions]}
    if note:
        d["note"] = note
    return d


def E(key, name, kind, date, zone, chaired=(), attended=(), spoke=(), organised=(), projects=(), evidence="", note=None):
    att = list(dict.fromkeys([*chaired, *attended, *spoke]))
    d = {"key": key, "name": name, "kind": kind, "date": date, "zone": zone,
         "chaired_by": list(chaired), "attended_by": att, "spoke": list(spoke),
         "organised_by": list(organised), "about_projects": list(projects), "evidence": evidence}
    if note:
        d["note"] = note
    return d


def J(name, zone, overseen=(), owner=(), investment=None, evidence="", note=None):
    d = {"name": name, "zone": zone, "overseen_by": list(overseen), "owner": list(owner),
         "investment": investment, "evidence": evidence}
    if note:
        d["note"] = note
    return d


def earlier_names():
    pers, orgs, projs = set(), set(), set()
    for f in EARLIER:
        g = json.loads(f.read_text(encoding="utf-8"))
        pers |= {p["name"] for p in g["persons"]} - {"习近平"}
        orgs |= {o["name"] for o in g["organisations"]}
        projs |= {p["name"] for p in g["projects"]}
    return pers, orgs, projs


EARLIER_P, EARLIER_O, EARLIER_J = earlier_names()
assert len(EARLIER) >= 20, ("earlier gold files not found", len(EARLIER))
ALL_KEYS, ALL_PERSONS = [], []


def write(stem, year, note, zones, orgs, persons, events, projects, text_for_check=None):
    doc = {"document": stem + ".txt", "year_hint": year, "note": note, "zones": zones,
           "organisations": orgs, "persons": persons, "events": events, "projects": projects}
    names = {p["name"] for p in persons}
    org_names = {o["name"] for o in orgs}
    zone_names = {z["name"] for z in zones}
    proj_names = {p["name"] for p in projects}
    assert len(names) == len(persons), (stem, "duplicate person")
    assert len(org_names) == len(orgs), (stem, "duplicate organisation")
    assert len(zone_names) == len(zones), (stem, "duplicate zone")
    assert len(proj_names) == len(projects), (stem, "duplicate project")
    # independence from the seeds and the earlier holdouts
    assert not (names & EARLIER_P), (stem, "person shared with an earlier set", names & EARLIER_P)
    assert not (org_names & EARLIER_O), (stem, "organisation shared with an earlier set", org_names & EARLIER_O)
    assert not (proj_names & EARLIER_J), (stem, "project shared with an earlier set", proj_names & EARLIER_J)
    for z in zones:
        assert z["parent"] is None or z["parent"] in zone_names, (stem, z)
    for o in orgs:
        assert o["parent"] is None or o["parent"] in org_names, (stem, o["name"], o["parent"])
        assert o["zone"] is None or o["zone"] in zone_names, (stem, o["name"], o["zone"])
    for e in events:
        for f in ("chaired_by", "attended_by", "spoke"):
            for n in e[f]:
                assert n in names, (stem, e["key"], n)
        assert set(e["chaired_by"]) <= set(e["attended_by"]) and set(e["spoke"]) <= set(e["attended_by"])
        for o in e["organised_by"]:
            assert o in org_names, (stem, e["key"], o)
        for p in e["about_projects"]:
            assert p in proj_names, (stem, e["key"], p)
        assert e["zone"] is None or e["zone"] in zone_names, (stem, e["key"], e["zone"])
        if year:
            assert re.fullmatch(rf"{year}-\d\d-\d\d", e["date"] or f"{year}-00-00"), (stem, e["key"], e["date"])
        else:
            assert e["date"] is None or re.fullmatch(r"--\d\d-\d\d", e["date"]), (stem, e["key"], e["date"])
    for p in projects:
        for o in [*p["overseen_by"], *p["owner"]]:
            assert o in org_names, (stem, p["name"], o)
        assert p["zone"] is None or p["zone"] in zone_names, (stem, p["name"], p["zone"])
    for p in persons:
        for q in p["positions"]:
            assert q["org"] is None or q["org"] in org_names, (stem, p["name"], q)
    # every person name / alias occurs in the text (whitespace removed: PDF line breaks and stray
    # spaces do not count); every event and project evidence occurs verbatim
    text = text_for_check if text_for_check is not None else (DOCS / f"{stem}.txt").read_text(encoding="utf-8")
    flat = re.sub(r"\s+", "", text)
    for p in persons:
        for n in [p["name"], *p["aliases"]]:
            assert n in flat, (stem, "person not in text", n)
    for e in events:
        assert e["evidence"] and e["evidence"] in text, (stem, e["key"], "evidence not verbatim in text")
    for p in projects:
        assert p["evidence"] and p["evidence"] in text, (stem, p["name"], "project evidence not verbatim")
    keys = [e["key"] for e in events]
    assert len(keys) == len(set(keys)), stem
    ALL_KEYS.extend(keys)
    ALL_PERSONS.extend(n for n in names if n != "习近平")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(persons), len(events), len(projects), len(orgs)


stats = {}

# ---------------------------------------------------------------- 001 棠梨乡 (岚川县, 贵州), 乡镇简报
TL = "棠梨乡"
XDW = "中共棠梨乡委员会"
XZF = "棠梨乡人民政府"
LCW = "中共岚川县委"
NYJ = "岚川县农业农村局"
JTJ = "岚川县交通运输局"
YJD = "中共岩脚村支部委员会"
XZD = "中共新寨村支部委员会"
stats["001"] = write(
    "001_tangli_township", 2024,
    "Fictional township bulletin 《棠梨乡工作简报》第7期（总第58期）, 岚川县 (贵州: province only inside the company names "
    "贵州岚川黔菌… / 贵州黔通…). The year is written ONLY in the masthead ('2024年6月21日'); all items give 月日 "
    "(6月7日–19日) and are dated 2024 from it. '力争2025年底前全面建成' is a target, not a date. Not annotated as events: "
    "全县乡村振兴暨驻村帮扶工作推进会 (县委书记娄德华's speech is only studied; he attends nothing), the '遍访' 行动 "
    "('6月以来…累计走访农户612户' – campaign/summary), 小额信贷186万元 and 监测对象7户23人 (summary), 乡第十八届人民代表大会"
    "第四次会议 ('定于7月上旬召开' – planned). '吴书记' is an alias of 吴正坤. '岩脚村召开…分红大会' = the village itself → "
    "organised_by empty; '龙大勇主持召开院坝会' and '乡长龙春梅主持召开防汛工作专题会' → organised_by empty. 潘银花 (脱贫户, "
    "visited at home) attends e05; her son 潘小军 works in 浙江 and does not. 欧远航 also appears as 审核 in the footer. "
    "贵州黔通路桥工程有限公司 is the 施工单位 (contractor), 棠梨乡人民政府 the 建设单位 (owner) of the road; 乡规划建设管理站 "
    "only 配合 (not an overseer). 第一书记 are from county bureaus ('县农业农村局派驻岩脚村第一书记'): title 第一书记 @ the "
    "village party branch, plus an untitled link to the sending bureau. Unnamed: 各村党组织书记, 驻点监测员, 乡民政办工作人员, "
    "9个村务监督委员会主任. Surnames 勾/粟/禄/麻/阳 (阳晓雪: 阳 is the surname).",
    [Z(TL, "town", "岚川县", ["我乡"], note="a 乡 (township)"),
     Z("岚川县", "county", "贵州省", note="city/prefecture not named"),
     Z("贵州省", "province", None, ["贵州"], note="only inside company names"),
     Z("岩脚村", "village", TL), Z("新寨村", "village", TL), Z("坪上村", "village", TL),
     Z("小寨组", "village_group", "坪上村", note="坪上村小寨组 地质灾害隐患点"),
     Z("浙江省", "province", None, ["浙江"], note="only where 潘小军 works")],
    [O(XDW, "乡党委", "party_committee", TL, aliases=["中共岚川县棠梨乡委员会", "乡党委"]),
     O("中共岚川县棠梨乡委员会办公室", "乡党委办公室", "department", TL, XDW, note="publisher (masthead)"),
     O(XZF, "乡政府", "government", TL, aliases=["乡人民政府"], note="建设单位 of the road; convenes e03"),
     O("棠梨乡党政办公室", "乡党政办", "department", TL, aliases=["乡党政办"], note="byline （乡党政办　供稿）"),
     O("棠梨乡人民代表大会", "乡人大", "legislature", TL, aliases=["乡人大"]),
     O("中共棠梨乡纪律检查委员会", "乡纪委", "party_committee", TL, XDW, ["乡纪委", "棠梨乡纪委"]),
     O("棠梨乡农业服务中心", "乡农业服务中心", "department", TL, XZF, ["乡农业服务中心"]),
     O("棠梨乡乡村振兴工作站", "乡乡村振兴工作站", "department", TL, XZF, ["乡乡村振兴工作站"]),
     O("棠梨乡规划建设管理站", "乡规划建设管理站", "department", TL, XZF, ["乡规划建设管理站"]),
     O("棠梨乡民政办公室", "乡民政办", "department", TL, XZF, ["乡民政办"]),
     O(LCW, "县委", "party_committee", "岚川县", aliases=["县委"]),
     O("岚川县人民政府", "县政府", "government", "岚川县", aliases=["县政府"]),
     O("中共岚川县委办公室", "县委办", "department", "岚川县", LCW, ["县委办"], note="footer 报：县委办"),
     O("岚川县人民政府办公室", "县政府办", "department", "岚川县", "岚川县人民政府", ["县政府办"], note="footer 报：县政府办"),
     O(NYJ, "县农业农村局", "government", "岚川县", aliases=["县农业农村局"]),
     O(JTJ, "县交通运输局", "government", "岚川县", aliases=["县交通运输局"]),
     O("岚川县农业农村局驻岩脚村工作队", "驻岩脚村工作队", "other", "岩脚村", NYJ, ["驻岩脚村工作队"],
       note="驻村工作队 led by 桂明杰; byline （驻岩脚村工作队　供稿）"),
     O("贵州岚川黔菌农业科技有限公司", "黔菌农业", "company", "岚川县"),
     O("岩脚村股份经济合作社", "村股份经济合作社", "other", "岩脚村"),
     O("贵州黔通路桥工程有限公司", "黔通路桥", "company", None, note="施工单位 (contractor) of the road"),
     O(YJD, "岩脚村党支部", "party_committee", "岩脚村", aliases=["岩脚村党支部"]),
     O("岩脚村村民委员会", "岩脚村村委会", "village_committee", "岩脚村"),
     O(XZD, "新寨村党支部", "party_committee", "新寨村", aliases=["新寨村党支部"]),
     O("中共坪上村总支部委员会", "坪上村党总支", "party_committee", "坪上村", aliases=["坪上村党总支"])],
    [P("吴正坤", ("党委书记", XDW), aliases=["吴书记"], note="written 乡党委书记吴正坤; alias 吴书记"),
     P("龙春梅", ("党委副书记", XDW), ("乡长", XZF)),
     P("欧远航", ("党委副书记", XDW), ("审核", None), note="surname 欧 (not 欧阳); also 审核 in the footer"),
     P("罗德坤", ("副乡长", XZF), note="'副乡长罗德坤、麻秀芬' – shared title"),
     P("麻秀芬", ("副乡长", XZF), note="surname 麻"),
     P("杨胜荣", ("人大主席", "棠梨乡人民代表大会"), note="written 乡人大主席杨胜荣"),
     P("娄德华", ("县委书记", LCW), note="his speech at the 全县乡村振兴暨驻村帮扶工作推进会 is studied; not present"),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于“三农”工作的重要论述"),
     P("杨光富", ("党支部书记", YJD), ("村委会主任", "岩脚村村民委员会")),
     P("桂明杰", ("第一书记", YJD), ("驻村工作队队长", "岚川县农业农村局驻岩脚村工作队"), ("", NYJ),
       note="县农业农村局派驻岩脚村第一书记、驻村工作队队长"),
     P("勾兴明", ("县委常委", LCW), ("副县长", "岚川县人民政府"), note="surname 勾"),
     P("宋开元", ("总经理", "贵州岚川黔菌农业科技有限公司")),
     P("阳晓雪", ("通讯员", None), note="surname 阳"),
     P("禄晓雯", ("第一书记", XZD), ("", JTJ), note="县交通运输局派驻新寨村第一书记; surname 禄"),
     P("吴金贵", ("党支部书记", XZD)),
     P("顾晓川", ("项目经理", "贵州黔通路桥工程有限公司")),
     P("粟小娟", ("党委委员", XDW), ("纪委书记", "中共棠梨乡纪律检查委员会"), note="surname 粟"),
     P("潘德发", ("村民代表", None), ("食用菌种植户", None)),
     P("潘银花", ("脱贫户", None), note="visited at home (岩脚村)"),
     P("潘小军", note="潘银花's son, 在浙江务工 – absent, no position"),
     P("龙大勇", ("党总支书记", "中共坪上村总支部委员会")),
     P("蒙秋菊", ("责任编辑", None))],
    [E("h4-001-e01", "乡村振兴重点工作推进会", "meeting", "2024-06-12", TL,
       chaired=["龙春梅"], attended=["吴正坤", "杨胜荣", "欧远航", "罗德坤", "麻秀芬", "杨光富", "桂明杰"],
       spoke=["吴正坤", "龙春梅", "欧远航", "杨光富", "桂明杰"], organised=[XDW],
       projects=["岩脚村食用菌种植基地项目", "坪上村茶旅融合示范带项目"],
       evidence="6月12日上午，乡党委召开乡村振兴重点工作推进会",
       note="'会议由…龙春梅主持'; 吴正坤 出席并讲话 ('吴书记要求'); 欧远航 通报; 杨光富 汇报; 桂明杰 作交流发言; 龙春梅 强调; "
            "杨胜荣/罗德坤/麻秀芬 参加; 娄德华 only quoted"),
     E("h4-001-e02", "勾兴明到棠梨乡调研乡村振兴和防汛备汛工作", "inspection", "2024-06-13", TL,
       attended=["勾兴明", "吴正坤", "龙春梅", "宋开元"], spoke=["勾兴明", "宋开元"],
       projects=["岩脚村食用菌种植基地项目"],
       evidence="6月13日，县委常委、副县长勾兴明到我乡调研乡村振兴和防汛备汛工作",
       note="吴正坤、龙春梅 陪同调研; 宋开元 介绍 at the 食用菌 base; also the 小寨组 地质灾害隐患点 (监测员 unnamed)"),
     E("h4-001-e03", "新寨至坪上通组公路硬化工程现场推进会", "meeting", "2024-06-17", "新寨村",
       chaired=["罗德坤"], attended=["禄晓雯", "吴金贵", "顾晓川"], spoke=["罗德坤", "顾晓川", "吴金贵", "禄晓雯"],
       organised=[XZF], projects=["新寨至坪上通组公路硬化工程"],
       evidence="6月17日，乡人民政府在新寨村召开新寨至坪上通组公路硬化工程现场推进会",
       note="'会议由副乡长罗德坤主持' + 罗德坤要求; 顾晓川 汇报; 吴金贵 反映 (counted as speaking); 禄晓雯 表示"),
     E("h4-001-e04", "村务监督委员会主任业务培训班", "training", "2024-06-18", TL,
       attended=["粟小娟"], spoke=["粟小娟"], organised=["中共棠梨乡纪律检查委员会"],
       evidence="6月18日，乡纪委举办全乡村务监督委员会主任业务培训班",
       note="粟小娟 作开班讲话并授课; 20余人 unnamed"),
     E("h4-001-e05", "欧远航端午节前走访慰问困难群众", "visit", "2024-06-07", "岩脚村",
       attended=["欧远航", "潘银花"], spoke=["欧远航"],
       evidence="6月7日，端午节前夕，乡党委副书记欧远航带领乡民政办工作人员走访慰问困难群众",
       note="简讯; 潘银花 visited at home (attends); her son 潘小军 (在浙江务工) is absent; 欧远航 询问/叮嘱 counted as speaking"),
     E("h4-001-e06", "坪上村院坝会", "meeting", None, "坪上村",
       chaired=["龙大勇"], projects=["坪上村茶旅融合示范带项目"],
       evidence="近日，坪上村党总支书记龙大勇主持召开院坝会",
       note="'近日' → no date; only a person convenes → organised_by empty; 80余名村民 unnamed"),
     E("h4-001-e07", "防汛工作专题会", "meeting", "2024-06-19", TL,
       chaired=["龙春梅"],
       evidence="6月19日，乡长龙春梅主持召开防汛工作专题会",
       note="'乡长…主持召开' → organised_by empty; no speech reported"),
     E("h4-001-e08", "岩脚村村集体经济收益分红大会", "meeting", "2024-06-15", "岩脚村",
       chaired=["杨光富"], attended=["杨胜荣", "桂明杰", "潘德发"], spoke=["杨胜荣", "桂明杰", "潘德发"],
       evidence="6月15日，岩脚村在村党群服务中心广场召开村集体经济收益分红大会",
       note="'岩脚村召开' = the village itself → organised_by empty; '会议由村党支部书记、村委会主任杨光富主持'; 杨胜荣 出席并讲话; "
            "桂明杰 通报; 潘德发 表态发言; 312户/15.6万元 = summary inside the event")],
    [J("岩脚村食用菌种植基地项目", "岩脚村", ["棠梨乡农业服务中心"],
       ["岩脚村股份经济合作社", "贵州岚川黔菌农业科技有限公司"], "860万元",
       "岩脚村食用菌种植基地项目总投资860万元，由岩脚村股份经济合作社与贵州岚川黔菌农业科技有限公司合作建设",
       note="'乡农业服务中心要负责做好技术指导和项目监管'; 一期42个大棚"),
     J("坪上村茶旅融合示范带项目", "坪上村", ["棠梨乡乡村振兴工作站"], [], None,
       "坪上村茶旅融合示范带项目由乡乡村振兴工作站牵头负责",
       note="target '力争2025年底前全面建成'; discussed at the 院坝会 (e06)"),
     J("新寨至坪上通组公路硬化工程", TL, [JTJ], [XZF], "420万元",
       "由棠梨乡人民政府作为建设单位，县交通运输局负责行业监管和质量安全监督",
       note="6.8 km; contractor 贵州黔通路桥工程有限公司 (施工单位, not owner); 乡规划建设管理站 only 配合")])

# ---------------------------------------------------------------- 002 汀浦市人大常委会 (福建), 人大工作通讯
TP = "汀浦市"
RD = "汀浦市人大常委会"
RDDZ = "汀浦市人大常委会党组"
RDH = "汀浦市人民代表大会"
SZF = "汀浦市人民政府"
DGW = "汀浦市人大常委会代表工作委员会"
stats["002"] = write(
    "002_tingpu_renda", 2023,
    "Fictional city people's-congress bulletin 《人大工作通讯》2023年第5期（总第152期）, edited by 汀浦市人大常委会办公室, dated "
    "2023年6月30日 (福建 only inside company names; 古厝). Events 5–28 June 2023. Not annotated as events: 全市人大工作会议 "
    "(市委书记江海宁's speech there is only studied; he attends nothing), 市十六届人大常委会第十四次会议 ('拟于8月下旬召开' – "
    "planned), 代表联络站接待群众1260人次 and 溪口镇 '今年以来共收集群众意见建议47条' (summary), the 宪法宣誓 (part of e01), the "
    "座谈会 during the 视察 (folded into e03), the adoption of the 古厝保护条例 (future). The session e01 lasts 27–28 June → "
    "first day; '翁建波主持…第一次全体会议' = chair; '副市长…列席' and '邱振东…列席' = attending; 庄雅婷 作报告, 练国华 作报告, "
    "傅文龙 作说明, 蔡承志 作任前表态发言 = speaking; 翁建波 讲话; no organiser is written for the session. '翁建波主持召开…主任会议' "
    "→ organised_by empty. Appointment: 蔡承志 appointed 汀浦市教育局局长 (present); 郭志鸿 removed from that post (no current "
    "position, not said to be present). '市人民检察院、市直有关部门负责同志和部分市人大代表' and '委员共31人' unnamed. "
    "汀浦文化旅游投资集团有限公司 is the 实施主体 (owner); 福建闽川水利水电工程有限公司 is the contractor (施工), not the owner. "
    "《汀浦市古厝保护条例（草案）》 is legislation, not a project. Titles: 市人大常委会主任/副主任/秘书长 with the body prefix; "
    "市人大代表 @ 汀浦市人民代表大会; 代表工作委员会主任 → 主任 @ 代表工作委员会. Surnames 翁/詹/连/练/巫/赖/尤.",
    [Z(TP, "city", "福建省", ["汀浦"]),
     Z("福建省", "province", None, ["福建"], note="only inside company names"),
     Z("永汀县", "county", TP), Z("溪口镇", "town", "永汀县"), Z("溪源村", "village", "溪口镇"),
     Z("鲤湾区", "district", TP), Z("汀浦港区", "port_area", TP)],
    [O(RD, "市人大常委会", "legislature", TP, aliases=["市人大常委会", "市十六届人大常委会", "常委会"]),
     O(RDDZ, "党组", "party_committee", TP, RD, ["市人大常委会党组"]),
     O("汀浦市人大常委会办公室", "办公室", "department", TP, RD, note="publisher"),
     O("汀浦市人大常委会研究室", "研究室", "department", TP, RD, note="byline （研究室　郑雨桐）"),
     O(DGW, "代表工作委员会", "department", TP, RD, ["市人大常委会代表工作委员会", "代表工作委员会"]),
     O("汀浦市人大常委会法制工作委员会", "法制工作委员会", "department", TP, RD, ["市人大常委会法制工作委员会"]),
     O("汀浦市人大常委会城乡建设环境资源保护工作委员会", "城乡建设环境资源保护工作委员会", "department", TP, RD),
     O(RDH, "市人民代表大会", "legislature", TP, note="for the 市人大代表 positions"),
     O("中共汀浦市委", "市委", "party_committee", TP, aliases=["市委"]),
     O(SZF, "市人民政府", "government", TP, aliases=["市人民政府"]),
     O("汀浦市中级人民法院", "市中级人民法院", "court", TP, aliases=["市中级人民法院"]),
     O("汀浦市人民检察院", "市人民检察院", "procuratorate", TP, aliases=["市人民检察院"], note="列席, person unnamed"),
     O("汀浦市交通运输局", "市交通运输局", "government", TP, aliases=["市交通运输局"]),
     O("汀浦市交通投资集团有限公司", "市交通投资集团", "company", TP),
     O("汀浦市教育局", "市教育局", "government", TP),
     O("汀浦市生态环境局", "市生态环境局", "government", TP, aliases=["市生态环境局"]),
     O("汀浦市水利局", "市水利局", "government", TP, aliases=["市水利局"]),
     O("汀浦市水务集团有限公司", "市水务集团", "company", TP),
     O("福建闽川水利水电工程有限公司", "闽川水利水电", "company", None, note="施工单位 of 一期工程 (contractor)"),
     O("福建汀韵茶业有限公司", "汀韵茶业", "company", TP),
     O("汀浦宏达电子科技有限公司", "宏达电子", "company", TP),
     O("汀浦市发展和改革委员会", "市发展和改革委员会", "government", TP, aliases=["市发展和改革委员会"]),
     O("汀浦市住房和城乡建设局", "市住房和城乡建设局", "government", TP, aliases=["市住房和城乡建设局"]),
     O("汀浦文化旅游投资集团有限公司", "文旅投资集团", "company", TP, note="实施主体 (owner) of the 古厝 works"),
     O("永汀县人大常委会", "县人大常委会", "legislature", "永汀县"),
     O("永汀县人大常委会办公室", "县人大常委会办公室", "department", "永汀县", "永汀县人大常委会", note="byline"),
     O("溪口镇人民代表大会", "镇人大", "legislature", "溪口镇", note="'溪口镇人大主席'; also 溪口镇人大代表联络站"),
     O("中共溪源村支部委员会", "溪源村党支部", "party_committee", "溪源村"),
     O("汀浦学院", "汀浦学院", "school", TP),
     O("汀浦学院法学院", "法学院", "school", TP, "汀浦学院")],
    [P("翁建波", ("党组书记", RDDZ), ("市人大常委会主任", RD), note="'市人大常委会党组书记、主任翁建波'"),
     P("詹丽云", ("市人大常委会副主任", RD), note="'副主任詹丽云、连志诚、傅文龙' – shared title"),
     P("连志诚", ("市人大常委会副主任", RD)),
     P("傅文龙", ("市人大常委会副主任", RD)),
     P("柯少明", ("市人大常委会秘书长", RD), ("审核", None)),
     P("庄雅婷", ("副市长", SZF)),
     P("练国华", ("院长", "汀浦市中级人民法院"), note="surname 练"),
     P("邱振东", ("市人大代表", RDH), ("党支部书记", "中共溪源村支部委员会"),
       note="'市人大代表、永汀县溪口镇溪源村党支部书记邱振东'"),
     P("蔡承志", ("局长", "汀浦市教育局"), note="appointed at e01 (任命…为汀浦市教育局局长); present (任前表态发言)"),
     P("郭志鸿", note="removed (免去…汀浦市教育局局长职务); no current position; presence not stated"),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于坚持和完善人民代表大会制度的重要思想"),
     P("钱立冬", ("局长", "汀浦市生态环境局")),
     P("江海宁", ("市委书记", "中共汀浦市委"), note="speech at the 全市人大工作会议 studied; not present"),
     P("尤建清", ("局长", "汀浦市水利局"), note="surname 尤"),
     P("魏秀琴", ("市人大代表", RDH), ("董事长", "福建汀韵茶业有限公司")),
     P("郑雨桐", ("", "汀浦市人大常委会研究室")),
     P("巫荣华", ("县人大常委会主任", "永汀县人大常委会"), note="surname 巫"),
     P("赖雪芬", ("人大主席", "溪口镇人民代表大会")),
     P("游建民", ("副局长", "汀浦市住房和城乡建设局")),
     P("彭雅琳", ("市人大代表", RDH), ("总经理", "汀浦宏达电子科技有限公司")),
     P("陈锦辉", ("副主任", "汀浦市发展和改革委员会")),
     P("林书航", ("主任", DGW), note="written 代表工作委员会主任林书航"),
     P("翟雅楠", ("副教授", "汀浦学院法学院")),
     P("黄婉婷", ("责任编辑", None))],
    [E("h4-002-e01", "市十六届人大常委会第十三次会议", "meeting", "2023-06-27", TP,
       chaired=["翁建波"], attended=["詹丽云", "连志诚", "傅文龙", "柯少明", "庄雅婷", "练国华", "邱振东", "蔡承志"],
       spoke=["翁建波", "庄雅婷", "练国华", "傅文龙", "蔡承志"],
       projects=["汀浦港区疏港公路工程"],
       evidence="6月27日至28日，市十六届人大常委会第十三次会议举行",
       note="27–28 June; 翁建波 主持第一次全体会议 + 闭幕讲话 + 监誓; 庄雅婷 (列席) 作报告 ×2; 练国华 (列席) 作报告; 傅文龙 作说明; "
            "邱振东 列席; 蔡承志 任前表态发言 + 宪法宣誓; no organiser written"),
     E("h4-002-e02", "市十六届人大常委会第八十九次主任会议", "meeting", "2023-06-05", TP,
       chaired=["翁建波"], attended=["詹丽云", "连志诚", "傅文龙", "柯少明", "钱立冬"], spoke=["翁建波", "钱立冬"],
       evidence="6月5日，市人大常委会党组书记、主任翁建波主持召开市十六届人大常委会第八十九次主任会议",
       note="钱立冬 列席 and 汇报; 江海宁 only quoted; '主任…主持召开' → organised_by empty"),
     E("h4-002-e03", "市人大代表视察汀浦江流域水环境综合治理工作", "inspection", "2023-06-08", TP,
       attended=["连志诚", "尤建清", "魏秀琴", "邱振东"], spoke=["连志诚", "尤建清", "魏秀琴", "邱振东"], organised=[RD],
       projects=["汀浦江流域水环境综合治理工程"],
       evidence="6月8日至9日，市人大常委会组织部分市人大代表对汀浦江流域水环境综合治理工作开展专题视察",
       note="8–9 June; 连志诚 带队; the 座谈会 is part of the 视察: 尤建清 汇报, 魏秀琴、邱振东 发言, 连志诚 指出"),
     E("h4-002-e04", "翁建波到永汀县调研基层人大工作", "inspection", "2023-06-14", "永汀县",
       attended=["翁建波", "柯少明", "巫荣华", "赖雪芬"], spoke=["翁建波", "赖雪芬"],
       evidence="6月14日，市人大常委会主任翁建波到永汀县调研基层人大工作和人大代表联络站建设情况",
       note="柯少明 参加调研; 巫荣华 陪同; 赖雪芬 介绍 at the 溪口镇人大代表联络站"),
     E("h4-002-e05", "傅文龙带队开展古厝保护立法调研", "inspection", "2023-06-16", "鲤湾区",
       attended=["傅文龙", "游建民"], spoke=["傅文龙", "游建民"],
       projects=["鲤湾区三坊古街区古厝保护修缮工程"],
       evidence="6月16日，市人大常委会副主任傅文龙带领市人大常委会法制工作委员会、城乡建设环境资源保护工作委员会负责同志，赴鲤湾区开展《汀浦市古厝保护条例（草案）》立法调研",
       note="游建民 陪同 and 介绍; the two 工作委员会's 负责同志 are unnamed (not annotated as organisers: they accompany)"),
     E("h4-002-e06", "优化营商环境代表座谈会", "meeting", "2023-06-20", TP,
       chaired=["詹丽云"], attended=["魏秀琴", "彭雅琳", "陈锦辉"], spoke=["詹丽云", "魏秀琴", "彭雅琳", "陈锦辉"],
       organised=[RD],
       evidence="6月20日，市人大常委会召开优化营商环境代表座谈会",
       note="詹丽云 主持会议并讲话; 魏秀琴、彭雅琳 (and 4 unnamed) 发言; 陈锦辉 回应 (counted as speaking)"),
     E("h4-002-e07", "全市人大代表履职能力提升培训班", "training", None, TP,
       chaired=["林书航"], attended=["柯少明", "翟雅楠"], spoke=["柯少明", "翟雅楠"], organised=[DGW],
       evidence="近日，市人大常委会代表工作委员会举办全市人大代表履职能力提升培训班",
       note="'近日' → no date; 柯少明 作开班讲话; 林书航 主持开班式; 翟雅楠 专题授课; 110余名代表 unnamed"),
     E("h4-002-e08", "市人大常委会党组理论学习中心组学习会", "meeting", "2023-06-21", TP,
       chaired=["翁建波"], attended=["詹丽云", "傅文龙"], spoke=["翁建波", "詹丽云", "傅文龙"], organised=[RDDZ],
       evidence="6月21日，市人大常委会党组召开理论学习中心组学习会",
       note="简讯; 翁建波 主持并领学; 詹丽云、傅文龙 交流发言")],
    [J("汀浦港区疏港公路工程", "汀浦港区", ["汀浦市交通运输局"], ["汀浦市交通投资集团有限公司"], "31.5亿元",
       "由市交通运输局负责建设管理和质量监督，汀浦市交通投资集团有限公司作为项目业主",
       note="23.6 km, 68% done; reported by 庄雅婷 at e01"),
     J("汀浦江流域水环境综合治理工程", TP, ["汀浦市水利局"], ["汀浦市水务集团有限公司"], "12.8亿元",
       "汀浦江流域水环境综合治理工程总投资12.8亿元，由市水利局牵头负责，汀浦市水务集团有限公司作为项目业主",
       note="福建闽川水利水电工程有限公司 builds 一期 (contractor, not owner); sites 生态护岸/西溪湿地公园/下洋污水提升泵站"),
     J("鲤湾区三坊古街区古厝保护修缮工程", "鲤湾区", ["汀浦市住房和城乡建设局"], ["汀浦文化旅游投资集团有限公司"], "2.3亿元",
       "由汀浦文化旅游投资集团有限公司作为实施主体，市住房和城乡建设局负责保护修缮的监督管理",
       note="32 古厝 repaired so far")])

# ---------------------------------------------------------------- 003 贺川市生态环境局 (宁夏), 市直部门工作动态
HC = "贺川市"
SJ = "贺川市生态环境局"
SJDZ = "贺川市生态环境局党组"
ZFZD = "贺川市生态环境保护综合执法支队"
SCU = "宁夏塞川大学"
stats["003"] = write(
    "003_hechuan_sthjj", 2025,
    "Fictional 市直部门 bulletin 贺川市生态环境局《生态环境工作动态》2025年第4期, dated 2025年4月28日 (宁夏回族自治区: "
    "自治区生态环境厅, 宁夏… names, 黄河贺川段). Events 2–24 April 2025. Not annotated as events: 全区生态环境保护工作会议 "
    "(厅长田志诚's speech only studied; he attends nothing), the '春季攻坚' 专项行动 as a whole (4月上旬–6月底 campaign; its "
    "动员部署会 is e01; '专项行动开展以来…检查涉气企业236家次' = summary), 全市生态环境保护大会 ('定于5月中旬召开' – planned), "
    "'一季度…优良天数比例82.4%' (summary). '局召开' here is the bureau (an organisation, the publisher), not a place → "
    "organised_by = 贺川市生态环境局. Training 'A主办、B承办' → both organise; 白永强 主持开班仪式 = chair; 妥晓燕、锁光明 授课 = "
    "speaking. Signing ceremony 'A与B…签约仪式' → both organise; 冶振宁 signs only (attends, no speech); 沙宏伟 致辞 and "
    "signs; 海丽娜 出席并讲话. 宁夏朔方环境工程有限公司 is the 施工单位 (contractor); 贺川清源水务有限公司 the 建设单位 (owner); "
    "two overseers (市住房和城乡建设局 建设监管, 市生态环境局 排污许可监管). '配合' (市生态环境局 for 西沙沟, 灵泉县分局 for the "
    "rural sewage project) is not overseeing. The 生态环境监测联合实验室 to be co-built is an agreement item, not annotated as "
    "a project. 习近平 occurs only in '习近平生态文明思想' (no title). Hui surnames 冶/撒/喇/拜/保/妥/锁/沙/海/黑/哈 "
    "(黑玉林: 黑 is the surname). Unnamed: 局领导班子成员, 各县（区）分局…负责人, 90余名学员, 企业除尘台账 etc.",
    [Z(HC, "city", "宁夏回族自治区", ["贺川"]),
     Z("宁夏回族自治区", "province", None, ["自治区", "宁夏"]),
     Z("贺东区", "district", HC), Z("灵泉县", "county", HC),
     Z("红柳村", "village", "灵泉县", note="town not stated"),
     Z("鸣沙湖饮用水水源地", "protected_area", "灵泉县"),
     Z("西沙沟", "river_basin", HC, note="西沙沟流域")],
    [O(SJ, "市生态环境局", "government", HC, aliases=["市生态环境局"]),
     O(SJDZ, "局党组", "party_committee", HC, SJ, ["局党组"]),
     O("贺川市生态环境局党组理论学习中心组", "局党组理论学习中心组", "party_committee", HC, SJDZ, ["局党组理论学习中心组"]),
     O("贺川市生态环境局办公室", "办公室", "department", HC, SJ, note="publisher"),
     O("贺川市生态环境局大气环境科", "大气环境科", "department", HC, SJ, note="byline"),
     O("贺川市生态环境局水生态环境科", "水生态环境科", "department", HC, SJ, note="byline"),
     O(ZFZD, "执法支队", "government", HC, SJ, ["市生态环境保护综合执法支队", "执法支队"]),
     O("贺川市生态环境局贺东区分局", "贺东区分局", "government", "贺东区", SJ, ["市生态环境局贺东区分局"]),
     O("贺川市生态环境局灵泉县分局", "灵泉县分局", "government", "灵泉县", SJ, ["市生态环境局灵泉县分局", "灵泉县分局"]),
     O("宁夏回族自治区生态环境厅", "自治区生态环境厅", "government", "宁夏回族自治区", aliases=["自治区生态环境厅"]),
     O("宁夏回族自治区生态环境厅党组", "厅党组", "party_committee", "宁夏回族自治区", "宁夏回族自治区生态环境厅"),
     O("宁夏回族自治区生态环境保护综合执法局", "自治区生态环境保护综合执法局", "government", "宁夏回族自治区",
       aliases=["自治区生态环境保护综合执法局"]),
     O("贺川市人民政府", "市政府", "government", HC, note="only via 副市长海丽娜"),
     O(SCU, "塞川大学", "school", "宁夏回族自治区"),
     O("宁夏塞川大学环境工程学院", "环境工程学院", "school", "宁夏回族自治区", SCU),
     O("宁夏鑫源建材有限公司", "鑫源建材", "company", "贺东区"),
     O("贺川清源水务有限公司", "清源水务", "company", HC, note="建设单位 (owner)"),
     O("宁夏朔方环境工程有限公司", "朔方环境", "company", None, note="施工单位 (contractor)"),
     O("贺川市住房和城乡建设局", "市住房和城乡建设局", "government", HC, aliases=["市住房和城乡建设局"]),
     O("贺川市水务局", "市水务局", "government", HC, aliases=["市水务局"]),
     O("贺川市公安局交通警察支队", "市公安局交通警察支队", "government", HC, aliases=["市公安局交通警察支队"]),
     O("中共灵泉县委", "县委", "party_committee", "灵泉县", note="'县委、县政府' in 黑玉林's statement"),
     O("灵泉县人民政府", "县政府", "government", "灵泉县"),
     O("灵泉县住房和城乡建设局", "灵泉县住建局", "government", "灵泉县")],
    [P("冶振宁", ("党组书记", SJDZ), ("局长", SJ), note="surname 冶"),
     P("撒玉琴", ("党组成员", SJDZ), ("副局长", SJ), ("审核", None), note="surname 撒"),
     P("丁文海", ("党组成员", SJDZ), ("副局长", SJ)),
     P("白永强", ("党组成员", SJDZ), ("支队长", ZFZD), note="'局党组成员、市生态环境保护综合执法支队支队长白永强'"),
     P("田志诚", ("党组书记", "宁夏回族自治区生态环境厅党组"), ("厅长", "宁夏回族自治区生态环境厅"),
       note="speech studied; not present"),
     P("习近平", note="only in '习近平生态文明思想'"),
     P("何静", ("", "贺川市生态环境局大气环境科")),
     P("喇成义", ("局长", "贺川市生态环境局贺东区分局"), note="surname 喇"),
     P("马永祥", ("总经理", "宁夏鑫源建材有限公司")),
     P("保建荣", ("总经理", "贺川清源水务有限公司"), note="surname 保"),
     P("拜永利", ("项目经理", "宁夏朔方环境工程有限公司"), note="surname 拜"),
     P("苏婧", ("", "贺川市生态环境局水生态环境科")),
     P("黑玉林", ("副县长", "灵泉县人民政府"), note="surname 黑; written 灵泉县副县长黑玉林"),
     P("哈立勇", ("局长", "贺川市生态环境局灵泉县分局")),
     P("妥晓燕", ("副局长", "宁夏回族自治区生态环境保护综合执法局"), note="surname 妥"),
     P("锁光明", ("教授", "宁夏塞川大学环境工程学院"), note="surname 锁"),
     P("海丽娜", ("副市长", "贺川市人民政府"), note="surname 海"),
     P("沙宏伟", ("副校长", SCU)),
     P("金雅文", ("责任编辑", None))],
    [E("h4-003-e01", "2025年大气污染防治“春季攻坚”专项行动动员部署会", "meeting", "2025-04-02", HC,
       chaired=["撒玉琴"], attended=["冶振宁", "丁文海"], spoke=["冶振宁", "丁文海"], organised=[SJ],
       evidence="4月2日，市生态环境局召开2025年大气污染防治“春季攻坚”专项行动动员部署会",
       note="冶振宁 出席并讲话/要求; 撒玉琴 主持; 丁文海 解读 the 方案; 田志诚 only quoted; 局领导班子成员 unnamed"),
     E("h4-003-e02", "撒玉琴带队督导检查贺东区大气污染防治工作", "inspection", "2025-04-08", "贺东区",
       attended=["撒玉琴", "喇成义", "马永祥"], spoke=["撒玉琴", "马永祥"],
       projects=["贺东新城棚户区改造项目"],
       evidence="4月8日，局党组成员、副局长撒玉琴带队到贺东区督导检查大气污染防治工作",
       note="喇成义 陪同检查; 马永祥 介绍 at his company; 12 problems found (summary inside the event)"),
     E("h4-003-e03", "丁文海到第二污水处理厂提标扩建工程现场督导", "inspection", "2025-04-10", HC,
       attended=["丁文海", "保建荣", "拜永利"], spoke=["丁文海", "保建荣", "拜永利"],
       projects=["贺川市第二污水处理厂提标扩建工程"],
       evidence="4月10日，局党组成员、副局长丁文海到贺川市第二污水处理厂提标扩建工程现场督导项目建设和环保措施落实情况",
       note="保建荣 (owner) 介绍; 拜永利 (contractor) 汇报; 丁文海 要求"),
     E("h4-003-e04", "冶振宁到灵泉县调研农村生活污水治理和饮用水水源地保护工作", "inspection", "2025-04-18", "灵泉县",
       attended=["冶振宁", "黑玉林", "哈立勇"], spoke=["冶振宁", "哈立勇", "黑玉林"],
       projects=["灵泉县农村生活污水治理项目（一期）"],
       evidence="4月18日，局党组书记、局长冶振宁到灵泉县调研农村生活污水治理和饮用水水源地保护工作",
       note="黑玉林、哈立勇 陪同; 哈立勇 介绍; 黑玉林 表示; stops 红柳村 and 鸣沙湖饮用水水源地"),
     E("h4-003-e05", "2025年全市生态环境执法人员业务培训班", "training", "2025-04-15", HC,
       chaired=["白永强"], attended=["冶振宁", "妥晓燕", "锁光明"], spoke=["冶振宁", "妥晓燕", "锁光明"],
       organised=[SJ, ZFZD],
       evidence="4月15日，由市生态环境局主办、市生态环境保护综合执法支队承办的2025年全市生态环境执法人员业务培训班在贺川开班",
       note="3 days from 15 April; 白永强 主持开班仪式; 冶振宁 作开班动员讲话; 妥晓燕、锁光明 授课; 90余人 unnamed"),
     E("h4-003-e06", "市生态环境局与宁夏塞川大学生态环境科技合作框架协议签约仪式", "signing", "2025-04-22", HC,
       chaired=["丁文海"], attended=["海丽娜", "沙宏伟", "冶振宁"], spoke=["海丽娜", "沙宏伟"], organised=[SJ, SCU],
       evidence="4月22日，市生态环境局与宁夏塞川大学生态环境科技合作框架协议签约仪式在贺川举行",
       note="海丽娜 出席并讲话/指出; 沙宏伟 致辞; 冶振宁、沙宏伟 签约 (signing ≠ speech); '签约仪式由丁文海主持'"),
     E("h4-003-e07", "机动车尾气路检路查联合执法行动", "inspection", None, HC,
       organised=[SJ, "贺川市公安局交通警察支队"],
       evidence="近日，市生态环境局联合市公安局交通警察支队开展机动车尾气路检路查联合执法行动",
       note="简讯; '近日' → no date; no named person; 1236 vehicles / 37 over limit = summary inside the event"),
     E("h4-003-e08", "局党组理论学习中心组2025年第4次集中学习", "meeting", "2025-04-24", HC,
       chaired=["冶振宁"], attended=["白永强", "撒玉琴", "丁文海"], spoke=["冶振宁", "白永强", "撒玉琴", "丁文海"],
       organised=["贺川市生态环境局党组理论学习中心组"],
       evidence="4月24日，局党组理论学习中心组开展2025年第4次集中学习",
       note="简讯; 冶振宁 主持并讲话; 白永强 领学; 撒玉琴、丁文海 交流发言")],
    [J("贺川市第二污水处理厂提标扩建工程", HC, ["贺川市住房和城乡建设局", SJ], ["贺川清源水务有限公司"], "3.6亿元",
       "工程由贺川清源水务有限公司作为建设单位，宁夏朔方环境工程有限公司负责施工，市住房和城乡建设局负责工程建设监管，市生态环境局负责环评批复要求落实和排污许可监管",
       note="+5万吨/日; contractor 宁夏朔方环境工程有限公司 (not owner); 9月底前通水试运行"),
     J("灵泉县农村生活污水治理项目（一期）", "灵泉县", ["灵泉县住房和城乡建设局"], [], "6800万元",
       "由灵泉县住房和城乡建设局负责建设管理，灵泉县分局配合开展出水水质监测",
       note="14 villages; 灵泉县分局 only 配合"),
     J("西沙沟流域综合治理工程", "西沙沟", ["贺川市水务局"], [], None,
       "西沙沟流域综合治理工程由市水务局牵头负责，市生态环境局配合做好水质监测",
       note="简讯; 市生态环境局 only 配合"),
     J("贺东新城棚户区改造项目", "贺东区", [], [], None,
       "贺东新城棚户区改造项目工地",
       note="construction site checked for dust control during e02 (cf. seed 003 地铁3号线施工现场)")])

# ---------------------------------------------------------------- 004 洵川县 (陕西), PDF-style 政务信息
XC = "洵川县"
XCW = "中共洵川县委"
XCF = "洵川县人民政府"
XZX = "政协洵川县委员会"
XZJ = "洵川县住房和城乡建设局"
XNY = "洵川县农业农村局"
XSW = "洵川县商务局"
stats["004"] = write(
    "004_xunchuan_county_pdf", 2024,
    "Fictional county bulletin 《洵川县政务信息》第１５期, 洵川县人民政府办公室, dated with Chinese numerals '二〇二四年五月"
    "二十日' (陕西 only inside company names; 西安). Built by src/make_004_pdf.py as text copied from a PDF: lines hard-wrapped "
    "at 30 characters, so names, titles and organisation names are cut (县委副书|记、县长屈振华, 权丽|华, 洵|川县城市建设投资有限公|司, "
    "寇 |建斌, 年产２万吨魔芋精深加工项|目), a page footer + running header ('－ １ －', '洵川县政务信息 … 第１５期') falls INSIDE "
    "the name 惠建|民 and inside a sentence, stray spaces inside names (衡 建峰), trailing spaces, full-width digits "
    "(５月１３日, １．２６亿元) and Chinese-numeral dates (五月十四日, 五月十七日, 五月十九日). Gold dates ISO 2024 (year from the "
    "masthead; '２０２４年第二次全体（扩大）会议' agrees). Evidence strings are verbatim single lines of the doc (full-width digits "
    "kept); project names and investments are normalised to ASCII digits. Not annotated as events: 全市安全生产工作会议 "
    "(市委书记鲜于永康's speech only studied; compound surname 鲜于; the city 秦峪市 is named only in the footer), 安全生产治本攻坚三年行动 (campaign), "
    "县十八届人大常委会第十九次会议 ('定于５月下旬召开' – planned; 仵志勤 is named only there → person, attends nothing), "
    "'１—４月…固定资产投资' and '今年以来…隐患１２６３处' (summary), the 8 signings at the 推介会 (part of e05). '县政府召开县安全生产"
    "委员会…全体（扩大）会议' → organiser 县人民政府 (an organisation, not the place); '县长…主持召开县政府常务会议' → none; "
    "the 推介会 names no organiser (县投资促进中心 only 推介). 来德旺 (老党员) and 仇小满 (残疾人) are visited at home and "
    "attend. '惠书记' is an alias of 惠建民. 陕西汉川建设工程有限公司 is the 施工单位 (contractor). Surnames 屈/同/权/寇/衡/"
    "仝/惠/隗/巩/贠/昝/卫/逯/冀/房/晁/鱼/仇/仵/芦/亢.",
    [Z(XC, "county", "秦峪市", ["洵川"]),
     Z("秦峪市", "city", "陕西省", note="named only in the footer '报：秦峪市人民政府办公室'; the body says just 市委书记"),
     Z("陕西省", "province", None, ["陕西"], note="only inside company names"),
     Z("洵河镇", "town", XC), Z("鹿鸣村", "village", "洵河镇"),
     Z("西安市", "city", "陕西省", ["西安"], note="venue of the 推介会")],
    [O(XCW, "县委", "party_committee", XC, aliases=["县委"]),
     O("中共洵川县委办公室", "县委办", "department", XC, XCW, ["县委办公室", "县委办"]),
     O(XCF, "县政府", "government", XC, aliases=["县政府", "县人民政府"]),
     O("洵川县人民政府办公室", "县政府办", "department", XC, XCF, ["县政府办"], note="publisher; byline （县政府办　仝雨欣）"),
     O("洵川县人大常委会", "县人大常委会", "legislature", XC, aliases=["县人大常委会", "县十八届人大常委会", "县人大"]),
     O(XZX, "县政协", "cppcc", XC, aliases=["县政协"]),
     O("洵川县政协办公室", "县政协办", "department", XC, XZX, note="byline （县政协办　供稿）"),
     O("中共秦峪市委", "市委", "party_committee", "秦峪市", note="only via '市委书记鲜于永康' (city named only in the footer)"),
     O("秦峪市人民政府办公室", "市政府办公室", "department", "秦峪市", note="footer '报：秦峪市人民政府办公室'"),
     O(XZJ, "县住房和城乡建设局", "government", XC, aliases=["县住房和城乡建设局"]),
     O("洵川县财政局", "县财政局", "government", XC, aliases=["县财政局"]),
     O("洵川县应急管理局", "县应急管理局", "government", XC, aliases=["县应急管理局"]),
     O("洵川县安全生产委员会", "县安委会", "other", XC, XCF, ["县安全生产委员会", "县安委会"]),
     O("洵川县城市建设投资有限公司", "县城投公司", "company", XC, note="项目业主 (owner); name cut by two line breaks"),
     O("陕西汉川建设工程有限公司", "汉川建设", "company", None, note="施工单位 (contractor)"),
     O(XNY, "县农业农村局", "government", XC, aliases=["县农业农村局"]),
     O("中共洵河镇委员会", "洵河镇党委", "party_committee", "洵河镇", aliases=["洵河镇党委"]),
     O(XSW, "县商务局", "government", XC, aliases=["县商务局"]),
     O("洵川县供销合作社联合社", "县供销社", "other", XC, note="项目业主 of the 物流配送中心"),
     O("洵川县秦风商贸有限公司", "秦风商贸", "company", XC),
     O("洵川县投资促进中心", "县投资促进中心", "government", XC, aliases=["县投资促进中心"]),
     O("西安市洵川商会", "洵川商会", "association", "西安市"),
     O("陕西秦巴魔芋食品有限公司", "秦巴魔芋", "company", XC),
     O("洵川县残疾人联合会", "县残联", "association", XC, aliases=["县残联"]),
     O("洵川县民政局", "县民政局", "government", XC, aliases=["县民政局"]),
     O("洵川县特殊教育学校", "县特殊教育学校", "school", XC),
     O("洵川县市场监督管理局", "县市场监督管理局", "government", XC, aliases=["县市场监督管理局"]),
     O("洵川县人力资源和社会保障局", "县人社局", "government", XC, aliases=["县人力资源和社会保障局", "县人社局"]),
     O("洵川县教育局", "县教育局", "government", XC, aliases=["县教育局"])],
    [P("屈振华", ("县委副书记", XCW), ("县长", XCF), note="title cut by a line break: 县委副书|记、县长"),
     P("鲜于永康", ("市委书记", "中共秦峪市委"), note="compound surname 鲜于; speech studied; not present"),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于安全生产的重要论述"),
     P("同振江", ("县委常委", XCW), ("常务副县长", XCF), note="surname 同"),
     P("权丽华", ("副县长", XCF), note="'副县长权丽华、寇建斌' – shared title; also cut as 权丽|华"),
     P("寇建斌", ("副县长", XCF), note="cut as '寇 |建斌'"),
     P("衡建峰", ("局长", XZJ), note="written with a stray space: 衡 建峰"),
     P("仝雨欣", ("", "洵川县人民政府办公室")),
     P("惠建民", ("县委书记", XCW), aliases=["惠书记"], note="first mention cut by a page break: 惠建|－ １ －|…|民"),
     P("隗红军", ("县委常委", XCW), ("县委办公室主任", "中共洵川县委办公室"), note="surname 隗"),
     P("巩立平", ("局长", XNY)),
     P("贠海军", ("党委书记", "中共洵河镇委员会"), note="surname 贠; written 洵河镇党委书记贠海军"),
     P("来德旺", ("老党员", None), note="visited at home in 鹿鸣村"),
     P("昝秀兰", ("县政协主席", XZX), note="surname 昝"),
     P("卫红霞", ("县政协副主席", XZX)),
     P("成红卫", ("局长", XSW), note="surname 成"),
     P("逯飞", ("县政协委员", XZX), ("总经理", "洵川县秦风商贸有限公司"), note="surname 逯; title cut as 总经|理"),
     P("冀宏斌", ("局长", "洵川县应急管理局")),
     P("房建中", ("会长", "西安市洵川商会")),
     P("晁永刚", ("董事长", "陕西秦巴魔芋食品有限公司"), note="'公司董事长晁永刚'"),
     P("鱼婧文", ("通讯员", None), note="surname 鱼"),
     P("仇小满", ("残疾人", None), note="visited at home in 鹿鸣村"),
     P("仵志勤", ("县人大常委会主任", "洵川县人大常委会"), note="named only in the planned 第十九次会议; attends nothing"),
     P("蔺晓东", ("局长", "洵川县人力资源和社会保障局"), note="name cut by a line break: 蔺|晓东"),
     P("芦娜", ("责任编辑", None)),
     P("亢乐", ("校对", None))],
    [E("h4-004-e01", "县政府第21次常务会议", "meeting", "2024-05-13", XC,
       chaired=["屈振华"], attended=["同振江", "权丽华", "寇建斌", "衡建峰"], spoke=["屈振华", "衡建峰"],
       projects=["洵川县城区老旧供热管网改造工程"],
       evidence="记、县长屈振华主持召开县政府第２１次常务会议，传达学习习近平",
       note="date line '５月１３日，县委副书' is the line before; 衡建峰 (列席 as head of 县住建局) 汇报; '县长…主持召开' → "
            "organised_by empty; 鲜于永康 only quoted"),
     E("h4-004-e02", "惠建民到洵河镇调研乡村振兴和茶产业发展工作", "inspection", "2024-05-14", "洵河镇",
       attended=["惠建民", "隗红军", "巩立平", "贠海军", "来德旺"], spoke=["惠建民", "贠海军"],
       projects=["洵河镇万亩茶园提质增效项目"],
       evidence="五月十四日，县委书记惠建",
       note="the name 惠建民 is cut by the page footer/header; 隗红军、巩立平 陪同; 贠海军 介绍; 来德旺 visited at home; '惠书记强调'"),
     E("h4-004-e03", "“加快县域商贸流通体系建设”专题协商会", "meeting", "2024-05-16", XC,
       chaired=["昝秀兰"], attended=["寇建斌", "卫红霞", "成红卫", "逯飞"], spoke=["昝秀兰", "寇建斌", "成红卫", "逯飞"],
       organised=[XZX], projects=["洵川县城乡物流配送中心项目"],
       evidence="５月１６日，县政协召开“加快县域商贸流通体系建设”专题协",
       note="昝秀兰 主持会议并讲话; 寇建斌 出席并通报/表示; 卫红霞 参加; 成红卫 介绍; 逯飞 协商发言 (4 more unnamed)"),
     E("h4-004-e04", "县安全生产委员会2024年第二次全体（扩大）会议", "meeting", "2024-05-17", XC,
       chaired=["权丽华"], attended=["屈振华", "冀宏斌"], spoke=["屈振华", "冀宏斌"], organised=[XCF],
       evidence="五月十七日，县政府召开县安全生产委员会２０２４年第二次全",
       note="权丽华 主持 (name cut 权丽|华); 屈振华 出席并讲话; 冀宏斌 通报; 成员单位负责人 unnamed"),
     E("h4-004-e05", "洵川县（西安）招商推介会", "meeting", "2024-05-11", "西安市",
       chaired=["同振江"], attended=["屈振华", "房建中", "晁永刚"], spoke=["屈振华", "房建中", "晁永刚"],
       projects=["年产2万吨魔芋精深加工项目"],
       evidence="５月１１日，洵川县（西安）招商推介会在西安举行。县长屈振",
       note="屈振华 作推介致辞 (name cut 屈振|华); 同振江 主持; 房建中 致辞; 晁永刚 发言 for the signing firms; 8 projects / 46.8亿元 "
            "signed = summary inside the event; no organiser written"),
     E("h4-004-e06", "全国助残日看望慰问残疾人", "visit", "2024-05-19", XC,
       attended=["权丽华", "仇小满"], spoke=["权丽华"],
       evidence="◆五月十九日是第三十四次全国助残日。当天，副县长权丽华带",
       note="简讯; 仇小满 visited at home; 权丽华 询问 (counted as speaking); 县残联/县民政局 负责同志 unnamed (they accompany; "
            "not annotated as organisers)"),
     E("h4-004-e07", "“守护舌尖安全”校园食品安全专项检查", "inspection", None, XC,
       organised=["洵川县市场监督管理局"],
       evidence="◆近日，县市场监督管理局开展“守护舌尖安全”校园食品安全",
       note="'近日' → no date; no named person; 142 checked / 19 to rectify = summary inside the event"),
     E("h4-004-e08", "洵川县2024年高校毕业生就业专场招聘会", "activity", "2024-05-15", XC,
       chaired=["蔺晓东"], attended=["寇建斌"], spoke=["寇建斌"],
       organised=["洵川县人力资源和社会保障局", "洵川县教育局"],
       evidence="５月１５日，由县人力资源和社会保障局、县教育局联合主办的",
       note="'联合主办' → both organise; 寇建斌 出席并致辞 (title cut 副县|长); 蔺晓东 主持开幕式 (name cut 蔺|晓东); "
            "62 firms / 1860 jobs / 312 意向 = summary inside the event")],
    [J("洵川县城区老旧供热管网改造工程", XC, [XZJ], ["洵川县城市建设投资有限公司"], "1.26亿元",
       "由县住房和城乡建设局负责工程质量安全监管",
       note="written １．２６亿元; 38.5 km, 16 换热站; owner name cut by two line breaks (洵|川县城市建设投资有限公|司); "
            "contractor 陕西汉川建设工程有限公司"),
     J("洵河镇万亩茶园提质增效项目", "洵河镇", [XNY], [], "2800万元",
       "由县农业农村局负责技术指导和项目监管",
       note="written ２８００万元; 惠建民 also says 县农业农村局要切实履行行业监管职责"),
     J("洵川县城乡物流配送中心项目", XC, [XSW], ["洵川县供销合作社联合社"], "4500万元",
       "洵川县城乡物流配送中心项目总投资４５００万元，由县商务局牵头"),
     J("年产2万吨魔芋精深加工项目", XC, [], ["陕西秦巴魔芋食品有限公司"], "6.5亿元",
       "巴魔芋食品有限公司投资６．５亿元建设年产２万吨魔芋精深加工项",
       note="written 年产２万吨魔芋精深加工项|目 (full-width digit, cut at the line end); signed at e05")])

# ---------------------------------------------------------------- 005 鹤浦临港产业园区 (辽宁), Traditional news page
HP = "鹤浦临港产业园区"
HDGW = HP + "党工委"
HGWH = HP + "管委会"
HSW = "中共鹤浦市委"
HSZF = "鹤浦市人民政府"
simp5 = (HERE / "005_hepu_lingang.simplified.txt").read_text(encoding="utf-8")
stats["005"] = write(
    "005_hepu_lingang_trad", 2024,
    "Fictional 园区 news-list page (鹤浦临港产业园区管理委员会 > 新闻动态 > 园区要闻), 鹤浦市, 辽宁 (only inside company names "
    "辽宁海晟… / 辽宁渤澜…). Written in Traditional Chinese by OpenCC s2t (OpenCC standard forms 羣/爲/瞭/祕, mainland "
    "vocabulary) with inline pinyin: word-level 書記(shū jì), character-level 會(huì)/調(diào)/項(xiàng)/長(zhǎng), and inside a person "
    "name after the polyphonic surname 单: 單(shàn)立羣. Names and evidence here in Simplified (checked against "
    "src/005_hepu_lingang.simplified.txt). Every item has its own line '2024年9月X日　来源：…　浏览次数：…' = the PUBLICATION "
    "date; the event date is the one in the body (9月2日 published 9月3日, etc.); the 纪工委 item is '近日' → no date although "
    "the item is dated 2024年9月10日. Not annotated as events: 新时代推动东北全面振兴座谈会 (习近平's speech studied) and 全市项目"
    "建设推进会 (市委书记栾宏亮's speech studied; he attends nothing), 第二届鹤浦临港产业博览会 ('拟于10月下旬举办' – planned), "
    "'1—8月…产值增长11.6%' and '今年以来…应急演练46场次' (summary), the 23 意向/11 合同 at e05 and the 3 航运服务企业 visits "
    "in 天津 (part of e08). '园区召开党工委（扩大）会议' = the zone itself → organised_by empty; the 开工仪式 names no organiser; "
    "佟振国 宣布开工 (not a speech). 辽宁渤澜建设集团有限公司 is the 施工单位 (contractor), 鹤浦港集团有限公司 the 建设单位 (owner). "
    "'由园区投资促进局负责全程跟踪对接…项目' read as overseeing (holdout3 001 convention). Traps: compound surname 赫连 (赫连博); "
    "单立群 written 單(shàn)立羣; Mongolian name 巴特尔 without a Han surname; surnames 佟/鄂/索/訾/修/扈/姬/仉/邸/栾/富. "
    "单立群 is also 审核 in the footer. Unnamed: 园区投资促进局负责同志, 80余家企业, 3名困难职工.",
    [Z(HP, "development_zone", "鹤浦市", ["园区", "临港产业园区"]),
     Z("鹤浦市", "city", "辽宁省", ["鹤浦"]),
     Z("辽宁省", "province", None, ["辽宁"], note="only inside company names"),
     Z("天津市", "city", None, ["天津"]),
     Z("天津港保税区", "bonded_zone", "天津市")],
    [O(HDGW, "党工委", "party_committee", HP, aliases=["园区党工委", "党工委"]),
     O(HGWH, "管委会", "government", HP, aliases=["鹤浦临港产业园区管理委员会", "园区管委会", "管委会"]),
     O(HP + "党政办公室", "园区党政办", "department", HP, aliases=["园区党政办"]),
     O(HP + "建设管理局", "园区建设管理局", "department", HP, HGWH, ["园区建设管理局"]),
     O(HP + "纪工委", "园区纪工委", "party_committee", HP, aliases=["园区纪工委"]),
     O(HP + "经济发展局", "园区经济发展局", "department", HP, HGWH, ["园区经济发展局"]),
     O(HP + "社会事务局", "园区社会事务局", "department", HP, HGWH, ["园区社会事务局"]),
     O(HP + "应急管理局", "园区应急管理局", "department", HP, HGWH, ["园区应急管理局"]),
     O(HP + "投资促进局", "园区投资促进局", "department", HP, HGWH, ["园区投资促进局"]),
     O(HSW, "市委", "party_committee", "鹤浦市", aliases=["市委"]),
     O(HSZF, "市政府", "government", "鹤浦市", aliases=["市政府"]),
     O("鹤浦日报", "鹤浦日报", "media", "鹤浦市"),
     O("辽宁海晟船舶配套有限公司", "海晟船舶", "company", HP),
     O("鹤浦港集团有限公司", "鹤浦港集团", "company", "鹤浦市", note="建设单位 (owner) of the berths"),
     O("辽宁渤澜建设集团有限公司", "渤澜建设", "company", None, note="施工单位 (contractor)"),
     O("鹤浦市消防救援支队临港大队", "临港大队", "government", HP),
     O("天津津海通冷链物流集团有限公司", "津海通冷链", "company", "天津市")],
    [P("佟振国", ("党工委书记", HDGW), note="written 园区党工委书记(shū jì)佟振國 in the doc"),
     P("赫连博", ("党工委副书记", HDGW), ("管委会主任", HGWH), note="compound surname 赫连"),
     P("单立群", ("党工委委员", HDGW), ("管委会副主任", HGWH), ("审核", None),
       note="written 單(shàn)立羣 (pinyin inside the name); '管委会副主任单立群、关婧怡' – shared titles"),
     P("关婧怡", ("党工委委员", HDGW), ("管委会副主任", HGWH)),
     P("习近平", ("总书记", None), note="only in 习近平总书记在新时代推动东北全面振兴座谈会上的重要讲话精神"),
     P("栾宏亮", ("市委书记", HSW), note="speech studied; not present"),
     P("邸雨萌", ("", HP + "党政办公室")),
     P("鄂文涛", ("市委副书记", HSW), ("市长", HSZF), note="surname 鄂; written 市長(zhǎng)鄂文濤"),
     P("索永胜", ("市政府副秘书长", HSZF)),
     P("郎永军", ("董事长", "辽宁海晟船舶配套有限公司"), note="'公司董事长郎永军'"),
     P("姬晓婉", ("记者", "鹤浦日报"), note="byline （鹤浦日报记者　姬晓婉）"),
     P("訾国良", ("总经理", "鹤浦港集团有限公司"), note="surname 訾"),
     P("修海洋", ("项目经理", "辽宁渤澜建设集团有限公司"), note="surname 修"),
     P("富英杰", ("党工委委员", HDGW), ("纪工委书记", HP + "纪工委"), note="surname 富"),
     P("扈明月", ("局长", HP + "经济发展局"), note="surname 扈"),
     P("巴特尔", ("局长", HP + "社会事务局"), note="Mongolian name, no Han surname"),
     P("穆德林", ("离休干部", None), note="visited at home"),
     P("仉建勋", ("董事长", "天津津海通冷链物流集团有限公司"), note="surname 仉"),
     P("兰心", ("责任编辑", None))],
    [E("h4-005-e01", "园区党工委（扩大）会议", "meeting", "2024-09-02", HP,
       chaired=["佟振国"], attended=["赫连博", "单立群", "关婧怡"], spoke=["佟振国", "赫连博"],
       projects=["鹤浦港3号、4号通用泊位工程", "海晟船舶配套产业园项目"],
       evidence="9月2日，园区召开党工委（扩大）会议",
       note="item published 2024年9月3日; 佟振国 主持会议并讲话; 赫连博 提出具体要求; 单立群、关婧怡 参加; '园区召开' → organised_by "
            "empty; heads of departments 列席 unnamed; 栾宏亮 only quoted"),
     E("h4-005-e02", "鄂文涛到临港产业园区调研", "inspection", "2024-09-04", HP,
       attended=["鄂文涛", "索永胜", "佟振国", "赫连博", "郎永军"], spoke=["鄂文涛", "郎永军"],
       projects=["海晟船舶配套产业园项目"],
       evidence="9月4日，市委副书记、市长鄂文涛到临港产业园区调研重点项目建设和企业生产经营情况",
       note="索永胜、佟振国、赫连博 陪同; 郎永军 介绍; source 鹤浦日报"),
     E("h4-005-e03", "鹤浦港3号、4号通用泊位工程开工仪式", "groundbreaking", "2024-09-06", HP,
       chaired=["单立群"], attended=["佟振国", "赫连博", "訾国良", "修海洋"], spoke=["赫连博", "訾国良", "修海洋"],
       projects=["鹤浦港3号、4号通用泊位工程"],
       evidence="9月6日上午，鹤浦港3号、4号通用泊位工程开工仪式在园区港区作业区举行",
       note="佟振国 出席并宣布开工 (not a speech); 赫连博 致辞; 訾国良 介绍; 修海洋 表态发言; '开工仪式由…单立群主持'; no organiser written"),
     E("h4-005-e04", "中秋国庆节前“四风”问题专项检查", "inspection", None, HP,
       attended=["富英杰"], spoke=["富英杰"], organised=[HP + "纪工委"],
       evidence="近日，园区党工委委员、纪工委书记富英杰带队，对园区各部门、平台公司开展中秋国庆节前“四风”问题专项检查",
       note="'近日' → no date (item published 2024年9月10日); organiser from the headline '园区纪工委开展…'; 富英杰 廉政提醒/要求"),
     E("h4-005-e05", "2024年“链上临港”产业链供需对接会", "meeting", "2024-09-11", HP,
       attended=["关婧怡", "扈明月"], spoke=["关婧怡", "扈明月"], organised=[HGWH, HP + "经济发展局"],
       evidence="9月11日，由园区管委会主办、园区经济发展局承办的2024年“链上临港”产业链供需对接会在园区会展中心举行",
       note="关婧怡 出席并致辞/表示; 扈明月 介绍; 23 意向 / 11 合同 = summary inside the event"),
     E("h4-005-e06", "赫连博中秋节前走访慰问离退休老干部和困难职工", "visit", "2024-09-13", HP,
       attended=["赫连博", "巴特尔", "穆德林"], spoke=["赫连博"],
       evidence="9月13日，园区党工委副书记、管委会主任赫连博带队走访慰问离退休老干部和困难职工",
       note="巴特尔 陪同; 穆德林 visited at home; 3 困难职工 unnamed"),
     E("h4-005-e07", "危险化学品泄漏事故应急演练", "activity", "2024-09-18", HP,
       organised=[HP + "应急管理局", "鹤浦市消防救援支队临港大队"],
       evidence="9月18日，园区应急管理局联合鹤浦市消防救援支队临港大队，在园区化工仓储区开展危险化学品泄漏事故应急演练",
       note="no named person; 12 企业 观摩"),
     E("h4-005-e08", "单立群带队赴天津开展港航物流产业招商", "visit", "2024-09-19", "天津市",
       attended=["单立群", "仉建勋"], spoke=["单立群", "仉建勋"],
       projects=["东北冷链物流分拨中心项目"],
       evidence="9月19日至21日，园区党工委委员、管委会副主任单立群带队赴天津开展港航物流产业招商活动",
       note="19–21 September → first day; 仉建勋 介绍 (met at his company); 单立群 表示; 投资促进局负责同志 unnamed")],
    [J("鹤浦港3号、4号通用泊位工程", HP, [HP + "建设管理局"], ["鹤浦港集团有限公司"], "12.4亿元",
       "工程由鹤浦港集团有限公司作为建设单位，辽宁渤澜建设集团有限公司负责施工，园区建设管理局负责工程质量安全监管",
       note="2 × 5万吨级 berths; contractor 辽宁渤澜建设集团有限公司"),
     J("海晟船舶配套产业园项目", HP, [], ["辽宁海晟船舶配套有限公司"], "18亿元",
       "海晟船舶配套产业园项目总投资18亿元",
       note="also '海晟船舶配套产业园二期' in e01; owner from the company's 董事长 presenting it"),
     J("东北冷链物流分拨中心项目", HP, [HP + "投资促进局"], ["天津津海通冷链物流集团有限公司"], "6亿元",
       "由园区投资促进局负责全程跟踪对接东北冷链物流分拨中心项目",
       note="prospective ('拟在临港产业园区投资6亿元'), not yet signed")],
    text_for_check=simp5)

# the Traditional doc must be the OpenCC s2t rendering of the checked Simplified source
try:
    import opencc  # only in the project venv
except ImportError:
    opencc = None
    print("note: opencc not importable – Traditional doc 005 not cross-checked (run with the project venv)")
if opencc is not None:
    trad = (DOCS / "005_hepu_lingang_trad.txt").read_text(encoding="utf-8")
    stripped = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)", "", trad)
    assert opencc.OpenCC("t2s").convert(stripped) == simp5, "005 Traditional doc does not match its Simplified source"
    g5 = json.loads((OUT / "005_hepu_lingang_trad.gold.json").read_text(encoding="utf-8"))
    s2t = opencc.OpenCC("s2t")
    for p in g5["persons"]:
        assert s2t.convert(p["name"]) in re.sub(r"\s+", "", stripped), ("005 Traditional name missing", p["name"])

assert len(ALL_KEYS) == len(set(ALL_KEYS))
dup = {n for n in ALL_PERSONS if ALL_PERSONS.count(n) > 1}
assert not dup, ("person name reused across holdout4 docs", dup)
tot = [sum(v[i] for v in stats.values()) for i in range(4)]
for k, v in stats.items():
    print(k, "persons=%d events=%d projects=%d organisations=%d" % v)
print("total persons=%d events=%d projects=%d organisations=%d" % tuple(tot))
