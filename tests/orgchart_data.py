"""Graph data written for the org-chart and export tests: realistic Chinese bodies and posts,
built as DocumentFacts (the loaders' hand-over format) and loaded with graph.load."""
from __future__ import annotations

import hashlib

from loaders import facts as F

ZONE = "三门峡经济开发区"


def document(name: str, text: str = "") -> F.DocumentFacts:
    sha = hashlib.sha256((name + text).encode("utf-8")).hexdigest()
    facts = F.DocumentFacts(path=f"test/{name}.txt", sha256=sha)
    facts.add_node(F.DOCUMENT, F.document_key(sha), path=facts.path, sha256=sha, title=name)
    return facts


def add_zone(f: F.DocumentFacts, name: str, kind: str, parent: str | None = None) -> str:
    key = f.add_node(F.ZONE, F.zone_key(name), name=name, kind=kind)
    if parent:
        f.add_relationship("PART_OF", key, F.zone_key(parent))
    return key


def add_org(f: F.DocumentFacts, name: str, short: str, kind: str, zone: str | None = None,
            parent: str | None = None, aliases: list[str] | None = None) -> str:
    key = f.add_node(F.ORGANISATION, F.organisation_key(name), name=name, short=short, kind=kind,
                     aliases=aliases or [])
    if zone:
        f.add_relationship("LOCATED_IN", key, F.zone_key(zone))
    if parent:
        f.add_relationship("PART_OF", key, F.organisation_key(parent))
    return key


def add_post(f: F.DocumentFacts, person: str, title: str, org: str, as_of: str | None,
             evidence: str = "") -> str:
    pkey = f.add_node(F.PERSON, F.person_key(person, ZONE), name=person, aliases=[])
    return f.add_relationship("HOLDS_POSITION", pkey, F.organisation_key(org), title, str(as_of),
                              title=title, as_of=as_of, source=f"{f.sha256[:16]}#a0:0-10",
                              evidence=evidence or f"{title}{person}")


def zone_structure(f: F.DocumentFacts) -> None:
    add_zone(f, "河南省", "province")
    add_zone(f, "三门峡市", "city", "河南省")
    add_zone(f, ZONE, "development_zone", "三门峡市")
    add_zone(f, "向阳街道", "street", ZONE)
    add_org(f, "三门峡经济开发区党工委", "党工委", "party_committee", ZONE, aliases=["开发区党工委"])
    add_org(f, "三门峡经济开发区管委会", "管委会", "government", ZONE)
    for dept in ("财政审计部", "政务服务部", "经济发展部", "建设管理部", "人力资源部"):
        # departments are both LOCATED_IN the zone and PART_OF the 管委会: they hang under the 管委会
        add_org(f, f"三门峡经济开发区{dept}", dept, "department", ZONE, parent="三门峡经济开发区管委会")
    add_org(f, "三门峡经济开发区向阳街道办事处", "向阳街道办事处", "government", "向阳街道")
    add_org(f, "向阳街道武装部", "街道武装部", "department", "向阳街道", parent="三门峡经济开发区向阳街道办事处")
    add_org(f, "集团公司", "集团公司", "company", ZONE)
    add_org(f, "招商服务公司", "招商服务公司", "company", ZONE, parent="集团公司")
    add_org(f, "三门峡市应急管理局", "市应急管理局", "government", "三门峡市")   # outside the zone


def zone_bulletin() -> F.DocumentFacts:
    """One bulletin of 2025-07-30 with the zone's leaders and some departments' people."""
    f = document("bulletin-2025-07-30")
    zone_structure(f)
    d = "2025-07-30"
    add_post(f, "周童", "党工委书记", "三门峡经济开发区党工委", d,
             "经济开发区党工委书记周童出席会议并讲话")
    add_post(f, "宋黎静", "党工委副书记", "三门峡经济开发区党工委", d,
             "党工委副书记、管委会主任宋黎静主持")
    add_post(f, "宋黎静", "管委会主任", "三门峡经济开发区管委会", d,
             "党工委副书记、管委会主任宋黎静主持")
    add_post(f, "王飞", "管委会副主任", "三门峡经济开发区管委会", d, "管委会副主任王飞通报了考核结果")
    add_post(f, "霍啸", "", "三门峡经济开发区财政审计部", d, "(开发区财政审计部 霍啸)")
    add_post(f, "李红梅", "部长", "三门峡经济开发区政务服务部", "--07-28", "政务服务部部长李红梅主持推进会")
    add_post(f, "张志刚", "主任", "三门峡经济开发区向阳街道办事处", d, "向阳街道办事处主任张志刚")
    add_post(f, "赵磊", "部长", "向阳街道武装部", d, "街道武装部部长赵磊")
    add_post(f, "陈立新", "局长", "三门峡市应急管理局", d, "市应急管理局局长陈立新")
    return f


def handover_bulletins() -> tuple[F.DocumentFacts, F.DocumentFacts]:
    """A post changing hands: 经济发展部部长 孙建华 (2024-03-12), then 刘洋 (2025-06-18) while
    孙建华 moves to 建设管理部 as 部长; the deputy 马静 is seen only in 2024 (and kept)."""
    a = document("bulletin-2024-03-12")
    zone_structure(a)
    add_post(a, "孙建华", "部长", "三门峡经济开发区经济发展部", "2024-03-12", "经济发展部部长孙建华汇报")
    add_post(a, "马静", "副部长", "三门峡经济开发区经济发展部", "2024-03-12", "副部长马静参加")
    b = document("bulletin-2025-06-18")
    zone_structure(b)
    add_post(b, "刘洋", "经济发展部部长", "三门峡经济开发区经济发展部", "2025-06-18", "经济发展部部长刘洋介绍")
    add_post(b, "孙建华", "部长", "三门峡经济开发区建设管理部", "2025-06-18", "建设管理部部长孙建华")
    return a, b


def big_zone(n_streets: int = 12, depts_per_street: int = 25) -> F.DocumentFacts:
    """A zone with n_streets × (1 + depts_per_street) bodies (300+ boxes), two people each."""
    f = document(f"big-{n_streets}-{depts_per_street}")
    add_zone(f, "洛阳伊滨区", "development_zone")
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    given = "建国志强丽娟海燕红梅立新国华秀英文博晓东子涵浩然雨轩佳怡思远"
    k = 0

    def person() -> str:
        nonlocal k
        k += 1
        return surnames[k % len(surnames)] + given[(k * 2) % (len(given) - 1): (k * 2) % (len(given) - 1) + 2]

    add_org(f, "伊滨区管委会", "管委会", "government", "洛阳伊滨区")
    for s in range(n_streets):
        street = f"第{s + 1}街道"
        add_zone(f, street, "street", "洛阳伊滨区")
        office = f"{street}办事处"
        add_org(f, office, office, "government", street)
        add_post(f, person(), "主任", office, "2025-05-01")
        for d in range(depts_per_street):
            dept = f"{street}社区服务中心{d + 1}"
            add_org(f, dept, dept, "department", street, parent=office)
            add_post(f, person(), "主任", dept, "2025-05-01")
            add_post(f, person(), "副主任", dept, "2025-05-01")
    return f
