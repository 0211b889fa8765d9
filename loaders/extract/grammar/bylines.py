"""Bylines and credit lines: 记者 王晨 通讯员 刘航, （文　甲　图　乙）, 某某 某某 摄, an
affiliation byline at the end of a paragraph (（某某办 某某、某某）), a name alone under a
headline (the author of a commentary)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.grammar.names import valid_name
from loaders.extract.lexicon import lexicon
from loaders.extract.text import HAN

ROLE_RE = None


def _role_re():
    global ROLE_RE
    if ROLE_RE is None:
        roles = "|".join(re.escape(r) for r in lexicon().byline_roles if len(r) >= 2 and r not in ("文/图",))
        ROLE_RE = re.compile(f"(?:(?<=^)|(?<=[\\s(（□■【\\[。]))({roles})(?:\\s*[:：]\\s*|\\s+)"
                             f"((?:[{HAN}]{{2,4}})(?:[\\s、]+(?!(?:{roles})(?:[:：\\s]))[{HAN}]{{2,4}})*)", re.M)
    return ROLE_RE


DISPATCH_LEAD = re.compile(f"(?:讯|电)\\s*[（(]?\\s*(记者|通讯员)\\s*"
                           f"([{HAN}](?:\\s?[{HAN}]){{1,3}}(?:、[{HAN}](?:\\s?[{HAN}]){{1,3}})*?)\\s*(?:报道|[）)])")


@dataclass
class BylineName:
    name: str
    role: str                  # 记者 / 通讯员 / 摄影 / ... or "" for an affiliation byline
    orgs: list[str]            # raw organisation names written in the byline
    start: int
    end: int


def bylines(text: str, start: int, end: int) -> list[BylineName]:
    lex = lexicon()
    out: list[BylineName] = []
    roles = set(lex.byline_roles)
    seg = text[start:end]
    # 1. role-prefixed: 记者 王晨 通讯员 刘航 / 策划:李清华
    for m in _role_re().finditer(seg):
        role = m.group(1)
        p = start + m.start(2)
        for tok in re.finditer(f"[{HAN}]{{2,4}}", m.group(2)):
            w = tok.group()
            if w in roles:
                break
            if w == "摄":
                continue
            if valid_name(w):
                s = p + tok.start()
                out.append(BylineName(w, role, [], s, s + len(w)))
    # 1b. one-character credit roles in brackets: （文　甲　图　乙）, （文/图　甲）, （图/文：甲）
    for m in re.finditer(r"[(（]\s*((?:(?:文/图|图/文|文图|文|图|摄影|摄)\s*[:：]?\s*"
                         f"[{HAN}]{{2,4}}(?:[\\s、]+[{HAN}]{{2,4}})*\\s*)+)[)）]", seg):
        for r in re.finditer(f"(文/图|图/文|文图|文|图|摄影|摄)\\s*[:：]?\\s*([{HAN}]{{2,4}}(?:[\\s、]+(?!(?:文|图|摄)[\\s:：])[{HAN}]{{2,4}})*)",
                             m.group(1)):
            role = {"图/文": "文/图", "文图": "文/图", "摄": "摄影"}.get(r.group(1), r.group(1))
            base = start + m.start(1) + r.start(2)
            for tok in re.finditer(f"[{HAN}]{{2,4}}", r.group(2)):
                if valid_name(tok.group()):
                    out.append(BylineName(tok.group(), role, [], base + tok.start(), base + tok.end()))
    # 1c. a dispatch's lead: 本报讯 记者某某报道：/ 某地电（记者 某某、某某）; a two-character
    #     name may be spaced out to the width of three (记者章 铮报道)
    for m in DISPATCH_LEAD.finditer(seg) if "记者" in seg or "通讯员" in seg else ():
        p = start + m.start(2)
        for tok in re.finditer(f"[{HAN}](?:\\s?[{HAN}]){{1,3}}", m.group(2)):
            w = re.sub(r"\s", "", tok.group())
            if valid_name(w) and not any(b.start == p + tok.start() for b in out):
                out.append(BylineName(w, m.group(1), [], p + tok.start(), p + tok.end()))
    # 2. names + 摄 at the end of a line: 某某 某某 摄
    for m in re.finditer(f"(?:^|(?<=[。]))\\s*((?:[{HAN}]{{2,3}}\\s+)+)摄\\s*$", seg, re.M):
        for tok in re.finditer(f"[{HAN}]{{2,3}}", m.group(1)):
            if valid_name(tok.group()):
                s = start + m.start(1) + tok.start()
                out.append(BylineName(tok.group(), "摄影", [], s, s + len(tok.group())))
    # 3. affiliation byline at the end of a paragraph: (单位、单位 某某、某某) / (某某 某某)
    for m in re.finditer(r"[(（]?([^()（）\n]{2,40}?)[)）]\s*$", seg, re.M):
        content = m.group(1)
        if "(" not in seg[max(0, m.start() - 1):m.start() + 1] and "（" not in seg[max(0, m.start() - 1):m.start() + 1]:
            # a garbled opening bracket: keep the tail after the last non-name character
            content = re.split(r"[^\u3400-\u9fff、\s]", content)[-1]
        parts = content.strip().split()
        if not parts:
            continue
        if any(x.rstrip(":：") in roles for x in parts) or re.match(r"(?:文|图|摄)\s*[:：/]", content.strip()):
            continue      # a credit line with roles (记者 甲 通讯员 乙; 文 甲 图 乙): read above
        names_part = parts[-1]
        names = names_part.split("、")
        unit_role = next((r for r in ("记者", "通讯员") if len(parts) >= 2 and parts[-2].endswith(r)
                          and len(parts[-2]) > len(r) + 1), None)
        if unit_role and all(valid_name(n) for n in names):
            # (某某融媒体中心记者 某某): a reporter of the media the unit names
            pos = start + m.start(1) + m.group(1).rfind(names_part)
            off = 0
            for n in names:
                i = names_part.find(n, off)
                out.append(BylineName(n, unit_role, [parts[-2][: -len(unit_role)]], pos + i, pos + i + len(n)))
                off = i + len(n)
            continue
        if len(parts) >= 2 and all(valid_name(n) for n in names):
            org_raw = [o for o in " ".join(parts[:-1]).replace(" ", "、").split("、") if o]
            if all(valid_name(x) for x in org_raw):   # (某某 某某): all names, no unit
                names, org_raw = org_raw + names, []
            pos = start + m.start(1) + m.group(1).rfind(names_part)
            off = 0
            for n in names:
                i = names_part.find(n, off)
                if not lexicon().is_surname_start(n):
                    continue
                out.append(BylineName(n, "", org_raw, pos + i, pos + i + len(n)))
                off = i + len(n)
    return out


def name_lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A line holding only a name, right after a headline line (the author of a commentary)."""
    out = []
    lines = [(m.start() + start, m.group()) for m in re.finditer(r"[^\n]+", text[start:end])]
    for (ps, prev), (s, line) in zip(lines, lines[1:]):
        w = line.strip()
        if re.fullmatch(f"[{HAN}]{{2,3}}", w) and valid_name(w) and not re.search(r"[。，,]", prev):
            i = s + line.find(w)
            out.append((w, i, i + len(w)))
    return out
