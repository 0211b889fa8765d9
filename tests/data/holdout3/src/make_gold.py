"""Builds tests/data/holdout3/gold/*.gold.json (hand annotations written as Python for brevity).

Third blind set, meant to be scored ONCE at the end for an honest generalisation figure. The
annotator did not read any extraction code or lexicon and never ran govkg on these documents.
Conventions follow ../shared/gold (most authoritative) and tests/data/holdout{,2}:
attended_by includes chairs and speakers; "X召开…会" by a named person counts as chairing (seed
000-e16); 致辞/讲话/汇报/介绍/通报/表示/要求/提出要求/解读/授课/宣读 count as speaking, signing,
handing out awards and 宣布开工/宣布启动 do not; a visited person at home (or met on site) attends
the visit; titles as written, with the body prefix for committees (党工委书记, 管委会主任, 县委书记,
县政协主席, 区委常委, 市政府副秘书长) and bare for bureaus/offices (局长 @ X局, 科长 @ X科);
organisation names carry the zone prefix; bylines are persons ("(单位　姓名)" → title "" + unit;
记者/通讯员/撰稿/编辑/审核 → that word as title, org null unless a unit is written); "X召开" where X
is the zone itself (经开区召开, 高新区召开) and "书记/县长主持召开…" leave organised_by empty;
dates ISO, or --MM-DD when the document never states a year; people only quoted or mentioned
(习近平, a 市委书记/厅长 whose speech is studied) are persons but attend nothing; planned
meetings (定于/拟于…召开/举办) and summary counts are not events.

Run:  python3 make_gold.py     (checks names, aliases and event evidence against the text)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
DOCS = HERE.parent / "docs"


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


ALL_KEYS = []


def write(stem, year, note, zones, orgs, persons, events, projects, text_for_check=None):
    doc = {"document": stem + ".txt", "year_hint": year, "note": note, "zones": zones,
           "organisations": orgs, "persons": persons, "events": events, "projects": projects}
    names = {p["name"] for p in persons}
    org_names = {o["name"] for o in orgs}
    zone_names = {z["name"] for z in zones}
    proj_names = {p["name"] for p in projects}
    assert len(names) == len(persons), (stem, "duplicate person")
    assert len(org_names) == len(orgs), (stem, "duplicate organisation")
    assert len(proj_names) == len(projects), (stem, "duplicate project")
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
    # every person name / alias and every event evidence occurs in the (simplified) text
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
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(persons), len(events), len(projects), len(orgs)


stats = {}

# ---------------------------------------------------------------- 001 临赣经开区 (江西)
DZ = "临赣经济技术开发区"
DGW = DZ + "党工委"
GWH = DZ + "管委会"
ZSJ = DZ + "招商局"
JFJ = DZ + "经济发展局"
JSJ = DZ + "建设局"
CZJ = DZ + "财政局"
YJJ = DZ + "应急管理局"
DZB = DZ + "党政办公室"
JGW = DZ + "纪工委"
stats["001"] = write(
    "001_lingan_etdz", 2025,
    "Fictional 国家级经济技术开发区 bulletin 《临赣经开区工作简报》2025年第8期 (江西: 习近平总书记考察江西, "
    "江西… companies), dated 2025年4月21日. All events 9–18 April 2025. Not annotated as events: the "
    "全市项目建设推进大会 (付庆元's speech there is only studied; he attends nothing), 一季度经济运行分析调度会 "
    "('定于4月下旬召开' – planned), the 3 agreements signed at the 推介会 (part of e03), 今年以来安全检查86次 and "
    "一季度新签约项目17个 (summary counts). '经开区召开…观摩推进会' = the zone itself → organised_by empty; "
    "'熊建林召开…主任办公会' counts as chairing (seed 000-e16). Unnamed: '应急管理局相关负责人', '人社部门', "
    "'供电部门', '各局（办、中心）和平台公司主要负责人'. 市自然资源局经开区分局 only 做好用地报批保障 (support, not an overseer).",
    [Z(DZ, "development_zone", "临赣市", ["临赣经开区", "经开区"]),
     Z("临赣市", "city", "江西省", ["临赣"]),
     Z("江西省", "province", None, ["江西"], note="via 考察江西 and the 江西… company names"),
     Z("广东省", "province", None, ["广东"]),
     Z("深圳市", "city", "广东省", ["深圳"]),
     Z("东莞市", "city", "广东省", ["东莞"])],
    [O(DGW, "党工委", "party_committee", DZ, aliases=["经开区党工委", "党工委"]),
     O(GWH, "管委会", "government", DZ, aliases=["管委会"]),
     O(DZB, "党政办公室", "department", DZ, aliases=["经开区党政办公室"], note="editor of the bulletin; bylines"),
     O(ZSJ, "招商局", "department", DZ, GWH, ["经开区招商局", "招商局"]),
     O(JFJ, "经济发展局", "department", DZ, GWH, ["经开区经济发展局", "经济发展局"]),
     O(JSJ, "建设局", "department", DZ, GWH, ["建设局"]),
     O(CZJ, "财政局", "department", DZ, GWH, ["经开区财政局", "财政局"]),
     O(YJJ, "应急管理局", "department", DZ, GWH, ["经开区应急管理局", "应急管理局"]),
     O(DZ + "市场监管分局", "经开区市场监管分局", "government", DZ, aliases=["经开区市场监管分局"],
       note="parent not stated (a branch of the city bureau)"),
     O(JGW, "纪工委", "party_committee", DZ, aliases=["经开区纪工委"]),
     O("临赣市自然资源局经开区分局", "市自然资源局经开区分局", "government", DZ, aliases=["市自然资源局经开区分局"]),
     O("临赣市消防救援支队经开区大队", "经开区大队", "government", DZ),
     O("临赣经开城市发展投资集团有限公司", "城发集团", "company", DZ, note="project owner (项目业主) of 临赣大道东延段"),
     O("中共临赣市委", "市委", "party_committee", "临赣市", aliases=["市委"], note="only via 市委书记付庆元"),
     O("江西瑞驰锂电科技有限公司", "瑞驰锂电", "company", DZ, aliases=["瑞驰锂电"]),
     O("江西赣芯微电子有限公司", "赣芯微电子", "company", DZ, aliases=["赣芯微电子"]),
     O("深圳市华拓新能源科技有限公司", "华拓新能源", "company", "深圳市", aliases=["华拓新能源"]),
     O("东莞市恒锐精密模具有限公司", "恒锐精密模具", "company", "东莞市"),
     O("江西联创精密铸造有限公司", "联创精密铸造", "company", DZ),
     O("江西绿源食品有限公司", "绿源食品", "company", DZ),
     O("江西华正会计师事务所", "华正会计师事务所", "company", None)],
    [P("聂海峰", ("党工委书记", DGW)),
     P("熊建林", ("党工委副书记", DGW), ("管委会主任", GWH)),
     P("卞晓东", ("党工委委员", DGW), ("管委会副主任", GWH)),
     P("汪立群", ("总经理", "江西瑞驰锂电科技有限公司")),
     P("习近平", ("总书记", None), note="only in 深入学习贯彻习近平总书记考察江西重要讲话精神"),
     P("付庆元", ("市委书记", "中共临赣市委"), note="his speech at the 全市项目建设推进大会 is studied; not present"),
     P("谌丽", ("", DZB), note="byline （经开区党政办公室　谌丽）, twice"),
     P("邓子昂", ("局长", ZSJ)),
     P("喻珊珊", ("局长", JFJ)),
     P("邢志鹏", ("董事长", "深圳市华拓新能源科技有限公司"), note="written 华拓新能源董事长邢志鹏"),
     P("胡晓敏", ("", ZSJ)),
     P("涂慧芳", ("管委会副主任", GWH)),
     P("敖志强", ("局长", CZJ)),
     P("帅文明", ("局长", JSJ)),
     P("揭秀英", ("总经理", "江西绿源食品有限公司")),
     P("钟雅婷", ("", JFJ)),
     P("简思远", ("", YJJ)),
     P("晏丽萍", ("注册会计师", "江西华正会计师事务所")),
     P("饶国平", ("党工委委员", DGW), ("纪工委书记", JGW)),
     P("徐若琳", ("责任编辑", None)),
     P("饶文静", ("审核", None))],
    [E("h3-001-e01", "2025年一季度重点项目观摩推进会", "meeting", "2025-04-08", DZ,
       chaired=["熊建林"], attended=["聂海峰", "卞晓东", "汪立群"], spoke=["聂海峰", "卞晓东", "汪立群", "熊建林"],
       projects=["年产10GWh储能锂电池项目", "赣芯微电子封装测试基地项目", "标准厂房三期项目"],
       evidence="4月8日，临赣经开区召开2025年一季度重点项目观摩推进会",
       note="聂海峰 出席并讲话; 熊建林 主持 and 提出要求; 卞晓东 通报; 汪立群 介绍 at the 瑞驰 site during the 观摩; "
            "'经开区召开' → organised_by empty; 付庆元 only quoted"),
     E("h3-001-e02", "聂海峰率队赴粤开展产业链招商", "visit", "2025-04-10", "深圳市",
       attended=["聂海峰", "邓子昂", "喻珊珊", "邢志鹏"], spoke=["邢志鹏", "聂海峰"],
       projects=["储能变流器生产基地项目"],
       evidence="4月10日至12日，经开区党工委书记聂海峰率队赴广东深圳、东莞开展新能源产业链招商活动",
       note="three days, 深圳 and 东莞; 邓子昂、喻珊珊 随同; 邢志鹏 介绍 (met at his company); 聂海峰要求 at the end; "
            "the 推介会 of 4月11日 is annotated separately (e03)"),
     E("h3-001-e03", "临赣经开区（深圳）新能源产业招商推介会", "meeting", "2025-04-11", "深圳市",
       attended=["聂海峰", "邓子昂"], spoke=["聂海峰", "邓子昂"],
       evidence="4月11日下午，临赣经开区（深圳）新能源产业招商推介会在深圳举行",
       note="聂海峰 作推介致辞; 邓子昂 推介; organiser not written (the zone itself); 3 agreements signed on the spot (part of this event)"),
     E("h3-001-e04", "管委会2025年第6次主任办公会", "meeting", "2025-04-15", DZ,
       chaired=["熊建林"], attended=["卞晓东", "涂慧芳", "敖志强", "帅文明"], spoke=["熊建林", "敖志强", "帅文明"],
       projects=["临赣大道东延段道路工程"],
       evidence="4月15日，经开区党工委副书记、管委会主任熊建林召开管委会2025年第6次主任办公会",
       note="'熊建林召开' = chairing (seed 000-e16); 卞晓东、涂慧芳 出席; 敖志强、帅文明 (as heads of 财政局/建设局, 列席) 汇报; "
            "organiser body not written"),
     E("h3-001-e05", "涂慧芳带队走访服务企业", "inspection", "2025-04-16", DZ,
       attended=["涂慧芳", "喻珊珊", "揭秀英"], spoke=["涂慧芳", "揭秀英"],
       projects=["年产5万吨预制菜生产线技改项目"],
       evidence="4月16日，经开区管委会副主任涂慧芳带队深入江西联创精密铸造有限公司、江西绿源食品有限公司等企业开展“入企服务”活动",
       note="喻珊珊 陪同; 揭秀英 介绍"),
     E("h3-001-e06", "安全生产联合执法检查", "inspection", "2025-04-17", DZ,
       organised=[YJJ, "临赣市消防救援支队经开区大队", DZ + "市场监管分局"],
       evidence="4月17日，经开区应急管理局联合临赣市消防救援支队经开区大队、经开区市场监管分局，对辖区危险化学品企业、冶金工贸企业和人员密集场所开展安全生产联合执法检查",
       note="no named person ('应急管理局相关负责人表示'); 86 inspections this year = summary"),
     E("h3-001-e07", "2025年预算绩效管理业务培训班", "training", "2025-04-18", DZ,
       attended=["敖志强", "晏丽萍"], spoke=["敖志强", "晏丽萍"], organised=[CZJ],
       evidence="4月18日，经开区财政局举办2025年预算绩效管理业务培训班",
       note="敖志强 作开班讲话; 晏丽萍 授课; 60+ finance staff"),
     E("h3-001-e08", "新提拔科级干部集体廉政谈话", "meeting", "2025-04-09", DZ,
       chaired=["饶国平"], spoke=["饶国平"], organised=[JGW],
       evidence="4月9日，经开区纪工委对2025年新提拔任用的14名科级干部开展集体廉政谈话",
       note="简讯 item 2; 饶国平 主持谈话并提出要求; name constructed")],
    [J("年产10GWh储能锂电池项目", DZ, [], ["江西瑞驰锂电科技有限公司"], "35亿元",
       "江西瑞驰锂电科技有限公司年产10GWh储能锂电池项目",
       note="'项目总投资35亿元' told by 汪立群; also called 瑞驰锂电项目"),
     J("赣芯微电子封装测试基地项目", DZ, [ZSJ], ["江西赣芯微电子有限公司"], "12.6亿元",
       "赣芯微电子封装测试基地项目由江西赣芯微电子有限公司投资建设，总投资12.6亿元",
       note="聂海峰: 招商局要加强与赣芯微电子的沟通对接…推动封装测试基地项目早日投产"),
     J("标准厂房三期项目", DZ, [JSJ], [], None,
       "建设局要切实履行行业监管职责，牵头做好标准厂房三期项目的质量安全监管",
       note="also written 经开区标准厂房三期项目"),
     J("储能变流器生产基地项目", DZ, [ZSJ], ["深圳市华拓新能源科技有限公司"], "15亿元",
       "招商局要安排专人全程跟踪对接储能变流器生产基地项目",
       note="prospective: 华拓新能源 '有意在临赣布局…计划总投资15亿元', not yet signed"),
     J("临赣大道东延段道路工程", DZ, [JSJ], ["临赣经开城市发展投资集团有限公司"], "4.8亿元",
       "建设局负责工程推进和质量安全监管",
       note="'由临赣经开城市发展投资集团有限公司作为项目业主负责投资建设'; 6.3 km; 市自然资源局经开区分局 用地报批保障 (support only)"),
     J("年产5万吨预制菜生产线技改项目", DZ, [JFJ], ["江西绿源食品有限公司"], "1.2亿元",
       "企业投资1.2亿元实施的年产5万吨预制菜生产线技改项目",
       note="涂慧芳: 经济发展局要跟踪服务预制菜生产线技改项目")])

# ---------------------------------------------------------------- 002 漳源县 (湖北, 省市未写)
ZY = "漳源县"
XW = "中共漳源县委"
XZF = "漳源县人民政府"
ZX = "政协漳源县委员会"
ZJJ = "漳源县住房和城乡建设局"
stats["002"] = write(
    "002_zhangyuan_county", 2024,
    "Fictional county web bulletin 《漳源县政务信息》〔2024〕第36期 with the line '发布时间：2024年10月21日'. "
    "Neither the province (meant: 湖北, cf. 楚源/楚韵) nor the city is named ('省、市有关会议精神', '市生态环境局漳源分局'). "
    "Events 11–18 Oct 2024. Not annotated as events: 县十九届人大常委会第二十三次会议 ('定于10月30日召开' – planned), "
    "创业担保贷款1.86亿元 etc. (summary), 接访 of 7批19人次 (summary inside e05). '王书记' is an alias of 王砚秋. "
    "余德厚 (种粮大户, met at his farm) and 程秀英 (百岁老人, visited at home) attend. 6 委员和企业代表 spoke at e02 but only "
    "庹文杰 and 游佳慧 are named. '县长…主持召开常务会议' → organised_by empty. 市生态环境局漳源分局 环评指导 and "
    "县发改局/县财政局 列席 are not overseers.",
    [Z(ZY, "county", None, ["漳源"], note="province/city not written"),
     Z("漳河镇", "town", ZY), Z("青林镇", "town", ZY), Z("城关镇", "town", ZY),
     Z("两河口村", "village", "漳河镇")],
    [O(XW, "县委", "party_committee", ZY, aliases=["县委"]),
     O(XZF, "县政府", "government", ZY, aliases=["县政府", "县人民政府"]),
     O("漳源县人民政府办公室", "县政府办公室", "department", ZY, XZF, ["县政府办", "县政府办公室"], note="publisher"),
     O("漳源县发展和改革局", "县发改局", "government", ZY, aliases=["县发改局"]),
     O("漳源县财政局", "县财政局", "government", ZY),
     O(ZJJ, "县住建局", "government", ZY, aliases=["县住建局", "县住房和城乡建设局"]),
     O("漳源县水务投资有限公司", "县水务投资有限公司", "company", ZY, aliases=["县水务投资有限公司"]),
     O("市生态环境局漳源分局", "漳源分局", "government", ZY, note="city not named"),
     O("漳源县农业农村局", "县农业农村局", "government", ZY),
     O(ZX, "县政协", "cppcc", ZY, aliases=["县政协"]),
     O("漳源县政协办公室", "县政协办公室", "department", ZY, ZX, note="（县政协办公室　供稿）"),
     O("中共漳源县委宣传部", "宣传部", "department", ZY, XW),
     O("漳源县文化和旅游局", "县文化和旅游局", "government", ZY),
     O("漳源县楚源文化旅游发展有限公司", "楚源文旅", "company", ZY),
     O("中共漳源县委办公室", "县委办公室", "department", ZY, XW),
     O("中共漳河镇委员会", "漳河镇党委", "party_committee", "漳河镇", aliases=["漳河镇党委"]),
     O("青林镇丰收家庭农场", "丰收家庭农场", "company", "青林镇"),
     O("漳源县社会福利院", "县社会福利院", "other", ZY),
     O("漳源县民政局", "县民政局", "government", ZY),
     O("漳源县信访局", "县信访局", "government", ZY),
     O("漳源县信访接待中心", "县信访接待中心", "other", ZY, note="venue of e05"),
     O("漳源县人力资源和社会保障局", "县人社局", "government", ZY),
     O("漳源县市场监督管理局", "县市场监督管理局", "government", ZY),
     O("漳源县人大常委会", "县人大常委会", "legislature", ZY, aliases=["县十九届人大常委会"],
       note="only in the planned session")],
    [P("鄢志华", ("县委副书记", XW), ("县长", XZF)),
     P("阙明辉", ("县委常委", XW), ("常务副县长", XZF)),
     P("谭卫国", ("副县长", XZF)),
     P("向婉清", ("副县长", XZF)),
     P("杜泽民", ("副县长", XZF)),
     P("习近平", ("总书记", None), note="only in 传达学习习近平总书记关于防灾减灾救灾工作的重要论述"),
     P("鲁雨萱", ("", "漳源县人民政府办公室"), ("编辑", None)),
     P("冉丽君", ("县政协主席", ZX)),
     P("龚立新", ("县委常委", XW), ("宣传部部长", "中共漳源县委宣传部")),
     P("伍思敏", ("县政协副主席", ZX)),
     P("梅晓峰", ("局长", "漳源县文化和旅游局")),
     P("庹文杰", ("县政协委员", ZX), note="surname 庹"),
     P("游佳慧", ("总经理", "漳源县楚源文化旅游发展有限公司")),
     P("王砚秋", ("县委书记", XW), aliases=["王书记"]),
     P("胥鹏飞", ("县委常委", XW), ("县委办公室主任", "中共漳源县委办公室")),
     P("冷德明", ("局长", "漳源县农业农村局")),
     P("郗小军", ("党委书记", "中共漳河镇委员会"), note="written 漳河镇党委书记郗小军"),
     P("余德厚", ("负责人", "青林镇丰收家庭农场"), ("种粮大户", None)),
     P("蒲晓晨", ("", "中共漳源县委办公室")),
     P("姜丹枫", ("县委副书记", XW)),
     P("卓海燕", ("局长", "漳源县民政局")),
     P("程秀英", ("百岁老人", None), note="visited at home in 城关镇"),
     P("戈文亮", ("局长", "漳源县市场监督管理局")),
     P("包振华", ("审核", None))],
    [E("h3-002-e01", "县政府第42次常务会议", "meeting", "2024-10-14", ZY,
       chaired=["鄢志华"], attended=["阙明辉", "谭卫国", "向婉清", "杜泽民"], spoke=["鄢志华"],
       projects=["漳源县城区污水处理厂提标改造工程"],
       evidence="10月14日，县委副书记、县长鄢志华主持召开县政府第42次常务会议",
       note="heads of 县政府办/县发改局/县财政局/县住建局 列席 unnamed; 会议明确/强调 unattributed; 鄢志华要求"),
     E("h3-002-e02", "“推动文旅融合高质量发展”专题协商座谈会", "meeting", "2024-10-16", ZY,
       chaired=["冉丽君"], attended=["龚立新", "伍思敏", "梅晓峰", "庹文杰", "游佳慧"],
       spoke=["冉丽君", "龚立新", "梅晓峰", "庹文杰", "游佳慧"], organised=[ZX],
       projects=["漳河源生态旅游区提档升级项目"],
       evidence="10月16日，县政协召开“推动文旅融合高质量发展”专题协商座谈会",
       note="冉丽君 主持会议并讲话; 龚立新 出席会议并讲话; 伍思敏 参加; 梅晓峰 通报; 庹文杰、游佳慧 作协商发言"),
     E("h3-002-e03", "王砚秋调研秋冬农业生产和高标准农田建设", "inspection", "2024-10-17", ZY,
       attended=["王砚秋", "胥鹏飞", "冷德明", "郗小军", "余德厚"], spoke=["王砚秋", "郗小军", "余德厚"],
       projects=["两河口村2024年高标准农田建设项目"],
       evidence="10月17日，县委书记王砚秋到漳河镇、青林镇调研秋冬农业生产和高标准农田建设工作",
       note="胥鹏飞、冷德明 陪同; 郗小军 介绍 at 两河口村; 余德厚 介绍 at his farm ('王书记与余德厚算起了…')"),
     E("h3-002-e04", "姜丹枫重阳节看望慰问老年人", "visit", "2024-10-11", ZY,
       attended=["姜丹枫", "卓海燕", "程秀英"], spoke=["姜丹枫"],
       evidence="10月11日是农历九月初九重阳节，县委副书记姜丹枫到县社会福利院、城关镇看望慰问老年人",
       note="卓海燕 陪同; 程秀英 visited at home; residents of the 社会福利院 unnamed"),
     E("h3-002-e05", "鄢志华领导干部公开接访活动", "activity", "2024-10-18", ZY,
       attended=["鄢志华"], spoke=["鄢志华"],
       evidence="10月18日，县长鄢志华在县信访接待中心开展领导干部公开接访活动",
       note="heads of 县信访局/县人社局/县住建局 参加 unnamed; 7批19人次 = summary; organiser not written"),
     E("h3-002-e06", "全县食品安全“守底线、查隐患、保安全”专项行动推进会", "meeting", "2024-10-15", ZY,
       attended=["戈文亮"], spoke=["戈文亮"], organised=["漳源县市场监督管理局"],
       evidence="10月15日，县市场监督管理局召开全县食品安全“守底线、查隐患、保安全”专项行动推进会",
       note="简讯; 戈文亮 出席并讲话; 各市场监管所所长 unnamed")],
    [J("漳源县城区污水处理厂提标改造工程", ZY, [ZJJ], ["漳源县水务投资有限公司"], "1.36亿元",
       "由县住房和城乡建设局负责工程的组织实施和质量安全监管，县水务投资有限公司作为项目业主负责投融资和建设",
       note="市生态环境局漳源分局 做好环评指导 – support, not annotated as overseer"),
     J("漳河源生态旅游区提档升级项目", ZY, ["漳源县文化和旅游局"], ["漳源县楚源文化旅游发展有限公司"], "2.3亿元",
       "县文化和旅游局要牵头推进漳河源生态旅游区提档升级项目",
       note="'由漳源县楚源文化旅游发展有限公司负责建设运营'"),
     J("两河口村2024年高标准农田建设项目", "两河口村", ["漳源县农业农村局"], [], "3200万元",
       "县农业农村局要切实履行行业监管职责，加强对高标准农田建设项目的质量监督",
       note="name constructed from '在漳河镇两河口村…2024年高标准农田建设项目'; 2.1万亩")])

# ---------------------------------------------------------------- 003 古槐街道 (汾东区, 山西), no year
GH = "古槐街道"
GDW = "古槐街道党工委"
BSC = "古槐街道办事处"
CGB = "古槐街道城市管理办公室"
FZJ = "汾东区住房和城乡建设局"
stats["003"] = write(
    "003_guhuai_street", None,
    "Fictional 街道 bulletin 《古槐街道工作简报》第9期（总第86期）, 汾东区 (山西: 习近平总书记考察山西, 晋剧, 汾河); "
    "the city is not named. No year anywhere ('7月12日'), so dates are --MM-DD. Not annotated as events: 上半年工作总结暨"
    "下半年工作推进会 ('定于7月下旬召开' – planned), 综治中心受理诉求412件 etc. (summary). '呼延书记' is an alias of "
    "呼延志刚 (compound surname 呼延). 薛静怡 宣读表彰决定 is counted as speaking (reading out the decision, like 通报). "
    "秦福生 and 李桂香 (visited at home) attend e04. 山西晋泰建设工程有限公司 is the contractor (施工单位), not the owner; "
    "汾东区城市建设投资有限公司 is the 建设单位 (owner). 武晓婷's 网格员 post is written without an employing body.",
    [Z(GH, "street", "汾东区", []),
     Z("汾东区", "district", None, [], note="city not named"),
     Z("山西省", "province", None, ["山西"], note="only in 考察山西"),
     Z("槐东社区", "community", GH), Z("汾河湾社区", "community", GH), Z("槐西社区", "community", GH),
     Z("滨河小区", "community", GH, note="residential compound")],
    [O(GDW, "街道党工委", "party_committee", GH, aliases=["中共汾东区古槐街道工作委员会", "街道党工委"]),
     O("中共汾东区古槐街道工作委员会办公室", "党工委办公室", "department", GH, GDW, note="publisher"),
     O(BSC, "办事处", "government", GH, aliases=["街道办事处"]),
     O(CGB, "街道城市管理办公室", "department", GH, BSC),
     O("古槐街道应急管理办公室", "街道应急管理办公室", "department", GH, BSC),
     O("古槐街道党建工作办公室", "街道党建工作办公室", "department", GH, GDW),
     O("古槐街道综合行政执法队", "街道综合行政执法队", "department", GH, BSC),
     O("古槐街道综治中心", "街道综治中心", "department", GH, BSC),
     O("槐东社区党委", "社区党委", "party_committee", "槐东社区"),
     O("槐东社区居委会", "居委会", "government", "槐东社区"),
     O("汾河湾社区党委", "社区党委", "party_committee", "汾河湾社区"),
     O("槐西社区党委", "社区党委", "party_committee", "槐西社区"),
     O("槐西社区居委会", "居委会", "government", "槐西社区", note="co-organiser of e05; byline （槐西社区　供稿）"),
     O(FZJ, "区住房和城乡建设局", "government", "汾东区", aliases=["区住房和城乡建设局"]),
     O("山西晋泰建设工程有限公司", "晋泰建设", "company", None, note="施工单位 (contractor)"),
     O("汾东区城市建设投资有限公司", "区城投公司", "company", "汾东区", note="建设单位 (owner) of the 老旧小区改造"),
     O("汾东区文化馆", "区文化馆", "other", "汾东区"),
     O("中共汾东区委", "区委", "party_committee", "汾东区"),
     O("中共汾东区委组织部", "组织部", "department", "汾东区", "中共汾东区委"),
     O("汾东区市场监督管理局", "区市场监督管理局", "government", "汾东区", aliases=["区市场监督管理局"]),
     O("汾东区市场监督管理局古槐市场监管所", "古槐市场监管所", "government", GH, "汾东区市场监督管理局")],
    [P("呼延志刚", ("党工委书记", GDW), aliases=["呼延书记"], note="compound surname 呼延"),
     P("裴雅丽", ("党工委副书记", GDW), ("办事处主任", BSC)),
     P("薛静怡", ("党工委委员", GDW), ("组织委员", GDW)),
     P("郝建英", ("党委书记", "槐东社区党委"), ("居委会主任", "槐东社区居委会")),
     P("武晓婷", ("专职网格员", None), note="汾河湾社区专职网格员、优秀共产党员"),
     P("习近平", ("总书记", None), note="only in 习近平总书记考察山西重要讲话重要指示精神"),
     P("侯思雨", ("撰稿", None)),
     P("晋春生", ("办事处副主任", BSC), note="surname 晋; written 街道办事处副主任晋春生"),
     P("乔鸿飞", ("副局长", FZJ)),
     P("续建平", ("项目经理", "山西晋泰建设工程有限公司"), note="surname 续"),
     P("常玉兰", ("居民代表", None), note="滨河小区居民代表"),
     P("尚可欣", ("通讯员", None)),
     P("温彦斌", ("主任", "古槐街道应急管理办公室")),
     P("牛素琴", ("党委书记", "汾河湾社区党委")),
     P("申丽霞", ("党工委副书记", GDW)),
     P("秦福生", ("老党员", None), note="91, visited at home"),
     P("李桂香", ("困难党员", None), note="visited at home"),
     P("栗晓燕", ("党委书记", "槐西社区党委"), ("居委会主任", "槐西社区居委会"), note="surname 栗"),
     P("荀立华", ("区委常委", "中共汾东区委"), ("组织部部长", "中共汾东区委组织部")),
     P("窦雨辰", ("编辑", None))],
    [E("h3-003-e01", "庆“七一”暨“两优一先”表彰大会", "meeting", "--06-28", GH,
       chaired=["裴雅丽"], attended=["呼延志刚", "薛静怡", "郝建英", "武晓婷"],
       spoke=["呼延志刚", "薛静怡", "郝建英", "武晓婷"], organised=[GDW],
       evidence="6月28日，古槐街道党工委召开庆“七一”暨“两优一先”表彰大会",
       note="呼延志刚 出席并讲话; 裴雅丽 主持; 薛静怡 宣读表彰决定; 郝建英 代表…发言; 武晓婷 作交流发言"),
     E("h3-003-e02", "滨河小区等老旧小区改造项目现场推进会", "meeting", "--07-03", "滨河小区",
       chaired=["裴雅丽"], attended=["晋春生", "乔鸿飞", "续建平", "常玉兰"], spoke=["裴雅丽", "续建平", "常玉兰"],
       organised=[BSC], projects=["滨河小区等5个老旧小区改造项目"],
       evidence="7月3日，古槐街道办事处在滨河小区召开老旧小区改造项目现场推进会",
       note="裴雅丽 主持会议并讲话; 续建平 汇报; 常玉兰 反映 (counted as speaking)"),
     E("h3-003-e03", "呼延志刚带队检查汛期安全工作", "inspection", "--07-06", GH,
       attended=["呼延志刚", "温彦斌", "牛素琴"], spoke=["呼延志刚", "牛素琴"],
       projects=["古槐路下穿通道排涝泵站改造工程"],
       evidence="7月6日，街道党工委书记呼延志刚带队检查辖区防汛工作",
       note="温彦斌 陪同检查; 牛素琴 介绍 at the 汾河湾社区 warehouse"),
     E("h3-003-e04", "“七一”前夕走访慰问老党员", "visit", "--06-30", GH,
       attended=["申丽霞", "郝建英", "秦福生", "李桂香"], spoke=["申丽霞"],
       evidence="6月30日，街道党工委副书记申丽霞带队走访慰问辖区老党员和生活困难党员",
       note="郝建英 陪同; 秦福生 and 李桂香 visited at home"),
     E("h3-003-e05", "“清凉一夏”邻里纳凉晚会", "activity", "--07-09", "槐西社区",
       attended=["栗晓燕"], spoke=["栗晓燕"], organised=["槐西社区居委会", "汾东区文化馆"],
       evidence="7月9日晚，由槐西社区居委会和汾东区文化馆联合举办的“清凉一夏”邻里纳凉晚会在槐西社区文化广场举行",
       note="栗晓燕 致辞"),
     E("h3-003-e06", "荀立华调研古槐街道党建引领基层治理工作", "inspection", "--07-10", GH,
       attended=["荀立华", "呼延志刚", "牛素琴"], spoke=["荀立华", "牛素琴"],
       projects=["汾河湾社区党群服务中心提档升级工程"],
       evidence="7月10日，汾东区委常委、组织部部长荀立华到古槐街道调研党建引领基层治理工作",
       note="呼延志刚 陪同; 牛素琴 介绍"),
     E("h3-003-e07", "夏季油烟污染专项整治检查", "inspection", "--07-11", GH,
       organised=["古槐街道综合行政执法队", "汾东区市场监督管理局古槐市场监管所"],
       evidence="7月11日，街道综合行政执法队联合区市场监督管理局古槐市场监管所，对辖区沿街餐饮店开展夏季油烟污染专项整治检查",
       note="简讯; no named person; 46 checked, 9 ordered to rectify")],
    [J("滨河小区等5个老旧小区改造项目", "滨河小区", [CGB, FZJ], ["汾东区城市建设投资有限公司"], "2860万元",
       "该项目总投资2860万元，由汾东区城市建设投资有限公司作为建设单位",
       note="街道城市管理办公室 牵头做好群众沟通和现场协调; 区住房和城乡建设局 加强施工质量监管; contractor 山西晋泰建设工程有限公司"),
     J("古槐路下穿通道排涝泵站改造工程", GH, [CGB], [], None,
       "街道城市管理办公室要督促施工单位加快古槐路下穿通道排涝泵站改造工程进度"),
     J("汾河湾社区党群服务中心提档升级工程", "汾河湾社区", ["古槐街道党建工作办公室"], [], None,
       "街道党建工作办公室要牵头抓好汾河湾社区党群服务中心提档升级工程")])

# ---------------------------------------------------------------- 004 凉泉市商务局 (甘肃), PDF-style
SWJ = "凉泉市商务局"
SDZ = "凉泉市商务局党组"
LTK = "凉泉市商务局流通业发展科"
SCK = "凉泉市商务局市场体系建设科"
stats["004"] = write(
    "004_liangquan_commerce", 2023,
    "Fictional 市直部门 bulletin 凉泉市商务局《工作动态》2023年第12期 (甘肃), dated 2023年6月20日. PDF-style text: "
    "spaced-out masthead '工 作 动 态', page numbers '— 2 —', and two words broken by a blank line (冷链物␤␤流园项目, "
    "钟鼓楼步␤␤行街). Not annotated as events: 全省商务工作推进会 (董文澜's speech only studied), 第二十九届中国兰州投资贸易"
    "洽谈会 ('定于7月6日至10日…举办' – planned), 1—5月 社会消费品零售总额 (summary), the 30 promotional activities of the "
    "消费季 (summary). 党晓梅 宣布活动启动 is not a speech. 其其格 (鄂尔多斯市商务局副局长) is a Mongolian name without a Han "
    "surname; 马/哈/虎/雒/拓/党 are regional surnames (党晓梅: surname 党). 甘泉区商务局 only 配合 (not an overseer). "
    "'局机关各科室负责人', '10家企业负责人' beyond the two named are unnamed.",
    [Z("凉泉市", "city", "甘肃省", ["凉泉"]),
     Z("甘肃省", "province", None, ["甘肃"]),
     Z("甘泉区", "district", "凉泉市"),
     Z("凉泉国际陆港", "logistics_park", "凉泉市"),
     Z("内蒙古自治区", "province", None, ["内蒙古"]),
     Z("鄂尔多斯市", "city", "内蒙古自治区", ["鄂尔多斯"]),
     Z("包头市", "city", "内蒙古自治区", ["包头"]),
     Z("兰州市", "city", "甘肃省", ["兰州"], note="only in the planned 兰洽会")],
    [O(SWJ, "市商务局", "government", "凉泉市", aliases=["市商务局"]),
     O(SDZ, "局党组", "party_committee", "凉泉市", SWJ, ["局党组"]),
     O("凉泉市商务局办公室", "办公室", "department", "凉泉市", SWJ, note="publisher; byline （办公室　岳婷婷）"),
     O(LTK, "流通业发展科", "department", "凉泉市", SWJ, ["局流通业发展科", "市商务局流通业发展科"]),
     O(SCK, "市场体系建设科", "department", "凉泉市", SWJ),
     O("凉泉市商务局对外贸易科", "对外贸易科", "department", "凉泉市", SWJ),
     O("凉泉市商务局消费促进科", "消费促进科", "department", "凉泉市", SWJ),
     O("凉泉市商务综合行政执法支队", "市商务综合行政执法支队", "government", "凉泉市", SWJ,
       note="parent assumed (局属单位; its head is a 局党组成员)"),
     O("甘肃省商务厅", "省商务厅", "government", "甘肃省"),
     O("甘肃省商务厅党组", "党组", "party_committee", "甘肃省", "甘肃省商务厅"),
     O("甘泉区商务局", "甘泉区商务局", "government", "甘泉区"),
     O("凉泉海关", "凉泉海关", "government", "凉泉市"),
     O("甘肃陇原果业进出口有限公司", "陇原果业", "company", "凉泉市"),
     O("凉泉市丝路恒通国际贸易有限公司", "丝路恒通", "company", "凉泉市"),
     O("甘肃凉泉陆港投资集团有限公司", "陆港投资集团", "company", "凉泉国际陆港",
       aliases=["凉泉陆港投资集团有限公司"]),
     O("凉泉市人民政府", "市政府", "government", "凉泉市", aliases=["市政府"]),
     O("甘泉区人民政府", "区政府", "government", "甘泉区"),
     O("鄂尔多斯市商务局", "鄂尔多斯市商务局", "government", "鄂尔多斯市"),
     O("凉泉市应急管理局", "市应急管理局", "government", "凉泉市"),
     O("凉泉市应急管理局危险化学品安全监督管理科", "危险化学品安全监督管理科", "department", "凉泉市", "凉泉市应急管理局")],
    [P("马继伟", ("党组书记", SDZ), ("局长", SWJ)),
     P("拓永平", ("党组成员", SDZ), ("副局长", SWJ), note="surname 拓"),
     P("杨慧琳", ("党组成员", SDZ), ("副局长", SWJ), note="'局党组成员、副局长拓永平、杨慧琳' – shared titles"),
     P("牟学军", ("党组成员", SDZ), ("支队长", "凉泉市商务综合行政执法支队")),
     P("董文澜", ("党组书记", "甘肃省商务厅党组"), ("厅长", "甘肃省商务厅"), note="quoted only; not present"),
     P("习近平", ("总书记", None), note="only in 习近平总书记对甘肃重要讲话和重要指示批示精神"),
     P("岳婷婷", ("", "凉泉市商务局办公室"), ("编辑", None)),
     P("安瑞峰", ("副关长", "凉泉海关")),
     P("马彦明", ("总经理", "甘肃陇原果业进出口有限公司")),
     P("哈文忠", ("董事长", "凉泉市丝路恒通国际贸易有限公司"), note="surname 哈"),
     P("景晓丽", ("", "凉泉市商务局对外贸易科")),
     P("雒海东", ("科长", LTK), note="also the byline （流通业发展科　雒海东）; surname 雒"),
     P("魏东升", ("副总经理", "甘肃凉泉陆港投资集团有限公司")),
     P("党晓梅", ("副市长", "凉泉市人民政府"), note="surname 党"),
     P("吕婧", ("副区长", "甘泉区人民政府")),
     P("颜若溪", ("", "凉泉市商务局消费促进科")),
     P("其其格", ("副局长", "鄂尔多斯市商务局"), note="Mongolian given name, no Han surname"),
     P("寇欣然", ("", SCK)),
     P("虎成林", ("科长", "凉泉市应急管理局危险化学品安全监督管理科"), note="surname 虎")],
    [E("h3-004-e01", "市商务局上半年重点工作推进会", "meeting", "2023-06-12", "凉泉市",
       chaired=["马继伟"], attended=["拓永平", "杨慧琳", "牟学军"], spoke=["马继伟"], organised=[SWJ],
       projects=["凉泉国际陆港冷链物流园项目", "丝路风情商业街区改造提升项目"],
       evidence="6月12日，市商务局召开上半年重点工作推进会",
       note="马继伟 主持会议并讲话 / 强调; 拓永平、杨慧琳、牟学军 出席; 科室负责人 汇报 unnamed; 董文澜 only quoted"),
     E("h3-004-e02", "全市外贸企业稳规模优结构座谈会", "meeting", "2023-06-13", "凉泉市",
       chaired=["拓永平"], attended=["安瑞峰", "马彦明", "哈文忠"], spoke=["拓永平", "安瑞峰", "马彦明", "哈文忠"],
       organised=[SWJ],
       evidence="6月13日，市商务局组织召开全市外贸企业稳规模优结构座谈会",
       note="安瑞峰 出席 and 解读 policy; 马彦明、哈文忠 发言; 拓永平 主持 and 表示"),
     E("h3-004-e03", "马继伟督导凉泉国际陆港冷链物流园项目建设", "inspection", "2023-06-14", "凉泉国际陆港",
       attended=["马继伟", "雒海东", "魏东升"], spoke=["马继伟", "魏东升"],
       projects=["凉泉国际陆港冷链物流园项目"],
       evidence="6月14日，市商务局局长马继伟带队赴凉泉国际陆港，督导冷链物流园项目建设进展",
       note="雒海东 陪同督导; 魏东升 介绍"),
     E("h3-004-e04", "2023“甘味凉泉·乐享消费”夏季消费季暨夜经济活动启动仪式", "ceremony", "2023-06-16", "凉泉市",
       chaired=["吕婧"], attended=["党晓梅", "马继伟"], spoke=["马继伟"],
       organised=["凉泉市人民政府", SWJ, "甘泉区人民政府"],
       evidence="副市长党晓梅出席并宣布活动启动，市商务局局长马继伟致辞，甘泉区人民政府副区长吕婧主持启动仪式",
       note="held at 凉泉市钟鼓楼步行街 (line broken in the text: 步␤␤行街; district not stated); 凉泉市人民政府 主办, "
            "市商务局、甘泉区人民政府 承办; 党晓梅 宣布启动 (not a speech); 马继伟 致辞"),
     E("h3-004-e05", "杨慧琳率队赴内蒙古考察学习县域商业体系建设经验", "visit", "2023-06-07", "鄂尔多斯市",
       attended=["杨慧琳", "其其格"], spoke=["其其格", "杨慧琳"],
       evidence="6月7日至9日，市商务局副局长杨慧琳率全市商贸流通企业考察团，赴内蒙古鄂尔多斯市、包头市考察学习县域商业体系建设和农村电商发展经验",
       note="three days, 鄂尔多斯 and 包头; 其其格 介绍 in 鄂尔多斯; 杨慧琳 表示"),
     E("h3-004-e06", "全市成品油流通行业安全生产培训班", "training", "2023-06-15", "凉泉市",
       attended=["牟学军", "虎成林"], spoke=["牟学军", "虎成林"], organised=[SWJ],
       evidence="6月15日，市商务局举办全市成品油流通行业安全生产培训班",
       note="简讯; 牟学军 作开班讲话; 虎成林 专题授课")],
    [J("凉泉国际陆港冷链物流园项目", "凉泉国际陆港", [LTK], ["甘肃凉泉陆港投资集团有限公司"], "8.6亿元",
       "凉泉国际陆港冷链物流园项目由市商务局流通业发展科牵头负责协调推进",
       note="second mention broken by a blank line (冷链物␤␤流园项目总投资8.6亿元，由甘肃凉泉陆港投资集团有限公司投资建设)"),
     J("丝路风情商业街区改造提升项目", "凉泉市", [SCK], [], None,
       "丝路风情商业街区改造提升项目由市场体系建设科牵头负责",
       note="甘泉区商务局配合做好商户安置 – not an overseer")])

# ---------------------------------------------------------------- 005 辉江高新区 (吉林), Traditional
HX = "辉江高新技术产业开发区"
HDGW = HX + "党工委"
HGWH = HX + "管委会"
HDZB = HX + "党政办公室"
HJSJ = HX + "建设局"
simp5 = (HERE / "005_huijiang_hitech.simplified.txt").read_text(encoding="utf-8")
stats["005"] = write(
    "005_huijiang_hitech_trad", 2024,
    "Fictional 高新区 news-list web page (辉江高新技术产业开发区, 辉江市, 吉林), one 'YYYY-MM-DD 来源:…' line per item. "
    "Written in Traditional Chinese (OpenCC s2tw, Taiwan forms 為/汙/臺) with ASCII commas and inline pinyin "
    "(經(jīng)濟(jì), 管委會(huì)主任南宮瑞, 調(diào)研重點項(xiàng)目); the Korean surname 朴 and the surname 于 are kept (not 樸/於). "
    "Names here in Simplified. Traps: 南宫瑞 (compound surname 南宫) vs 宫立民 (surname 宫); Korean-Chinese names 朴成浩/"
    "崔英姬/金永哲/全贤秀 (surname 全); 那/邴/綦/阚/满 surnames; aliases 朴书记, 南宫主任. Not annotated as events: "
    "第二届中国(辉江)人参产业博览会 ('拟于9月中旬举办' – planned), 1—7月 产值 (summary). '高新区召开警示教育大会' = the zone "
    "itself → organised_by empty. 南宫瑞 宣布项目开工 is not a speech, but he 要求 after the ceremony (counted as speaking).",
    [Z(HX, "development_zone", "辉江市", ["辉江高新区", "高新区"]),
     Z("辉江市", "city", "吉林省", ["辉江"]),
     Z("吉林省", "province", None, ["吉林"], note="via 视察吉林 and 吉林… company names"),
     Z("医药健康产业园", "park", HX, ["高新区医药健康产业园"])],
    [O(HDGW, "党工委", "party_committee", HX, aliases=["高新区党工委", "党工委"]),
     O(HGWH, "管委会", "government", HX, aliases=["高新区管委会", "辉江高新技术产业开发区管理委员会"]),
     O(HDZB, "党政办公室", "department", HX, aliases=["高新区党政办公室"]),
     O(HJSJ, "建设局", "department", HX, HGWH, ["高新区建设局", "建设局"]),
     O(HX + "项目服务中心", "项目服务中心", "department", HX, HGWH),
     O(HX + "应急管理局", "应急管理局", "department", HX, HGWH, ["高新区应急管理局"]),
     O(HX + "纪工委", "纪工委", "party_committee", HX, aliases=["高新区纪工委"]),
     O(HX + "组织人事部", "组织人事部", "department", HX, HDGW),
     O("辉江高新投资发展集团有限公司", "高新投资发展集团", "company", HX),
     O("吉林参源生物医药有限公司", "参源生物", "company", HX, aliases=["参源生物"]),
     O("辉江日报", "辉江日报", "media", "辉江市"),
     O("中共辉江市委", "市委", "party_committee", "辉江市"),
     O("辉江市人民政府", "市政府", "government", "辉江市"),
     O("吉林北辰光电科技有限公司", "北辰光电", "company", HX),
     O("辉江职业技术学院", "辉江职业技术学院", "school", "辉江市")],
    [P("朴成浩", ("党工委书记", HDGW), aliases=["朴书记"]),
     P("南宫瑞", ("党工委副书记", HDGW), ("管委会主任", HGWH), aliases=["南宫主任"], note="compound surname 南宫"),
     P("崔英姬", ("管委会副主任", HGWH)),
     P("习近平", ("总书记", None), note="only in 习近平总书记视察吉林重要讲话重要指示精神"),
     P("齐悦", ("", HDZB)),
     P("金永哲", ("董事长", "吉林参源生物医药有限公司")),
     P("綦佳", ("记者", "辉江日报"), note="byline (辉江日报记者 綦佳)"),
     P("宫立民", ("市委副书记", "中共辉江市委"), ("市长", "辉江市人民政府"), note="surname 宫 (not 南宫)"),
     P("隋明杰", ("市政府副秘书长", "辉江市人民政府")),
     P("于泽宇", ("总经理", "吉林北辰光电科技有限公司"), note="surname 于 (kept as 于 in the Traditional text)"),
     P("那春明", ("管委会副主任", HGWH), note="surname 那"),
     P("邴志强", ("局长", HJSJ)),
     P("满慧", ("局长", HX + "应急管理局")),
     P("桑晓宁", ("党工委委员", HDGW), ("组织人事部部长", HX + "组织人事部")),
     P("全贤秀", ("副院长", "辉江职业技术学院"), note="surname 全"),
     P("阚立军", ("党工委委员", HDGW), ("纪工委书记", HX + "纪工委"))],
    [E("h3-005-e01", "招商引资和项目建设“百日攻坚”行动动员大会", "meeting", "2024-08-05", HX,
       chaired=["南宫瑞"], attended=["朴成浩", "崔英姬"], spoke=["朴成浩", "崔英姬"], organised=[HDGW, HGWH],
       projects=["医药健康产业园二期基础设施配套工程"],
       evidence="8月5日,高新区党工委、管委会召开招商引资和项目建设“百日攻坚”行动动员大会",
       note="朴成浩 出席并讲话 ('朴书记要求'); 南宫瑞 主持; 崔英姬 解读 the 行动方案"),
     E("h3-005-e02", "年产300吨人参皂苷提取及制剂项目开工仪式", "groundbreaking", "2024-08-09", "医药健康产业园",
       chaired=["崔英姬"], attended=["南宫瑞", "金永哲"], spoke=["金永哲", "南宫瑞"],
       projects=["年产300吨人参皂苷提取及制剂项目"],
       evidence="8月9日上午,吉林参源生物医药有限公司年产300吨人参皂苷提取及制剂项目开工仪式在高新区医药健康产业园举行",
       note="南宫瑞 宣布开工 (not a speech) but '仪式结束后,南宫主任要求…' (counted); 崔英姬 主持; 金永哲 致辞; organiser not written"),
     E("h3-005-e03", "宫立民到高新区调研重点项目和企业发展", "inspection", "2024-08-13", HX,
       attended=["宫立民", "隋明杰", "朴成浩", "于泽宇"], spoke=["宫立民", "于泽宇"],
       projects=["车载激光雷达生产线项目"],
       evidence="8月13日,市委副书记、市长宫立民到高新区调研重点项目建设和企业生产经营情况",
       note="隋明杰、朴成浩 陪同; 于泽宇 介绍"),
     E("h3-005-e04", "那春明带队检查防汛工作", "inspection", "2024-08-15", HX,
       attended=["那春明", "邴志强", "满慧"], spoke=["那春明", "满慧"],
       evidence="8月15日,高新区管委会副主任那春明带队检查辖区防汛工作",
       note="邴志强 陪同; 满慧 汇报"),
     E("h3-005-e05", "2024年“引才聚智”校企合作对接会", "meeting", "2024-08-20", HX,
       attended=["桑晓宁", "全贤秀"], spoke=["桑晓宁", "全贤秀"], organised=[HGWH, "辉江职业技术学院"],
       evidence="8月20日,由高新区管委会和辉江职业技术学院联合主办的2024年“引才聚智”校企合作对接会在辉江职业技术学院举办",
       note="桑晓宁 致辞; 全贤秀 介绍; 12 companies signed agreements (part of the event)"),
     E("h3-005-e06", "警示教育大会", "meeting", "2024-08-22", HX,
       chaired=["阚立军"], spoke=["阚立军"],
       evidence="8月22日,高新区召开警示教育大会",
       note="'高新区召开' → organised_by empty; 阚立军 主持会议并提出要求")],
    [J("医药健康产业园二期基础设施配套工程", "医药健康产业园", [HJSJ], ["辉江高新投资发展集团有限公司"], "3.2亿元",
       "建设局要牵头负责医药健康产业园二期基础设施配套工程"),
     J("年产300吨人参皂苷提取及制剂项目", "医药健康产业园", [HJSJ, HX + "项目服务中心"], ["吉林参源生物医药有限公司"],
       "9.8亿元", "高新区建设局要负责做好项目施工质量安全监管",
       note="'该项目总投资9.8亿元,由吉林参源生物医药有限公司投资建设'; 项目服务中心 全程代办服务 read as overseeing (holdout2 003)"),
     J("车载激光雷达生产线项目", HX, [], ["吉林北辰光电科技有限公司"], "4.5亿元",
       "公司总经理于泽宇介绍,该项目总投资4.5亿元")],
    text_for_check=simp5)

assert len(ALL_KEYS) == len(set(ALL_KEYS))
tot = [sum(v[i] for v in stats.values()) for i in range(4)]
for k, v in stats.items():
    print(k, "persons=%d events=%d projects=%d organisations=%d" % v)
print("total persons=%d events=%d projects=%d organisations=%d" % tuple(tot))
