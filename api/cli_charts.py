"""`govkg orgchart`, `govkg export` and `govkg import` (registered on the shared app of
api.cli_common)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from api.cli_common import DATA, URI, app, err, fail, open_store, settings_from


@app.command()
def orgchart(
    root: str = typer.Argument(..., help="A zone or organisation: its name (e.g. 三门峡经济开发区) or id (key)"),
    format: str = typer.Option("svg", "--format", "-f", help="svg | html | mermaid | dot | json"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Chart date YYYY-MM-DD (default: latest)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file (default: stdout)"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Draw the org chart of a zone or organisation: its bodies and who holds which post.

    HTML written with -o is self-contained (the chart library inlined, a snapshot for every
    date where the chart changes), so it opens offline with a working date picker."""
    from graph import orgchart as oc

    if format not in oc.FORMATS:
        raise fail(f"unknown format {format!r}; supported: {', '.join(oc.FORMATS)}")
    try:
        as_of = oc.check_date(as_of)
    except ValueError as exc:
        raise fail(str(exc))
    with open_store(settings_from(uri, data)) as store:
        try:
            chart_data = oc.fetch(store, root)
            chart = chart_data.chart(as_of)
            text = oc.render(chart, format, data=chart_data, standalone=True)
        except oc.OrgChartError as exc:
            raise fail(str(exc))
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        err.print(f"{format} chart of {chart.root.name} ({chart.boxes} boxes, {chart.people} people"
                  f"{', as of ' + as_of if as_of else ''}) -> {output}", highlight=False)


@app.command()
def export(
    format: str = typer.Option(..., "--format", "-f", help="json | graphml | gexf | cypher | csv"),
    output: Path = typer.Option(..., "-o", "--output", help="A file (for csv: a folder)"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Export the whole graph: JSON (the `govkg extract` contract), GraphML / GEXF (Gephi),
    a Cypher script for cypher-shell, or CSV files for `neo4j-admin database import`."""
    from graph import export as ex

    if format not in ex.FORMATS:
        raise fail(f"unknown format {format!r}; supported: {', '.join(ex.FORMATS)}")
    with open_store(settings_from(uri, data)) as store:
        result = ex.export(store, format, output)
    err.print(f"{result['nodes']} nodes, {result['relationships']} relationships -> "
              + ", ".join(str(f) for f in result["files"]), highlight=False)


@app.command("import")
def import_(
    path: Path = typer.Argument(..., help="A JSON graph (govkg export --format json, or govkg extract)"),
    uri: Optional[str] = URI,
    data: Optional[Path] = DATA,
) -> None:
    """Load a JSON graph into the store (MERGE on keys: importing twice changes nothing)."""
    from graph.importer import ImportFailed, import_graph, read_json

    try:
        graph = read_json(path)
    except ImportFailed as exc:
        raise fail(str(exc))
    with open_store(settings_from(uri, data)) as store:
        try:
            result = import_graph(store, graph)
        except ImportFailed as exc:
            raise fail(f"{path}: {exc}")
    err.print(f"imported {result.nodes} nodes, {result.relationships} relationships from {path}",
              highlight=False)
