"""The `govkg` command line: the build, query and serve commands. The shared options and
helpers are in api.cli_common; the chart and export commands in api.cli_charts."""
from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from api.cli_common import (ALIASES, DATA, NER, URI, app, check_ner, err, fail, open_store, out,
                            read_aliases, settings_from)

server_app = typer.Typer(no_args_is_help=True, help="The embedded ArcadeDB server of a data folder.")
app.add_typer(server_app, name="server")


@app.callback()
def _root() -> None:
    """govkg: build, query and serve a graph of who holds which post, who met where, who oversees what."""


@app.command()
def extract(
    path: Path = typer.Argument(..., help="One bulletin file."),
    format: str = typer.Option("json", "--format", "-f", help="json (the score.py contract)"),
    ner: str = NER,
    aliases: Optional[Path] = ALIASES,
) -> None:
    """Print one document's graph as JSON (no database needed)."""
    from loaders.pipeline import read_document
    from loaders.sources import SourceError

    if format != "json":
        raise fail(f"unknown format {format!r}; supported: json")
    try:
        facts = read_document(path, ner=check_ner(ner), aliases=read_aliases(settings_from(aliases=aliases)))
    except SourceError as exc:
        raise fail(f"{exc.path}: {exc.reason}")
    sys.stdout.write(facts.to_json() + "\n")


@app.command("ner")
def ner_lines(ner: str = NER) -> None:
    """Entity spans (PER / ORG / LOC / TITLE) of each line on stdin, one JSON line per input
    line: {"text": ..., "entities": [{"start", "end", "label", "text"}]}; offsets index the
    line as given."""
    from loaders.extract.spans import entity_spans

    check_ner(ner)
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        sys.stdout.write(json.dumps({"text": text, "entities": entity_spans(text, ner=ner)},
                                    ensure_ascii=False) + "\n")
        sys.stdout.flush()


