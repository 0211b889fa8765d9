"""Named Cypher statements, loaded from the `cypher/` pack: the only place Cypher lives."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

PARAM = re.compile(r"(?<![\w$])\$([A-Za-z_]\w*)")


class UnknownQuery(KeyError):
    pass


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str          # the `// title` line, the name Neo4j Browser shows for the favourite
    text: str
    params: tuple[str, ...]

    def bind(self, values: dict) -> dict:
        """The query's parameters from `values`; missing ones are null, which the pack's
        queries read as "no filter"."""
        return {p: values.get(p) for p in self.params}


def _pack():
    return files("cypher")


@lru_cache(maxsize=None)
def load(name: str, folder: str = "queries") -> NamedQuery:
    """`load("who_chaired")` reads cypher/queries/who_chaired.cypher."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise UnknownQuery(name)
    res = _pack().joinpath(folder, f"{name}.cypher") if folder else _pack().joinpath(f"{name}.cypher")
    if not res.is_file():
        raise UnknownQuery(name)
    text = res.read_text(encoding="utf-8")
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    title = first[2:].strip() if first.startswith("//") else name
    params = tuple(dict.fromkeys(PARAM.findall(_strip_comments(text))))
    return NamedQuery(name, title, text, params)


def names(folder: str = "queries") -> list[str]:
    return sorted(p.name[:-len(".cypher")] for p in _pack().joinpath(folder).iterdir()
                  if p.name.endswith(".cypher"))


def statements(name: str) -> list[str]:
    """A multi-statement file (schema.cypher) split on `;` at line ends."""
    text = _strip_comments(load(name, folder="").text)
    return [s.strip() for s in re.split(r";\s*\n", text + "\n") if s.strip()]


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
