"""The product's settings: the one place that reads the environment.

Every environment variable govkg reads is a field of `Settings` below, declared with its
variable's name and its default. The entry points (the `govkg` command, the app factory,
`python -m graph.arcadedb`) take `current()` — read once per process — lay the command's
flags over it with `override`, and pass the result down; the graph and loader functions
take explicit values and never look at the environment. `govkg serve --workers N` hands
the same object to every worker process (they are forked), so nothing is written back
into the environment.

It lives at the bottom layer (loaders; it imports nothing of the project) so that loaders,
graph and api may all import it without an upward import.

A frozen dataclass rather than pydantic-settings: every value is a string or a path, the
variables share no prefix (NEO4J_*, GOVKG_*, HANLP_HOME) for its prefix machinery to use,
and nothing is parsed from .env files or serialised, so a second dependency would add
nothing here. Frozen: no code can change a setting behind the others' backs.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping


def _env(variable: str, default: Any = None, *, path: bool = False, secret: bool = False) -> Any:
    """A setting read from `variable`; `path`: read as a Path; `secret`: kept out of repr."""
    return field(default=default, repr=not secret, metadata={"env": variable, "path": path})


@dataclass(frozen=True)
class Settings:
    # a Neo4j 5 server; with no URI the embedded ArcadeDB store of `data` is used
    neo4j_uri: str | None = _env("NEO4J_URI")
    neo4j_user: str = _env("NEO4J_USER", "neo4j")
    neo4j_password: str = _env("NEO4J_PASSWORD", "", secret=True)
    neo4j_database: str | None = _env("NEO4J_DATABASE")  # None: the server's default database
    # the embedded store: its folder (relative to the working directory) and the Java heap
    data: Path = _env("GOVKG_DATA", Path(".govkg"), path=True)
    heap: str = _env("GOVKG_HEAP", "1g")
    # the aliases file; None: ./aliases.yaml when there is one (loaders.aliases)
    aliases: Path | None = _env("GOVKG_ALIASES", path=True)
    # the folder holding a HanLP NER model (the `hanlp` name finder)
    hanlp_home: Path | None = _env("HANLP_HOME", path=True)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """The settings `environ` (default: this process's environment) gives; a variable
        that is unset or empty leaves its default."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw:
                values[f.name] = Path(raw) if f.metadata["path"] else raw
        return cls(**values)

    def override(self, **flags: Any) -> "Settings":
        """Command-line flags over these settings: a flag that was not given (None) keeps
        the value from the environment or the default."""
        given = {name: value for name, value in flags.items() if value is not None}
        return replace(self, **given)


# setting -> its environment variable, e.g. VARIABLES["data"] == "GOVKG_DATA"
VARIABLES: dict[str, str] = {f.name: f.metadata["env"] for f in fields(Settings)}


@lru_cache(maxsize=1)
def current() -> Settings:
    """This process's settings, read from the environment on first use and not again (a
    test that changes a variable calls `current.cache_clear()`)."""
    return Settings.from_env()
