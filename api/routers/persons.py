"""Person profiles."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from api.deps import get_async_store
from api.models import Problem, PersonProfile
from api.routers.common import ID_DOC, by_role, newest_first, unique
from graph.store import AsyncStore

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("/{person_id}", response_model=PersonProfile, responses={404: {"model": Problem}})
async def person(person_id: str = Path(..., description=ID_DOC, max_length=200),
                 co_attendees: int = Query(20, ge=0, le=200, description="How many co-attendees to list"),
                 store: AsyncStore = Depends(get_async_store)) -> PersonProfile:
    """Names and aliases; every position (title, organisation, as_of, source); the events
    of each role (chaired, attended, spoke_at: GET /schema lists them), newest first; the
    people met most often at events."""
    found = await store.run_named("person_profile", id=person_id, co_limit=co_attendees)
    if not found:
        raise HTTPException(404, f"no person with id {person_id}")
    p = found[0]
    return PersonProfile(
        id=p["id"], name=p["name"], aliases=p["aliases"] or [],
        positions=newest_first(unique(p["positions"], "organisation_id", "title", "as_of"), key="as_of"),
        **by_role(newest_first(p["events"]), lambda role: role.person_field),
        co_attendees=p["co_attendees"], articles=newest_first(p["articles"]))
