"""Events: meetings, inspections, visits... with their chairs, attendees and organisers."""
from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Path, Query

from api.deps import get_async_store
from api.models import EventDetail, EventList, EventSummary, Problem
from api.routers.common import ID_DOC, by_role, one
from api.text import simplified
from graph.store import AsyncStore

router = APIRouter(prefix="/events", tags=["events"])


def _opt(value: Optional[str]) -> Optional[str]:
    return simplified(value) if value else None


@router.get("", response_model=EventList, responses={422: {"model": Problem}})
async def list_events(
    chaired_by: Optional[str] = Query(None, max_length=100, description="A person's name or id: events they chaired"),
    attended_by: Optional[str] = Query(None, max_length=100, description="A person's name or id: events they took part in, in any role (GET /schema)"),
    organisation: Optional[str] = Query(None, max_length=100, description="Organiser: id, full or short name"),
    zone: Optional[str] = Query(None, max_length=100, description="Zone: id or name"),
    kind: Optional[str] = Query(None, max_length=40, description="meeting, inspection, visit, training, ceremony, ..."),
    from_: Optional[date] = Query(None, alias="from", description="On or after (YYYY-MM-DD)"),
    to: Optional[date] = Query(None, description="On or before (YYYY-MM-DD)"),
    q: Optional[str] = Query(None, max_length=100, description="Part of the event's name"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=100000),
    store: AsyncStore = Depends(get_async_store),
) -> EventList:
    """Events, newest first, filtered by any combination of the parameters (names may be
    typed in Traditional or Simplified characters)."""
    query = "events_of_person" if chaired_by or attended_by else "events_filter"
    rows = await store.run_named(query, person=_opt(chaired_by or attended_by), chaired_by=_opt(chaired_by), attended_by=_opt(attended_by),
                           organisation=_opt(organisation), zone=_opt(zone), kind=kind,
                           **{"from": from_.isoformat() if from_ else None},
                           to=to.isoformat() if to else None, q=_opt(q), skip=offset, limit=limit)
    items = [EventSummary(**{**r, "chairs": list(dict.fromkeys(r["chairs"] or []))}) for r in rows]
    return EventList(items=items, limit=limit, offset=offset)


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": Problem}})
async def event(event_id: str = Path(..., description=ID_DOC, max_length=200),
                store: AsyncStore = Depends(get_async_store)) -> EventDetail:
    """Date, kind, zone, the people of each role (chairs, attendees with their role,
    speakers: GET /schema lists them), organisers, projects, and every evidence sentence."""
    e = await one(store, "event_profile", "event", event_id)
    people = sorted(e["people"], key=lambda p: p["name"] or "")
    evidence = [x["evidence"] for x in (*people, *e["organisers"]) if x.get("evidence")]
    return EventDetail(
        id=e["id"], name=e["name"], kind=e["kind"], date=e["date"], date_text=e["date_text"],
        zones=e["zones"], **by_role(people, lambda role: role.event_field),
        organisers=e["organisers"], projects=e["projects"], articles=e["articles"],
        evidence=list(dict.fromkeys(evidence)))
