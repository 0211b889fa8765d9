"""Builds tests/data/holdout2/gold/*.gold.json (hand annotations written as Python for brevity).

Second blind set. Written without looking at any extraction code or lexicon, and finished before
govkg was run on these documents. Conventions follow ../shared/gold and tests/data/holdout:
attended_by includes chairs and speakers; 致辞/讲话/汇报/介绍/通报/表示/要求/作报告/授课/领学
count as speaking, signing or handing out awards does not; a visited person at home attends the
visit, an absent relative does not; titles as written, with the body prefix for committees
(县委书记, 管委会主任, 县人大常委会主任, 区政协主席, 市政府副秘书长) and bare for bureaus and
offices (局长 @ 勐川县水务局); 党委书记 @ 中共X镇委员会 for town/village party secretaries;
organisation names carry the zone prefix; bylines are persons (记者/通讯员/编辑/审核/文/图 with org
null; "(单位 姓名)" with title "" and the unit as org); "X召开" where X is the zone itself
(综保区召开, 云岙镇召开) and "书记/区长主持召开…会议" leave organised_by empty; dates ISO, or
--MM-DD when the document never states a year; people only quoted or mentioned (习近平, a
州委书记 whose speech is studied) are persons but attend nothing; planned meetings and summary
counts are not events.
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


def write(stem, year, note, zones, orgs, persons, events, projects, text_for_check=None):
    doc = {"document": stem + ".txt", "year_hint": year, "note": note, "zones": zones,
           "organisations": orgs, "persons": persons, "events": events, "projects": projects}
    names = {p["name"] for p in persons}
    org_names = {o["name"] for o in orgs}
    proj_names = {p["name"] for p in projects}
    assert len(names) == len(persons), stem
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
    # every person name (and alias) is literally in the (simplified, unwrapped) text
    text = text_for_check if text_for_check is not None else (DOCS / f"{stem}.txt").read_text(encoding="utf-8")
    flat = re.sub(r"\s+", "", text)
    for p in persons:
        for n in [p["name"], *p["aliases"]]:
            assert n in flat, (stem, "person not in text", n)
    keys = [e["key"] for e in events]
    assert len(keys) == len(set(keys)), stem
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(persons), len(events), len(projects)


stats = {}

# ---------------------------------------------------------------- 001 滦阳市发展改革委 (河北)
FGW = "滦阳市发展和改革委员会"
FGWDZ = "滦阳市发展和改革委员会党组"
stats["001"] = write(
    "001_luanyang_fgw", 2023,
    "Fictional 市直部门 bulletin: 滦阳市发展和改革委员会《工作动态》(河北 by 河北冀运…, 京津冀, 雄安/保定), "
    "'发布日期：2023年9月8日' and '2023年第17期'. Not annotated as events: 省委十届四次全会 and 全省发展改革工作会议 "
    "(only studied; 郝建军's speech there is quoted, he attends nothing), 全市重点项目建设现场观摩会 ('拟于9月下旬召开' – "
    "planned), 价格监测2300余次/报告36期 (summary count). '委机关各科室、委属各单位主要负责同志', '联席会议成员单位负责同志', "
    "'省发展改革委投资处相关负责同志' are unnamed. The 党组（扩大）会议 is organised by the 委 itself ('市发展改革委召开'), "
    "not by a zone, so organised_by is the commission. 报/送 footer names recipients only.",
    [Z("滦阳市", "city", "河北省", ["滦阳"]), Z("河北省", "province", None, ["河北"], note="via 河北冀运…, 省委/省发展改革委"),
     Z("滦阳经济开发区", "development_zone", "滦阳市"), Z("雄安新区", "new_area", "河北省", ["雄安"]),
     Z("保定市", "city", "河北省", ["保定"]), Z("容东片区", "district", "雄安新区"),
     Z("雄安新区数字经济产业园", "park", "雄安新区"), Z("保定市电谷科技园", "park", "保定市")],
    [O(FGW, "市发展改革委", "government", "滦阳市", aliases=["市发展改革委", "我委"]),
     O(FGWDZ, "党组", "party_committee", "滦阳市", FGW, ["委党组"]),
     O("滦阳市发展和改革委员会办公室", "办公室", "department", "滦阳市", FGW, note="editor; byline （办公室　任晓楠）"),
     O("滦阳市发展和改革委员会投资科", "投资科", "department", "滦阳市", FGW),
     O("滦阳市发展和改革委员会产业发展科", "产业发展科", "department", "滦阳市", FGW),
     O("滦阳市发展和改革委员会服务业发展科", "服务业发展科", "department", "滦阳市", FGW),
     O("滦阳市发展和改革委员会培训中心", "培训中心", "department", "滦阳市", FGW),
     O("滦阳市发展和改革委员会价格科", "价格科", "department", "滦阳市", FGW),
     O("滦阳市发展和改革委员会法规科", "法规科", "department", "滦阳市", FGW),
     O("中共河北省委", "省委", "party_committee", "河北省"),
     O("中共滦阳市委", "市委", "party_committee", "滦阳市"),
     O("中共滦阳市委办公室", "市委办公室", "department", "滦阳市", "中共滦阳市委"),
     O("滦阳市人民政府", "市政府", "government", "滦阳市", aliases=["市政府"]),
     O("滦阳市人民政府办公室", "市政府办公室", "department", "滦阳市", "滦阳市人民政府"),
     O("河北省发展和改革委员会", "省发展改革委", "government", "河北省"),
     O("河北省发展和改革委员会办公室", "省发展改革委办公室", "department", "河北省", "河北省发展和改革委员会"),
     O("河北省发展和改革委员会投资处", "投资处", "department", "河北省", "河北省发展和改革委员会"),
     O("滦阳市粮食和物资储备局", "市粮食和物资储备局", "government", "滦阳市", aliases=["市粮储局"]),
     O("滦阳市重点项目建设联席会议办公室", "联席会议办公室", "other", "滦阳市"),
     O("滦阳市自然资源和规划局", "市自然资源和规划局", "government", "滦阳市"),
     O("滦阳市生态环境局", "市生态环境局", "government", "滦阳市"),
     O("滦阳市住房和城乡建设局", "市住房和城乡建设局", "government", "滦阳市"),
     O("滦阳市水务局", "市水务局", "government", "滦阳市"),
     O("滦阳市商务局", "市商务局", "government", "滦阳市"),
     O("滦阳市卫生健康委员会", "市卫生健康委", "government", "滦阳市", aliases=["市卫生健康委"]),
     O("河北冀运冷链物流有限公司", "冀运冷链", "company", "滦阳市"),
     O("保定市发展和改革委员会", "保定市发展改革委", "government", "保定市"),
     O("滦阳职业技术学院", "滦阳职业技术学院", "school", "滦阳市"),
     O("燕赵工程咨询研究院", "燕赵工程咨询研究院", "other", None),
     O("滦阳市市场监督管理局", "市市场监督管理局", "government", "滦阳市"),
     O("滦阳市市场监督管理局价格监督检查科", "价格监督检查科", "department", "滦阳市", "滦阳市市场监督管理局"),
     O("滦阳市价格监测中心", "市价格监测中心", "government", "滦阳市"),
     O("滦阳万客隆购物广场", "万客隆", "company", "滦阳市"),
     O("北关农贸市场", "北关农贸市场", "other", "滦阳市"),
     O("容东片区社区综合服务中心", "社区综合服务中心", "other", "容东片区")],
    [P("公孙立伟", ("党组书记", FGWDZ), ("主任", FGW)),
     P("贾思远", ("党组成员", FGWDZ), ("副主任", FGW)),
     P("鞠立新", ("党组成员", FGWDZ), ("副主任", FGW)),
     P("夏侯婉清", ("党组成员", FGWDZ), ("副主任", FGW)),
     P("郦宏", ("党组成员", FGWDZ), ("局长", "滦阳市粮食和物资储备局")),
     P("郝建军", ("主任", "河北省发展和改革委员会"), note="省发展改革委主任; his speech at the 全省发展改革工作会议 is studied; not present"),
     P("习近平", ("总书记", None), note="only in 学习贯彻习近平总书记关于京津冀协同发展的重要论述; 党中央 not written"),
     P("任晓楠", ("", "滦阳市发展和改革委员会办公室")),
     P("诸葛清", ("副市长", "滦阳市人民政府")),
     P("柴向东", ("市政府副秘书长", "滦阳市人民政府")),
     P("车志远", ("总经理", "河北冀运冷链物流有限公司")),
     P("石佳怡", ("", "滦阳市发展和改革委员会投资科")),
     P("钟离雪", ("副主任", "保定市发展和改革委员会"), note="compound surname 钟离"),
     P("端木瑾", ("高级工程师", "燕赵工程咨询研究院")),
     P("韦一凡", ("", "滦阳市发展和改革委员会培训中心")),
     P("东方明轩", ("科长", "滦阳市发展和改革委员会价格科"), note="also the byline （价格科　东方明轩）"),
     P("戚卫东", ("科长", "滦阳市市场监督管理局价格监督检查科")),
     P("邢佳琪", ("", "滦阳市粮食和物资储备局"), note="byline （市粮储局　邢佳琪）"),
     P("何书涵", ("编辑", None)),
     P("单宏图", ("审核", None))],
    [E("h2-001-e01", "市发展改革委党组（扩大）会议", "meeting", "2023-09-04", "滦阳市",
       chaired=["公孙立伟"], attended=["贾思远", "鞠立新", "夏侯婉清", "郦宏"], spoke=["公孙立伟"], organised=[FGW],
       evidence="9月4日上午，市发展改革委召开党组（扩大）会议，传达学习了省委十届四次全会精神和全省发展改革工作会议精神",
       note="'会议由党组书记、主任公孙立伟主持'; 贾思远…郦宏 参加会议; unnamed 负责同志 列席; 郝建军 only quoted"),
     E("h2-001-e02", "全市重点项目建设第三次联席会议", "meeting", "2023-09-05", "滦阳市",
       chaired=["柴向东"], attended=["诸葛清", "公孙立伟", "车志远"], spoke=["诸葛清", "公孙立伟", "车志远"],
       organised=["滦阳市重点项目建设联席会议办公室"],
       projects=["滦阳经济开发区氢能装备产业园项目", "滦河中心城区段生态修复治理工程", "市第二人民医院迁建项目", "冀东冷链物流园项目"],
       evidence="9月5日下午，市重点项目建设联席会议办公室在市行政中心组织召开2023年第三次联席会议",
       note="诸葛清 出席并讲话; 柴向东 主持; 公孙立伟 通报; 车志远 汇报; member units' 负责同志 unnamed"),
     E("h2-001-e03", "公孙立伟带队赴雄安新区学习考察", "visit", "2023-08-31", "雄安新区",
       attended=["公孙立伟", "鞠立新", "钟离雪"], spoke=["钟离雪", "公孙立伟"],
       evidence="8月31日至9月1日，市发展改革委党组书记、主任公孙立伟带队赴雄安新区、保定市学习考察数字经济和现代服务业发展经验",
       note="two days (31 Aug – 1 Sep), also 保定市; 钟离雪 介绍 in 保定; 公孙立伟 表示"),
     E("h2-001-e04", "全市发展改革系统项目谋划能力提升培训班", "training", "2023-09-06", "滦阳市",
       attended=["贾思远", "端木瑾"], spoke=["贾思远", "端木瑾"], organised=[FGW, "滦阳职业技术学院"],
       evidence="9月6日，由市发展改革委主办、滦阳职业技术学院承办的全市发展改革系统项目谋划能力提升培训班在滦阳职业技术学院开班",
       note="贾思远 作开班动员讲话; 端木瑾 专题授课 (lecture counts as speaking); 130+ trainees; unnamed 投资处 负责同志 also lectured"),
     E("h2-001-e05", "中秋国庆节前市场价格专项检查", "inspection", "2023-09-07", "滦阳市",
       attended=["夏侯婉清", "东方明轩", "戚卫东"], spoke=["夏侯婉清"], organised=[FGW, "滦阳市市场监督管理局"],
       evidence="9月7日，市发展改革委联合市市场监督管理局开展节前市场价格专项检查",
       note="夏侯婉清 带队; 东方明轩、戚卫东 陪同检查"),
     E("h2-001-e06", "“双随机、一公开”监管工作专题会议", "meeting", "2023-09-05", "滦阳市",
       chaired=["鞠立新"], spoke=["鞠立新"], organised=[FGW],
       evidence="9月5日，我委召开“双随机、一公开”监管工作专题会议，委党组成员、副主任鞠立新主持会议，并对做好下一阶段联合抽查工作提出具体要求",
       note="我委 = 市发展改革委"),
     E("h2-001-e07", "秋粮收购工作部署会", "meeting", "2023-09-07", "滦阳市",
       attended=["郦宏"], spoke=["郦宏"], organised=["滦阳市粮食和物资储备局"],
       evidence="9月7日，市粮食和物资储备局召开秋粮收购工作部署会，局长郦宏出席并讲话")],
    [J("滦阳经济开发区氢能装备产业园项目", "滦阳经济开发区", [FGW], [], "42.6亿元",
       "总投资42.6亿元的滦阳经济开发区氢能装备产业园项目由市发展改革委牵头负责",
       note="市自然资源和规划局 only 会同 (land quota), not an overseer"),
     J("滦河中心城区段生态修复治理工程", "滦阳市", ["滦阳市水务局"], [], None,
       "滦河中心城区段生态修复治理工程由市水务局负责推进，市生态环境局做好水质监测配合工作",
       note="市生态环境局 only 配合"),
     J("市第二人民医院迁建项目", "滦阳市", ["滦阳市卫生健康委员会", "滦阳市住房和城乡建设局"], [], None,
       "市第二人民医院迁建项目由市卫生健康委牵头，市住房和城乡建设局负责施工质量安全监管"),
     J("冀东冷链物流园项目", "滦阳市", ["滦阳市商务局"], ["河北冀运冷链物流有限公司"], "8.3亿元",
       "投资8.3亿元的冀东冷链物流园项目由河北冀运冷链物流有限公司投资建设，市商务局牵头负责做好招商配套和运营谋划工作")],
)

# ---------------------------------------------------------------- 002 云岙镇 (浙江, no year)
ZW, ZF = "中共云岙镇委员会", "云岙镇人民政府"
stats["002"] = write(
    "002_yunao_town", None,
    "Fictional 乡镇 bulletin: 云岙镇 (瓯宁县, 浙江). The year is never stated (issue '第23期', '9月26日'), so dates are "
    "--MM-DD. Not annotated as events: 镇第十八届人民代表大会第三次会议 ('定于10月中旬召开' – planned), the month-long "
    "篮球联赛 as a whole (56 games, summary; only its 决赛暨颁奖仪式 is an event), '一户多宅'整治210户 etc. (summary). "
    "'云岙镇召开…工作会议' → the town itself, organised_by empty. 包建军 works away from home (在外地务工): a person "
    "with no position, not attending his father's visit; 叶阿福 and 包金水 are visited at home and attend (seed 000-e13). "
    "'令狐书记' is an alias of 令狐建平. '各行政村党组织书记', '镇农业农村办负责人', '县发展改革局…有关负责人' unnamed.",
    [Z("云岙镇", "town", "瓯宁县"), Z("瓯宁县", "county", "浙江省"), Z("浙江省", "province", None, ["浙江"]),
     Z("下叶村", "village", "云岙镇"), Z("上岙村", "village", "云岙镇"), Z("桥东村", "village", "云岙镇")],
    [O(ZW, "镇党委", "party_committee", "云岙镇", aliases=["镇党委", "云岙镇党委"]),
     O("中共云岙镇委员会办公室", "镇党委办公室", "department", "云岙镇", ZW),
     O(ZF, "镇政府", "government", "云岙镇", aliases=["镇政府", "镇人民政府"]),
     O("云岙镇人民政府办公室", "镇政府办公室", "department", "云岙镇", ZF),
     O("云岙镇人民代表大会", "镇人大", "legislature", "云岙镇", aliases=["镇人大", "镇人大主席团"]),
     O("云岙镇农业农村办公室", "镇农业农村办", "department", "云岙镇", ZF),
     O("云岙镇建设办公室", "镇建设办", "department", "云岙镇", ZF),
     O("中共下叶村委员会", "下叶村党委", "party_committee", "下叶村"),
     O("下叶村村民委员会", "下叶村村委会", "village_committee", "下叶村"),
     O("中共上岙村支部委员会", "上岙村党支部", "party_committee", "上岙村"),
     O("云岙镇民政办公室", "镇民政办", "department", "云岙镇", ZF),
     O("云岙镇文化站", "镇文化站", "department", "云岙镇", ZF),
     O("共青团云岙镇委员会", "团镇委", "other", "云岙镇"),
     O("云岙镇全民健身中心", "镇全民健身中心", "other", "云岙镇", note="venue"),
     O("中共瓯宁县委", "县委", "party_committee", "瓯宁县"),
     O("瓯宁县人民政府", "县政府", "government", "瓯宁县"),
     O("瓯宁县应急管理局", "县应急管理局", "government", "瓯宁县"),
     O("云岙镇安全生产监督管理站", "镇安监站", "department", "云岙镇", ZF),
     O("瓯宁县发展改革局", "县发展改革局", "government", "瓯宁县"),
     O("瓯宁县自然资源和规划局", "县自然资源和规划局", "government", "瓯宁县"),
     O("瓯宁县交通投资集团有限公司", "县交通投资集团", "company", "瓯宁县"),
     O("浙江云岙竹木制品有限公司", "云岙竹木", "company", "云岙镇"),
     O("中共云岙镇纪律检查委员会", "镇纪委", "party_committee", "云岙镇", ZW, ["镇纪委"]),
     O("瓯宁县纪委监委", "县纪委监委", "party_committee", "瓯宁县"),
     O("瓯宁县纪委监委第三派驻纪检监察组", "第三派驻纪检监察组", "department", "瓯宁县", "瓯宁县纪委监委")],
    [P("令狐建平", ("党委书记", ZW), aliases=["令狐书记"]),
     P("宁雅琴", ("党委副书记", ZW), ("镇长", ZF)),
     P("蔡国庆", ("人大主席", "云岙镇人民代表大会"), note="written 镇人大主席蔡国庆"),
     P("郁晨阳", ("党委委员", ZW), ("副镇长", ZF)),
     P("叶松涛", ("党委书记", "中共下叶村委员会"), ("村委会主任", "下叶村村民委员会")),
     P("包小燕", ("党支部书记", "中共上岙村支部委员会")),
     P("习近平", ("总书记", None), note="only in '习近平总书记在浙江工作期间亲自谋划…' (千万工程)"),
     P("裘思源", ("通讯员", None)),
     P("蒋丽娜", ("主任", "云岙镇民政办公室")),
     P("叶阿福", ("老党员", None), note="94-year-old party member visited at home"),
     P("包金水", ("低保户", None), note="visited at home"),
     P("包建军", note="包金水's son, 常年在外地务工; absent"),
     P("濮阳慧", ("党委委员", ZW), ("宣传委员", ZW), note="compound surname 濮阳"),
     P("毛可馨", ("文/图", None), ("编辑", None)),
     P("刁文韬", ("副镇长", ZF)),
     P("汪诗雨", ("党委副书记", ZW)),
     P("百里鸿", ("副局长", "瓯宁县应急管理局"), note="compound surname 百里"),
     P("尉迟峰", ("县委常委", "中共瓯宁县委"), ("常务副县长", "瓯宁县人民政府"), note="compound surname 尉迟"),
     P("俞振邦", ("董事长", "浙江云岙竹木制品有限公司")),
     P("郁佳宁", ("通讯员", None), ("校对", None)),
     P("萧雨桐", ("党委委员", ZW), ("纪委书记", "中共云岙镇纪律检查委员会")),
     P("甘露", ("组长", "瓯宁县纪委监委第三派驻纪检监察组"))],
    [E("h2-002-e01", "“千万工程”暨和美乡村建设工作调度会", "meeting", "--09-18", "云岙镇",
       chaired=["令狐建平"], attended=["宁雅琴", "蔡国庆", "郁晨阳", "叶松涛", "包小燕"],
       spoke=["令狐建平", "郁晨阳", "叶松涛", "包小燕"], organised=[ZW],
       projects=["下叶村和美乡村精品村创建项目", "上岙古村落保护利用工程"],
       evidence="9月18日下午，镇党委召开“千万工程”暨和美乡村建设工作调度会",
       note="令狐建平 主持会议并讲话; 郁晨阳 通报; 叶松涛、包小燕 作表态发言; village secretaries 列席 (unnamed)"),
     E("h2-002-e02", "宁雅琴中秋走访慰问困难群众和老党员", "visit", "--09-22", "云岙镇",
       attended=["宁雅琴", "蒋丽娜", "叶阿福", "包金水"], spoke=["宁雅琴"],
       evidence="9月22日，镇党委副书记、镇长宁雅琴带队走访慰问辖区困难群众和老党员",
       note="蒋丽娜 陪同慰问; 叶阿福 (下叶村) and 包金水 (上岙村) visited at home; 包建军 absent"),
     E("h2-002-e03", "首届“和美云岙”杯村级篮球联赛决赛暨颁奖仪式", "competition", "--09-16", "云岙镇",
       attended=["蔡国庆", "濮阳慧"], spoke=["濮阳慧"],
       organised=[ZW, ZF, "云岙镇文化站", "共青团云岙镇委员会"],
       evidence="9月16日晚，由镇党委、镇政府主办，镇文化站、团镇委承办的首届“和美云岙”杯村级篮球联赛决赛暨颁奖仪式在镇全民健身中心举行",
       note="蔡国庆 presented awards (not a speech); 濮阳慧 致辞"),
     E("h2-002-e04", "秋冬季森林防火暨安全生产工作会议", "meeting", "--09-20", "云岙镇",
       chaired=["汪诗雨"], attended=["宁雅琴", "刁文韬", "百里鸿"], spoke=["宁雅琴", "刁文韬"],
       evidence="9月20日，云岙镇召开秋冬季森林防火暨安全生产工作会议",
       note="'云岙镇召开' – the town itself, organised_by empty; 宁雅琴 作动员讲话; 刁文韬 通报; 百里鸿 到会指导 (attends, no speech reported)"),
     E("h2-002-e05", "尉迟峰调研云岙镇重点项目建设", "inspection", "--09-24", "云岙镇",
       attended=["尉迟峰", "令狐建平", "俞振邦"], spoke=["尉迟峰", "俞振邦"],
       projects=["云岙抽水蓄能电站配套道路工程", "年产20万套竹木家居技改项目"],
       evidence="9月24日，县委常委、常务副县长尉迟峰一行来我镇调研重点项目建设情况",
       note="令狐建平 and unnamed 县发展改革局/县自然资源和规划局 负责人 陪同; 俞振邦 介绍"),
     E("h2-002-e06", "“以案为鉴、警钟长鸣”廉政教育专题讲座", "training", "--09-25", "云岙镇",
       chaired=["萧雨桐"], attended=["甘露"], spoke=["甘露"], organised=["中共云岙镇纪律检查委员会"],
       evidence="9月25日，镇纪委组织开展“以案为鉴、警钟长鸣”廉政教育专题讲座",
       note="萧雨桐 主持讲座; 甘露 作专题授课")],
    [J("下叶村和美乡村精品村创建项目", "下叶村", ["云岙镇农业农村办公室"], [], None,
       "镇农业农村办要牵头负责下叶村和美乡村精品村创建项目"),
     J("上岙古村落保护利用工程", "上岙村", ["云岙镇建设办公室"], [], None,
       "镇建设办负责上岙古村落保护利用工程的推进"),
     J("云岙抽水蓄能电站配套道路工程", "云岙镇", [], ["瓯宁县交通投资集团有限公司"], "3.6亿元",
       "总投资3.6亿元的云岙抽水蓄能电站配套道路工程…配套道路工程由瓯宁县交通投资集团有限公司承建",
       note="承建 read as owner/builder (as holdout 001 水务集团)"),
     J("年产20万套竹木家居技改项目", "云岙镇", [], ["浙江云岙竹木制品有限公司"], None,
       "公司董事长俞振邦介绍了年产20万套竹木家居技改项目的进展情况",
       note="县发展改革局 is told to speed up approvals in general, not assigned this project")],
)

# ---------------------------------------------------------------- 003 凭江综合保税区 (广西), PDF-style
DGW, GWH = "凭江综合保税区党工委", "凭江综合保税区管理委员会"
stats["003"] = write(
    "003_pingjiang_zbq", 2024,
    "Fictional 园区 newsletter 《凭江综保区通讯》2024年第6期 (广西凭江综合保税区, 崇江市). PDF-style text: body paragraphs "
    "hard-wrapped at 36 characters (names split across lines: 陆/海川, 黎/永健, 崇/江海关), a page break with a page number "
    "inside 投资促|进局, and a blank line inside 二|期. Not annotated as events: 第二届中国—东盟跨境电商合作论坛 ('拟于9月…举办' – "
    "planned), 走访服务企业86家次 (summary), the 座谈会 during the 商务厅 visit (folded into e02). '综保区召开…党工委（扩大）会议' "
    "→ organised_by empty (zone itself). 3 of the 6 signed projects are named. '各局（中心）主要负责人' unnamed.",
    [Z("凭江综合保税区", "bonded_zone", "崇江市", ["综保区", "凭江综保区"]), Z("崇江市", "city", "广西壮族自治区"),
     Z("广西壮族自治区", "province", None, ["广西", "自治区"]), Z("跨境电商产业园", "park", "凭江综合保税区")],
    [O(DGW, "党工委", "party_committee", "凭江综合保税区", aliases=["综保区党工委"]),
     O(GWH, "管委会", "government", "凭江综合保税区", aliases=["综保区管委会", "广西凭江综合保税区管理委员会", "凭江综合保税区管委会"]),
     O("凭江综合保税区管理委员会办公室", "管委会办公室", "department", "凭江综合保税区", GWH),
     O("凭江综合保税区纪工委", "纪工委", "party_committee", "凭江综合保税区", DGW),
     O("凭江综合保税区党政办公室", "综保区党政办公室", "department", "凭江综合保税区"),
     O("中共广西壮族自治区委员会", "自治区党委", "party_committee", "广西壮族自治区"),
     O("广西壮族自治区商务厅", "自治区商务厅", "government", "广西壮族自治区"),
     O("广西壮族自治区商务厅党组", "党组", "party_committee", "广西壮族自治区", "广西壮族自治区商务厅"),
     O("广西壮族自治区商务厅开放平台处", "开放平台处", "department", "广西壮族自治区", "广西壮族自治区商务厅"),
     O("崇江市人民政府", "市政府", "government", "崇江市"),
     O("中共崇江市委", "市委", "party_committee", "崇江市"),
     O("广西东盟智造电子有限公司", "东盟智造", "company", "凭江综合保税区"),
     O("凭江综合保税区投资促进局", "综保区投资促进局", "government", "凭江综合保税区"),
     O("广西凭江国际冷链物流有限公司", "凭江国际冷链", "company", "凭江综合保税区"),
     O("崇江果源食品有限公司", "果源食品", "company", "崇江市"),
     O("凭江综合保税区政务服务中心", "综保区政务服务中心", "government", "凭江综合保税区"),
     O("中国（广西）—东盟跨境电商公共服务中心", "公共服务中心", "other", "广西壮族自治区"),
     O("中国（广西）—东盟跨境电商公共服务中心凭江分中心", "凭江分中心", "other", "凭江综合保税区",
       "中国（广西）—东盟跨境电商公共服务中心"),
     O("崇江海关", "崇江海关", "government", "崇江市"),
     O("崇江海关综保区监管科", "综保区监管科", "department", "凭江综合保税区", "崇江海关"),
     O("凭江综合保税区经济贸易局", "综保区经济贸易局", "government", "凭江综合保税区"),
     O("凭江综合保税区建设管理局", "综保区建设管理局", "government", "凭江综合保税区"),
     O("广西凭江综保投资发展有限公司", "综保投资", "company", "凭江综合保税区")],
    [P("韦国栋", ("党工委书记", DGW), ("管委会主任", GWH)),
     P("班春燕", ("党工委副书记", DGW)),
     P("黄丽萍", ("党工委委员", DGW), ("管委会副主任", GWH)),
     P("赖文轩", ("党工委委员", DGW), ("纪工委书记", "凭江综合保税区纪工委")),
     P("甘露露", ("", "凭江综合保税区党政办公室")),
     P("宇文若兰", ("党组成员", "广西壮族自治区商务厅党组"), ("副厅长", "广西壮族自治区商务厅"), note="compound surname 宇文"),
     P("闻人杰", ("处长", "广西壮族自治区商务厅开放平台处"), note="compound surname 闻人"),
     P("农志刚", ("副市长", "崇江市人民政府")),
     P("陆海川", ("总经理", "广西东盟智造电子有限公司"), note="name split across a line in the PDF text"),
     P("周雨霏", ("文/图", None)),
     P("蒙振宇", ("市委常委", "中共崇江市委"), ("常务副市长", "崇江市人民政府")),
     P("卢思琪", ("局长", "凭江综合保税区投资促进局")),
     P("莫家豪", ("董事长", "崇江果源食品有限公司")),
     P("蓝海波", ("文", None), note="credit '文　蓝海波　图　罗嘉怡'"),
     P("罗嘉怡", ("图", None)),
     P("长孙明哲", ("关长", "崇江海关"), note="compound surname 长孙"),
     P("黎永健", ("局长", "凭江综合保税区经济贸易局"), ("审核", None), note="name split across a line in the PDF text; also 审核 of the issue"),
     P("谭晓曦", ("科长", "崇江海关综保区监管科")),
     P("覃一鸣", ("", "凭江综合保税区经济贸易局")),
     P("梁博文", ("局长", "凭江综合保税区建设管理局")),
     P("潘晓雯", ("责任编辑", None))],
    [E("h2-003-e01", "2024年第6次党工委（扩大）会议", "meeting", "2024-06-07", "凭江综合保税区",
       chaired=["韦国栋"], attended=["班春燕", "黄丽萍", "赖文轩"], spoke=["韦国栋"],
       evidence="6月7日，综保区召开2024年第6次党工委（扩大）会议",
       note="韦国栋 主持会议并讲话 and 要求; '会议强调' unattributed; heads of 各局（中心） 列席 (unnamed)"),
     E("h2-003-e02", "自治区商务厅副厅长宇文若兰调研凭江综保区", "inspection", "2024-06-11", "凭江综合保税区",
       attended=["宇文若兰", "闻人杰", "农志刚", "韦国栋", "黄丽萍", "陆海川"], spoke=["宇文若兰", "韦国栋", "陆海川"],
       projects=["保税物流中心（B型）二期项目"],
       evidence="6月11日，自治区商务厅党组成员、副厅长宇文若兰一行来我区调研综合保税区高质量发展工作，并召开座谈会",
       note="闻人杰、农志刚、韦国栋 陪同调研; 黄丽萍 参加座谈; 韦国栋 汇报; 陆海川 发言; the 座谈会 is folded in"),
     E("h2-003-e03", "凭江综合保税区2024年重大项目集中签约仪式", "signing", "2024-06-14", "凭江综合保税区",
       chaired=["黄丽萍"], attended=["蒙振宇", "韦国栋", "卢思琪", "莫家豪"], spoke=["蒙振宇", "韦国栋", "莫家豪"],
       organised=[GWH, "凭江综合保税区投资促进局"],
       projects=["东盟电子元器件保税加工基地项目", "跨境冷链集散中心项目", "东盟热带水果保税加工项目"],
       evidence="6月14日，凭江综合保税区2024年重大项目集中签约仪式在综保区综合服务大楼举行",
       note="管委会主办、投资促进局承办; 蒙振宇 出席并讲话; 韦国栋 致辞; 黄丽萍 主持; 卢思琪 signed (not a speech); 莫家豪 spoke for the firms"),
     E("h2-003-e04", "中国（广西）—东盟跨境电商公共服务中心凭江分中心揭牌仪式", "ceremony", "2024-06-18", "凭江综合保税区",
       attended=["长孙明哲", "韦国栋"], spoke=["长孙明哲"], organised=[GWH, "崇江海关"],
       evidence="6月18日上午，中国（广西）—东盟跨境电商公共服务中心凭江分中心揭牌仪式在综保区跨境电商产业园举行",
       note="长孙明哲 and 韦国栋 unveiled the plaque; 长孙明哲 致辞"),
     E("h2-003-e05", "跨境贸易便利化政策宣讲会", "training", "2024-06-19", "凭江综合保税区",
       chaired=["黎永健"], attended=["谭晓曦"], spoke=["谭晓曦"],
       organised=["凭江综合保税区经济贸易局", "崇江海关"],
       evidence="6月19日，综保区经济贸易局联合崇江海关举办跨境贸易便利化政策宣讲会",
       note="黎永健 主持; 谭晓曦 解读 (lecture)"),
     E("h2-003-e06", "黄丽萍到保税物流中心二期项目督导检查安全生产工作", "inspection", "2024-06-20", "凭江综合保税区",
       attended=["黄丽萍", "梁博文"], spoke=["黄丽萍"], projects=["保税物流中心（B型）二期项目"],
       evidence="6月20日，管委会副主任黄丽萍到保税物流中心（B型）二期项目建设现场督导检查安全生产和防汛工作",
       note="梁博文 陪同检查")],
    [J("保税物流中心（B型）二期项目", "凭江综合保税区", ["凭江综合保税区建设管理局"], ["广西凭江综保投资发展有限公司"], "7.2亿元",
       "综保区建设管理局负责保税物流中心（B型）二期项目的推进和质量安全监管"),
     J("东盟电子元器件保税加工基地项目", "凭江综合保税区", ["凭江综合保税区政务服务中心"], ["广西东盟智造电子有限公司"], "18亿元",
       "综保区政务服务中心要为东盟电子元器件保税加工基地项目提供全程代办服务",
       note="signed 2024-06-14; 全程代办服务 read as overseeing (brief's phrasing)"),
     J("跨境冷链集散中心项目", "凭江综合保税区", [], ["广西凭江国际冷链物流有限公司"], "12亿元",
       "总投资12亿元的跨境冷链集散中心项目由广西凭江国际冷链物流有限公司投资建设"),
     J("东盟热带水果保税加工项目", "凭江综合保税区", [], ["崇江果源食品有限公司"], "9.5亿元",
       "投资9.5亿元的东盟热带水果保税加工项目由崇江果源食品有限公司投资建设")],
    text_for_check=(HERE / "003_pingjiang_zbq.paragraphs.txt").read_text(encoding="utf-8"),
)

# ---------------------------------------------------------------- 004 新汴区 (安徽), Traditional (HK variants)
QW, QF = "中共新汴区委", "新汴区人民政府"
RD, ZX = "新汴区人大常委会", "政协新汴区委员会"
stats["004"] = write(
    "004_xinbian_district_trad", 2023,
    "Fictional urban-district bulletin 《新汴区政务动态》第48期, 2023年12月15日 (安徽 by 安徽淮汴建设集团; the city is never "
    "named). Written in Traditional Chinese with Hong Kong variants (OpenCC s2hk: 啓, 衞, 羣, 裏) and inline pinyin "
    "(經(jīng)濟(jì), 區長(zhǎng)方啓航, 區委書(shū)記司空明德, 率隊(duì), 國(guó)有資產). Names given here in Simplified "
    "(方啓航 → 方启航). Not annotated as events: 中央经济工作会议 (only studied), 区十七届人民代表大会第四次会议 ('于2024年1月上旬召开' – "
    "planned), '有关区领导于12月中旬…走访慰问' (no named person, no day), the 嘉兴 site visit as a separate event (part of e05). "
    "'区人大常委会、区政协主要负责同志…列席' and '区直有关部门…负责同志' are unnamed. '区领导司空明德、方启航、季明远' gives "
    "区领导 (org null), following seed 002 / holdout 005. '区委常委会召开会议' → organiser = 区委常委会; '区长…主持召开区政府常务会议' "
    "and the 人大常委会 session have no organiser written.",
    [Z("新汴区", "district", None, note="city not named; 安徽"), Z("安徽省", "province", None, ["安徽"]),
     Z("浙江省", "province", None, ["浙江"]), Z("杭州市", "city", "浙江省"), Z("嘉兴市", "city", "浙江省"),
     Z("南湖区", "district", "嘉兴市")],
    [O(QW, "区委", "party_committee", "新汴区", aliases=["区委"]),
     O("中共新汴区委常委会", "区委常委会", "party_committee", "新汴区", QW),
     O("中共新汴区委办公室", "区委办公室", "department", "新汴区", QW),
     O(QF, "区政府", "government", "新汴区", aliases=["区政府", "区人民政府"]),
     O("新汴区人民政府办公室", "区政府办公室", "department", "新汴区", QF),
     O(RD, "区人大常委会", "legislature", "新汴区", aliases=["区十七届人大常委会"]),
     O(ZX, "区政协", "cppcc", "新汴区", aliases=["区政协"]),
     O("新汴区人民法院", "区法院", "court", "新汴区"),
     O("新汴区人民检察院", "区检察院", "procuratorate", "新汴区"),
     O("中共中央", "党中央", "party_committee", None),
     O("中共安徽省委", "省委", "party_committee", "安徽省", note="written 省委"),
     O("市委", "市委", "party_committee", None, note="city not named"),
     O("新汴区住房和城乡建设局", "区住房和城乡建设局", "government", "新汴区"),
     O("新汴区城市管理局", "区城市管理局", "government", "新汴区"),
     O("新汴区卫生健康委员会", "区卫生健康委", "government", "新汴区"),
     O("新汴区人民医院", "区人民医院", "hospital", "新汴区"),
     O("新汴区城市建设投资有限公司", "区城投", "company", "新汴区"),
     O("新汴区教育体育局", "区教育体育局", "government", "新汴区"),
     O("安徽淮汴建设集团有限公司", "淮汴建设", "company", "新汴区"),
     O("新汴区发展和改革委员会", "区发展改革委", "government", "新汴区"),
     O("新汴区投资促进中心", "区投资促进中心", "government", "新汴区"),
     O("杭州市城市大脑运营指挥中心", "城市大脑运营指挥中心", "other", "杭州市"),
     O("浙江禾芯智能科技有限公司", "禾芯智能", "company", "嘉兴市", note="location in 浙江 implied (visited on the 浙江 trip)"),
     O("新汴区融媒体中心", "区融媒体中心", "media", "新汴区"),
     O("新汴区交通运输局", "区交通运输局", "government", "新汴区"),
     O("中共新汴区委宣传部", "区委宣传部", "department", "新汴区", QW),
     O("皖东大学", "皖东大学", "school", None),
     O("皖东大学马克思主义学院", "马克思主义学院", "school", None, "皖东大学")],
    [P("司空明德", ("区委书记", QW), ("区领导", None), note="compound surname 司空"),
     P("方启航", ("区委副书记", QW), ("区长", QF), ("区领导", None), note="written 方啓航 (HK variant 啓)"),
     P("柯美玲", ("区委副书记", QW)),
     P("季明远", ("区委常委", QW), ("常务副区长", QF), ("区领导", None)),
     P("唐可心", ("", "中共新汴区委办公室"), ("责任编辑", None)),
     P("习近平", ("总书记", "中共中央"), note="习近平总书记的重要讲话 (studied); 党中央 in the same article; also in 习近平经济思想"),
     P("闵慧", ("副区长", QF)),
     P("庞志诚", ("副区长", QF)),
     P("甄子扬", ("主任", "新汴区人民政府办公室")),
     P("邱建明", ("局长", "新汴区住房和城乡建设局")),
     P("阮国平", ("区人大常委会主任", RD)),
     P("祝永红", ("区人大常委会副主任", RD)),
     P("伏建新", ("区人大常委会副主任", RD)),
     P("戴晓雯", ("局长", "新汴区教育体育局"), note="appointed (任命…为…局长) at the 人大常委会 session; not said to attend"),
     P("芮红英", ("区政协主席", ZX)),
     P("厉文斌", ("区政协副主席", ZX)),
     P("储国梁", ("区政协常委", ZX), ("董事长", "安徽淮汴建设集团有限公司")),
     P("沈嘉铭", ("董事长", "浙江禾芯智能科技有限公司")),
     P("叶知秋", ("记者", "新汴区融媒体中心"), note="byline （区融媒体中心记者　叶知秋）"),
     P("骆文博", ("总经理", "新汴区城市建设投资有限公司")),
     P("穆清扬", ("教授", "皖东大学马克思主义学院")),
     P("池秋月", ("区委常委", QW), ("宣传部部长", "中共新汴区委宣传部"))],
    [E("h2-004-e01", "区委常委会会议", "meeting", "2023-12-13", "新汴区",
       chaired=["司空明德"], attended=["方启航", "柯美玲", "季明远"], spoke=["司空明德"], organised=["中共新汴区委常委会"],
       evidence="12月13日下午，区委常委会召开会议，传达学习中央经济工作会议精神和省委、市委有关会议精神",
       note="'会议由区委书记司空明德主持'; heads of 区人大常委会/区政协/区法院/区检察院 列席 but are not named"),
     E("h2-004-e02", "区政府第38次常务会议", "meeting", "2023-12-11", "新汴区",
       chaired=["方启航"], attended=["闵慧", "庞志诚", "甄子扬", "邱建明"], spoke=["方启航", "邱建明"],
       projects=["老城区雨污分流改造工程", "区人民医院东院区建设项目"],
       evidence="12月11日，区委副书记、区长方启航主持召开区政府第38次常务会议",
       note="甄子扬 列席; 邱建明 汇报; organiser not written (区长主持召开)"),
     E("h2-004-e03", "区十七届人大常委会第十五次会议", "meeting", "2023-12-12", "新汴区",
       chaired=["阮国平"], attended=["祝永红", "伏建新", "闵慧"], spoke=["闵慧", "阮国平"],
       evidence="12月12日，区十七届人大常委会第十五次会议举行",
       note="闵慧 列席 and 作报告; 阮国平 作总结讲话; 戴晓雯 appointed (presence not stated); planned 人代会 not annotated"),
     E("h2-004-e04", "区政协十一届十二次常委会议", "meeting", "2023-12-07", "新汴区",
       chaired=["芮红英"], attended=["厉文斌", "柯美玲", "庞志诚", "储国梁"], spoke=["柯美玲", "庞志诚", "储国梁"],
       organised=[ZX],
       evidence="12月7日，区政协召开十一届十二次常委会议，围绕“推动老旧小区改造提质增效”开展专题协商",
       note="'会议由区政协主席芮红英主持'; 柯美玲 到会并讲话; 庞志诚 通报; 储国梁 协商发言 (5 more unnamed 常委)"),
     E("h2-004-e05", "司空明德率队赴浙江考察学习", "visit", "2023-12-05", "浙江省",
       attended=["司空明德", "季明远", "沈嘉铭"], spoke=["沈嘉铭", "司空明德"], projects=["智能传感器产业园项目"],
       evidence="12月5日至6日，区委书记司空明德率队赴浙江省杭州市、嘉兴市考察学习数字经济发展和城市更新工作",
       note="5-6 Dec; 沈嘉铭 介绍; 司空明德 表示; unnamed heads of 区发展改革委/区投资促进中心 参加考察"),
     E("h2-004-e06", "全区2023年第四季度重点项目观摩活动", "inspection", "2023-12-14", "新汴区",
       attended=["司空明德", "方启航", "季明远", "骆文博"], spoke=["骆文博", "司空明德"],
       projects=["新汴科创产业园一期项目", "汴河路快速化改造工程"],
       evidence="12月14日，全区2023年第四季度重点项目观摩活动举行",
       note="区领导 参加观摩; 骆文博 介绍; 司空明德 作总结讲话 after the tour; 8 projects, 2 named"),
     E("h2-004-e07", "“新汴大讲堂”第十二期专题讲座", "training", "2023-12-10", "新汴区",
       chaired=["池秋月"], attended=["穆清扬"], spoke=["穆清扬"], organised=["中共新汴区委宣传部"],
       evidence="12月10日，区委宣传部举办“新汴大讲堂”第十二期专题讲座",
       note="穆清扬 作专题辅导; 池秋月 主持讲座")],
    [J("老城区雨污分流改造工程", "新汴区", ["新汴区住房和城乡建设局"], [], None,
       "由区住房和城乡建设局负责老城区雨污分流改造工程的推进",
       note="区城市管理局 only 配合 (traffic, road restoration)"),
     J("区人民医院东院区建设项目", "新汴区", ["新汴区卫生健康委员会"], ["新汴区城市建设投资有限公司"], "9.8亿元",
       "总投资9.8亿元的区人民医院东院区建设项目，明确由区卫生健康委牵头负责项目前期工作，新汴区城市建设投资有限公司作为项目业主"),
     J("智能传感器产业园项目", "新汴区", [], ["浙江禾芯智能科技有限公司"], "20亿元",
       "双方就浙江禾芯智能科技有限公司拟投资20亿元在我区建设的智能传感器产业园项目进行了深入洽谈",
       note="under negotiation (拟投资)"),
     J("新汴科创产业园一期项目", "新汴区", [], ["新汴区城市建设投资有限公司"], "15亿元",
       "在新汴科创产业园一期项目现场，新汴区城市建设投资有限公司总经理骆文博介绍，该项目总投资15亿元",
       note="owner inferred from the 城投 总经理 presenting it (holdout 002 convention)"),
     J("汴河路快速化改造工程", "新汴区", ["新汴区交通运输局"], [], None,
       "汴河路快速化改造工程由区交通运输局负责推进"),
     J("老旧街区改造项目", "南湖区", [], [], None,
       "嘉兴市南湖区老旧街区改造项目现场",
       note="visited site in 嘉兴 during e05; borderline as a project")],
    text_for_check=(HERE / "004_xinbian_district.simplified.txt").read_text(encoding="utf-8"),
)

# ---------------------------------------------------------------- 005 勐川县 (云南) 融媒体 news page
XW5, XF5 = "中共勐川县委", "勐川县人民政府"
stats["005"] = write(
    "005_mengchuan_rongmei", 2022,
    "Fictional county web news page (勐川县人民政府门户网站 > 勐川要闻, '来源：勐川县融媒体中心'), 云南 (by 云南滇香…; 边境, "
    "傣语). Each item has '发布时间：2022-11-0x hh:mm'; events 1-5 November 2022. Dai personal names without a Han surname: "
    "岩温 (县人大常委会主任), 玉香 (visited 脱贫户, at home → attends), 岩罕 (prize winner, present), 依香 (记者). Surnames 刀, 罕, "
    "字, 纳, 和, 普. '刀书记' and '段县长' are aliases. Not annotated as events: 州委书记施国强's speech at the 全州…专题研讨班 "
    "(only studied; he attends nothing; 州 not named), 全县冬季农业开发现场推进会 ('将于11月中旬…召开' – planned), 禁毒宣传活动260余场次 "
    "(summary), the 大赛 as a whole (only its 决赛暨颁奖仪式). 刀建华 '出席仪式并宣布项目开工' at e02: announcing is not "
    "counted as a speech. 'X、Y等县领导出席' (titles before the names) does not add 县领导 positions. '县直各部门主要负责人', "
    "'县林草局、县应急管理局等相关部门负责同志', '执勤人员' unnamed.",
    [Z("勐川县", "county", None, note="prefecture (州) not named; 云南"), Z("云南省", "province", None, ["云南"]),
     Z("勐宽镇", "town", "勐川县"), Z("曼景村", "village", "勐宽镇"), Z("勐川工业园区", "park", "勐川县")],
    [O(XW5, "县委", "party_committee", "勐川县", aliases=["县委"]),
     O("中共勐川县委理论学习中心组", "县委理论学习中心组", "party_committee", "勐川县", XW5),
     O(XF5, "县政府", "government", "勐川县", aliases=["县政府", "县人民政府"]),
     O("勐川县人大常委会", "县人大常委会", "legislature", "勐川县"),
     O("政协勐川县委员会", "县政协", "cppcc", "勐川县"),
     O("中共勐川县委宣传部", "县委宣传部", "department", "勐川县", XW5, ["宣传部"]),
     O("中共勐川县委组织部", "组织部", "department", "勐川县", XW5),
     O("州委", "州委", "party_committee", None, note="prefecture party committee, prefecture not named"),
     O("勐川县融媒体中心", "县融媒体中心", "media", "勐川县"),
     O("勐川县发展和改革局", "县发展和改革局", "government", "勐川县"),
     O("云南滇香咖啡产业有限公司", "滇香咖啡", "company", "勐川工业园区"),
     O("勐川县水务局", "县水务局", "government", "勐川县"),
     O("勐川县城乡发展投资集团有限公司", "城乡发展投资集团", "company", "勐川县"),
     O("勐川县交通运输局", "县交通运输局", "government", "勐川县"),
     O("中共勐宽镇委员会", "勐宽镇党委", "party_committee", "勐宽镇", aliases=["勐宽镇党委"]),
     O("勐宽镇人民政府", "镇政府", "government", "勐宽镇"),
     O("勐宽镇禁毒宣传教育基地", "禁毒宣传教育基地", "other", "勐宽镇"),
     O("勐川县林业和草原局", "县林草局", "government", "勐川县", aliases=["县林草局"]),
     O("勐川县应急管理局", "县应急管理局", "government", "勐川县"),
     O("勐川县文化和旅游局", "县文化和旅游局", "government", "勐川县")],
    [P("刀建华", ("县委书记", XW5), aliases=["刀书记"], note="Dai surname 刀"),
     P("段志明", ("县委副书记", XW5), ("县长", XF5), aliases=["段县长"]),
     P("岩温", ("县人大常委会主任", "勐川县人大常委会"), note="Dai name, two characters, no Han surname"),
     P("罕丽萍", ("县政协主席", "政协勐川县委员会")),
     P("李婉婷", ("县委常委", XW5), ("宣传部部长", "中共勐川县委宣传部")),
     P("纳文斌", ("县委常委", XW5), ("组织部部长", "中共勐川县委组织部")),
     P("施国强", ("州委书记", "州委"), note="speech studied; not present"),
     P("习近平", ("总书记", None), note="only in 习近平总书记在党的二十大上所作的报告 (studied)"),
     P("依香", ("记者", None), note="byline; Dai name"),
     P("杨凡", ("通讯员", None)),
     P("杨晓东", ("副县长", XF5)),
     P("字文亮", ("董事长", "云南滇香咖啡产业有限公司"), note="surname 字 (not 宇文)"),
     P("王德兵", ("党委书记", "中共勐宽镇委员会")),
     P("白春燕", ("镇长", "勐宽镇人民政府")),
     P("玉香", ("脱贫户", None), note="visited at home in 曼景村"),
     P("和丽娟", ("县人大常委会副主任", "勐川县人大常委会"), note="surname 和"),
     P("普文华", ("局长", "勐川县水务局")),
     P("岩罕", ("选手", None), note="first prize in the singing contest"),
     P("赵思琪", ("责任编辑", None)),
     P("毕建国", ("审核", None))],
    [E("h2-005-e01", "县委理论学习中心组2022年第10次集体学习（扩大）会议", "meeting", "2022-11-01", "勐川县",
       chaired=["刀建华"], attended=["段志明", "岩温", "罕丽萍", "李婉婷", "纳文斌"],
       spoke=["刀建华", "李婉婷", "段志明", "纳文斌"], organised=["中共勐川县委理论学习中心组"],
       evidence="11月1日，县委理论学习中心组举行2022年第10次集体学习（扩大）会议",
       note="刀建华 主持会议并讲话; 李婉婷 领学 (counted as speaking); 段志明、纳文斌 作交流发言; 施国强 only quoted"),
     E("h2-005-e02", "勐川县2022年第四季度重大项目集中开工仪式", "groundbreaking", "2022-11-02", "勐川工业园区",
       chaired=["杨晓东"], attended=["刀建华", "段志明", "岩温", "罕丽萍", "字文亮"], spoke=["段志明", "字文亮"],
       organised=[XF5, "勐川县发展和改革局"],
       projects=["滇香咖啡精深加工产业园项目", "勐川县城区供水提升改造工程", "曼景至勐宽二级公路改扩建工程"],
       evidence="11月2日上午，勐川县2022年第四季度重大项目集中开工仪式在勐川工业园区滇香咖啡精深加工产业园项目现场举行",
       note="县人民政府主办、县发展和改革局承办; 段志明 致辞; 杨晓东 主持; 字文亮 spoke for the project owners; 刀建华 宣布开工 (not counted as a speech); 12 projects, 38.6亿元"),
     E("h2-005-e03", "刀建华到勐宽镇督导检查边境疫情防控和禁毒工作", "inspection", "2022-11-03", "勐宽镇",
       attended=["刀建华", "王德兵", "白春燕", "玉香"], spoke=["刀建华"],
       evidence="11月3日，县委书记刀建华到勐宽镇督导检查边境疫情防控和禁毒工作",
       note="王德兵、白春燕 陪同检查; 玉香 visited at home; '刀书记强调'"),
     E("h2-005-e04", "县人大常委会视察重点项目建设情况", "inspection", "2022-11-04", "勐川县",
       attended=["岩温", "和丽娟", "普文华"], spoke=["岩温", "普文华"], organised=["勐川县人大常委会"],
       projects=["勐川县城区供水提升改造工程", "滇香咖啡精深加工产业园项目"],
       evidence="11月4日，县人大常委会组织部分县人大代表视察全县重点项目建设情况",
       note="岩温 带队; 和丽娟 参加视察; 普文华 汇报"),
     E("h2-005-e05", "秋冬季森林草原防灭火工作专题会议", "meeting", "2022-11-04", "勐川县",
       chaired=["杨晓东"], attended=["段志明"], spoke=["段志明"], organised=[XF5],
       evidence="11月4日下午，县政府召开秋冬季森林草原防灭火工作专题会议",
       note="'会议由副县长杨晓东主持'; 段志明 出席 and 提出具体要求 ('段县长要求'); planned 冬季农业开发现场推进会 not annotated"),
     E("h2-005-e06", "第三届“勐川好声音”歌手大赛决赛暨颁奖仪式", "competition", "2022-11-05", "勐川县",
       attended=["李婉婷", "岩罕"],
       organised=["中共勐川县委宣传部", "勐川县文化和旅游局", "勐川县融媒体中心"],
       evidence="11月5日晚，由县委宣传部、县文化和旅游局主办，县融媒体中心承办的第三届“勐川好声音”歌手大赛决赛暨颁奖仪式在县民族文化广场举行",
       note="李婉婷 presented awards (not a speech); 岩罕 won first prize (present)")],
    [J("滇香咖啡精深加工产业园项目", "勐川工业园区", [], ["云南滇香咖啡产业有限公司"], "6.8亿元",
       "总投资6.8亿元的滇香咖啡精深加工产业园项目由云南滇香咖啡产业有限公司投资建设"),
     J("勐川县城区供水提升改造工程", "勐川县", ["勐川县水务局"], ["勐川县城乡发展投资集团有限公司"], "2.1亿元",
       "总投资2.1亿元的勐川县城区供水提升改造工程由县水务局牵头负责，勐川县城乡发展投资集团有限公司承建"),
     J("曼景至勐宽二级公路改扩建工程", "勐川县", ["勐川县交通运输局"], [], "4.5亿元",
       "投资4.5亿元的曼景至勐宽二级公路改扩建工程由县交通运输局负责推进")],
)

if __name__ == "__main__":
    tot = [sum(v[i] for v in stats.values()) for i in range(3)]
    for k, v in stats.items():
        print(k, "persons=%d events=%d projects=%d" % v)
    print("total persons=%d events=%d projects=%d" % tuple(tot))
