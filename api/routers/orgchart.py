"""Org charts: GET /orgchart/{id}?format=svg|html|mermaid|dot|json&as_of=YYYY-MM-DD.

`id` is a zone or organisation key (e.g. `zon:0d8639d7b9070bdf`; the ':' may be sent as is
or as %3A) or its exact name. The HTML page loads the vendored ECharts and its script from
/orgchart/assets/ (relative URLs, so it also works behind a path prefix) and fetches the JSON
form of the chart when its date picker changes.
"""
from __future__ import annotations

from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from pydantic import BaseModel

from api.deps import get_store
from graph import orgchart as oc
from graph.store import Store

router = APIRouter(prefix="/orgchart", tags=["org charts"])


class Format(str, Enum):
    svg = "svg"
    html = "html"
    mermaid = "mermaid"
    dot = "dot"
    json = "json"


class OrgChartPerson(BaseModel):
    id: str
    name: str
    titles: list[str]
    as_of: Optional[str] = None
    source: Optional[str] = None
    evidence: Optional[str] = None


class OrgChartBox(BaseModel):
    id: str
    label: str                     # Zone | Organisation
    name: str                      # full name
    display: str                   # name shown in the box (enclosing zone's name removed)
    short: Optional[str] = None
    kind: Optional[str] = None
    via: Optional[str] = None      # PART_OF | LOCATED_IN (how it hangs under its parent)
    depth: int
    people: list[OrgChartPerson]
    children: list["OrgChartBox"]


class OrgChartTree(BaseModel):
    as_of: Optional[str] = None    # the chart date; null = latest observations
    boxes: int
    people: int
    root: OrgChartBox


ASSETS = {
    "echarts.min.js": oc.ECHARTS,
    "orgchart.js": oc.HTML_JS,
}


@router.get("/assets/{name}", include_in_schema=False)
def asset(name: str) -> FileResponse:
    path = ASSETS.get(name)
    if path is None or not path.is_file():
        raise HTTPException(404, f"no asset {name}")
    return FileResponse(path, media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/{chart_id}", response_model=OrgChartTree,
            responses={200: {"content": {"image/svg+xml": {}, "text/html": {}, "text/plain": {}},
                             "description": "The chart in the requested format (JSON: the tree)"},
                       404: {"description": "No such zone or organisation"},
                       409: {"description": "The name designates several zones or organisations"},
                       422: {"description": "Unknown format or a bad date"}})
def orgchart(
    chart_id: str,
    format: Format = Query(Format.json, description="svg | html | mermaid | dot | json"),
    as_of: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                 description="Chart date YYYY-MM-DD; omitted = latest"),
    store: Store = Depends(get_store),
):
    """A zone's or organisation's chart: its bodies by PART_OF / LOCATED_IN and, in each, the
    people with their titles as of the date (the newest observation on or before it)."""
    try:
        as_of = oc.check_date(as_of)
    except ValueError as exc:  # e.g. 2025-02-30
        raise HTTPException(422, str(exc))
    try:
        data = oc.fetch(store, chart_id)
    except oc.UnknownRoot as exc:
        raise HTTPException(404, str(exc))
    except oc.AmbiguousRoot as exc:
        raise HTTPException(409, {"message": str(exc), "candidates": exc.candidates})
    chart = data.chart(as_of)
    if format is Format.json:
        return OrgChartTree.model_validate(chart.to_dict())
    try:
        if format is Format.svg:
            return Response(oc.to_svg(chart), media_type="image/svg+xml; charset=utf-8")
        if format is Format.html:
            return HTMLResponse(oc.to_html(chart))
        text = oc.to_mermaid(chart) if format is Format.mermaid else oc.to_dot(chart)
        return PlainTextResponse(text, media_type="text/plain; charset=utf-8")
    except oc.OrgChartError as exc:
        raise HTTPException(503, str(exc))
