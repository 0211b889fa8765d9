"""A small, realistic graph written for the API tests: one bulletin of the 三门峡经济开发区
as the extraction would deliver it (DocumentFacts), independent of the extractor's state.

Everything the endpoints show can be checked against the facts below; the sentences are
the evidence a reader would see.
"""
from __future__ import annotations

import hashlib

from loaders.facts import (ARTICLE, DOCUMENT, EVENT, ORGANISATION, PERSON, PROJECT, ZONE,
                           DocumentFacts, article_key, document_key, event_key, organisation_key,
                           person_key, project_key, zone_key)

TEXT = "三门峡经济开发区工作简报 2025年第15期（测试用）"
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
OTHER_SHA = hashlib.sha256(b"another county bulletin").hexdigest()
SCOPE = "三门峡经济开发区"

S1 = "7月30日，三门峡经济开发区召开2025年上半年述职评议暨工作总结大会。"
S2 = "经济开发区党工委书记周童出席会议并讲话，黨工委副書記、管委会主任宋黎静主持。"
S3 = "会上，管委会副主任王飞通报了2025年上半年重点项目考核结果。"
S4 = "7月29日，经济开发区党工委书记周童带队走访慰问辖区现役军人家属。"
S5 = "7月31日，纪检监察工委召开专题会议，党工委委员、纪检监察工委书记刘英群主持会议并提出工作要求。"
S6 = "经济发展部全力推进新能源汽车零部件产业园项目建设，该项目总投资12亿元。"
S7 = "财政审计部负责城市更新改造工程的资金监管，项目由三门峡经开投资集团有限公司投资建设。"
S8 = "8月5日，管委会副主任王飞陪同市考察组观摩新能源汽车零部件产业园项目。"


def src(article: int, start: int, end: int, sha: str = SHA) -> str:
    return f"{sha[:16]}#a{article}:{start}-{end}"


class K:
    """The keys of the graph's nodes, for the tests."""
    doc = document_key(SHA)
    henan, smx, zone = zone_key("河南省"), zone_key("三门峡市"), zone_key("三门峡经济开发区")
    dgw = organisation_key("三门峡经济开发区党工委")
    gwh = organisation_key("三门峡经济开发区管委会")
    czsj = organisation_key("三门峡经济开发区财政审计部")
    jjfz = organisation_key("三门峡经济开发区经济发展部")
    jjjc = organisation_key("三门峡经济开发区纪检监察工委")
    jt = organisation_key("三门峡经开投资集团有限公司")
    zhou, song = person_key("周童", SCOPE), person_key("宋黎静", SCOPE)
    wang, liu, huo = person_key("王飞", SCOPE), person_key("刘英群", SCOPE), person_key("霍啸", SCOPE)
    wang_other = person_key("王飞", "灵宝市")
    shuzhi = event_key("2025年上半年述职评议暨工作总结大会", "2025-07-30", SCOPE)
    bayi = event_key("“八一”走访慰问活动", "2025-07-29", SCOPE)
    jjhy = event_key("纪检监察工委专题会议", "2025-07-31", SCOPE)
    guanmo = event_key("新能源汽车零部件产业园项目观摩活动", "--08-05", SCOPE)
    xny = project_key("新能源汽车零部件产业园", SCOPE)
    gx = project_key("城市更新改造工程", SCOPE)
    a0, a1, a2, a3 = (article_key(SHA, i) for i in range(4))


def small_graph() -> list[DocumentFacts]:
    f = DocumentFacts(path="bulletins/sanmenxia-2025-15.txt", sha256=SHA)
    _places_and_bodies(f)
    _people(f)
    _events_and_projects(f)
    return [f, _namesake_bulletin()]


def _places_and_bodies(f: DocumentFacts) -> None:
    f.add_node(DOCUMENT, K.doc, path=f.path, sha256=SHA, title="三门峡经济开发区工作简报",
               published="2025-08-01")
    for i, (title, section, date) in enumerate((
            ("述职评议亮答卷 总结部署启新程", "经开要闻", "2025-07-30"),
            ("周童带队开展“八一”走访慰问活动", "经开要闻", "2025-07-29"),
            ("纪检监察工委召开专题会议", "部门动态", "2025-07-31"),
            ("重点项目建设加速推进", "项目建设", "2025-08-05"))):
        a = f.add_node(ARTICLE, article_key(SHA, i), title=title, section=section, date=date, position=i)
        f.add_relationship("PART_OF", a, K.doc)

    f.add_node(ZONE, K.henan, name="河南省", kind="province")
    f.add_node(ZONE, K.smx, name="三门峡市", kind="city")
    f.add_node(ZONE, K.zone, name="三门峡经济开发区", kind="development_zone")
    f.add_relationship("PART_OF", K.smx, K.henan)
    f.add_relationship("PART_OF", K.zone, K.smx)

    orgs = ((K.dgw, "三门峡经济开发区党工委", "党工委", "party"),
            (K.gwh, "三门峡经济开发区管委会", "管委会", "government"),
            (K.czsj, "三门峡经济开发区财政审计部", "财政审计部", "department"),
            (K.jjfz, "三门峡经济开发区经济发展部", "经济发展部", "department"),
            (K.jjjc, "三门峡经济开发区纪检监察工委", "纪检监察工委", "party"),
            (K.jt, "三门峡经开投资集团有限公司", "经开集团", "company"))
    for key, name, short, kind in orgs:
        f.add_node(ORGANISATION, key, name=name, short=short, kind=kind)
        f.add_relationship("LOCATED_IN", key, K.zone)
    f.add_relationship("PART_OF", K.czsj, K.gwh)
    f.add_relationship("PART_OF", K.jjfz, K.gwh)
    f.add_relationship("PART_OF", K.jjjc, K.dgw)


