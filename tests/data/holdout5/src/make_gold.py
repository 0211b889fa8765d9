"""Builds tests/data/holdout5/gold/*.gold.json (hand annotations written as Python for brevity).

Fifth held-out set, 5 invented bulletins. The annotator did not read any extraction code, lexicon or
the blind set ../holdout3, and never ran govkg on these documents. Conventions follow ../shared/gold
(most authoritative) and tests/data/holdout{,2,4}:
- attended_by includes chairs and speakers; "X主持召开…会" by a named person is chairing; 主持开班式 chairs
  the training; "会议由…主持" chairs.
- speaking: 讲话/致辞/汇报/介绍/通报/表示/强调/要求/指出/解读/授课/领学/作报告/发言/表态发言/交流发言/
  回应/询问/叮嘱/作推介/"说"; NOT speaking: 签约/在协议上签字, 宣布开工, plain 出席/陪同/参加.
- 列席/陪同/参加/出席/随同 = attending; a person visited at home (or met on site) attends the visit;
  somebody only on the phone (a caller to the 12345 line) does not; a company chairman who "因故未能到场，
  委托…代为签约" does not; a leader attending a 视频会议 at a 分会场 does (he is a participant).
- titles as written, with the body prefix for committees (县委书记, 县人大常委会主任, 县政协主席,
  市政协主席, 市委副书记, 党工委书记, 管委会主任, 办事处主任, 居委会主任, 省政府副秘书长) and bare for
  bureaus, offices, companies (局长 @ X局, 处长 @ X处, 主任 @ X中心); chained titles ("市委常委、常务副市长")
  give one position each; shared titles ("副市长满宏斌、吕欣然", "厅党组成员、副厅长涂建明、熊晓岚") go
  to every name; "X、Y等厅领导出席" (titles after the names) adds no 厅领导 position.
- organisation names carry the place prefix; bylines are persons ("（单位　姓名）" → title "" + unit;
  作者：记者/通讯员 …, 责任编辑/审核/编辑/签发 → that word as title, org null); "（单位　供稿）" and "（单位）"
  give no person.
- organised_by: the body written as convening/hosting ("街道党工委召开", "省政府召开", "厅党组召开会议",
  "市委常委会召开会议", "由…主办、…承办", "A联合B开展"); empty when the convener is the place itself
  ("苇塘街道召开", "我县召开", "经开区举办") or when only a person is written ("县长…主持召开", "厅长…主持召开
  厅长办公会议"); a 开工 ceremony "在…现场举行/开工" with no host named → empty.
- overseen_by: "由…牵头负责/负责行业监管/负责建设管理/负责质量监督/负责质量安全监管/具体负责跟踪对接/
  牵头组建服务专班/负责用地规划和建设手续办理"; NOT 业主/建设单位/项目法人/投资建设 (owner), NOT 施工单位
  (contractor, listed only as an organisation), NOT 代建 (agent builder), NOT 负责车位日常运营 (operator),
  NOT "配合".
- dates ISO with the year from the masthead / the web page's 发布时间 line when items give only 月日;
  "近日" → date null; multi-day events (6月9日至10日) → first day; "会后" → same day as the meeting;
  the 发布时间 of a web item is not the event date.
- people only quoted or mentioned (习近平; a 区委书记/市委书记/省委常委 whose speech is studied; a 副省长
  whose speech is studied in one meeting and who is present at another; a 县人大常委会主任 named only in a
  related-news link) are persons but attend nothing (or only what they really attend);
  planned meetings (拟于/定于…), summary counts (今年以来/入汛以来/截至…), campaigns as a whole, related-news
  links and 上一篇/下一篇-style navigation are not events; a 座谈会 held during a 考察 is folded into it.
- names and evidence in Simplified; doc 005 is checked after decoding GB18030 (its ASCII commas are
  kept verbatim in evidence).

Run:  /work/main/.venv/bin/python make_gold.py     (plain python3 works too)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
DOCS = HERE.parent / "docs"
DATA = HERE.parent.parent  # tests/data
# earlier sets that may be read (holdout3 is blind and is deliberately NOT read)
EARLIER = [*(DATA.parent.parent.parent / "shared" / "gold").glob("*.gold.json"),
           *DATA.glob("holdout/gold/*.gold.json"), *DATA.glob("holdout2/gold/*.gold.json"),
           *DATA.glob("holdout4/gold/*.gold.json")]


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
assert not any("holdout3" in str(f) for f in EARLIER)
ALL_KEYS, ALL_PERSONS, ALL_ORGS, ALL_PROJECTS = [], [], [], []


def read_doc(stem):
    raw = (DOCS / f"{stem}.txt").read_bytes()
    if stem.endswith("_gb18030"):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise AssertionError((stem, "GB18030 doc decodes as UTF-8"))
        return raw.decode("gb18030")
    return raw.decode("utf-8")


def write(stem, year, note, zones, orgs, persons, events, projects):
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
    # independence from the seeds and the earlier (non-blind) holdouts
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
        assert e["key"].startswith(f"h5-{stem[:3]}-e"), (stem, e["key"])
    for p in projects:
        for o in [*p["overseen_by"], *p["owner"]]:
            assert o in org_names, (stem, p["name"], o)
        assert p["zone"] is None or p["zone"] in zone_names, (stem, p["name"], p["zone"])
    for p in persons:
        for q in p["positions"]:
            assert q["org"] is None or q["org"] in org_names, (stem, p["name"], q)
    # every person name / alias occurs in the text (whitespace removed); every event and project
    # evidence occurs verbatim
    text = read_doc(stem)
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
    ALL_ORGS.extend(org_names)
    ALL_PROJECTS.extend(proj_names)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(persons), len(events), len(projects), len(orgs)


stats = {}

# ---------------------------------------------------------------- 001 苇塘街道 (渌阳区, 槐州市), 街道工作简报
WT = "苇塘街道"
GW = "苇塘街道党工委"
BSC = "苇塘街道办事处"
SQB = "苇塘街道社区建设办公室"
CGB = "苇塘街道城市管理办公室"
WMB = "苇塘街道文明办"
ZFD = "苇塘街道综合行政执法队"
JSZ = "苇塘街道接诉即办指挥调度中心"
QW = "中共槐州市渌阳区委"
ZJJ = "渌阳区住房和城乡建设局"
CGS = "渌阳区城市更新投资有限公司"
JG = "槐州建工集团有限公司"
AJ = "槐州安居物业服务有限公司"
XYD = "杏园社区党委"
XYJ = "杏园社区居委会"
HHD = "槐花里社区党委"
HHJ = "槐花里社区居委会"
PROJ_MF = "棉纺厂家属院老旧小区改造项目"
PROJ_TC = "杏园社区错时共享停车项目"
stats["001"] = write(
    "001_weitang_street", 2025,
    "Fictional 街道 bulletin 《苇塘街道工作简报》第9期（总第126期）, 中共槐州市渌阳区苇塘街道工作委员会办公室, dated "
    "2025年5月16日 (province never named). The year is written only in the masthead; items give 月日 (5月6日–15日). "
    "Not annotated as events: 全区接诉即办工作月度点评会 (区委书记门海涛's speech only studied; he attends nothing), the "
    "全国文明城市创建 campaign, '吹哨报到', '今年以来…受理12345…诉求3126件' and '今年以来，杏园社区共接到…派单186件' "
    "(summaries), 第二届'邻里文化节' ('拟于6月上旬…举办' – planned), the 外墙色调 vote and 电梯意向书 (parts of e03). "
    "'苇塘街道召开…动员部署会' = the place itself → organised_by empty; '会后，街道文明办联合…开展…志愿服务活动' is a "
    "separate event on the same day (5月12日) with three organisers. '阚书记' is an alias of 阚立峰. 承晓东 is a 网格员 "
    "('社区第三网格网格员'; no body written → org null). 过桂芬 (独居老人, visited at home) attends e02; 薄桂兰 only "
    "phoned the hotline ('接听了居民薄桂兰反映…的来电') and is NOT present at e06. 卓明哲 is also 审核 in the footer. "
    "渌阳区城市更新投资有限公司 = 建设单位 (owner); 槐州建工集团有限公司 = 施工单位 (contractor); overseers = 区住房和城乡"
    "建设局 (行业监管) and 街道社区建设办公室 (牵头负责居民协调和现场监督). For the parking project the 物业 company only "
    "'负责车位日常运营' (operator, not owner/overseer). Bylines: （街道社区建设办　供稿） gives no person; （杏园社区　郏晓萌） "
    "→ untitled link to 杏园社区居委会 (the unit is written as the community). Unnamed: 各社区党委书记, 30余名居民代表, 物业"
    "服务企业负责人, 业主委员会代表. Surnames 阚/晏/郗/蔚/汲/牟/承/查/过/郏/盖/庹/冉/宓/薄/隆/靳.",
    [Z(WT, "street", "渌阳区", ["苇塘"]),
     Z("渌阳区", "district", "槐州市"),
     Z("槐州市", "city", None, note="province not named"),
     Z("杏园社区", "community", WT),
     Z("槐花里社区", "community", WT),
     Z("棉纺厂家属院", "community", "杏园社区", note="old residential compound; in 杏园社区 by context (its 居委会 convenes e03 there)"),
     Z("杏园小区", "community", "杏园社区")],
    [O(GW, "街道党工委", "party_committee", WT, aliases=["中共槐州市渌阳区苇塘街道工作委员会", "街道党工委"]),
     O("苇塘街道党工委办公室", "党工委办公室", "department", WT, GW,
       ["中共槐州市渌阳区苇塘街道工作委员会办公室"], note="publisher (masthead)"),
     O(BSC, "办事处", "government", WT, aliases=["办事处"]),
     O(SQB, "街道社区建设办公室", "department", WT, BSC, ["街道社区建设办公室", "街道社区建设办"],
       note="byline （街道社区建设办　供稿）; co-overseer of the 棉纺厂家属院 project"),
     O(CGB, "街道城市管理办公室", "department", WT, BSC, ["街道城市管理办公室"]),
     O(WMB, "街道文明办", "department", WT, aliases=["街道文明办"], note="parent not stated"),
     O(ZFD, "街道综合行政执法队", "government", WT, aliases=["街道综合行政执法队", "综合行政执法队"]),
     O(JSZ, "街道接诉即办指挥调度中心", "department", WT, BSC, ["街道接诉即办指挥调度中心"]),
     O("苇塘街道党工委理论学习中心组", "街道党工委理论学习中心组", "party_committee", WT, GW,
       ["街道党工委理论学习中心组"]),
     O(QW, "区委", "party_committee", "渌阳区", aliases=["区委"]),
     O("渌阳区人民政府", "区政府", "government", "渌阳区", aliases=["区政府"]),
     O("中共槐州市渌阳区委办公室", "区委办", "department", "渌阳区", QW, ["区委办"], note="footer 报：区委办"),
     O("渌阳区人民政府办公室", "区政府办", "department", "渌阳区", "渌阳区人民政府", ["区政府办"], note="footer"),
     O("渌阳区接诉即办工作领导小组办公室", "区接诉即办工作领导小组办公室", "other", "渌阳区",
       aliases=["区接诉即办工作领导小组办公室"], note="footer"),
     O(ZJJ, "区住房和城乡建设局", "government", "渌阳区", aliases=["区住房和城乡建设局"]),
     O(CGS, "城市更新公司", "company", "渌阳区", note="建设单位 (owner) of the 棉纺厂家属院 project"),
     O(JG, "槐州建工", "company", "槐州市", note="施工单位 (contractor)"),
     O(AJ, "安居物业", "company", "槐州市", note="物业 company; operates the shared parking spaces"),
     O("槐州安居物业服务有限公司杏园项目部", "杏园项目部", "company", "杏园社区", AJ),
     O(XYD, "社区党委", "party_committee", "杏园社区"),
     O(XYJ, "居委会", "government", "杏园社区", note="convenes e03"),
     O(HHD, "社区党委", "party_committee", "槐花里社区", note="convenes e07"),
     O(HHJ, "居委会", "government", "槐花里社区", note="co-organiser of e05")],
    [P("阚立峰", ("党工委书记", GW), aliases=["阚书记"], note="surname 阚"),
     P("晏秋华", ("党工委副书记", GW), ("办事处主任", BSC), note="'街道党工委副书记、办事处主任晏秋华'"),
     P("郗宏伟", ("办事处副主任", BSC), note="'办事处副主任郗宏伟、蔚晓琳' – shared title; surname 郗"),
     P("蔚晓琳", ("办事处副主任", BSC), note="surname 蔚"),
     P("卓明哲", ("党工委副书记", GW), ("审核", None), note="also 审核 in the footer"),
     P("门海涛", ("区委书记", QW), note="surname 门; his speech at the 全区接诉即办工作月度点评会 is studied; not present"),
     P("汲广明", ("副局长", ZJJ), note="应邀列席 e01; surname 汲"),
     P("冷雅静", ("主任", SQB), note="written 街道社区建设办公室主任冷雅静"),
     P("牟秀英", ("党委书记", XYD), ("居委会主任", XYJ), note="'杏园社区党委书记、居委会主任'"),
     P("承晓东", ("网格员", None), note="'社区第三网格网格员承晓东'; surname 承"),
     P("查文斌", ("经理", "槐州安居物业服务有限公司杏园项目部"), note="surname 查"),
     P("过桂芬", ("独居老人", None), note="visited at home in e02; surname 过"),
     P("郏晓萌", ("", XYJ), note="byline （杏园社区　郏晓萌）; surname 郏"),
     P("盖永刚", ("项目经理", JG), note="'施工单位槐州建工集团有限公司项目经理'; surname 盖"),
     P("庹振华", ("居民代表", None), note="surname 庹"),
     P("冉静怡", ("", WMB), note="byline （街道文明办　冉静怡）"),
     P("宓晓婷", ("主任", JSZ), note="surname 宓"),
     P("薄桂兰", ("居民", None), note="only on the phone ('接听了居民薄桂兰反映…的来电'); not present at e06"),
     P("隆海燕", ("党委书记", HHD), note="'社区党委书记隆海燕' in the 槐花里社区 item"),
     P("靳小雨", ("责任编辑", None)),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于城市工作的重要论述 and the book title 《习近平关于城市工作论述摘编》")],
    [E("h5-001-e01", "老旧小区改造暨接诉即办工作推进会", "meeting", "2025-05-06", WT,
       chaired=["阚立峰"], attended=["晏秋华", "郗宏伟", "蔚晓琳", "汲广明", "冷雅静"],
       spoke=["阚立峰", "晏秋华", "汲广明", "冷雅静"], organised=[GW], projects=[PROJ_MF],
       evidence="5月6日上午，苇塘街道党工委召开老旧小区改造暨接诉即办工作推进会",
       note="阚立峰 主持会议并讲话 + '阚书记要求'; 晏秋华 通报 + 强调; 汲广明 应邀列席 and 介绍; 冷雅静 汇报; "
            "门海涛 only quoted; 各社区党委书记 unnamed"),
     E("h5-001-e02", "晏秋华到杏园社区调研接诉即办工作", "inspection", "2025-05-08", "杏园社区",
       attended=["晏秋华", "牟秀英", "承晓东", "查文斌", "过桂芬"], spoke=["晏秋华", "牟秀英", "承晓东", "查文斌"],
       projects=[PROJ_TC],
       evidence="5月8日下午，街道党工委副书记、办事处主任晏秋华到杏园社区调研接诉即办和“红色物业”建设工作",
       note="牟秀英 陪同 and 汇报; 承晓东 介绍; 查文斌 表示; 过桂芬 visited at home (attends; says nothing reported); "
            "晏秋华 询问/叮嘱/要求"),
     E("h5-001-e03", "棉纺厂家属院老旧小区改造居民议事会", "meeting", "2025-05-09", "棉纺厂家属院",
       chaired=["牟秀英"], attended=["冷雅静", "盖永刚", "庹振华"], spoke=["盖永刚", "冷雅静", "庹振华"],
       organised=[XYJ], projects=[PROJ_MF],
       evidence="5月9日晚，杏园社区居委会在棉纺厂家属院召开老旧小区改造居民议事会",
       note="'会议由…牟秀英主持'; 盖永刚 介绍; 冷雅静 解读 + 回应; 庹振华 提出 (counted as speaking); 30余名居民代表 unnamed"),
     E("h5-001-e04", "创建全国文明城市迎检工作动员部署会", "meeting", "2025-05-12", WT,
       chaired=["蔚晓琳"], attended=["卓明哲"], spoke=["卓明哲"],
       evidence="5月12日，苇塘街道召开创建全国文明城市迎检工作动员部署会",
       note="'苇塘街道召开' = the place itself → organised_by empty; 卓明哲 作动员讲话; 蔚晓琳 主持; '会议要求' "
            "not attributed to a person"),
     E("h5-001-e05", "“文明创建·清洁家园”志愿服务活动", "activity", "2025-05-12", "槐花里社区",
       organised=[WMB, ZFD, HHJ],
       evidence="会后，街道文明办联合街道综合行政执法队、槐花里社区居委会，在槐花里社区开展“文明创建·清洁家园”志愿服务活动",
       note="'会后' = right after e04 → same date 5月12日; no named person; 42 处/300余辆 = results inside the event"),
     E("h5-001-e06", "阚立峰到街道接诉即办指挥调度中心“坐班接诉”", "activity", "2025-05-14", WT,
       attended=["阚立峰", "宓晓婷"], spoke=["阚立峰"],
       evidence="5月14日，街道党工委书记阚立峰到街道接诉即办指挥调度中心“坐班接诉”",
       note="简讯; 宓晓婷 陪同; 阚立峰 接听/询问 (speaking); the caller 薄桂兰 is on the phone only → not attending"),
     E("h5-001-e07", "槐花里社区“红色物业”联席会议", "meeting", None, "槐花里社区",
       chaired=["隆海燕"], organised=[HHD],
       evidence="近日，槐花里社区党委召开“红色物业”联席会议",
       note="'近日' → no date; 3家物业服务企业负责人 and 业主委员会代表 unnamed; 共识8条 = result"),
     E("h5-001-e08", "街道党工委理论学习中心组集体学习", "meeting", "2025-05-15", WT,
       chaired=["阚立峰"], attended=["卓明哲", "晏秋华", "郗宏伟"], spoke=["阚立峰", "卓明哲", "晏秋华", "郗宏伟"],
       organised=["苇塘街道党工委理论学习中心组"],
       evidence="5月15日，街道党工委理论学习中心组开展集体学习",
       note="简讯; 阚立峰 主持并讲话; 卓明哲 领学; 晏秋华、郗宏伟 作交流发言")],
    [J(PROJ_MF, "棉纺厂家属院", [ZJJ, SQB], [CGS], "2860万元",
       "项目由渌阳区城市更新投资有限公司作为建设单位，槐州建工集团有限公司负责施工，区住房和城乡建设局负责行业监管，街道社区建设办公室牵头负责居民协调和现场监督",
       note="text: '改造项目总投资2860万元' (name constructed from 棉纺厂家属院 + 老旧小区改造 as in the headlines); 14栋/612户; "
            "contractor 槐州建工集团有限公司 (not owner); 计划10月底前完成主体改造"),
     J(PROJ_TC, "杏园社区", [CGB], [], None,
       "杏园社区错时共享停车项目由街道城市管理办公室牵头负责",
       note="126 shared spaces; 槐州安居物业服务有限公司 '负责车位日常运营' = operator, not owner or overseer")])

# ---------------------------------------------------------------- 002 江西省水利厅, 省直厅局《水利工作简报》
JX = "江西省"
SLT = "江西省水利厅"
SLTDZ = "江西省水利厅党组"
GHC = "江西省水利厅规划计划处"
FYC = "江西省水利厅水旱灾害防御处"
NSC = "江西省水利厅农村水利水电处"
SKY = "江西省水利科学研究院"
ZAZ = "江西省水利工程质量安全中心"
JJZ = "江西省纪委监委驻省水利厅纪检监察组"
SZF = "江西省人民政府"
LXF = "庐溪市人民政府"
LXS = "庐溪市水利局"
XCS = "修川市水利局"
ZQS = "樟桥县水利局"
PROJ_SH = "沙河水库除险加固工程"
PROJ_XC = "修川城区段堤防加固工程"
PROJ_ZQ = "樟桥县农村供水保障工程（二期）"
stats["002"] = write(
    "002_jiangxi_slt", 2025,
    "Fictional 省直厅局 bulletin 《水利工作简报》2025年第8期（总第311期）, 江西省水利厅办公室编, dated 2025年6月20日. "
    "The province is real, every person, city (庐溪市, 修川市, 锦阳市/樟桥县), company and project is invented (南昌 only "
    "as a venue). Events 3–18 June 2025. Not annotated as events: 全省防汛工作调度会 (only 帅立新's speech there is "
    "studied at e01 – he attends e02 but NOT e01), 'Ⅳ级应急响应3次' and '5次强降雨过程' (summary inside e02), "
    "'入汛以来…派出督导检查组286个（次）' (summary), 全省水利工作半年推进会 ('定于7月中旬召开' – planned), the plan "
    "《江西省水安全保障“十五五”规划》 (a document, not a project). e01 '厅党组召开会议' → organiser 厅党组; e02 '省政府召开' "
    "→ 江西省人民政府 (主会场 at the 省水利厅 is a venue, not an organiser); 危振华 takes part at the 庐溪市分会场 and "
    "作表态发言 → attends and speaks (a video-conference sub-venue counts); 各设区市、县（市、区）分会场 unnamed. e03 is "
    "a two-day, two-city trip (6月9日至10日) → one event, first day, zone 庐溪市 (also 修川市). e07 '厅长…主持召开厅长办公"
    "会议' → organised_by empty; '涂建明、熊晓岚、饶国栋等厅领导出席' adds no 厅领导 position. Overseers: 庐溪市水利局 (建设"
    "管理) + 省水利工程质量安全中心 (质量监督); 修川市水利局 (牵头负责); 樟桥县水利局 (行业监管). Owners: 项目法人 / 项目"
    "业主. 江西赣禹水利水电建设有限公司 = 施工单位 (contractor). 省防汛机动抢险一队 only takes part in the drill (not an "
    "organiser). Titles: 党组书记/党组成员 @ 厅党组, 厅长/副厅长/一级巡视员 @ 厅, 处长/副处长 @ the 处室, '省政府副秘书长' "
    "with its prefix. '党中央' is annotated under that name (seed 000 uses 中共中央; names may not repeat across sets). "
    "Bylines （办公室）, （农村水利水电处） etc. give no person; （水旱灾害防御处　衷雨桐） and （规划计划处　廖可欣） are persons. "
    "Surnames 漆/涂/饶/敖/帅/揭/危/衷/幸/况/喻/官/缪/胥/鄢/艾/阙 (帅立新: 帅 is the surname).",
    [Z(JX, "province", None, ["江西", "我省"]),
     Z("庐溪市", "city", JX), Z("修川市", "city", JX), Z("锦阳市", "city", JX),
     Z("樟桥县", "county", "锦阳市"),
     Z("枫坑村", "village", "樟桥县", note="town not stated"),
     Z("南昌市", "city", JX, ["南昌"], note="venue of the training (real city)"),
     Z("庐水", "river_basin", "修川市", note="'庐水修川段大堤' – site of the drill")],
    [O(SLT, "省水利厅", "government", JX, aliases=["省水利厅"]),
     O(SLTDZ, "厅党组", "party_committee", JX, SLT, ["厅党组"]),
     O("江西省水利厅办公室", "办公室", "department", JX, SLT, note="publisher (江西省水利厅办公室编)"),
     O(GHC, "规划计划处", "department", JX, SLT, ["厅规划计划处", "规划计划处"]),
     O(FYC, "水旱灾害防御处", "department", JX, SLT, ["厅水旱灾害防御处", "水旱灾害防御处"]),
     O(NSC, "农村水利水电处", "department", JX, SLT, ["厅农村水利水电处", "农村水利水电处"]),
     O(SKY, "省水利科学研究院", "institute", JX, SLT, ["省水利科学研究院"]),
     O(ZAZ, "省水利工程质量安全中心", "institute", JX, SLT, ["省水利工程质量安全中心"],
       note="co-organiser (承办) of the training; 质量监督 of the 沙河水库 works"),
     O(JJZ, "驻厅纪检监察组", "party_committee", JX, aliases=["省纪委监委驻省水利厅纪检监察组", "驻厅纪检监察组"]),
     O(SZF, "省政府", "government", JX, aliases=["省政府"]),
     O("江西省人民政府办公厅", "省政府办公厅", "department", JX, SZF, ["省政府办公厅"], note="footer"),
     O("中共江西省委", "省委", "party_committee", JX, aliases=["省委"]),
     O("中共江西省委办公厅", "省委办公厅", "department", JX, "中共江西省委", ["省委办公厅"], note="footer"),
     O("党中央", "党中央", "party_committee", None, note="'统一到党中央决策部署…上来'"),
     O("水利部", "水利部", "government", None, note="footer 报：水利部"),
     O(LXF, "庐溪市政府", "government", "庐溪市", note="via 庐溪市副市长危振华"),
     O(LXS, "庐溪市水利局", "government", "庐溪市"),
     O("庐溪市水利投资发展有限公司", "庐溪水投", "company", "庐溪市", note="项目法人 (owner) of the reservoir works"),
     O("江西赣禹水利水电建设有限公司", "赣禹水利水电", "company", None, note="施工单位 (contractor)"),
     O(XCS, "修川市水利局", "government", "修川市", note="co-organiser of the drill (e08)"),
     O("锦阳市水利局", "锦阳市水利局", "government", "锦阳市"),
     O("樟桥县人民政府", "县政府", "government", "樟桥县", note="via 樟桥县副县长官秀琴"),
     O(ZQS, "县水利局", "government", "樟桥县", aliases=["县水利局"]),
     O("樟桥县城乡供水有限公司", "樟桥供水", "company", "樟桥县", note="项目业主 (owner)"),
     O("江西赣鄱水利学院", "赣鄱水利学院", "school", JX),
     O("江西省防汛机动抢险一队", "省防汛机动抢险一队", "other", JX, aliases=["省防汛机动抢险一队"],
       note="took part in the drill; not an organiser")],
    [P("漆振邦", ("党组书记", SLTDZ), ("厅长", SLT), note="'厅党组书记、厅长漆振邦'; surname 漆"),
     P("涂建明", ("党组成员", SLTDZ), ("副厅长", SLT), note="'厅党组成员、副厅长涂建明、熊晓岚' – chain + shared title"),
     P("熊晓岚", ("党组成员", SLTDZ), ("副厅长", SLT)),
     P("饶国栋", ("一级巡视员", SLT)),
     P("敖建华", ("组长", JJZ), note="'省纪委监委驻省水利厅纪检监察组组长'; 列席 e01"),
     P("帅立新", ("副省长", SZF), note="written '帅立新副省长' (e01: his speech studied, not present) and '副省长帅立新' (e02: present)"),
     P("揭春明", ("省政府副秘书长", SZF), note="surname 揭"),
     P("危振华", ("副市长", LXF), note="surname 危; at the 分会场 (e02) and 陪同 (e03)"),
     P("衷海平", ("处长", FYC), note="'厅水旱灾害防御处处长'; surname 衷"),
     P("简立军", ("总经理", "庐溪市水利投资发展有限公司")),
     P("幸晓军", ("项目经理", "江西赣禹水利水电建设有限公司"), note="'施工单位项目经理幸晓军' (company named in the previous sentence); surname 幸"),
     P("况德明", ("局长", XCS), note="surname 况"),
     P("衷雨桐", ("", FYC), note="byline （水旱灾害防御处　衷雨桐）"),
     P("喻小兰", ("副处长", NSC)),
     P("余国平", ("局长", "锦阳市水利局")),
     P("官秀琴", ("副县长", "樟桥县人民政府"), note="surname 官"),
     P("钟满仓", ("村民", None), note="枫坑村 villager visited at home (e04)"),
     P("缪文杰", ("处长", GHC)),
     P("胥志刚", ("院长", SKY), note="surname 胥"),
     P("廖可欣", ("", GHC), note="byline （规划计划处　廖可欣）"),
     P("鄢红梅", ("主任", ZAZ), note="surname 鄢"),
     P("艾思远", ("教授", "江西赣鄱水利学院")),
     P("阙立春", ("审核", None), note="footer only; surname 阙"),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于防汛救灾工作的重要指示精神")],
    [E("h5-002-e01", "厅党组会议", "meeting", "2025-06-03", JX,
       chaired=["漆振邦"], attended=["涂建明", "熊晓岚", "饶国栋", "敖建华"], spoke=["漆振邦"], organised=[SLTDZ],
       evidence="6月3日，厅党组召开会议，传达学习习近平总书记关于防汛救灾工作的重要指示精神",
       note="漆振邦 主持会议并讲话; 敖建华 列席; 帅立新's speech only studied (not present); '会议要求' unattributed"),
     E("h5-002-e02", "全省水旱灾害防御工作视频会议", "meeting", "2025-06-05", JX,
       chaired=["揭春明"], attended=["帅立新", "漆振邦", "涂建明", "熊晓岚", "危振华"],
       spoke=["帅立新", "漆振邦", "危振华"], organised=[SZF],
       evidence="6月5日，省政府召开全省水旱灾害防御工作视频会议",
       note="帅立新 出席并讲话/强调; 揭春明 主持; 漆振邦 汇报; 涂建明、熊晓岚 在主会场参加; 危振华 在庐溪市分会场参加 + 表态发言"),
     E("h5-002-e03", "漆振邦带队检查庐溪市、修川市防汛备汛工作", "inspection", "2025-06-09", "庐溪市",
       attended=["漆振邦", "衷海平", "危振华", "简立军", "幸晓军", "况德明"],
       spoke=["漆振邦", "简立军", "幸晓军", "况德明"], projects=[PROJ_SH, PROJ_XC],
       evidence="6月9日至10日，厅党组书记、厅长漆振邦带队赴庐溪市、修川市检查防汛备汛和水利工程建设工作",
       note="9–10 June → first day; also 修川市; 衷海平 随同; 危振华 (庐溪) and 况德明 (修川, 汇报) 陪同; 简立军 介绍; 幸晓军 汇报"),
     E("h5-002-e04", "熊晓岚到樟桥县调研农村供水工作", "inspection", "2025-06-12", "樟桥县",
       attended=["熊晓岚", "喻小兰", "余国平", "官秀琴", "钟满仓"], spoke=["熊晓岚", "官秀琴"], projects=[PROJ_ZQ],
       evidence="6月12日，厅党组成员、副厅长熊晓岚到锦阳市樟桥县调研农村供水保障工作",
       note="喻小兰 随同; 余国平、官秀琴 陪同; 官秀琴 介绍; 钟满仓 visited at home (熊晓岚 询问); stops 樟桥县第二水厂, 枫坑村供水点"),
     E("h5-002-e05", "全省水利“十五五”规划编制工作推进视频会", "meeting", "2025-06-16", JX,
       chaired=["缪文杰"], attended=["饶国栋", "胥志刚"], spoke=["饶国栋", "胥志刚"], organised=[SLT],
       evidence="6月16日，省水利厅召开全省水利“十五五”规划编制工作推进视频会",
       note="饶国栋 出席并讲话/要求; 缪文杰 主持; 胥志刚 汇报; 各设区市水利局 分会场 unnamed"),
     E("h5-002-e06", "全省水利工程建设质量安全管理培训班", "training", "2025-06-18", "南昌市",
       chaired=["鄢红梅"], attended=["涂建明", "艾思远"], spoke=["涂建明", "艾思远"], organised=[SLT, ZAZ],
       evidence="6月18日，由省水利厅主办、省水利工程质量安全中心承办的全省水利工程建设质量安全管理培训班在南昌开班",
       note="3 days; 涂建明 作开班动员讲话; 鄢红梅 主持开班式; 艾思远 授课 ('邀请…艾思远等专家…进行授课'); 130余人 unnamed"),
     E("h5-002-e07", "厅长办公会议", "meeting", "2025-06-17", JX,
       chaired=["漆振邦"], attended=["涂建明", "熊晓岚", "饶国栋"],
       evidence="6月17日，厅党组书记、厅长漆振邦主持召开厅长办公会议",
       note="简讯; '厅长…主持召开' → organised_by empty; 处室负责同志 列席 unnamed"),
     E("h5-002-e08", "防汛抢险应急演练", "activity", None, "修川市",
       organised=[FYC, XCS],
       evidence="近日，厅水旱灾害防御处联合修川市水利局，在庐水修川段大堤开展防汛抢险应急演练",
       note="'近日' → no date; no named person; 省防汛机动抢险一队 and 修川市应急抢险队伍 (150余人) take part")],
    [J(PROJ_SH, "庐溪市", [LXS, ZAZ], ["庐溪市水利投资发展有限公司"], "1.86亿元",
       "由庐溪市水利投资发展有限公司作为项目法人，江西赣禹水利水电建设有限公司负责施工，庐溪市水利局负责建设管理，省水利工程质量安全中心负责质量监督",
       note="项目法人 = owner; contractor 江西赣禹水利水电建设有限公司; 大坝防渗加固 and 溢洪道改造"),
     J(PROJ_XC, "修川市", [XCS], [], "3.2亿元",
       "修川城区段堤防加固工程总投资3.2亿元，由修川市水利局牵头负责",
       note="4.6 km of embankment done"),
     J(PROJ_ZQ, "樟桥县", [ZQS], ["樟桥县城乡供水有限公司"], "9800万元",
       "樟桥县农村供水保障工程（二期）总投资9800万元，由樟桥县城乡供水有限公司作为项目业主，县水利局负责行业监管",
       note="+4.3万 rural residents covered")])

# ---------------------------------------------------------------- 003 涑阳县 (绛州市, 山西), 县融媒体中心 web news list
SY = "涑阳县"
SYW = "中共涑阳县委"
SYF = "涑阳县人民政府"
SYZX = "政协涑阳县委员会"
SYJY = "涑阳县教育局"
SYZJ = "涑阳县住房和城乡建设局"
SYCT = "涑阳县城市建设投资集团有限公司"
FS = "山西汾涑建设工程有限公司"
HLZ = "中共横岭镇委员会"
PROJ_GR = "涑阳县城区集中供热管网延伸工程"
PROJ_SZ = "县第三中学迁建工程"
stats["003"] = write(
    "003_suyang_rongmei", 2024,
    "Fictional county web page (涑阳县人民政府门户网站 > 新闻中心 > 涑阳要闻), 8 items, each with a line '发布时间：2024-09-0x "
    "hh:mm　来源：涑阳县融媒体中心　作者：记者 …／通讯员 …' and a closing '【责任编辑：…】'. The bodies give only 月日; the "
    "YEAR COMES ONLY FROM THE 发布时间 LINES (2024; '第40个教师节' agrees). Each event is dated from its body (9月2日 etc.), "
    "not from its 发布时间 (one day later). The city 绛州市 appears only in the footer address; 山西 only in a company name. "
    "Not annotated as events: the four '相关新闻' links at the end (08-21…08-30: navigation, not reported here; 郇建平 is "
    "named only there → a person with a position who attends nothing), 全市三季度项目建设推进会 (市委书记申建华's speech "
    "studied; not present), 今年中国农民丰收节涑阳县庆祝活动 ('定于9月22日…举办' – planned), '1—8月…固定资产投资' "
    "(summary), the footer '主办：涑阳县人民政府办公室　承办：涑阳县融媒体中心' (web-site credits, not an event). e01 "
    "'县长…主持召开县政府第26次常务会议' → organised_by empty; e04 开工 (no host written) → empty; 原建国 宣布开工 = "
    "attending, not speaking; e07 '我县召开' = the place → empty. 续桂英 (退休教师, visited at home) attends and speaks "
    "('续桂英说'). Aliases 郤书记, 薛县长. 县第三中学迁建工程: 县教育局 牵头负责 (overseer); the 城投集团 only 负责代建 "
    "(agent builder: neither owner nor overseer). 供热 works: 城投集团 = 项目业主 (owner), 山西汾涑建设工程有限公司 = 施工 "
    "(contractor), 县住房和城乡建设局 = 质量安全监管 (overseer). Bylines (作者：记者 亓晓璐 …) are persons with title 记者 / 通讯员 "
    "and no org (the unit is not written with the name); the two 责任编辑 are persons. Shanxi surnames 郤/薛/原/畅/智/景/"
    "亓/弓/要/晋/雒/暴/渠/续/郇/党 (要志军: 要 is the surname; 党小兵: 党 is the surname).",
    [Z(SY, "county", "绛州市", ["涑阳", "我县"]),
     Z("绛州市", "city", "山西省", note="only in the footer address '绛州市涑阳县府前街1号'; the body says 市委书记 / 全市"),
     Z("山西省", "province", None, note="only inside the company name 山西汾涑建设工程有限公司"),
     Z("横岭镇", "town", SY),
     Z("南坡村", "village", "横岭镇")],
    [O("涑阳县融媒体中心", "县融媒体中心", "media", SY, note="来源 of every item; 承办 of the web site"),
     O(SYF, "县政府", "government", SY, aliases=["县政府"]),
     O("涑阳县人民政府办公室", "县政府办", "department", SY, SYF, note="footer 主办 (web site)"),
     O(SYW, "县委", "party_committee", SY, aliases=["县委"]),
     O("中共涑阳县委理论学习中心组", "县委理论学习中心组", "party_committee", SY, SYW, ["县委理论学习中心组"],
       note="only in a related-news link"),
     O("中共绛州市委", "市委", "party_committee", "绛州市", aliases=["市委"], note="only via 市委书记申建华"),
     O("涑阳县发展和改革局", "县发展和改革局", "government", SY, aliases=["县发展和改革局"]),
     O(SYJY, "县教育局", "government", SY, aliases=["县教育局"]),
     O(SYZJ, "县住房和城乡建设局", "government", SY, aliases=["县住房和城乡建设局"]),
     O("涑阳县市场监督管理局", "县市场监管局", "government", SY, aliases=["县市场监督管理局", "县市场监管局"]),
     O("涑阳县农业农村局", "县农业农村局", "government", SY, aliases=["县农业农村局"]),
     O("涑阳县文化和旅游局", "县文化和旅游局", "government", SY, aliases=["县文化和旅游局"]),
     O(SYCT, "县城投集团", "company", SY, note="项目业主 of the 供热 works; 代建 of the 三中 relocation"),
     O(FS, "汾涑建设", "company", None, note="施工单位 (contractor)"),
     O(HLZ, "横岭镇党委", "party_committee", "横岭镇", aliases=["横岭镇党委"]),
     O("涑阳县横岭镇南坡果品专业合作社", "南坡果品专业合作社", "other", "南坡村"),
     O(SYZX, "县政协", "cppcc", SY, aliases=["县政协"], note="organises the 视察 (e06)"),
     O("涑阳县粮食和物资储备中心", "县粮食和物资储备中心", "government", SY, aliases=["县粮食和物资储备中心"]),
     O("涑阳县人大常委会", "县人大常委会", "legislature", SY, aliases=["县人大常委会"], note="only in a related-news link")],
    [P("薛明远", ("县委副书记", SYW), ("县长", SYF), aliases=["薛县长"]),
     P("申建华", ("市委书记", "中共绛州市委"), note="speech at the 全市三季度项目建设推进会 studied; not present"),
     P("原建国", ("县委常委", SYW), ("常务副县长", SYF), note="surname 原"),
     P("乔丽娟", ("副县长", SYF), note="'副县长乔丽娟、畅海龙' – shared title"),
     P("畅海龙", ("副县长", SYF), note="surname 畅"),
     P("智文涛", ("局长", "涑阳县发展和改革局"), note="surname 智; 列席 e01 and 汇报"),
     P("亓晓璐", ("记者", None), note="byline '作者：记者 亓晓璐'; surname 亓"),
     P("郤振华", ("县委书记", SYW), aliases=["郤书记"], note="surname 郤"),
     P("景红星", ("党委书记", HLZ), note="written 横岭镇党委书记景红星"),
     P("武秀梅", ("理事长", "涑阳县横岭镇南坡果品专业合作社")),
     P("弓丽娜", ("记者", None), note="surname 弓"),
     P("要志军", ("通讯员", None), note="surname 要 ('通讯员 要志军')"),
     P("晋永康", ("局长", SYJY), note="surname 晋"),
     P("雒晓燕", ("责任编辑", None), note="'【责任编辑：雒晓燕】'; surname 雒"),
     P("暴文静", ("责任编辑", None), note="surname 暴"),
     P("渠志勇", ("董事长", SYCT), note="surname 渠"),
     P("侯建伟", ("项目经理", FS), note="'施工单位山西汾涑建设工程有限公司项目经理'"),
     P("续桂英", ("退休教师", None), note="visited at home (e05); surname 续"),
     P("焦建英", ("县政协主席", SYZX)),
     P("党小兵", ("县政协副主席", SYZX), note="surname 党 (not the Party)"),
     P("秦永平", ("主任", "涑阳县粮食和物资储备中心")),
     P("郇建平", ("县人大常委会主任", "涑阳县人大常委会"), note="surname 郇; named only in a related-news link title – attends nothing"),
     P("习近平", ("总书记", None), note="only in 习近平总书记关于经济工作的重要论述")],
    [E("h5-003-e01", "县政府第26次常务会议", "meeting", "2024-09-02", SY,
       chaired=["薛明远"], attended=["原建国", "乔丽娟", "畅海龙", "智文涛"], spoke=["薛明远", "智文涛"],
       projects=[PROJ_SZ],
       evidence="9月2日，县委副书记、县长薛明远主持召开县政府第26次常务会议",
       note="发布时间 2024-09-03; 智文涛 列席 + 汇报; 薛明远 强调; 申建华 only quoted; '县长…主持召开' → organised_by empty"),
     E("h5-003-e02", "郤振华到横岭镇调研秋收和果业发展工作", "inspection", "2024-09-03", "横岭镇",
       attended=["郤振华", "景红星", "武秀梅"], spoke=["郤振华", "武秀梅"],
       evidence="9月3日，县委书记郤振华到横岭镇调研秋收秋种和果业发展工作",
       note="景红星 陪同; 武秀梅 介绍 (南坡村 orchard); '郤书记强调'; 果农 unnamed"),
     E("h5-003-e03", "秋季学期开学工作暨校园安全会议", "meeting", "2024-09-04", SY,
       chaired=["晋永康"], attended=["乔丽娟"], spoke=["乔丽娟"], organised=[SYJY],
       evidence="9月4日，县教育局召开秋季学期开学工作暨校园安全会议",
       note="乔丽娟 出席并讲话; 晋永康 主持; 校（园）长 unnamed"),
     E("h5-003-e04", "涑阳县城区集中供热管网延伸工程开工", "groundbreaking", "2024-09-06", SY,
       attended=["原建国", "渠志勇", "侯建伟"], spoke=["渠志勇", "侯建伟"], projects=[PROJ_GR],
       evidence="9月6日上午，涑阳县城区集中供热管网延伸工程在城东片区施工现场开工",
       note="原建国 出席并宣布工程开工 (not a speech); 渠志勇 致辞; 侯建伟 作表态发言; no host written → organised_by empty"),
     E("h5-003-e05", "薛明远走访慰问教师代表", "visit", "2024-09-09", SY,
       attended=["薛明远", "晋永康", "续桂英"], spoke=["薛明远", "续桂英"],
       evidence="9月9日，县委副书记、县长薛明远走访慰问教师代表",
       note="晋永康 陪同; 续桂英 visited at home, '续桂英说'; '薛县长表示'"),
     E("h5-003-e06", "县政协视察全县秋粮收购和市场保供工作", "inspection", "2024-09-11", SY,
       attended=["焦建英", "党小兵", "秦永平"], spoke=["焦建英", "秦永平"], organised=[SYZX],
       evidence="9月11日，县政协组织部分县政协委员视察全县秋粮收购和重要民生商品市场保供工作",
       note="焦建英 带队 + 指出; 党小兵 参加; 秦永平 汇报; 县政协委员 unnamed"),
     E("h5-003-e07", "中国农民丰收节活动筹备会", "meeting", "2024-09-10", SY,
       chaired=["畅海龙"], spoke=["畅海龙"],
       evidence="9月10日，我县召开中国农民丰收节活动筹备会",
       note="'我县召开' → organised_by empty; 畅海龙 主持会议并讲话; the 9月22日 庆祝活动 itself is planned (not an event)"),
     E("h5-003-e08", "校园及周边食品安全专项检查", "inspection", None, SY,
       organised=["涑阳县市场监督管理局"],
       evidence="近日，县市场监督管理局开展校园及周边食品安全专项检查",
       note="'近日' → no date even though the item is published 2024-09-12; no named person; 46人次/83家/12个 = results")],
    [J(PROJ_GR, SY, [SYZJ], [SYCT], "1.38亿元",
       "工程由涑阳县城市建设投资集团有限公司作为项目业主，山西汾涑建设工程有限公司负责施工，县住房和城乡建设局负责质量安全监管",
       note="26 km of mains, 11 换热站; contractor 山西汾涑建设工程有限公司; 11月10日前具备通热条件"),
     J(PROJ_SZ, SY, [SYJY], [], "2.6亿元",
       "由县教育局牵头负责，涑阳县城市建设投资集团有限公司负责代建",
       note="text: '县第三中学迁建工程'; 城投集团 负责代建 = agent builder, not owner/overseer; 明年8月底前投入使用")])

# ---------------------------------------------------------------- 004 潆州经济技术开发区 (国家级), 招商引资工作专报
YZ = "潆州经济技术开发区"
YZDG = "潆州经济技术开发区党工委"
YZGW = "潆州经济技术开发区管理委员会"
TCJ = "潆州经济技术开发区投资促进局"
ZS1 = "潆州经济技术开发区投资促进局招商一科"
ZS2 = "潆州经济技术开发区投资促进局招商二科"
GJJ = "潆州经济技术开发区规划建设局"
YZSW = "中共潆州市委"
YZSF = "潆州市人民政府"
XN = "深圳市芯钠新能源科技有限公司"
RH = "上海瑞衡医疗科技有限公司"
HL = "浙江华铝精密制造股份有限公司"
HLYZ = "潆州华铝汽车部件有限公司"
JT = "潆州经开区建设投资集团有限公司"
CH = "湖北楚汇建工集团有限公司"
CY = "东莞市铖越智能装备有限公司"
PROJ_NA = "年产10GWh钠离子电池生产基地项目"
PROJ_RH = "瑞衡高端医疗器械产业园项目"
PROJ_LV = "汽车轻量化铝合金部件项目"
PROJ_SC = "数字文创产业园项目"
PROJ_CF = "潆州经开区标准化厂房三期工程"
PROJ_JS = "精密减速器及机器人关节模组生产项目"
stats["004"] = write(
    "004_yingzhou_etdz", 2024,
    "Fictional 国家级经开区 bulletin 《潆州经开区招商引资工作专报》第10期, 潆州经济技术开发区投资促进局, dated 2024年10月25日 "
    "(湖北 only inside a company name). Events 8–21 October 2024 plus an undated 政企早餐会. Not annotated as events: 全市"
    "招商引资“百日攻坚”推进会 (市委书记卞国华's speech studied; not present), 2024潆州光电子产业博览会 ('拟于11月中旬举办' – "
    "planned), '1—9月…新签约亿元以上项目38个', '截至9月底…代办…416件' and the 12 / 9 project totals (summaries; only "
    "the named projects are annotated). Signing ceremony 'A主办、B承办' → both organise; 边志强 主持 + 作投资环境推介 (speech); "
    "皮昌盛 致辞; 邴志坚 客商代表发言; 匡建军 only 出席; 尚海波、祖丽华 sign for the 管委会 and 荀晓东/戈丽君 sign "
    "(signing ≠ speech). 宦德平 (董事长 of 浙江华铝) '因故未能到场，委托…戈丽君代为签约' → a person who attends nothing. "
    "集中开工: 干立言 宣布项目开工 (not a speech), no host written → organised_by empty. The 东莞 trip (15–17 Oct → first day; "
    "zone 深圳市, also 东莞市): 邴志坚 met at his HQ (attends; '对接' not counted as a speech), 蒯立平 介绍; 祖丽华 is named "
    "as the leader of the follow-up but is not on the trip. Overseers: 投资促进局 (牵头组建服务专班) for the 钠离子 project, "
    "规划建设局 (负责用地规划和建设手续办理) for 瑞衡, 规划建设局 (质量安全监管) for the 标准化厂房, 投资促进局招商一科 "
    "(具体负责跟踪对接) for the prospective 铖越 project; 服务专员 are persons (title 服务专员, org null), not bodies. "
    "Owners: 投资建设 / 建设单位; 湖北楚汇建工集团有限公司 = 施工单位. The 汽车轻量化 project is owned by the local "
    "subsidiary 潆州华铝汽车部件有限公司 (set up by 浙江华铝). e06 考察: the 座谈会 that 尚海波 '主持召开' is folded into the "
    "visit (chaired_by left empty: the visit has no chair). e07 '经开区举办' → no organiser; 皮昌盛 speaks there through his "
    "'要求' ('面对面交流' alone would only be attending). The footer's 市投资促进局 is the city bureau, distinct from the zone's 投资促进局. Surnames "
    "卞/皮/边/尚/祖/匡/邴/荀/宦/戈/桑/干/仲/苟/展/蒯/栗/鹿/竺/缑/巢 (干立言: 干 is the surname).",
    [Z(YZ, "development_zone", "潆州市", ["潆州经开区", "经开区"], note="国家级经济技术开发区"),
     Z("潆州市", "city", "湖北省", ["潆州"]),
     Z("湖北省", "province", None, note="only inside the company name 湖北楚汇建工集团有限公司"),
     Z("深圳市", "city", None, ["深圳"]), Z("东莞市", "city", None, ["东莞"]),
     Z("上海市", "city", None, ["上海"], note="'来自深圳、上海、浙江等地的客商'"),
     Z("浙江省", "province", None, ["浙江"])],
    [O(YZDG, "党工委", "party_committee", YZ, aliases=["潆州经开区党工委", "经开区党工委", "党工委"]),
     O(YZGW, "管委会", "government", YZ, aliases=["潆州经开区管委会", "管委会"], note="主办 of the signing ceremony"),
     O(TCJ, "投资促进局", "government", YZ, YZGW, ["经开区投资促进局", "投资促进局"],
       note="publisher; 承办 of the signing; convenes e05"),
     O(ZS1, "招商一科", "department", YZ, TCJ, ["投资促进局招商一科"]),
     O(ZS2, "招商二科", "department", YZ, TCJ, ["招商二科"]),
     O(GJJ, "规划建设局", "government", YZ, YZGW, ["经开区规划建设局", "规划建设局"]),
     O(YZSW, "市委", "party_committee", "潆州市", aliases=["市委"]),
     O(YZSF, "市政府", "government", "潆州市", note="via 副市长 / 市长"),
     O("中共潆州市委办公室", "市委办公室", "department", "潆州市", YZSW, ["市委办公室"], note="footer 抄送"),
     O("潆州市人民政府办公室", "市政府办公室", "department", "潆州市", YZSF, ["市政府办公室"], note="footer"),
     O("潆州市投资促进局", "市投资促进局", "government", "潆州市", aliases=["市投资促进局"],
       note="footer; the city bureau, not the zone's 投资促进局"),
     O(XN, "芯钠新能源", "company", "深圳市", note="owner (投资建设) of the 钠离子电池 project"),
     O(RH, "瑞衡医疗", "company", "上海市"),
     O(HL, "浙江华铝", "company", "浙江省"),
     O(HLYZ, "潆州华铝", "company", YZ, HL, note="set up in the zone by 浙江华铝; owner of the 铝合金部件 project"),
     O("潆州数创文化发展有限公司", "数创文化", "company", "潆州市"),
     O(JT, "经开区建投集团", "company", YZ, note="建设单位 (owner) of the 标准化厂房三期"),
     O(CH, "楚汇建工", "company", "湖北省", note="施工单位 (contractor)"),
     O(CY, "铖越智能", "company", "东莞市"),
     O("上海恒泓供应链管理集团有限公司", "恒泓供应链", "company", "上海市"),
     O("潆州华创电子有限公司", "华创电子", "company", YZ)],
    [P("卞国华", ("市委书记", YZSW), note="speech studied at e01; not present; surname 卞"),
     P("皮昌盛", ("市委常委", YZSW), ("党工委书记", YZDG), note="'市委常委、潆州经开区党工委书记'; surname 皮"),
     P("边志强", ("党工委副书记", YZDG), ("管委会主任", YZGW)),
     P("尚海波", ("管委会副主任", YZGW), note="'管委会副主任尚海波、祖丽华' – shared title"),
     P("祖丽华", ("管委会副主任", YZGW), note="surname 祖"),
     P("匡建军", ("副市长", YZSF)),
     P("邴志坚", ("董事长", XN), note="surname 邴"),
     P("荀晓东", ("总经理", RH), note="surname 荀"),
     P("宦德平", ("董事长", HL), note="'因故未能到场' – absent from e02; surname 宦"),
     P("戈丽君", ("总经理", HL), note="'委托公司总经理戈丽君代为签约'"),
     P("桑雨晴", ("", TCJ), note="byline （投资促进局　桑雨晴）"),
     P("干立言", ("市委副书记", YZSW), ("市长", YZSF), note="surname 干"),
     P("仲伟民", ("董事长", JT)),
     P("苟建波", ("项目经理", CH)),
     P("展鹏飞", ("局长", TCJ), ("审核", None), note="also 审核 in the footer; surname 展"),
     P("蒯立平", ("董事长", CY), note="surname 蒯"),
     P("栗晓彤", ("科长", ZS2), ("服务专员", None), note="'招商二科科长栗晓彤担任服务专员'"),
     P("鹿海鹰", ("服务专员", None), note="unit not stated"),
     P("竺敏", ("副总裁", "上海恒泓供应链管理集团有限公司"), note="two-character name; surname 竺"),
     P("缑海涛", ("总经理", "潆州华创电子有限公司"), note="surname 缑"),
     P("巢思雨", ("责任编辑", None))],
    [E("h5-004-e01", "潆州经开区党工委（扩大）会议", "meeting", "2024-10-08", YZ,
       chaired=["皮昌盛"], attended=["边志强", "尚海波", "祖丽华"], spoke=["皮昌盛", "边志强"], organised=[YZDG],
       evidence="10月8日，潆州经开区党工委召开（扩大）会议",
       note="皮昌盛 主持会议并讲话; 边志强 作了具体安排 (speaking); 卞国华 only quoted; 局办负责人 列席 unnamed"),
     E("h5-004-e02", "2024年潆州经开区秋季重大项目集中签约仪式", "signing", "2024-10-10", YZ,
       chaired=["边志强"], attended=["皮昌盛", "匡建军", "尚海波", "祖丽华", "邴志坚", "荀晓东", "戈丽君"],
       spoke=["皮昌盛", "边志强", "邴志坚"], organised=[YZGW, TCJ], projects=[PROJ_NA, PROJ_RH, PROJ_LV, PROJ_SC],
       evidence="10月10日上午，由潆州经开区管委会主办、经开区投资促进局承办的2024年潆州经开区秋季重大项目集中签约仪式在经开区企业服务中心举行",
       note="12 projects, 128.6亿元 (4 named); signers 尚海波/祖丽华/邴志坚/荀晓东/戈丽君 (signing ≠ speech); 宦德平 absent"),
     E("h5-004-e03", "潆州经开区2024年第四季度重大项目集中开工活动", "groundbreaking", "2024-10-11", YZ,
       chaired=["边志强"], attended=["干立言", "皮昌盛", "仲伟民", "苟建波"], spoke=["皮昌盛", "仲伟民", "苟建波"],
       projects=[PROJ_CF],
       evidence="10月11日，潆州经开区2024年第四季度重大项目集中开工活动在标准化厂房三期工程现场举行",
       note="干立言 宣布项目开工 (not a speech); 皮昌盛 致辞; 边志强 主持; 仲伟民 (业主) 发言; 苟建波 (施工单位) 表态发言; 9 projects 46.2亿元"),
     E("h5-004-e04", "边志强带队赴深圳、东莞开展产业链招商", "visit", "2024-10-15", "深圳市",
       attended=["边志强", "展鹏飞", "邴志坚", "蒯立平"], spoke=["边志强", "蒯立平"], projects=[PROJ_NA, PROJ_JS],
       evidence="10月15日至17日，党工委副书记、管委会主任边志强带队赴深圳、东莞开展新能源和高端装备产业链招商",
       note="15–17 Oct → first day; also 东莞市; 展鹏飞 随同; 邴志坚 met at the 芯钠 HQ; 蒯立平 介绍; 边志强 表示"),
     E("h5-004-e05", "签约项目服务专班工作调度会", "meeting", "2024-10-18", YZ,
       chaired=["展鹏飞"], attended=["栗晓彤", "鹿海鹰"], spoke=["展鹏飞", "栗晓彤", "鹿海鹰"], organised=[TCJ],
       projects=[PROJ_NA, PROJ_RH],
       evidence="10月18日，投资促进局召开签约项目服务专班工作调度会",
       note="展鹏飞 主持 + 要求; 栗晓彤、鹿海鹰 分别汇报"),
     E("h5-004-e06", "上海恒泓供应链管理集团有限公司来经开区考察", "visit", "2024-10-21", YZ,
       attended=["竺敏", "尚海波"], spoke=["竺敏", "尚海波"], projects=[PROJ_CF],
       evidence="10月21日，上海恒泓供应链管理集团有限公司副总裁竺敏一行来潆州经开区考察",
       note="尚海波 陪同并主持召开座谈会 (the 座谈会 is folded into the visit); both 介绍; the group visited the 标准化厂房三期工程"),
     E("h5-004-e07", "第九期“政企早餐会”", "meeting", None, YZ,
       attended=["皮昌盛", "缑海涛"], spoke=["缑海涛", "皮昌盛"],
       evidence="近日，经开区举办第九期“政企早餐会”",
       note="'近日' → no date; '经开区举办' → organised_by empty; 缑海涛 发言; 皮昌盛 面对面交流 + 要求 (speaking through 要求); "
            "7 other 企业负责人 and 相关部门 unnamed")],
    [J(PROJ_NA, YZ, [TCJ], [XN], "52亿元",
       "年产10GWh钠离子电池生产基地项目由投资促进局牵头组建服务专班",
       note="signed at e02; 服务专员 栗晓彤 (招商二科) 全程代办"),
     J(PROJ_RH, YZ, [GJJ], [RH], "15亿元",
       "瑞衡高端医疗器械产业园项目由经开区规划建设局负责用地规划和建设手续办理",
       note="signed at e02; 服务专员 鹿海鹰"),
     J(PROJ_LV, YZ, [], [HLYZ], "8.6亿元",
       "总投资8.6亿元的汽车轻量化铝合金部件项目由浙江华铝精密制造股份有限公司在经开区设立的潆州华铝汽车部件有限公司投资建设",
       note="signed at e02 by 戈丽君 on behalf of 浙江华铝 (parent); owner = the local subsidiary"),
     J(PROJ_SC, YZ, [], ["潆州数创文化发展有限公司"], "3.2亿元",
       "总投资3.2亿元的数字文创产业园项目由潆州数创文化发展有限公司投资建设"),
     J(PROJ_CF, YZ, [GJJ], [JT], "6.8亿元",
       "由潆州经开区建设投资集团有限公司作为建设单位，湖北楚汇建工集团有限公司负责施工，经开区规划建设局负责质量安全监管",
       note="32 buildings, 41万 m²; contractor 湖北楚汇建工集团有限公司; 明年6月底前交付"),
     J(PROJ_JS, YZ, [ZS1], [CY], "12亿元",
       "该项目明确由管委会副主任祖丽华牵头、投资促进局招商一科具体负责跟踪对接",
       note="prospective ('拟投资12亿元…力争年底前签约'); 祖丽华 (a person) leads – only the body is an overseer")])

# ---------------------------------------------------------------- 005 辉源市委办公室 (吉林), 《辉源信息》, GB18030
HY = "辉源市"
HYW = "中共辉源市委"
HYCW = "中共辉源市委常委会"
HYF = "辉源市人民政府"
XCLD = "中共辉源市委巡察工作领导小组"
XCB = "中共辉源市委巡察工作领导小组办公室"
HYZJ = "辉源市住房和城乡建设局"
HYNY = "辉源市农业农村局"
HLW = "中共桦岭县委"
JHF = "靖河县人民政府"
HF = "吉林辉丰生物科技有限公司"
CHJ = "吉林长鸿建设集团有限公司"
PROJ_PG = "辉源市老工业区棚户区改造三期项目"
PROJ_YM = "靖河县玉米深加工产业园项目"
PROJ_FG = "风光储一体化项目"
stats["005"] = write(
    "005_huiyuan_swb_gb18030", 2023,
    "FILE IS ENCODED IN GB18030 (not UTF-8; built by src/make_005_gb18030.py from src/005_huiyuan_swb.utf8.txt). Fictional "
    "市委办公室 bulletin 《辉源信息》第35期, 中共辉源市委办公室, dated 2023年8月25日 (吉林 only inside company names; 东北全面"
    "振兴, 黑土地). Odd punctuation: some lines use ASCII commas, colons, a full stop and parentheses ('8月21日,市委常委会召开"
    "会议,…主持会议并讲话.', '本期要目:', '报:省委办公厅', '(市委巡察办　迟晓雯)'); evidence strings keep them verbatim. "
    "Not annotated as events: 新时代推动东北全面振兴座谈会 (习近平's speech studied), 全省巡视巡察工作推进会 (省委常委、组织部"
    "部长骞明德's speech studied; he attends nothing), the 第五轮巡察 itself (a two-month campaign of 4 groups; only its "
    "动员部署会 is an event), '十三届市委以来…巡察4轮…' (summary), 市委十三届六次全会 ('定于9月上旬召开' – planned). e01 "
    "'市委、市政府召开' → two organisers; 市防汛抗旱指挥部成员单位 (主会场) unnamed; 县（市、区）分会场 unnamed. e02 '市委"
    "常委会召开会议' → organiser 中共辉源市委常委会; '…等市委常委出席' adds no extra title; 吉春华、姜玉梅 列席; 郎秀芝's 汇报 "
    "makes her present. e05 '市委巡察工作领导小组召开' → organiser the 领导小组; 郎秀芝 主持 = chair; 宫晓峰 出席并讲话; "
    "尹洪亮/铁国良 表态发言; 佘春雷 only 参加. e06 会见: 孔繁星 表示 (present). e07 '近日' → null. The 棚户区 project: "
    "城发投集团 = 项目业主 (owner), 市住房和城乡建设局 牵头负责 (overseer), 市自然资源局/市财政局 only 配合. The 玉米 "
    "project has two overseers (发改局 牵头负责项目推进, 住建局 质量安全监管); 吉林长鸿建设集团有限公司 = 施工单位. "
    "Titles: 市委常委、秘书长 → 秘书长 @ 市委; 市委巡察工作领导小组组长 → 组长 @ the 领导小组; 市委第一巡察组组长 → 组长 @ "
    "that 巡察组; 桦岭县委书记 → 县委书记. Footer '编辑:贲晓宇　签发:那立文' → 编辑 / 签发 as titles. Names: 於海燕 "
    "(surname 於, not 于), 綦/隋/那/吉/骞/钮/朴 (Korean 朴永哲)/敬/满/吕/计/拓/尹/佘/铁/迟/孔/贡/贲.",
    [Z(HY, "city", "吉林省", ["辉源", "我市"]),
     Z("吉林省", "province", None, note="only inside company names; '全省', '省委'"),
     Z("桦岭县", "county", HY), Z("靖河县", "county", HY),
     Z("青松镇", "town", "桦岭县")],
    [O(HYW, "市委", "party_committee", HY, aliases=["市委"]),
     O(HYCW, "市委常委会", "party_committee", HY, HYW, ["市委常委会"]),
     O("中共辉源市委办公室", "市委办公室", "department", HY, HYW, ["市委办公室"], note="publisher; organises e07"),
     O(XCLD, "市委巡察工作领导小组", "party_committee", HY, HYW, ["市委巡察工作领导小组"]),
     O(XCB, "市委巡察办", "department", HY, XCLD, ["市委巡察办"]),
     O("中共辉源市委第一巡察组", "市委第一巡察组", "party_committee", HY, HYW, ["市委第一巡察组"]),
     O("中共辉源市委第二巡察组", "第二巡察组", "party_committee", HY, HYW, ["第二巡察组"]),
     O(HYF, "市政府", "government", HY, aliases=["市政府"]),
     O("辉源市人大常委会", "市人大常委会", "legislature", HY, aliases=["市人大常委会"]),
     O("政协辉源市委员会", "市政协", "cppcc", HY, aliases=["市政协"]),
     O("辉源市防汛抗旱指挥部", "市防汛抗旱指挥部", "other", HY, aliases=["市防汛抗旱指挥部"]),
     O(HYNY, "市农业农村局", "government", HY, aliases=["市农业农村局"], note="a unit to be inspected (被巡察单位)"),
     O("辉源市农业农村局党组", "局党组", "party_committee", HY, HYNY),
     O(HYZJ, "市住房和城乡建设局", "government", HY, aliases=["市住房和城乡建设局"]),
     O("辉源市自然资源局", "市自然资源局", "government", HY, aliases=["市自然资源局"], note="only 配合"),
     O("辉源市财政局", "市财政局", "government", HY, aliases=["市财政局"], note="only 配合"),
     O("辉源市城市发展投资集团有限公司", "城发投集团", "company", HY, note="项目业主 (owner)"),
     O("中共吉林省委", "省委", "party_committee", "吉林省", aliases=["省委"]),
     O("中共吉林省委组织部", "省委组织部", "department", "吉林省", "中共吉林省委", note="via 骞明德 (组织部部长)"),
     O("中共吉林省委办公厅", "省委办公厅", "department", "吉林省", "中共吉林省委", ["省委办公厅"], note="footer 报:省委办公厅"),
     O(HLW, "桦岭县委", "party_committee", "桦岭县", aliases=["桦岭县委"]),
     O("中共桦岭县委办公室", "桦岭县委办", "department", "桦岭县", HLW, ["桦岭县委办"], note="byline (桦岭县委办　供稿)"),
     O("桦岭县人民政府", "桦岭县政府", "government", "桦岭县", note="via 桦岭县县长敬文华"),
     O("桦岭县青松镇丰禾农机专业合作社", "丰禾农机专业合作社", "other", "青松镇"),
     O(JHF, "靖河县政府", "government", "靖河县", note="via 靖河县县长崔明浩"),
     O("靖河县发展和改革局", "靖河县发展和改革局", "government", "靖河县"),
     O("靖河县住房和城乡建设局", "靖河县住房和城乡建设局", "government", "靖河县"),
     O(HF, "辉丰生物", "company", "靖河县", note="建设单位 (owner)"),
     O(CHJ, "长鸿建设", "company", "吉林省", note="施工单位 (contractor)"),
     O("北京宏川新能源集团有限公司", "宏川新能源", "company", None)],
    [P("綦宏远", ("市委书记", HYW), aliases=["綦书记"], note="surname 綦"),
     P("於海燕", ("市委副书记", HYW), ("市长", HYF), note="surname 於 (not 于)"),
     P("宫晓峰", ("市委副书记", HYW), ("组长", XCLD), note="'市委副书记、市委巡察工作领导小组组长宫晓峰'"),
     P("隋志成", ("市委常委", HYW), ("常务副市长", HYF), note="surname 隋"),
     P("那立文", ("市委常委", HYW), ("秘书长", HYW), ("签发", None), note="'市委常委、秘书长那立文'; footer 签发; surname 那"),
     P("吉春华", ("市人大常委会主任", "辉源市人大常委会"), note="列席 e02; surname 吉"),
     P("姜玉梅", ("市政协主席", "政协辉源市委员会"), note="列席 e02"),
     P("骞明德", ("省委常委", "中共吉林省委"), ("组织部部长", "中共吉林省委组织部"),
       note="speech at the 全省巡视巡察工作推进会 studied; not present; surname 骞"),
     P("郎秀芝", ("主任", XCB), note="'市委巡察办主任郎秀芝'"),
     P("钮家声", ("县委书记", HLW), note="written 桦岭县委书记钮家声; surname 钮"),
     P("朴永哲", ("理事长", "桦岭县青松镇丰禾农机专业合作社"), note="Korean-Chinese surname 朴"),
     P("敬文华", ("县长", "桦岭县人民政府"), note="written 桦岭县县长敬文华; surname 敬"),
     P("满宏斌", ("副市长", HYF), note="'副市长满宏斌、吕欣然' – shared title; surname 满"),
     P("吕欣然", ("副市长", HYF)),
     P("崔明浩", ("县长", JHF), note="written 靖河县县长崔明浩"),
     P("计长林", ("董事长", HF), note="surname 计"),
     P("拓海峰", ("项目经理", CHJ), note="'施工单位项目经理拓海峰' (company named in the previous sentence); surname 拓"),
     P("尹洪亮", ("组长", "中共辉源市委第一巡察组")),
     P("佘春雷", ("组长", "中共辉源市委第二巡察组"), note="'第二巡察组组长佘春雷'; surname 佘"),
     P("铁国良", ("党组书记", "辉源市农业农村局党组"), ("局长", HYNY), note="surname 铁"),
     P("迟晓雯", ("", XCB), note="byline (市委巡察办　迟晓雯) with ASCII parentheses"),
     P("孔繁星", ("董事长", "北京宏川新能源集团有限公司")),
     P("贡立华", ("副主任", "中共辉源市委办公室"), note="surname 贡"),
     P("贲晓宇", ("编辑", None), note="footer '编辑:贲晓宇'; surname 贲"),
     P("习近平", ("总书记", None), note="only in 习近平总书记…重要指示精神 / …重要讲话精神")],
    [E("h5-005-e01", "全市防汛救灾工作调度会议", "meeting", "2023-08-20", HY,
       chaired=["於海燕"], attended=["綦宏远", "隋志成"], spoke=["綦宏远", "隋志成"], organised=[HYW, HYF],
       evidence="8月20日晚，市委、市政府召开全市防汛救灾工作调度会议",
       note="綦宏远 出席并讲话/指出/要求; 於海燕 主持; 隋志成 通报; video conference with 县（市、区）分会场"),
     E("h5-005-e02", "市委常委会会议", "meeting", "2023-08-21", HY,
       chaired=["綦宏远"], attended=["於海燕", "宫晓峰", "隋志成", "那立文", "吉春华", "姜玉梅", "郎秀芝"],
       spoke=["綦宏远", "郎秀芝"], organised=[HYCW], projects=[PROJ_PG],
       evidence="8月21日,市委常委会召开会议,传达学习习近平总书记在新时代推动东北全面振兴座谈会上的重要讲话精神",
       note="evidence with ASCII commas as in the text; 綦宏远 主持会议并讲话 + 强调; 吉春华、姜玉梅 列席; 郎秀芝 汇报; 骞明德 only quoted"),
     E("h5-005-e03", "綦宏远到桦岭县调研", "inspection", "2023-08-22", "桦岭县",
       attended=["綦宏远", "那立文", "钮家声", "朴永哲", "敬文华"], spoke=["綦宏远", "朴永哲", "敬文华"],
       evidence="8月22日，市委书记綦宏远到桦岭县调研黑土地保护和现代农业发展工作",
       note="那立文、钮家声 陪同; 朴永哲 介绍 (青松镇 示范区); 敬文华 汇报 (粮食产后服务中心); '綦书记强调'"),
     E("h5-005-e04", "於海燕到靖河县调研项目建设", "inspection", "2023-08-23", "靖河县",
       attended=["於海燕", "满宏斌", "吕欣然", "崔明浩", "计长林", "拓海峰"], spoke=["於海燕", "计长林", "拓海峰"],
       projects=[PROJ_YM],
       evidence="8月23日，市委副书记、市长於海燕到靖河县调研重点项目建设",
       note="满宏斌、吕欣然、崔明浩 陪同; 计长林 介绍; 拓海峰 汇报; 於海燕 指出"),
     E("h5-005-e05", "十三届市委第五轮巡察工作动员部署会", "meeting", "2023-08-24", HY,
       chaired=["郎秀芝"], attended=["宫晓峰", "尹洪亮", "佘春雷", "铁国良"], spoke=["宫晓峰", "尹洪亮", "铁国良"],
       organised=[XCLD],
       evidence="8月24日，市委巡察工作领导小组召开十三届市委第五轮巡察工作动员部署会",
       note="宫晓峰 出席并讲话; 郎秀芝 主持; 尹洪亮 表态发言 for the groups; 铁国良 表态发言 for the inspected units; 佘春雷 参加; "
            "巡察组成员 and 被巡察单位领导班子成员 unnamed"),
     E("h5-005-e06", "綦宏远会见北京宏川新能源集团有限公司董事长孔繁星一行", "meeting", "2023-08-18", HY,
       attended=["綦宏远", "於海燕", "孔繁星"], spoke=["孔繁星", "綦宏远"], projects=[PROJ_FG],
       evidence="8月18日,市委书记綦宏远会见北京宏川新能源集团有限公司董事长孔繁星一行",
       note="简讯; 於海燕 参加会见; both 表示"),
     E("h5-005-e07", "全市党委信息工作培训会", "training", None, HY,
       chaired=["贡立华"], attended=["那立文"], spoke=["那立文"], organised=["中共辉源市委办公室"],
       evidence="近日，市委办公室召开全市党委信息工作培训会",
       note="'近日' → no date; 那立文 出席并讲话; 贡立华 主持; 县（市、区）委办公室 负责同志 unnamed")],
    [J(PROJ_PG, HY, [HYZJ], ["辉源市城市发展投资集团有限公司"], "21.5亿元",
       "由辉源市城市发展投资集团有限公司作为项目业主,明确由市住房和城乡建设局牵头负责",
       note="evidence with ASCII commas; 市自然资源局、市财政局 only 配合; 年底前完成首批回迁"),
     J(PROJ_YM, "靖河县", ["靖河县发展和改革局", "靖河县住房和城乡建设局"], [HF], "18亿元",
       "项目由吉林辉丰生物科技有限公司作为建设单位，吉林长鸿建设集团有限公司负责施工，靖河县发展和改革局牵头负责项目推进，靖河县住房和城乡建设局负责质量安全监管",
       note="年加工玉米60万吨; contractor 吉林长鸿建设集团有限公司"),
     J(PROJ_FG, HY, [], ["北京宏川新能源集团有限公司"], "30亿元",
       "集团拟投资30亿元在辉源建设风光储一体化项目",
       note="prospective (拟投资), mentioned at the 会见 (e06)")])

assert len(ALL_KEYS) == len(set(ALL_KEYS))
for label, items in (("person", ALL_PERSONS), ("organisation", ALL_ORGS), ("project", ALL_PROJECTS)):
    dup = {n for n in items if items.count(n) > 1}
    assert not dup, (f"{label} name reused across holdout5 docs", dup)
tot = [sum(v[i] for v in stats.values()) for i in range(4)]
for k, v in stats.items():
    print(k, "persons=%d events=%d projects=%d organisations=%d" % v)
print("total persons=%d events=%d projects=%d organisations=%d" % tuple(tot))
