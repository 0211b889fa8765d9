"""The user's aliases file: merge variants into one entity, or join one person's zones.

A YAML file (default `aliases.yaml` in the working directory, or `--aliases FILE`, or
$GOVKG_ALIASES, see loaders.settings), applied to every document on every build:

    persons:
      - name: 王文峰              # the canonical name
        variants: [王文锋]         # other spellings that mean this person
        zones: [周口经济开发区]     # optional: only in bulletins of these zones; with two
                                   # or more, the person in each is one and the same
    organisations:
      - name: 三门峡经济开发区向阳街道办事处
        variants: [开发区向阳街道办事处]

By default a person is a name within the bulletin's home zone, so namesakes in unrelated
zones stay apart; listing both zones in one entry merges them, and giving one of two
namesakes a distinct canonical name (a variant matched only in its zone) splits them.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from loaders import facts as F

DEFAULT_FILE = "aliases.yaml"


class AliasesError(ValueError):
    pass


@dataclass
class Entry:
    name: str
    variants: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()


@dataclass
class Aliases:
    persons: list[Entry] = field(default_factory=list)
    organisations: list[Entry] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.persons or self.organisations)

    def digest(self) -> str:
        """Changes when the entries change, so that a build re-reads every document."""
        return hashlib.sha1(repr((self.persons, self.organisations)).encode()).hexdigest()[:8]


def load_aliases(path: str | os.PathLike | None = None) -> Aliases:
    """The given file (which must exist: --aliases or $GOVKG_ALIASES), else ./aliases.yaml
    if present."""
    p = Path(path or DEFAULT_FILE)
    if not p.exists():
        if path:
            raise AliasesError(f"{p}: no such aliases file")
        return Aliases()
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise AliasesError(f"{p}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise AliasesError(f"{p}: expected the keys 'persons' and/or 'organisations'")
    return Aliases(_entries(raw.get("persons"), p, "persons"),
                   _entries(raw.get("organisations"), p, "organisations"))


def _entries(items, path: Path, section: str) -> list[Entry]:
    out = []
    for i, item in enumerate(items or []):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise AliasesError(f"{path}: {section}[{i}] needs a 'name'")
        out.append(Entry(item["name"].strip(), tuple(map(str, item.get("variants") or ())),
                         tuple(map(str, item.get("zones") or ()))))
    return out


def apply_aliases(facts: F.DocumentFacts, aliases: Aliases) -> None:
    """Renames and re-keys the document's persons and organisations in place."""
    if not aliases:
        return
    for node in list(facts.of_label(F.PERSON)):
        entry = _match(aliases.persons, node.props.get("name", ""), facts.scope)
        if entry:
            scope = entry.zones[0] if len(entry.zones) > 1 else facts.scope
            _rename(facts, node, entry.name, F.person_key(entry.name, scope))
    for node in list(facts.of_label(F.ORGANISATION)):
        entry = _match(aliases.organisations, node.props.get("name", ""), facts.scope)
        if entry:
            _rename(facts, node, entry.name, F.organisation_key(entry.name))


def _match(entries: list[Entry], name: str, scope: str) -> Entry | None:
    for e in entries:
        if (name == e.name or name in e.variants) and (not e.zones or scope in e.zones):
            return e
    return None


def _rename(facts: F.DocumentFacts, node: F.Node, name: str, key: str) -> None:
    old = node.props.get("name", "")
    aliases = list(node.props.get("aliases") or [])
    if old != name and old not in aliases:
        aliases.append(old)
    if key != node.key:
        facts.rekey(node.key, key, name=name, aliases=aliases)
    else:
        node.props.update(name=name, aliases=aliases)
