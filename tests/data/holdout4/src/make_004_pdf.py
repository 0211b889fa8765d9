"""Builds docs/004_xunchuan_county_pdf.txt from 004_xunchuan_county.paragraphs.txt, imitating text
copied out of a PDF: body paragraphs hard-wrapped at 30 characters (so words, names and titles are
cut, e.g. 县委副书|记、县长), extra forced breaks where the source has '⏎', the first line of a paragraph
indented with two ideographic spaces, no blank line between paragraphs, trailing spaces on some
lines, and a page footer + running header ('－ 2 －' / '洵川县政务信息 … 第１５期') every 34 lines,
which can fall in the middle of a sentence. Lines starting with '#' in the source are copied
verbatim (without the '#'). Plain python3, no dependencies."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = 30
NO_LINE_START = set("，。、；：？！”）》％")
FULLWIDTH_DIGITS = "０１２３４５６７８９"


def wrap(par: str) -> list[str]:
    out = []
    for seg_i, seg in enumerate(par.split("⏎")):
        line = "　　" if (seg_i == 0) else ""
        for ch in seg:
            if len(line) >= W and ch not in NO_LINE_START:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out


def main() -> None:
    src = (HERE / "004_xunchuan_county.paragraphs.txt").read_text(encoding="utf-8")
    lines: list[str] = []
    for block in src.split("\n"):
        if block.startswith("#"):
            lines.append(block[1:])
        elif block.strip():
            lines.extend(wrap(block.strip()))
    out: list[str] = []
    page, n = 1, 0
    for i, ln in enumerate(lines):
        if i % 5 == 3 and ln:
            ln += " " if i % 2 else "  "
        out.append(ln)
        n += 1
        if n >= 34 and i < len(lines) - 8:
            page += 1
            num = "".join(FULLWIDTH_DIGITS[int(d)] for d in str(page - 1))
            out += ["", f"－ {num} －", "", "洵川县政务信息　　　　　　　　　　　　第１５期", ""]
            n = 0
    (HERE.parent / "docs" / "004_xunchuan_county_pdf.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
