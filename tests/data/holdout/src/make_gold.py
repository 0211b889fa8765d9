"""Builds tests/data/holdout/gold/*.gold.json (hand annotations written as Python for brevity).

Conventions follow ../shared/gold: attended_by includes chairs and speakers; titles as written
(with the body prefix for committees: 党工委书记, 管委会主任, 县委书记, 县人大常委会主任; bare for
bureaus: 局长 @ 沂河县水利局); organisation full names carry the zone prefix; bylines are persons
(记者/通讯员 with org null; "(单位 姓名)" with title "" and the unit as org); dates ISO, or --MM-DD
when the year is never stated; 习近平 is annotated as a person (seed convention) but attends nothing.
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gold"


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


def P(name, *positions, note=None):
    d = {"name": name, "aliases": [], "positions": [{"title": t, "org": o} for t, o in positions]}
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


def write(stem, year, note, zones, orgs, persons, events, projects):
    doc = {"document": stem + ".txt", "year_hint": year, "note": note, "zones": zones,
           "organisations": orgs, "persons": persons, "events": events, "projects": projects}
    # sanity: every person named in an event is annotated; every org named as organiser exists
    names = {p["name"] for p in persons}
    org_names = {o["name"] for o in orgs}
    proj_names = {p["name"] for p in projects}
    for e in events:
        for f in ("chaired_by", "attended_by", "spoke"):
            for n in e[f]:
                assert n in names, (stem, e["key"], n)
        for o in e["organised_by"]:
            assert o in org_names, (stem, e["key"], o)
        for p in e["about_projects"]:
            assert p in proj_names, (stem, e["key"], p)
    for p in projects:
        for o in [*p["overseen_by"], *p["owner"]]:
            assert o in org_names, (stem, p["name"], o)
    for p in persons:
        for q in p["positions"]:
            assert q["org"] is None or q["org"] in org_names, (stem, p["name"], q)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 001 沂河县 (山东)
XW, XZ = "中共沂河县委", "沂河县人民政府"
KQ_DGW, KQ_GWH = "沂河经济开发区党工委", "沂河经济开发区管委会"
ZXW = "政协沂河县委员会"
RD = "沂河县人大常委会"
write(
    "001_yihe_county", 2024,
    "Fictional county bulletin (沂河县, 山东 by the company names). Year from the publication line "
    "'发布时间：2024-03-15' and '2024年第9期'; all events 8-14 March 2024. Not annotated as events: "
    "县十八届人大常委会第十六次会议 ('将于3月下旬召开' – planned), 去年全县开展就业技能培训32场 (summary count), "
    "the 座谈会 during the 政协 inspection (part of e04), the lecture by an unnamed 市统计局 负责人. "
    "县委常委会会议: organiser body not written ('县委书记…主持召开'), so organised_by is empty as in seed 002-e01. "
    "肖桂兰 (visited 脱贫户, at home) is listed as attending the visit, following seed 000-e13 (赵天庆). "
    "习近平 only in '传达学习习近平总书记…讲话精神' – a person (seed convention), no event.",
    [
        Z("沂河县", "county", "山东省", note="fictional county; city not named"),
        Z("山东省", "province", None, ["山东"], note="only inside company names 山东鲁缘…/山东沂蒙…"),
        Z("沂河经济开发区", "development_zone", "沂河县", ["开发区"]),
        Z("石门镇", "town", "沂河县"),
        Z("东庄村", "village", "石门镇"),
    ],
    [
        O(XW, "县委", "party_committee", "沂河县", aliases=["县委", "沂河县委"]),
        O(XZ, "县政府", "government", "沂河县", aliases=["县人民政府", "县政府"]),
        O("沂河县人民政府办公室", "县政府办公室", "department", "沂河县", XZ, note="editor of the bulletin"),
        O("中共中央", "党中央", "party_committee", note="统一到党中央决策部署上来"),
        O(RD, "县人大常委会", "legislature", "沂河县", aliases=["县人大常委会", "县十八届人大常委会"]),
        O("沂河县人大常委会党组", "党组", "party_committee", "沂河县", RD),
        O(ZXW, "县政协", "cppcc", "沂河县", aliases=["县政协", "沂河县政协"]),
        O("沂河县政协办公室", "县政协办公室", "department", "沂河县", ZXW, note="'（县政协办公室　供稿）'"),
        O("中共沂河县委全面深化改革委员会", "县委全面深化改革委员会", "party_committee", "沂河县", XW),
        O(KQ_DGW, "党工委", "party_committee", "沂河经济开发区"),
        O(KQ_GWH, "管委会", "government", "沂河经济开发区"),
        O("沂河县发展改革局", "县发展改革局", "government", "沂河县", aliases=["沂河县发展和改革局"], note="承办 of the groundbreaking"),
        O("山东鲁缘新材料有限公司", "鲁缘", "company", "沂河经济开发区"),
        O("沂河县水务集团", "县水务集团", "company", "沂河县"),
        O("沂河县人民医院", "县人民医院", "hospital", "沂河县"),
        O("沂河县住房城乡建设局", "县住房城乡建设局", "government", "沂河县", aliases=["沂河县住房和城乡建设局"]),
        O("山东沂蒙精工机械有限公司", "沂蒙精工", "company", "沂河经济开发区"),
        O("沂河县水利局", "县水利局", "government", "沂河县"),
        O("中共石门镇委员会", "石门镇党委", "party_committee", "石门镇", aliases=["石门镇党委"]),
        O("石门镇社会救助服务站", "社会救助服务站", "government", "石门镇"),
        O("沂河县统计局", "县统计局", "government", "沂河县"),
        O("市统计局", "市统计局", "government", None, note="city not named; its unnamed 负责人 lectured"),
    ],
    [
        P("欧阳明远", ("县委书记", XW)),
        P("孙立群", ("县委副书记", XW), ("县长", XZ)),
        P("岳红梅", ("县委副书记", XW)),
        P("韩德胜", ("县人大常委会主任", RD)),
        P("邵春燕", ("县政协主席", ZXW)),
        P("丁雪晴", ("记者", None)),
        P("葛振华", ("副县长", XZ)),
        P("田家豪", ("县委常委", XW), ("常务副县长", XZ)),
        P("宋长河", ("县委常委", XW), ("党工委书记", KQ_DGW)),
        P("司马佳", ("董事长", "山东鲁缘新材料有限公司")),
        P("袁子涵", ("通讯员", None)),
        P("潘志刚", ("局长", "沂河县住房城乡建设局")),
        P("蓝晓彤", ("管委会副主任", KQ_GWH)),
        P("闫振东", ("总经理", "山东沂蒙精工机械有限公司")),
        P("慕容晓东", ("县政协副主席", ZXW)),
        P("万宏宇", ("局长", "沂河县水利局")),
        P("滕俊", ("党委书记", "中共石门镇委员会")),
        P("肖桂兰", ("脱贫户", None), note="visited at home by 岳红梅"),
        P("杜文博", ("通讯员", None)),
        P("卢晓光", ("局长", "沂河县统计局")),
        P("常慧敏", ("", "沂河县统计局"), note="byline '（县统计局　常慧敏）'"),
        P("张晓曼", ("编辑", None)),
        P("冯国梁", ("审核", None)),
        P("习近平", ("总书记", "中共中央"), note="only in 传达学习习近平总书记…重要讲话精神"),
    ],
    [
        E("001-e01", "县委常委会会议", "meeting", "2024-03-12", "沂河县",
          chaired=["欧阳明远"], attended=["孙立群", "岳红梅", "韩德胜", "邵春燕"], spoke=["欧阳明远"],
          evidence="3月12日上午，县委书记欧阳明远主持召开县委常委会会议",
          note="韩德胜、邵春燕 列席; 会议指出 statements unattributed; '县十八届人大常委会第十六次会议将于3月下旬召开' is a planned meeting, not annotated"),
        E("001-e02", "沂河县2024年一季度重大项目集中开工仪式", "groundbreaking", "2024-03-13", "沂河经济开发区",
          chaired=["葛振华"], attended=["欧阳明远", "孙立群", "田家豪", "宋长河", "司马佳"],
          spoke=["孙立群", "葛振华", "司马佳"],
          organised=[XW, XZ, "沂河县发展改革局"],
          projects=["鲁缘新能源电池隔膜项目", "沂河县城乡供水一体化工程", "县人民医院新院区二期工程"],
          evidence="3月13日上午，沂河县2024年一季度重大项目集中开工仪式在沂河经济开发区鲁缘新能源电池隔膜项目现场举行",
          note="县委、县政府主办, 县发展改革局承办; 孙立群 致辞并宣布开工; 葛振华 主持 and 通报; 司马佳 spoke for the project owners; 18 projects, 67.3亿元"),
        E("001-e03", "葛振华调研沂河经济开发区重点项目建设", "inspection", "2024-03-14", "沂河经济开发区",
          attended=["葛振华", "潘志刚", "蓝晓彤", "闫振东"], spoke=["葛振华", "闫振东"],
          projects=["鲁缘新能源电池隔膜项目", "沂河县城乡供水一体化工程", "年产3万台智能农机装备技改项目", "县人民医院新院区二期工程"],
          evidence="3月14日，副县长葛振华一行深入沂河经济开发区，调研重点项目建设和企业生产经营情况",
          note="'陪同调研的有…潘志刚、…蓝晓彤'; 闫振东 介绍 at his company"),
        E("001-e04", "县政协视察城乡供水一体化工程建设", "inspection", "2024-03-08", "沂河县",
          attended=["邵春燕", "慕容晓东", "万宏宇"], spoke=["邵春燕", "万宏宇"], organised=[ZXW],
          projects=["沂河县城乡供水一体化工程"],
          evidence="3月8日，县政协组织部分县政协委员视察全县城乡供水一体化工程建设情况",
          note="邵春燕 带队; 万宏宇 reported at the 座谈会 held during the inspection"),
        E("001-e05", "岳红梅石门镇走访慰问困难群众", "visit", "2024-03-10", "石门镇",
          attended=["岳红梅", "滕俊", "肖桂兰"], spoke=["岳红梅"],
          evidence="3月10日，县委副书记岳红梅到石门镇走访慰问困难群众",
          note="滕俊 陪同; 肖桂兰 = visited 脱贫户 present at home (seed 000-e13 convention)"),
        E("001-e06", "2024年全县统计业务专题培训班", "training", "2024-03-11", "沂河县",
          attended=["卢晓光"], spoke=["卢晓光"], organised=["沂河县统计局"],
          evidence="3月11日，县统计局举办2024年全县统计业务专题培训班",
          note="160+ statisticians; lecturer = unnamed 市统计局 负责人"),
    ],
    [
        J("鲁缘新能源电池隔膜项目", "沂河经济开发区", owner=["山东鲁缘新材料有限公司"], investment="12亿元",
          evidence="投资12亿元的鲁缘新能源电池隔膜项目由山东鲁缘新材料有限公司投资建设"),
        J("沂河县城乡供水一体化工程", "沂河县", overseen=["沂河县水利局"], owner=["沂河县水务集团"], investment="5.6亿元",
          evidence="投资5.6亿元的沂河县城乡供水一体化工程由县水务集团承建",
          note="县水利局要切实履行行业监管职责 (政协 article); includes 第二水厂 and 石门镇供水管网改造 (not separate projects)"),
        J("县人民医院新院区二期工程", "沂河县", overseen=["沂河县住房城乡建设局"], investment="3.2亿元",
          evidence="县住房城乡建设局要加强对在建项目的质量安全监管，特别是县人民医院新院区二期工程要严格落实安全生产责任",
          note="600 new beds"),
        J("年产3万台智能农机装备技改项目", "沂河经济开发区", owner=["山东沂蒙精工机械有限公司"],
          evidence="公司总经理闫振东介绍了年产3万台智能农机装备技改项目的推进情况"),
    ],
)

# ---------------------------------------------------------------- 002 沱江高新区 (四川)
T = "沱江高新区"
T_DGW, T_GWH = T + "党工委", T + "管委会"
write(
    "002_tuojiang_hitech", 2023,
    "Fictional 四川沱江高新技术产业开发区 work bulletin dated 2023年6月20日. PDF-style broken lines: '规划建\\n\\n设局' "
    "and '高质\\n\\n量发展'. Not annotated as events: 三季度重点项目观摩推进会 ('将于9月中旬召开' – planned), 今年以来党务培训17场次 "
    "(summary), the 现场教学 at 桂溪社区党群服务中心 (part of the training), 党工委 hearing 招商服务局/经济发展局 汇报 (part of e01). "
    "'高新区召开' (the zone itself) → organised_by empty, as in seeds 000-e14/002-e01. '相关区领导', '相关负责人' are unnamed. "
    "习近平 only in 习近平新时代中国特色社会主义思想 (person, no position, as in seed 001).",
    [
        Z("四川沱江高新技术产业开发区", "development_zone", "四川省", ["沱江高新区", "高新区"], note="fictional"),
        Z("四川省", "province", None, ["四川"]),
        Z("金沙街道", "street", "四川沱江高新技术产业开发区"),
        Z("桂溪社区", "community", "金沙街道"),
        Z("沙坪社区", "community", "金沙街道"),
    ],
    [
        O(T_DGW, "党工委", "party_committee", T, aliases=["四川沱江高新技术产业开发区党工委", "中共四川沱江高新技术产业开发区工作委员会", "高新区党工委"]),
        O(T + "党工委办公室", "党工委办公室", "department", T, T_DGW, aliases=["中共四川沱江高新技术产业开发区工作委员会办公室"], note="publisher of the bulletin"),
        O(T_GWH, "管委会", "government", T, aliases=["高新区管委会", "四川沱江高新技术产业开发区管委会"]),
        O(T + "招商服务局", "招商服务局", "government", T, aliases=["高新区招商服务局"]),
        O(T + "经济发展局", "经济发展局", "government", T),
        O(T + "规划建设局", "规划建设局", "government", T, note="split '规划建\\n\\n设局' once"),
        O(T + "党群工作部", "党群工作部", "department", T, aliases=["高新区党群工作部"]),
        O(T + "督查室", "督查室", "department", T, T + "党群工作部", note="'党群工作部（督查室）'"),
        O(T + "党政办", "党政办", "department", T, aliases=["高新区党政办"], note="byline only"),
        O(T + "企业服务中心", "企业服务中心", "other", T, aliases=["高新区企业服务中心"], note="venue of the signing"),
        O("中共四川省委", "省委", "party_committee", "四川省", note="'省委十二届三次全会精神'"),
        O("中共四川省委党校", "省委党校", "school", "四川省"),
        O("四川蜀能新能源科技有限公司", "蜀能", "company", T),
        O("成都锐驰汽车部件有限公司", "锐驰", "company", None),
        O("四川康晟药业有限公司", "康晟药业", "company", None),
        O("沱江高新投资集团有限公司", "沱江高新投资集团", "company", T, aliases=["沱江高新投资集团"], note="zone-owned investment group; 建设单位"),
        O("金沙街道党工委", "街道党工委", "party_committee", "金沙街道"),
        O("金沙街道办事处", "办事处", "government", "金沙街道"),
        O("金沙街道应急管理办公室", "应急管理办公室", "department", "金沙街道", "金沙街道办事处"),
        O("金沙街道城市管理办公室", "城市管理办公室", "department", "金沙街道", "金沙街道办事处"),
        O("沙坪社区党委", "社区党委", "party_committee", "沙坪社区"),
        O("沙坪社区居委会", "居委会", "government", "沙坪社区"),
        O("桂溪社区党群服务中心", "党群服务中心", "other", "桂溪社区", note="site of 现场教学"),
    ],
    [
        P("上官文涛", ("党工委书记", T_DGW)),
        P("贺嘉伟", ("党工委副书记", T_DGW), ("管委会主任", T_GWH)),
        P("司徒静怡", ("党工委委员", T_DGW), ("管委会副主任", T_GWH)),
        P("阎冬", ("党工委委员", T_DGW), ("部长", T + "党群工作部")),
        P("诸葛晓峰", ("局长", T + "招商服务局")),
        P("雷鸣", ("总经理", "四川蜀能新能源科技有限公司")),
        P("邰雪莉", ("摄影", None), note="'邰雪莉　摄'"),
        P("邬建国", ("局长", T + "规划建设局")),
        P("鲍一鸣", ("董事长", "沱江高新投资集团有限公司")),
        P("金小川", ("", T + "党政办")),
        P("欧阳倩", ("教授", "中共四川省委党校")),
        P("陶可欣", ("", T + "党群工作部")),
        P("龚雪", ("党工委副书记", "金沙街道党工委"), ("办事处主任", "金沙街道办事处")),
        P("韦春来", ("党委书记", "沙坪社区党委"), ("居委会主任", "沙坪社区居委会")),
        P("覃宇航", ("", "金沙街道办事处")),
        P("习近平", note="only in 习近平新时代中国特色社会主义思想"),
    ],
    [
        E("002-e01", "2023年第8次党工委（扩大）会议", "meeting", "2023-06-16", T,
          chaired=["上官文涛"], attended=["贺嘉伟", "司徒静怡", "阎冬"], spoke=["上官文涛"],
          evidence="6月16日，高新区党工委书记上官文涛主持召开2023年第8次党工委（扩大）会议",
          note="headline '高新区召开' → organiser left empty (zone itself); unnamed department heads 列席"),
        E("002-e02", "沱江高新区2023年重大项目集中签约仪式", "signing", "2023-06-18", T,
          chaired=["司徒静怡"], attended=["贺嘉伟", "诸葛晓峰", "雷鸣"], spoke=["贺嘉伟", "雷鸣"],
          organised=[T_GWH, T + "招商服务局"],
          projects=["蜀能储能电池Pack生产基地项目", "智能网联汽车零部件产业园项目", "生物医药中试平台项目"],
          evidence="6月18日，沱江高新区2023年重大项目集中签约仪式在高新区企业服务中心举行",
          note="管委会主办、招商服务局承办; 诸葛晓峰 signed the agreements (not a speech)"),
        E("002-e03", "二季度重点项目推进会", "meeting", "2023-06-19", T,
          chaired=["上官文涛"], attended=["司徒静怡", "邬建国", "鲍一鸣"], spoke=["上官文涛", "邬建国", "鲍一鸣"],
          projects=["沱江大道南延线工程", "人才公寓二期项目"],
          evidence="6月19日，高新区召开二季度重点项目推进会",
          note="'会议由党工委书记上官文涛主持'; 邬建国、鲍一鸣 汇报"),
        E("002-e04", "2023年基层党务干部专题培训班", "training", "2023-06-13", T,
          attended=["阎冬", "欧阳倩"], spoke=["阎冬", "欧阳倩"], organised=[T + "党群工作部"],
          evidence="6月13日至14日，高新区党群工作部举办2023年基层党务干部专题培训班",
          note="two days (13-14 June); 欧阳倩 作专题辅导 (lecture counted as speaking)"),
        E("002-e05", "金沙街道汛前安全隐患大排查", "inspection", "2023-06-15", "金沙街道",
          attended=["龚雪", "韦春来"], spoke=["龚雪", "韦春来"], organised=["金沙街道办事处"],
          projects=["沱江大道南延线工程"],
          evidence="6月15日，金沙街道办事处组织开展汛前安全隐患大排查",
          note="龚雪 带队; unnamed 相关负责人 of two offices 陪同; 韦春来 汇报"),
    ],
    [
        J("蜀能储能电池Pack生产基地项目", T, owner=["四川蜀能新能源科技有限公司"], investment="30亿元",
          evidence="蜀能储能电池Pack生产基地项目，总投资30亿元，由四川蜀能新能源科技有限公司投资建设"),
        J("智能网联汽车零部件产业园项目", T, owner=["成都锐驰汽车部件有限公司"], investment="12亿元",
          evidence="智能网联汽车零部件产业园项目，总投资12亿元，由成都锐驰汽车部件有限公司投资建设"),
        J("生物医药中试平台项目", T, owner=["四川康晟药业有限公司"], investment="6亿元",
          evidence="生物医药中试平台项目，总投资6亿元，由四川康晟药业有限公司投资建设"),
        J("沱江大道南延线工程", T, overseen=[T + "规划建设局"], owner=["沱江高新投资集团有限公司"],
          evidence="规划建设局要加快沱江大道南延线工程征地拆迁扫尾工作",
          note="owner from 鲍一鸣 (集团董事长) reporting on it"),
        J("人才公寓二期项目", T, overseen=[T + "规划建设局"], owner=["沱江高新投资集团有限公司"],
          evidence="设局要加强对人才公寓二期项目的质量安全监管，沱江高新投资集团要严格落实建设单位首要责任",
          note="the overseer's name is split across a blank line in the text"),
    ],
)

# ---------------------------------------------------------------- 003 桂江街道 (广东, no year)
GJ_DGW, GJ_BSC = "桂江街道党工委", "桂江街道办事处"
NH_ZJ = "南海区住房城乡建设和水利局"
write(
    "003_guijiang_street", None,
    "Fictional 街道 bulletin (桂江街道, 南海区, 佛山市, 广东). No year anywhere (issue '第15期', '4月15日'), so dates are --MM-DD. "
    "Traps: 区志坚 has the Cantonese surname 区 (夏北村党委书记、村委会主任) while '区住房城乡建设和水利局' uses 区 = district; "
    "冼志强 (现役军人) is not present – his parents were visited (as 杨逸鹏 in seed 000), so he does not attend; "
    "何润娣 (困难职工, visited at home) attends per seed 000-e13; '相关负责人' unnamed; 今年以来消防安全检查32次 (summary); "
    "百县千镇万村高质量发展工程 is a programme, not a project. The 点评会 after the 观摩 is folded into e05 (as seed 002-e02).",
    [
        Z("桂江街道", "street", "南海区", ["街道"], note="fictional"),
        Z("南海区", "district", "佛山市", note="'南海区消防救援大队'; '区住房城乡建设和水利局'"),
        Z("佛山市", "city", "广东省", note="only in company names"),
        Z("广东省", "province", None, ["广东"], note="习近平总书记视察广东; 广东新朗照明"),
        Z("夏北村", "village", "桂江街道"),
        Z("桂江社区", "community", "桂江街道"),
        Z("平洲社区", "community", "桂江街道"),
    ],
    [
        O(GJ_DGW, "街道党工委", "party_committee", "桂江街道", aliases=["街道党工委"]),
        O(GJ_BSC, "办事处", "government", "桂江街道", aliases=["街道办事处"]),
        O("桂江街道党政综合办公室", "党政综合办公室", "department", "桂江街道", note="bulletin editor"),
        O("桂江街道经济发展办公室", "街道经济发展办公室", "department", "桂江街道", GJ_BSC),
        O("桂江街道城市更新办", "街道城市更新办", "department", "桂江街道", GJ_BSC),
        O("桂江街道社会事务办", "街道社会事务办", "department", "桂江街道", GJ_BSC),
        O("桂江街道总工会", "总工会", "association", "桂江街道"),
        O("桂江街道城市管理办公室", "街道城市管理办公室", "department", "桂江街道", GJ_BSC),
        O("桂江街道应急管理办公室", "街道应急管理办公室", "department", "桂江街道", GJ_BSC),
        O(NH_ZJ, "区住房城乡建设和水利局", "government", "南海区", aliases=["区住房城乡建设和水利局"]),
        O("佛山市桂华精密机械有限公司", "桂华精密", "company", "桂江街道"),
        O("广东新朗照明科技股份有限公司", "新朗照明", "company", "桂江街道"),
        O("夏北村党委", "村党委", "party_committee", "夏北村"),
        O("夏北村委会", "村委会", "government", "夏北村", aliases=["夏北村村委会"]),
        O("佛山市润禾置业有限公司", "润禾置业", "company", "桂江街道", aliases=["润禾置业"]),
        O("平洲社区党委", "社区党委", "party_committee", "平洲社区"),
        O("平洲社区居委会", "居委会", "government", "平洲社区"),
        O("桂江派出所", "桂江派出所", "government", "桂江街道"),
        O("南海区消防救援大队桂江中队", "桂江中队", "government", "桂江街道"),
    ],
    [
        P("麦俊杰", ("党工委书记", GJ_DGW)),
        P("欧阳慧敏", ("党工委副书记", GJ_DGW), ("办事处主任", GJ_BSC)),
        P("谭丽华", ("党工委副书记", GJ_DGW)),
        P("邝伟明", ("党工委委员", GJ_DGW), ("办事处副主任", GJ_BSC)),
        P("梁嘉欣", ("通讯员", None)),
        P("卢卓彦", ("通讯员", None)),
        P("岑浩", ("主任", "桂江街道经济发展办公室")),
        P("廖振声", ("董事长", "广东新朗照明科技股份有限公司")),
        P("符志远", ("副局长", NH_ZJ)),
        P("区志坚", ("党委书记", "夏北村党委"), ("村委会主任", "夏北村委会"), note="surname 区 (Ōu)"),
        P("伍家乐", ("副总经理", "佛山市润禾置业有限公司")),
        P("何润娣", ("困难职工", None), note="visited at home by 谭丽华"),
        P("冼志强", ("现役军人", None), note="his parents were visited; he was not present"),
        P("黎倩雯", ("党委书记", "平洲社区党委"), ("居委会主任", "平洲社区居委会")),
        P("黄浩然", ("文/图", None), note="credit '文/图　黄浩然'"),
        P("陈嘉琪", ("编辑", None)),
        P("习近平", ("总书记", None), note="only in 学习习近平总书记视察广东重要讲话; 党中央 not written"),
    ],
    [
        E("003-e01", "桂江街道党工委理论学习中心组学习（扩大）会议", "meeting", "--04-08", "桂江街道",
          chaired=["麦俊杰"], attended=["欧阳慧敏", "谭丽华", "邝伟明"], spoke=["麦俊杰", "欧阳慧敏", "谭丽华"],
          organised=[GJ_DGW],
          evidence="4月8日，桂江街道党工委召开理论学习中心组学习（扩大）会议",
          note="'会议由街道党工委书记麦俊杰主持'; 欧阳慧敏、谭丽华 作交流发言"),
        E("003-e02", "麦俊杰走访调研辖区重点企业", "inspection", "--04-09", "桂江街道",
          attended=["麦俊杰", "岑浩", "廖振声"], spoke=["麦俊杰", "廖振声"],
          projects=["智能化车间改造项目"],
          evidence="4月9日，街道党工委书记麦俊杰带队走访调研佛山市桂华精密机械有限公司、广东新朗照明科技股份有限公司等辖区重点企业",
          note="岑浩 陪同; 廖振声 介绍"),
        E("003-e03", "夏北村旧村改造项目推进会", "meeting", "--04-10", "夏北村",
          chaired=["欧阳慧敏"], attended=["邝伟明", "符志远", "区志坚", "伍家乐"], spoke=["欧阳慧敏", "区志坚", "伍家乐"],
          organised=[GJ_BSC], projects=["夏北村旧村改造项目"],
          evidence="4月10日下午，桂江街道办事处召开夏北村旧村改造项目推进会",
          note="伍家乐 = the '润禾置业相关负责人' who 表示"),
        E("003-e04", "谭丽华“五一”节前走访慰问", "visit", "--04-11", "桂江街道",
          attended=["谭丽华", "何润娣"], spoke=["谭丽华"],
          evidence="4月11日，街道党工委副书记谭丽华带队走访慰问辖区困难群众、困难职工和现役军人家庭",
          note="冼志强 absent (parents visited) → not attending; 陪同 负责人 unnamed"),
        E("003-e05", "第一季度“美丽社区”创建观摩评比活动", "inspection", "--04-12", "桂江街道",
          attended=["邝伟明", "黎倩雯"], spoke=["邝伟明", "黎倩雯"], organised=["桂江街道城市管理办公室"],
          evidence="4月12日，由街道城市管理办公室牵头组织的第一季度“美丽社区”创建观摩评比活动举行",
          note="邝伟明 带队 and 点评 at the 点评会 afterwards (folded in); 黎倩雯 介绍"),
        E("003-e06", "“三小场所”消防安全专项检查", "inspection", "--04-13", "桂江街道",
          organised=["桂江街道应急管理办公室", "桂江派出所", "南海区消防救援大队桂江中队"],
          evidence="4月13日，街道应急管理办公室联合桂江派出所、南海区消防救援大队桂江中队，对辖区小档口、小作坊、小娱乐场所等“三小场所”开展消防安全专项检查",
          note="no named person; '相关负责人表示'"),
    ],
    [
        J("智能化车间改造项目", "桂江街道", overseen=["桂江街道经济发展办公室"], owner=["广东新朗照明科技股份有限公司"],
          investment="1.8亿元", evidence="公司董事长廖振声介绍了企业智能化车间改造项目的进展情况。该项目总投资1.8亿元",
          note="街道经济发展办公室要…跟踪服务智能化车间改造项目"),
        J("夏北村旧村改造项目", "夏北村", overseen=["桂江街道城市更新办", NH_ZJ], owner=["佛山市润禾置业有限公司"],
          investment="35亿元", evidence="夏北村旧村改造项目总投资约35亿元",
          note="'约35亿元'; 城市更新办 牵头, 区住房城乡建设和水利局 业务指导; includes the 复建安置区"),
    ],
)

# ---------------------------------------------------------------- 004 宁溪经开区 (江苏, Traditional)
N = "宁溪经济技术开发区"
N_DGW, N_GWH = N + "党工委", N + "管委会"
def NX(dep):
    return N + dep
write(
    "004_ningxi_etdz_trad", 2025,
    "Fictional 宁溪经济技术开发区 (江苏 by 江苏恒泰化学) bulletin in Traditional Chinese (s2tw), with inline pinyin "
    "annotations (經(jīng)濟(jì), 黨(dǎng)工委書(shū)記皇甫雲峰, 管委會(huì)主任聶文斌, 帶(dài)隊(duì)) and two U+FFFD spots "
    "(複\\ufffd多變; byline '經開區投資促\\ufffd局'). Names here are given in Simplified (皇甫雲峰 → 皇甫云峰). Year 2025 stated. "
    "Not annotated: 签订党风廉政建设责任书 (part of e04), 今年以来执法检查46次 (summary), 省纪委/市纪委全会 (referenced only). "
    "'经开区召开' → organised_by empty (zone itself).",
    [
        Z(N, "development_zone", None, ["宁溪经开区", "经开区"], note="fictional; province 江苏 only via a company name"),
        Z("宁溪综合保税区", "bonded_zone", N, note="its 二期工程 is a project"),
        Z("深圳市", "city", "广东省", ["深圳"], note="destination of the investment trip"),
    ],
    [
        O(N_DGW, "党工委", "party_committee", N, aliases=["经开区党工委", "宁溪经开区党工委"]),
        O(N_GWH, "管委会", "government", N, aliases=["经开区管委会"]),
        O(NX("纪工委"), "纪工委", "party_committee", N),
        O(NX("经济发展局"), "经济发展局", "government", N),
        O(NX("投资促进局"), "投资促进局", "government", N, note="garbled once as 投资促\\ufffd局 in a byline"),
        O(NX("科技创新局"), "科技创新局", "government", N),
        O(NX("党政办公室"), "党政办公室", "department", N, aliases=["经开区党政办公室"]),
        O(NX("规划建设局"), "规划建设局", "government", N),
        O(NX("党群工作部"), "党群工作部", "department", N),
        O(NX("安全生产委员会办公室"), "安全生产委员会办公室", "department", N, aliases=["经开区安委办"]),
        O(NX("应急管理局"), "应急管理局", "government", N),
        O(NX("消防救援大队"), "消防救援大队", "government", N),
        O(NX("人力资源和社会保障局"), "人力资源和社会保障局", "government", N, aliases=["经开区人社局"]),
        O(NX("人力资源市场"), "人力资源市场", "other", N, note="venue of the job fair"),
        O("深圳华芯半导体科技有限公司", "华芯半导体", "company", "深圳市", aliases=["华芯半导体", "华芯"]),
        O("深圳市博联智能装备有限公司", "博联智能", "company", "深圳市"),
        O("宁溪经开城市发展集团有限公司", "城发集团", "company", N),
        O("江苏恒泰化学有限公司", "恒泰化学", "company", N),
        O("宁溪振华特钢有限公司", "振华特钢", "company", N),
        O("省纪委", "省纪委", "party_committee", None, note="province not named in the text (江苏)"),
        O("市纪委", "市纪委", "party_committee", None, note="city not named"),
    ],
    [
        P("皇甫云峰", ("党工委书记", N_DGW), note="written 皇甫雲峰"),
        P("聂文斌", ("党工委副书记", N_DGW), ("管委会主任", N_GWH), note="written 聶文斌"),
        P("汪海燕", ("党工委委员", N_DGW), ("管委会副主任", N_GWH)),
        P("俞晓岚", ("", NX("党政办公室"))),
        P("祁东阳", ("局长", NX("投资促进局"))),
        P("郜振宇", ("董事长", "深圳华芯半导体科技有限公司")),
        P("殷佳琪", ("", NX("投资促进局")), note="byline org garbled: 經開區投資促\\ufffd局"),
        P("柏晨", ("局长", NX("规划建设局"))),
        P("蔺建军", ("总经理", "宁溪经开城市发展集团有限公司")),
        P("岳小川", ("", NX("规划建设局"))),
        P("申屠慧", ("党工委委员", N_DGW), ("纪工委书记", NX("纪工委")), note="compound surname 申屠"),
        P("倪梦瑶", ("", NX("党群工作部"))),
        P("万子墨", ("局长", NX("应急管理局"))),
        P("郑一鸣", ("", NX("应急管理局"))),
        P("褚文静", ("", NX("人力资源和社会保障局"))),
        P("习近平", ("总书记", None), note="only in 学习贯彻习近平总书记关于党的建设的重要思想"),
    ],
    [
        E("004-e01", "2025年一季度经济运行分析会", "meeting", "2025-04-07", N,
          chaired=["聂文斌"], attended=["皇甫云峰", "汪海燕"], spoke=["皇甫云峰", "汪海燕", "聂文斌"],
          evidence="4月7日上午，寧溪經濟技術開發區召開2025年一季度經濟運行分析會",
          note="皇甫云峰 出席并讲话; 汪海燕 通报; 聂文斌 主持 and 要求; departments reported (unnamed heads)"),
        E("004-e02", "聂文斌带队赴深圳开展招商活动", "visit", "2025-04-09", "深圳市",
          attended=["聂文斌", "祁东阳", "郜振宇"], spoke=["聂文斌", "郜振宇"],
          projects=["华芯12英寸功率半导体封测基地项目"],
          evidence="4月9日至10日，經開區黨工委副書記、管委會主任聶文斌帶隊赴深圳開展招商活動，投資促進局局長祁東陽陪同",
          note="9-10 April; 郜振宇 met them in a 座谈 at his company and 表示"),
        E("004-e03", "汪海燕调研重点项目建设", "inspection", "2025-04-14", N,
          attended=["汪海燕", "柏晨", "蔺建军"], spoke=["汪海燕", "蔺建军"],
          projects=["宁溪综合保税区二期工程", "新能源汽车零部件产业园"],
          evidence="4月14日，經開區黨工委委員、管委會副主任汪海燕深入寧溪綜合保稅區二期工程、新能源汽車零部件產業園等項目現場",
          note="柏晨、蔺建军 陪同; 蔺建军 介绍"),
        E("004-e04", "2025年党建暨党风廉政建设工作会议", "meeting", "2025-04-03", N,
          chaired=["聂文斌"], attended=["皇甫云峰", "申屠慧"], spoke=["皇甫云峰", "申屠慧"],
          evidence="4月3日，經開區召開2025年黨建暨黨風廉政建設工作會議",
          note="'會議由聶文斌主持'; 申屠慧 传达 and 部署"),
        E("004-e05", "清明节前安全生产大检查", "inspection", "2025-04-01", N,
          attended=["万子墨"], spoke=["万子墨"], organised=[NX("安全生产委员会办公室")],
          evidence="4月1日，經開區安全生產委員會辦公室組織應急管理局、消防救援大隊等部門組成聯合檢查組",
          note="应急管理局 and 消防救援大队 were members of the joint team; 万子墨 带队"),
        E("004-e06", "“宁聚英才”春季专场招聘会", "activity", "2025-03-29", N,
          attended=["汪海燕"], spoke=["汪海燕"], organised=[NX("人力资源和社会保障局")],
          evidence="3月29日，由經開區人力資源和社會保障局主辦的“寧聚英才”春季專場招聘會在經開區人力資源市場舉行",
          note="汪海燕 到现场察看 and 要求"),
    ],
    [
        J("华芯12英寸功率半导体封测基地项目", N, owner=["深圳华芯半导体科技有限公司"], investment="45亿元",
          evidence="就華芯12英寸功率半導體封測基地項目落戶寧溪經開區事宜深入交流並達成初步合作意向。該項目計劃總投資45億元",
          note="planned (初步合作意向)"),
        J("宁溪综合保税区二期工程", "宁溪综合保税区", overseen=[NX("规划建设局")], owner=["宁溪经开城市发展集团有限公司"],
          investment="8.6亿元",
          evidence="規劃建設局要加強對綜合保稅區二期工程的統籌調度和質量監管"),
        J("新能源汽车零部件产业园", N,
          evidence="新能源汽車零部件產業園要加快標準廠房建設，同步推進招商"),
    ],
)

# ---------------------------------------------------------------- 005 湘溪县 (湖南, GB18030)
XX_W, XX_Z = "中共湘溪县委", "湘溪县人民政府"
XX_RD, XX_ZX = "湘溪县人大常委会", "政协湘溪县委员会"
CT = "湘溪县城市建设投资集团有限公司"
write(
    "005_xiangxi_county_gb18030", 2023,
    "FILE IS ENCODED IN GB18030 (not UTF-8) to exercise encoding detection. Fictional county newspaper page (湘溪县, 湖南 "
    "by company names), dated 2023年11月24日. Not annotated as events: 全市项目建设观摩讲评会 (only its speech by 市委书记廖建新 is "
    "studied – 廖建新 is a person but attends nothing), 县第十二届运动会 ('将于12月8日开幕' – planned), 今年以来安全生产培训28场 "
    "(summary), 6 projects signed (only 2 named). Appointment: 舒晓鸥 appointed 县教育局局长 (position); 谢振林 removed from it "
    "(no current position). '县领导瞿建华、龚佳音' gives 县领导 (seed 002 区领导 convention). 人大常委会会议 and 白沙镇 推进会: no "
    "organiser written, organised_by empty.",
    [
        Z("湘溪县", "county", "湖南省", note="fictional; city not named"),
        Z("湖南省", "province", None, ["湖南"], note="only in company names"),
        Z("长沙市", "city", "湖南省", ["长沙"], note="venue of the 推介会"),
        Z("白沙镇", "town", "湘溪县"),
        Z("枫林村", "village", "白沙镇"),
        Z("石桥村", "village", "白沙镇"),
    ],
    [
        O("湘溪日报", "湘溪日报", "media", "湘溪县", aliases=["本报"]),
        O(XX_W, "县委", "party_committee", "湘溪县", aliases=["县委"]),
        O(XX_Z, "县人民政府", "government", "湘溪县", aliases=["县人民政府", "县政府"]),
        O(XX_RD, "县人大常委会", "legislature", "湘溪县", aliases=["县人大常委会", "县十九届人大常委会"]),
        O(XX_ZX, "县政协", "cppcc", "湘溪县", aliases=["县政协"]),
        O("湘溪县人民法院", "县人民法院", "court", "湘溪县"),
        O("湘溪县人民检察院", "县人民检察院", "procuratorate", "湘溪县"),
        O("市委", "市委", "party_committee", None, note="city not named; '市委书记廖建新'"),
        O("湘溪县教育局", "县教育局", "government", "湘溪县"),
        O(CT, "湘溪城投集团", "company", "湘溪县", aliases=["湘溪城投集团", "城投集团", "集团"]),
        O(CT + "党委", "集团党委", "party_committee", "湘溪县", CT),
        O("湘溪县商务局", "县商务局", "government", "湘溪县"),
        O("湘溪县投资促进事务中心", "县投资促进事务中心", "government", "湘溪县"),
        O("长沙市湘溪商会", "湘溪商会", "association", "长沙市"),
        O("湖南楚竹新材料科技有限公司", "楚竹新材料", "company", "湘溪县"),
        O("湖南百草源药业有限公司", "百草源药业", "company", "湘溪县"),
        O("湖南湘农生态农业有限公司", "湘农生态", "company", "湘溪县"),
        O("湘溪县发展和改革局", "县发展和改革局", "government", "湘溪县"),
        O("湘溪县行政审批服务局", "县行政审批服务局", "government", "湘溪县"),
        O("湘溪县市场监督管理局", "县市场监督管理局", "government", "湘溪县"),
        O("中共白沙镇委员会", "白沙镇党委", "party_committee", "白沙镇", aliases=["白沙镇党委"]),
        O("白沙镇人民政府", "白沙镇", "government", "白沙镇", note="from 白沙镇镇长"),
        O("湘溪县农业农村局", "县农业农村局", "government", "湘溪县"),
        O("湘溪县水利局", "县水利局", "government", "湘溪县"),
        O("湘溪县住房和城乡建设局", "县住房和城乡建设局", "government", "湘溪县"),
        O("湘溪县应急管理局", "县应急管理局", "government", "湘溪县"),
    ],
    [
        P("向天佑", ("记者", None)),
        P("龙国栋", ("县人大常委会主任", XX_RD)),
        P("向秋云", ("县人大常委会副主任", XX_RD)),
        P("瞿建华", ("县人大常委会副主任", XX_RD), ("县领导", None)),
        P("田小梅", ("县人大常委会副主任", XX_RD)),
        P("彭志勇", ("副县长", XX_Z)),
        P("佘立新", ("院长", "湘溪县人民法院")),
        P("米雅琴", ("检察长", "湘溪县人民检察院")),
        P("廖建新", ("市委书记", "市委"), note="quoted (讲话精神 studied); not present"),
        P("舒晓鸥", ("局长", "湘溪县教育局"), note="appointed at the 人大常委会 meeting"),
        P("谢振林", note="removed from the post of 县教育局局长 (免去…职务)"),
        P("蒋雨欣", ("通讯员", None)),
        P("石磊", ("县委书记", XX_W)),
        P("莫昌平", ("县委副书记", XX_W), ("县长", XX_Z)),
        P("汤晓军", ("副县长", XX_Z)),
        P("龚佳音", ("县领导", None), ("副县长", XX_Z)),
        P("易国强", ("会长", "长沙市湘溪商会")),
        P("钟晓玲", ("通讯员", None)),
        P("姚春华", ("县政协主席", XX_ZX)),
        P("蒲建新", ("县政协副主席", XX_ZX)),
        P("谷雨桐", ("县政协委员", XX_ZX), ("董事长", "湖南湘农生态农业有限公司")),
        P("陆思远", ("记者", None)),
        P("邹凯", ("党委书记", "中共白沙镇委员会")),
        P("尹梦琪", ("镇长", "白沙镇人民政府")),
        P("温子轩", ("通讯员", None)),
        P("贝明亮", ("党委书记", CT + "党委"), ("董事长", CT)),
        P("卜凡", ("总工程师", "湘溪县住房和城乡建设局")),
        P("严可为", ("总经理", CT)),
        P("陶文杰", ("局长", "湘溪县应急管理局")),
        P("汪晨曦", ("编辑", None)),
        P("孔令媛", ("校对", None)),
    ],
    [
        E("005-e01", "县十九届人大常委会第十二次会议", "meeting", "2023-11-22", "湘溪县",
          chaired=["龙国栋"], attended=["向秋云", "瞿建华", "田小梅", "彭志勇", "佘立新", "米雅琴"],
          spoke=["龙国栋", "彭志勇"], projects=["城北片区老旧小区改造项目"],
          evidence="11月22日，县十九届人大常委会第十二次会议召开。县人大常委会主任龙国栋主持会议",
          note="彭志勇、佘立新、米雅琴 列席; 彭志勇 作报告; 廖建新's speech only studied"),
        E("005-e02", "2023湘溪县（长沙）招商推介会", "ceremony", "2023-11-16", "长沙市",
          chaired=["汤晓军"], attended=["石磊", "莫昌平", "瞿建华", "龚佳音", "易国强"], spoke=["石磊", "莫昌平", "易国强"],
          organised=[XX_Z, "湘溪县商务局", "湘溪县投资促进事务中心"],
          projects=["湖南湘溪竹木新材料产业园项目", "湘溪县中药材精深加工项目"],
          evidence="11月16日，2023湘溪县（长沙）招商推介会在长沙举行",
          note="县人民政府主办, 商务局/投资促进事务中心承办; 石磊 致辞, 莫昌平 推介, 易国强 发言; 6 projects signed"),
        E("005-e03", "县政协“优化营商环境”专题协商会", "meeting", "2023-11-21", "湘溪县",
          chaired=["姚春华"], attended=["蒲建新", "汤晓军", "谷雨桐"], spoke=["汤晓军", "谷雨桐", "姚春华"],
          organised=[XX_ZX],
          evidence="11月21日，县政协召开“优化营商环境”专题协商会",
          note="汤晓军 到会通报; 谷雨桐 and 5 unnamed members spoke; departments' 相关负责人 unnamed"),
        E("005-e04", "白沙镇乡村振兴示范片建设现场推进会", "meeting", "2023-11-18", "枫林村",
          chaired=["邹凯"], attended=["龚佳音", "尹梦琪"], spoke=["龚佳音", "尹梦琪"],
          projects=["白沙镇乡村振兴示范片"],
          evidence="11月18日，白沙镇乡村振兴示范片建设现场推进会在白沙镇枫林村召开",
          note="龚佳音 出席并讲话; 尹梦琪 汇报; 县农业农村局/县水利局 相关负责人 unnamed"),
        E("005-e05", "湘溪城投集团重点项目建设推进会", "meeting", "2023-11-20", "湘溪县",
          chaired=["贝明亮"], attended=["卜凡", "严可为"], spoke=["严可为", "卜凡", "贝明亮"],
          organised=[CT], projects=["沅湘大道提质改造工程", "城北片区老旧小区改造项目"],
          evidence="11月20日，湘溪县城市建设投资集团有限公司召开重点项目建设推进会",
          note="卜凡 应邀参加 and 表示"),
        E("005-e06", "全县冬春火灾防控工作部署会", "meeting", "2023-11-23", "湘溪县",
          attended=["陶文杰"], spoke=["陶文杰"], organised=["湘溪县应急管理局"],
          evidence="11月23日，县应急管理局召开全县冬春火灾防控工作部署会",
          note="short news item (简讯)"),
    ],
    [
        J("城北片区老旧小区改造项目", "湘溪县", owner=[CT],
          evidence="由湘溪县城市建设投资集团有限公司承建的城北片区老旧小区改造项目已完成投资2.3亿元",
          note="2.3亿元 is investment completed so far, not the total"),
        J("湖南湘溪竹木新材料产业园项目", "湘溪县", owner=["湖南楚竹新材料科技有限公司"], investment="15亿元",
          evidence="湖南湘溪竹木新材料产业园项目由湖南楚竹新材料科技有限公司投资建设，总投资15亿元"),
        J("湘溪县中药材精深加工项目", "湘溪县", owner=["湖南百草源药业有限公司"], investment="8亿元",
          evidence="湘溪县中药材精深加工项目由湖南百草源药业有限公司投资建设，总投资8亿元"),
        J("白沙镇乡村振兴示范片", "白沙镇", overseen=["湘溪县农业农村局"], investment="1.2亿元",
          evidence="县农业农村局要加强对示范片建设的技术指导和项目监管",
          note="covers 枫林村、石桥村 and 3 more villages; 8600万元 invested so far"),
        J("沅湘大道提质改造工程", "湘溪县", overseen=["湘溪县住房和城乡建设局"], owner=[CT], investment="4.5亿元",
          evidence="县住房和城乡建设局将加强对沅湘大道提质改造工程的质量安全监管",
          note="owner from the 集团 reporting on its own key projects; 6.2 km"),
    ],
)
print("ok")
