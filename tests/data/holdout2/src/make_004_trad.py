"""Builds docs/004_xinbian_district_trad.txt: OpenCC s2hk (Hong Kong variants) of
004_xinbian_district.simplified.txt, plus inline pinyin annotations as seen on some web pages."""
from pathlib import Path
import opencc

HERE = Path(__file__).resolve().parent
s = (HERE / "004_xinbian_district.simplified.txt").read_text(encoding="utf-8")
t = opencc.OpenCC("s2hk").convert(s)
PINYIN = [  # (traditional text, annotated text, count)
    ("傳達學習中央經濟工作會議精神\n", "傳達學習中央經(jīng)濟(jì)工作會議精神\n", 1),
    ("區長方啓航主持召開", "區長(zhǎng)方啓航主持召開", 1),
    ("區委書記司空明德率隊赴浙江", "區委書(shū)記司空明德率隊(duì)赴浙江", 1),
    ("國有資產管理情況的綜合報告", "國(guó)有資產管理情況的綜合報告", 1),
]
for a, b, n in PINYIN:
    assert t.count(a) >= n, a
    t = t.replace(a, b, n)
(HERE.parent / "docs" / "004_xinbian_district_trad.txt").write_text(t, encoding="utf-8")
