"""Liveness and readiness."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import get_async_store
from graph.store import AsyncStore, StoreError
from loaders.schema import LABELS

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    detail: str = ""


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}})
async def readyz(store: AsyncStore = Depends(get_async_store)):
    """The database answers and the schema is in place (a key constraint per label); cheap
    enough for a load balancer to call often."""
    try:
        rows = await store.run_named("schema_state")
    except (StoreError, OSError) as exc:
        return JSONResponse(status_code=503, content=Health(status="unavailable", detail=str(exc)).model_dump())
    except Exception as exc:  # the driver's connection errors: unavailable, not a 500
        return JSONResponse(status_code=503, content=Health(status="unavailable", detail=f"{type(exc).__name__}: {exc}").model_dump())
    found = rows[0]["constraints"] if rows else 0
    if found < len(LABELS):
        return JSONResponse(status_code=503, content=Health(
            status="unavailable", detail=f"schema missing: {found} constraints, expected {len(LABELS)} (run govkg build)").model_dump())
    return Health(status="ok", detail=store.label)
