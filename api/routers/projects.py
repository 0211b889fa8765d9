"""Projects: who oversees and owns them, their investment, the events concerning them."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path

from api.deps import get_async_store
from api.models import Problem, ProjectDetail
from api.routers.common import ID_DOC, newest_first, one
from graph.store import AsyncStore

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("/{project_id}", response_model=ProjectDetail, responses={404: {"model": Problem}})
async def project(project_id: str = Path(..., description=ID_DOC, max_length=200),
                  store: AsyncStore = Depends(get_async_store)) -> ProjectDetail:
    """Overseers and owners (with evidence), investment, zones, events concerning it."""
    j = await one(store, "project_profile", "project", project_id)
    orgs = j["organisations"]
    return ProjectDetail(id=j["id"], name=j["name"], investment=j["investment"],
                         overseers=[o for o in orgs if o["relation"] == "OVERSEES"],
                         owners=[o for o in orgs if o["relation"] == "OWNS"],
                         zones=j["zones"], events=newest_first(j["events"]))
