"""The FastAPI application: routers per resource, pydantic models as the contract."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api.routers import events, health, organisations
from graph.store import Store, StoreError


def create_app(store: Store | None = None) -> FastAPI:
    """With no store, one is opened from the environment (NEO4J_URI or the embedded store)
    when the app starts and closed when it stops."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = None
        if getattr(app.state, "store", None) is None:
            owned = app.state.store = Store.open()
        try:
            yield
        finally:
            if owned is not None:
                owned.close()

    app = FastAPI(title="govkg", version="0.1.0", lifespan=lifespan,
                  description="Who holds which post, who chaired and attended which meeting, "
                              "and which department oversees which project — read from Chinese "
                              "government bulletins.")
    app.state.store = store

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": f"graph database: {exc}"})

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": jsonable_errors(exc)})

    for router in (health.router, events.router, organisations.router):
        app.include_router(router)
    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict]:
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]
