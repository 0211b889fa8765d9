"""Organisations: names, parent and children, members, events organised, projects."""
from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Path, Query

from api.deps import get_async_store
from api.models import OrganisationDetail, OrganisationProjects, ProjectLink, Problem
from api.routers.common import ID_DOC, newest_first, one
from graph.store import AsyncStore

router = APIRouter(prefix="/organisations", tags=["organisations"])


@router.get("/{org_id}", response_model=OrganisationDetail, responses={404: {"model": Problem}})
async def organisation(org_id: str = Path(..., description=ID_DOC, max_length=200),
                       as_of: Optional[date] = Query(None, description="Members' titles as known on this date"),
                       store: AsyncStore = Depends(get_async_store)) -> OrganisationDetail:
    """Full and short name, parent and child organisations, members with their titles and
    as_of, and the events it organised (newest first)."""
    o = await one(store, "organisation_profile", "organisation", org_id)
    members = await store.run_named("org_members_as_of", id=org_id, as_of=as_of.isoformat() if as_of else None)
    return OrganisationDetail(id=o["id"], name=o["name"], short=o["short"], kind=o["kind"],
                              parents=o["parents"], children=sorted(o["children"], key=lambda c: c["name"] or ""),
                              zones=o["zones"], members=members, events=newest_first(o["events"]))


@router.get("/{org_id}/projects", response_model=OrganisationProjects, responses={404: {"model": Problem}})
async def organisation_projects(org_id: str = Path(..., description=ID_DOC, max_length=200),
                                store: AsyncStore = Depends(get_async_store)) -> OrganisationProjects:
    """The projects an organisation oversees (pushes, serves) or owns, with evidence."""
    found = await one(store, "organisation_by_id", "organisation", org_id)
    rows = await store.run_named("projects_overseen_by", org=org_id)
    return OrganisationProjects(organisation=found["name"], items=[ProjectLink(**r) for r in rows])
