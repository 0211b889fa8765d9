"""Builds docs/003_pingjiang_zbq.txt from 003_pingjiang_zbq.paragraphs.txt: PDF-style text.
Body paragraphs are hard-wrapped at 36 characters (as pdftotext does with a narrow column),
paragraphs are separated by a blank line, and two words are split by a page break / blank line."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
src = (HERE / "003_pingjiang_zbq.paragraphs.txt").read_text(encoding="utf-8").splitlines()
W = 36
out = []
for line in src:
    if not line.strip():
        continue
    chunks = [line[i:i + W] for i in range(0, len(line), W)] or [""]
    out.append("\n".join(chunks))
text = "\n\n".join(out) + "\n"
# page break in the middle of 投资促进局 (signing article), a blank line inside 二期
a = "综保区投资促进局承办"
assert text.count(a.replace("", "")) >= 0
def split_once(t, word, cut, insert):
    # word may itself be wrapped; search ignoring newlines
    flat = t.replace("\n", "")
    assert word in flat, word
    # locate in t allowing newlines between characters
    import re
    pat = "\n?".join(map(re.escape, word))
    m = re.search(pat, t)
    seg = m.group(0)
    # position of the cut-th character of word inside seg
    k = 0; pos = 0
    for i, ch in enumerate(seg):
        if ch != "\n":
            k += 1
        if k == cut:
            pos = i + 1
            break
    return t[:m.start()] + seg[:pos] + insert + seg[pos:].lstrip("\n") + t[m.end():]

text = split_once(text, "综保区投资促进局承办", 6, "\n\n－ 2 －\n\n")
text = split_once(text, "二期项目总投资7.2亿元", 1, "\n\n")
(HERE.parent / "docs" / "003_pingjiang_zbq.txt").write_text(text, encoding="utf-8")
print(len(text))