def _people(f: DocumentFacts) -> None:
    f.add_node(PERSON, K.zhou, name="周童", aliases=[])
    f.add_node(PERSON, K.song, name="宋黎静", aliases=["宋黎靜"])
    f.add_node(PERSON, K.wang, name="王飞", aliases=["王飛"])
    f.add_node(PERSON, K.liu, name="刘英群", aliases=["劉英群"])
    f.add_node(PERSON, K.huo, name="霍啸", aliases=["霍嘯"])

    def pos(person, org, title, as_of, art, span, sentence):
        f.add_relationship("HOLDS_POSITION", person, org, title, as_of, title=title, as_of=as_of,
                           source=src(art, *span), evidence=sentence)

    pos(K.zhou, K.dgw, "党工委书记", "2025-07-30", 0, (60, 72), S2)
    pos(K.zhou, K.dgw, "党工委书记", "2025-07-29", 1, (10, 22), S4)
    pos(K.song, K.dgw, "党工委副书记", "2025-07-30", 0, (75, 90), S2)
    pos(K.song, K.gwh, "主任", "2025-07-30", 0, (75, 90), S2)
    pos(K.wang, K.gwh, "副主任", "2025-07-30", 0, (120, 130), S3)
    pos(K.liu, K.dgw, "党工委委员", "2025-07-31", 2, (20, 40), S5)
    pos(K.liu, K.jjjc, "纪检监察工委书记", "2025-07-31", 2, (20, 40), S5)
    pos(K.huo, K.czsj, "", "2025-07-30", 0, (900, 912), "（开发区财政审计部 霍啸）")
    f.add_relationship("AUTHORED", K.huo, K.a0, "通讯员", role="通讯员", source=src(0, 900, 912))


def _events_and_projects(f: DocumentFacts) -> None:
    def event(key, name, kind, date, date_text):
        f.add_node(EVENT, key, name=name, kind=kind, date=date, date_text=date_text)
        f.add_relationship("HELD_IN", key, K.zone, source=src(0, 0, 10))

    event(K.shuzhi, "2025年上半年述职评议暨工作总结大会", "meeting", "2025-07-30", "7月30日")
    event(K.bayi, "“八一”走访慰问活动", "visit", "2025-07-29", "7月29日")
    event(K.jjhy, "纪检监察工委专题会议", "meeting", "2025-07-31", "7月31日")
    event(K.guanmo, "新能源汽车零部件产业园项目观摩活动", "inspection", "--08-05", "8月5日")

    f.add_relationship("CHAIRED", K.song, K.shuzhi, source=src(0, 75, 95), evidence=S2)
    f.add_relationship("ATTENDED", K.zhou, K.shuzhi, "出席", role="出席", source=src(0, 60, 78), evidence=S2)
    f.add_relationship("SPOKE_AT", K.zhou, K.shuzhi, source=src(0, 60, 80), evidence=S2)
    f.add_relationship("SPOKE_AT", K.wang, K.shuzhi, source=src(0, 120, 140), evidence=S3)
    f.add_relationship("ORGANISED", K.dgw, K.shuzhi, source=src(0, 5, 30), evidence=S1)
    f.add_relationship("ORGANISED", K.gwh, K.shuzhi, source=src(0, 5, 30), evidence=S1)
    f.add_relationship("ATTENDED", K.zhou, K.bayi, "带队", role="带队", source=src(1, 10, 30), evidence=S4)
    f.add_relationship("CHAIRED", K.liu, K.jjhy, source=src(2, 20, 50), evidence=S5)
    f.add_relationship("ORGANISED", K.jjjc, K.jjhy, source=src(2, 6, 20), evidence=S5)
    f.add_relationship("ATTENDED", K.wang, K.guanmo, "陪同", role="陪同", source=src(3, 0, 30), evidence=S8)

    f.add_node(PROJECT, K.xny, name="新能源汽车零部件产业园", investment="12亿元")
    f.add_node(PROJECT, K.gx, name="城市更新改造工程", investment="3.5亿元")
    f.add_relationship("OVERSEES", K.jjfz, K.xny, source=src(3, 0, 40), evidence=S6)
    f.add_relationship("OVERSEES", K.czsj, K.gx, source=src(3, 41, 90), evidence=S7)
    f.add_relationship("OWNS", K.jt, K.gx, source=src(3, 41, 90), evidence=S7)
    f.add_relationship("LOCATED_IN", K.xny, K.zone)
    f.add_relationship("CONCERNS", K.guanmo, K.xny, source=src(3, 0, 30))
    for person in (K.zhou, K.song, K.wang):
        f.add_relationship("MENTIONS", K.a0, person, count=2)
    f.add_relationship("MENTIONS", K.a0, K.shuzhi, count=1)


def _namesake_bulletin() -> DocumentFacts:
    """Another bulletin, another county: a namesake who must stay a separate person."""
    g = DocumentFacts(path="bulletins/lingbao-2025-08.txt", sha256=OTHER_SHA)
    g.add_node(DOCUMENT, document_key(OTHER_SHA), path=g.path, sha256=OTHER_SHA, title="灵宝市工作简报",
               published="2025-08-10")
    g.add_node(PERSON, K.wang_other, name="王飞", aliases=[])
    g.add_node(ORGANISATION, organisation_key("灵宝市农业农村局"), name="灵宝市农业农村局", short="农业农村局",
               kind="department")
    g.add_relationship("HOLDS_POSITION", K.wang_other, organisation_key("灵宝市农业农村局"), "局长",
                       title="局长", as_of="2025-08-08", source=src(0, 3, 20, OTHER_SHA),
                       evidence="灵宝市农业农村局局长王飞带队检查秋粮生产。")
    return g
