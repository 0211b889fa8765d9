"""Builds docs/005_huiyuan_swb_gb18030.txt: the UTF-8 source src/005_huiyuan_swb.utf8.txt encoded as GB18030.

Run:  python3 make_005_gb18030.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
src = (HERE / "005_huiyuan_swb.utf8.txt").read_text(encoding="utf-8")
data = src.encode("gb18030")
out = HERE.parent / "docs" / "005_huiyuan_swb_gb18030.txt"
out.write_bytes(data)
try:
    data.decode("utf-8")
except UnicodeDecodeError:
    pass
else:
    raise SystemExit("the GB18030 file unexpectedly decodes as UTF-8")
assert data.decode("gb18030") == src
print(out, len(data), "bytes,", len(src), "characters")
