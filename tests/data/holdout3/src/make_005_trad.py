"""Builds docs/005_huijiang_hitech_trad.txt from 005_huijiang_hitech.simplified.txt:
OpenCC s2tw, proper-noun fixes (surnames 朴/于 must not become 樸/於), and a few inline
pinyin annotations as found on some web pages (經(jīng)濟, 會(huì), 項(xiàng)目).
Needs the project venv for `opencc`:  ../../../../.venv/bin/python make_005_trad.py"""
from pathlib import Path
import opencc

HERE = Path(__file__).resolve().parent
s = (HERE / "005_huijiang_hitech.simplified.txt").read_text(encoding="utf-8")
t = opencc.OpenCC("s2tw").convert(s)
FIXES = [("樸成浩", "朴成浩", 3), ("樸書記", "朴書記", 1), ("於澤宇", "于澤宇", 1)]
PINYIN = [
    ("全區經濟運行總體平穩", "全區經(jīng)濟(jì)運行總體平穩", 1),
    ("黨工委副書記、管委會主任南宮瑞主持會議", "黨工委副書記、管委會(huì)主任南宮瑞主持會議", 1),
    ("宮立民到高新區調研重點項目和企業發展\n", "宮立民到高新區調(diào)研重點項(xiàng)目和企業發展\n", 1),
]
for a, b, n in FIXES + PINYIN:
    assert t.count(a) == n, (a, t.count(a))
    t = t.replace(a, b)
assert "樸" not in t and "於澤" not in t
(HERE.parent / "docs" / "005_huijiang_hitech_trad.txt").write_text(t, encoding="utf-8")
print(len(t))
