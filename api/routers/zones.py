"""Zones: provinces, cities, counties, development zones, streets, villages."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from api.deps import get_async_store
from api.models import Problem, ZoneDetail
from api.routers.common import ID_DOC, newest_first, one
from graph.store import AsyncStore

router = APIRouter(prefix="/zones", tags=["zones"])


@router.get("/{zone_id}", response_model=ZoneDetail, responses={404: {"model": Problem}})
async def zone(zone_id: str = Path(..., description=ID_DOC, max_length=200),
               events: int = Query(20, ge=0, le=500, description="How many recent events"),
               store: AsyncStore = Depends(get_async_store)) -> ZoneDetail:
    """Organisations located in the zone, its parent and sub-zones, projects, recent events."""
    z = await one(store, "zone_profile", "zone", zone_id)
    by_name = lambda items: sorted(items, key=lambda i: i.get("name") or "")  # noqa: E731
    return ZoneDetail(id=z["id"], name=z["name"], kind=z["kind"], parents=z["parents"],
                      subzones=by_name(z["subzones"]), organisations=by_name(z["organisations"]),
                      projects=by_name(z["projects"]), events=newest_first(z["events"])[:events])
