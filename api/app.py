"""The FastAPI application: routers per resource, pydantic models as the contract, and the
web page (static files, no CDN) at /."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

import neo4j
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.routers import (ask, cypher, events, health, organisations, orgchart, paths, persons, projects, schema,
                         search, zones)
from graph.store import Store, StoreError
from loaders.settings import Settings, current

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("govkg.api")


def create_app(store: Store | None = None, settings: Settings | None = None) -> FastAPI:
    """With no store, one is opened with `settings` when the app starts and closed when it
    stops; with no settings either (an app factory run by uvicorn --factory), with the
    settings of the environment (loaders.settings)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = None
        if getattr(app.state, "store", None) is None:
            owned = app.state.store = Store.open(settings or current())
        # the look-ups' driver belongs to this event loop: made here, closed here
        app.state.async_store = app.state.store.async_store()
        try:
            yield
        finally:
            await app.state.async_store.close()
            if owned is not None:
                owned.close()

    app = FastAPI(title="govkg", version="0.1.0", lifespan=lifespan,
                  description="Who holds which post, who chaired and attended which meeting, "
                              "and which department oversees which project — read from Chinese "
                              "government bulletins. Every answer comes from a named query of the "
                              "Cypher pack (`cypher/queries/`); ids are node keys.")
    app.state.store = store

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": f"graph database: {exc}"})

    @app.exception_handler(neo4j.exceptions.DriverError)
    async def driver_error(request: Request, exc: neo4j.exceptions.DriverError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": f"graph database unavailable: {exc}"})

    @app.exception_handler(neo4j.exceptions.Neo4jError)
    async def database_error(request: Request, exc: neo4j.exceptions.Neo4jError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": f"graph database: {exc.message or exc}"})

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": jsonable_errors(exc)})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail},
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # a bug, not bad input: say so in JSON and keep the traceback in the server log
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(status_code=500, content={"detail": f"internal error: {type(exc).__name__}"})

    for module in (health, search, persons, events, organisations, zones, projects, paths, ask, cypher,
                   orgchart, schema):
        app.include_router(module.router)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict]:
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]