@app.command("eval")
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Folder of <doc>.gold.json annotations"),
    docs: Path = typer.Option(..., "--docs", help="Folder of the <doc>.txt bulletins"),
    ner: str = NER,
    per_doc: bool = typer.Option(False, "--per-doc", help="A table per document too"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Precision, recall and F1 of extraction against gold annotations."""
    from loaders.evaluate import METRICS, evaluate as run_eval
    from loaders.pipeline import read_document

    if not gold.is_dir() or not any(gold.glob("*.gold.json")):
        raise fail(f"{gold}: no *.gold.json files")
    check_ner(ner)
    micro, docs_results, failures = run_eval(gold, docs, lambda p: read_document(p, ner=ner).to_json_dict())
    if as_json:
        sys.stdout.write(json.dumps({"micro": micro, "per_doc": docs_results, "failures": failures},
                                    ensure_ascii=False, indent=1) + "\n")
    else:
        for stem, res in (docs_results.items() if per_doc else ()):
            print_scores(res, stem)
        print_scores(micro, f"all {len(docs_results)} documents (micro-averaged)")
    for f in failures:
        err.print(f"[red]failed[/red] {escape(f)}", highlight=False)
    print("F1 " + " ".join(f"{m.replace(' ', '_')}={micro[m][2]:.3f}" for m in METRICS if m in micro))
    if failures:
        raise typer.Exit(1)


def print_scores(results: dict, title: str) -> None:
    from loaders.evaluate import METRICS
    table = Table(title=title)
    for c in ("metric", "P", "R", "F1"):
        table.add_column(c, justify="left" if c == "metric" else "right")
    for m in METRICS:
        if m in results:
            table.add_row(m, *(f"{v:.3f}" for v in results[m]))
    out.print(table)


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help="Bulletin files or folders."),
    ner: str = NER,
    force: bool = typer.Option(False, "--force", help="Re-extract documents already loaded by this version"),
    aliases: Optional[Path] = ALIASES,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction worker processes (default: one per core)"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Load bulletins into the graph (one transaction per document)."""
    settings = settings_from(uri, data, aliases)
    known = read_aliases(settings)
    check_ner(ner)
    with open_store(settings) as store:
        err.print(f"store: {escape(store.label)}", highlight=False)
        report = load_with_progress(store, paths, ner, force, known, jobs)
    if report.failed:
        raise typer.Exit(1)


def load_with_progress(store, paths: list[Path], ner: str, force: bool, aliases=None, jobs=None):
    """Builds with a progress bar (documents, articles, facts) and a line per file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graph.build import build as run_build
    from loaders.sources import iter_paths

    files = iter_paths(paths)
    if not files:
        raise fail("no bulletin files (*.txt, *.md) under " + ", ".join(map(str, paths)))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), console=err) as bar:
        task = bar.add_task("documents", total=len(files), counts="")
        totals = {"articles": 0, "facts": 0}

        def advance(o) -> None:
            totals["articles"] += o.articles
            totals["facts"] += o.nodes + o.relationships
            bar.update(task, advance=1,
                       counts=f"{totals['articles']} articles, {totals['facts']} facts written")

        report = run_build(store, files, ner=ner, force=force, on_file=advance, aliases=aliases, jobs=jobs)
    for f in report.files:
        if f.status == "failed":
            err.print(f"[red]failed[/red]    {escape(f.path)}: {escape(f.reason)}", highlight=False)
        else:
            err.print(escape(f"{f.status:<11} {f.path} ({f.encoding}, {f.articles} articles, "
                             f"{f.nodes} nodes, {f.relationships} relationships)"), highlight=False)
    ok = len(report.files) - len(report.failed)
    err.print(f"{ok} of {len(report.files)} documents loaded or unchanged, {len(report.failed)} failed", highlight=False)
    return report


@app.command()
def stats(uri: Optional[str] = URI, data: Optional[Path] = DATA) -> None:
    """Node counts per label and relationship counts per type."""
    with open_store(settings_from(uri, data)) as store:
        print_table(store.run_named("node_counts"), "nodes")
        print_table(store.run_named("relationship_counts"), "relationships")


@app.command()
def query(
    name: str = typer.Argument(..., help="A query in cypher/queries/ (without .cypher)"),
    param: list[str] = typer.Option([], "--param", "-p", help="k=v (v read as JSON when it parses, else text)"),
    as_json: bool = typer.Option(False, "--json", help="Print rows as JSON"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Run a named query from the Cypher pack and print a table."""
    from graph import cypher
    from graph.store import StoreError

    try:
        named = cypher.load(name)
    except cypher.UnknownQuery:
        raise fail(f"no query named {name!r}; available: {', '.join(cypher.names())}")
    params = parse_params(param)
    missing = [p for p in named.params if p not in params]
    if missing:
        raise fail(f"{name} needs --param for: {', '.join(missing)}")
    with open_store(settings_from(uri, data)) as store:
        try:
            rows = store.read(named.text, params)
        except StoreError as exc:
            raise fail(str(exc))
    print_rows(rows, named.title, as_json)


@app.command("cypher")
def run_cypher(
    statement: str = typer.Argument(..., help="A read-only Cypher statement"),
    param: list[str] = typer.Option([], "--param", "-p", help="k=v"),
    limit: int = typer.Option(1000, "--limit", help="At most this many rows"),
    as_json: bool = typer.Option(False, "--json"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Run ad-hoc read-only Cypher (write clauses are refused)."""
    from graph.readonly import write_clause
    from graph.store import StoreError

    clause = write_clause(statement)
    if clause:
        raise fail(f"read-only: {clause} is a write clause")
    with open_store(settings_from(uri, data)) as store:
        try:
            rows = store.read(statement, parse_params(param), limit=limit, timeout=30)
        except StoreError as exc:
            raise fail(str(exc))
    print_rows(rows, "", as_json)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    workers: int = typer.Option(1, "--workers", min=1, help="API worker processes (each with its own driver)"),
    build_paths: list[Path] = typer.Option([], "--build", help="Load these files or folders first"),
    ner: str = NER,
    aliases: Optional[Path] = ALIASES,
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Serve the REST API and the web page."""
    from api import server
    from api.app import create_app

    settings = settings_from(uri, data, aliases)
    if build_paths:
        check_ner(ner)
    store = open_store(settings, keep_server=False)
    try:
        err.print(f"store: {escape(store.label)}", highlight=False)
        if build_paths:
            report = load_with_progress(store, build_paths, ner, False, read_aliases(settings))
            if report.failed:
                err.print("[yellow]serving anyway: the other documents are loaded[/yellow]")
        try:
            sock = server.listen(host, port)
        except OSError as exc:
            raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
        bound = sock.getsockname()[1]
        err.print(f"govkg API on http://{host}:{bound}/  (OpenAPI: http://{host}:{bound}/docs) — "
                  "press Ctrl+C to stop", highlight=False)
        if workers == 1:
            server.run(create_app(store), sock)
        else:
            # each (forked) worker opens its own connection to the same database, with the
            # settings given to it here, flags included
            server.run_workers(partial(create_app, settings=settings), sock, workers)
    finally:
        store.close()


@server_app.command("start")
def server_start(data: Optional[Path] = DATA) -> None:
    """Start the embedded server and leave it running for later commands."""
    from graph import arcadedb
    settings = settings_from(data=data)
    try:
        info, started = arcadedb.start(settings.data.resolve(), settings.heap, keep=True)
    except arcadedb.ServerError as exc:
        raise fail(str(exc))
    out.print(f"{'started' if started else 'already running'}: {info.uri} (pid {info.pid})", highlight=False)


@server_app.command("stop")
def server_stop(data: Optional[Path] = DATA) -> None:
    """Stop the embedded server of the data folder."""
    from graph import arcadedb
    out.print("stopped" if arcadedb.stop(settings_from(data=data).data.resolve()) else "not running")


@server_app.command("status")
def server_status(data: Optional[Path] = DATA) -> None:
    """Is the embedded server running?"""
    from graph import arcadedb
    info = arcadedb.read_info(settings_from(data=data).data.resolve())
    out.print(f"running: {info.uri} (pid {info.pid})" if info else "not running", highlight=False)
    if info is None:
        raise typer.Exit(1)


def parse_params(pairs: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise fail(f"--param takes k=v, got {pair!r}")
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


def print_rows(rows: list[dict[str, Any]], title: str, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        print_table(rows, title)


def print_table(rows: list[dict[str, Any]], title: str) -> None:
    table = Table(title=title or None, show_lines=False)
    columns = list(rows[0]) if rows else []
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(Text("" if r[c] is None else str(r[c])) for c in columns))
    out.print(table)
    out.print(f"({len(rows)} rows)", highlight=False)


def main() -> None:
    app()


# registers orgchart/export/import on the shared app; last, so that --help lists them last
from api import cli_charts  # noqa: E402,F401
