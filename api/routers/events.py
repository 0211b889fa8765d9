"""Events: meetings, inspections, visits... with their chairs."""
from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from api.deps import get_store
from graph.store import Store

router = APIRouter(prefix="/events", tags=["events"])


class EventSummary(BaseModel):
    id: str
    name: str
    kind: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    chairs: list[str] = []


class EventList(BaseModel):
    items: list[EventSummary]
    limit: int
    offset: int


@router.get("", response_model=EventList)
def list_events(
    chaired_by: Optional[str] = Query(None, description="A person's name: events they chaired"),
    attended_by: Optional[str] = Query(None, description="A person's name: events they attended, chaired or spoke at"),
    organisation: Optional[str] = Query(None, description="Organiser: id or name"),
    zone: Optional[str] = Query(None, description="Zone: id or name"),
    kind: Optional[str] = Query(None, description="meeting, inspection, visit, training, ceremony, ..."),
    from_: Optional[date] = Query(None, alias="from", description="On or after (YYYY-MM-DD)"),
    to: Optional[date] = Query(None, description="On or before (YYYY-MM-DD)"),
    q: Optional[str] = Query(None, description="Part of the event's name"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    store: Store = Depends(get_store),
) -> EventList:
    """Events, newest first, filtered by any combination of the parameters."""
    rows = store.run_named("events_filter", chaired_by=chaired_by, attended_by=attended_by,
                           organisation=organisation, zone=zone, kind=kind,
                           **{"from": from_.isoformat() if from_ else None},
                           to=to.isoformat() if to else None, q=q, skip=offset, limit=limit)
    return EventList(items=[EventSummary(**r) for r in rows], limit=limit, offset=offset)
