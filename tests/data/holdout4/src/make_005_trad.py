"""Builds docs/005_hepu_lingang_trad.txt from 005_hepu_lingang.simplified.txt:
OpenCC s2t (OpenCC-standard Traditional, mainland vocabulary: 羣, 着, 裏 as OpenCC writes them, no
Taiwan/HK phrase conversion), then inline pinyin after some characters, as found on some web pages:
word-level 書記(shū jì), character-level 會(huì) / 調(diào) / 項(xiàng) / 長(zhǎng), and pinyin inside a
person name right after a polyphonic surname: 單(shàn)立羣 (surname 单 read Shàn).
Checks that stripping the pinyin and converting back with OpenCC t2s gives the source exactly.
Needs the project venv for `opencc`:  /work/main/.venv/bin/python make_005_trad.py"""
import re
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
s = (HERE / "005_hepu_lingang.simplified.txt").read_text(encoding="utf-8")
t = opencc.OpenCC("s2t").convert(s)
PINYIN = [
    ("園區黨工委書記佟振國主持會議並講話", "園區黨工委書記(shū jì)佟振國主持會議並講話", 1),
    ("黨工委委員、管委會副主任單立羣、關婧怡參加會議", "黨工委委員、管委會(huì)副主任單(shàn)立羣、關婧怡參加會議", 1),
    ("鄂文濤到臨港產業園區調研\n", "鄂文濤到臨港產業園區調(diào)研\n", 1),
    ("市委副書記、市長鄂文濤到臨港產業園區調研重點項目建設", "市委副書記、市長(zhǎng)鄂文濤到臨港產業園區調研重點項(xiàng)目建設", 1),
    ("開工儀式由黨工委委員、管委會副主任單立羣主持", "開工儀式由黨工委委員、管委會副主任單(shàn)立羣主持", 1),
    ("紀工委書記富英傑帶隊", "紀工委書記(shū jì)富英傑帶隊", 1),
    ("園區經濟發展局局長扈明月", "園區經濟發展局局長(zhǎng)扈明月", 1),
]
for a, b, n in PINYIN:
    assert t.count(a) == n, (a, t.count(a))
    t = t.replace(a, b)
back = opencc.OpenCC("t2s").convert(re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)", "", t))
if back != s:
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(s, back)) if a != b]
    raise SystemExit(f"round trip differs: {diffs[:20]}")
(HERE.parent / "docs" / "005_hepu_lingang_trad.txt").write_text(t, encoding="utf-8")
print(len(t))
