"""Search across persons, organisations, zones, events and projects (Traditional or Simplified)."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_async_store
from api.models import Problem, SearchHit, SearchResult
from api.text import variants
from graph.store import AsyncStore

router = APIRouter(tags=["search"])


class Label(str, Enum):
    Person = "Person"
    Organisation = "Organisation"
    Zone = "Zone"
    Event = "Event"
    Project = "Project"


@router.get("/search", response_model=SearchResult, responses={422: {"model": Problem}})
async def search(q: str = Query(..., min_length=1, max_length=100, description="A name or part of one, 繁體 or 简体"),
                 label: Optional[Label] = Query(None, description="Only this kind of entity"),
                 limit: int = Query(20, ge=1, le=200),
                 offset: int = Query(0, ge=0, le=100000),
                 store: AsyncStore = Depends(get_async_store)) -> SearchResult:
    """Ranked: exact names (or aliases, short names) first, then names starting with the
    query, then names containing it; persons before organisations, zones, projects, events."""
    forms = list(variants(q))
    rows = await store.run_named("search", terms=forms, label=label.value if label else None, skip=offset, limit=limit)
    row = rows[0] if rows else {"total": 0, "items": []}
    items = [SearchHit(**{**h, "aliases": h.get("aliases") or []}) for h in row["items"] or []]
    return SearchResult(query=q, forms=forms, total=row["total"], limit=limit, offset=offset, items=items)
