"""Liveness and readiness."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import get_store
from graph.store import Store, StoreError

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    detail: str = ""


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}})
def readyz(store: Store = Depends(get_store)):
    """The database answers and the schema is in place."""
    try:
        store.run_named("node_counts")
    except StoreError as exc:
        return JSONResponse(status_code=503, content=Health(status="unavailable", detail=str(exc)).model_dump())
    return Health(status="ok", detail=store.label)
