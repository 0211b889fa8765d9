"""Organisations and the projects they oversee."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from api.deps import get_store
from graph.store import Store

router = APIRouter(prefix="/organisations", tags=["organisations"])


class ProjectLink(BaseModel):
    id: str
    project: str
    relation: str           # OVERSEES or OWNS
    investment: Optional[str] = None
    evidence: Optional[str] = None
    source: Optional[str] = None


class OrganisationProjects(BaseModel):
    organisation: str
    items: list[ProjectLink]


@router.get("/{org_id}/projects", response_model=OrganisationProjects,
            responses={404: {"description": "No such organisation"}})
def organisation_projects(org_id: str, store: Store = Depends(get_store)) -> OrganisationProjects:
    """The projects an organisation oversees (pushes, serves) or owns, with evidence."""
    found = store.run_named("organisation_by_id", id=org_id)
    if not found:
        raise HTTPException(404, f"no organisation {org_id}")
    rows = store.run_named("projects_overseen_by", org=org_id)
    return OrganisationProjects(organisation=found[0]["name"], items=[ProjectLink(**r) for r in rows])
