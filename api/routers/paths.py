"""The shortest connection between two entities."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from api.deps import get_async_store
from api.models import PathNode, PathResult, Problem
from api.text import variants
from graph.store import AsyncStore

router = APIRouter(tags=["path"])


async def _resolve(store: AsyncStore, value: str, which: str) -> dict:
    """An id, or else a name: the best exact search hit."""
    rows = await store.run_named("node_by_id", id=value)
    if rows:
        return rows[0]
    hits = await store.run_named("search", terms=list(variants(value)), label=None, skip=0, limit=1)
    items = hits[0]["items"] if hits else []
    if items and items[0]["rank"] == 0:
        return {"id": items[0]["id"], "label": items[0]["label"], "name": items[0]["name"]}
    raise HTTPException(404, f"{which}: no entity with id or name {value}")


@router.get("/path", response_model=PathResult, response_model_by_alias=True,
            responses={404: {"model": Problem}, 422: {"model": Problem}})
async def path(from_: str = Query(..., alias="from", min_length=1, max_length=200, description="An id, or an exact name"),
               to: str = Query(..., min_length=1, max_length=200, description="An id, or an exact name"),
               store: AsyncStore = Depends(get_async_store)) -> PathResult:
    """The shortest chain of facts (positions, events, organisers, projects, places) linking
    two entities, e.g. how 周童 and 王飞 are linked; each relationship with its evidence.
    Article mentions do not count as a link."""
    a, b = await _resolve(store, from_, "from"), await _resolve(store, to, "to")
    if a["id"] == b["id"]:
        raise HTTPException(422, "from and to are the same entity")
    rows = await store.run_named("shortest_path", **{"from": a["id"], "to": b["id"]})
    base = {"from": PathNode(**a), "to": PathNode(**b)}
    if not rows:
        return PathResult(**base, connected=False, nodes=[], relationships=[])
    r = rows[0]
    return PathResult(**base, connected=True, length=r["length"], nodes=r["nodes"], relationships=r["relationships"])
