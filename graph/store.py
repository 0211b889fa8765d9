"""The Bolt store: the official `neo4j` driver against Neo4j or the embedded ArcadeDB.

One code path for both: the settings' `neo4j_uri` (`--uri` or $NEO4J_URI) names a Neo4j 5
server; without it the embedded ArcadeDB server of the data folder is used, started on
demand. The settings come from the caller (see loaders.settings); nothing here reads the
environment.

`Store` (the driver's blocking API) serves the command line, the loaders and the blocking
parts of the API; `AsyncStore` runs the same named queries on the driver's asyncio API for
the web service's look-ups, which then need no thread hop per request.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import neo4j
from neo4j import GraphDatabase

from graph import arcadedb, cypher
from loaders.settings import Settings


class StoreError(RuntimeError):
    """The database could not be reached or refused a statement; the message says which."""


@dataclass
class Target:
    uri: str
    user: str
    password: str
    database: str | None
    embedded_root: Path | None = None  # set when the target is our embedded server


def resolve_target(settings: Settings) -> Target:
    """A Neo4j URI -> that server; otherwise the embedded store of the data folder (the
    server is not started here: see Store.open)."""
    if settings.neo4j_uri:
        return Target(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password,
                      settings.neo4j_database)
    return Target("", arcadedb.USER, "", arcadedb.DATABASE, settings.data.resolve())


@dataclass
class Store:
    driver: neo4j.Driver
    database: str | None
    target: Target
    owns_server: bool = False
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def open(cls, settings: Settings, keep_server: bool = False) -> "Store":
        """Connects to the database `settings` name, starting the embedded server when
        needed (and stopping it on close, unless `keep_server` or another process runs it)."""
        target = resolve_target(settings)
        owns = False
        if target.embedded_root is not None:
            try:
                info, owns = arcadedb.start(target.embedded_root, settings.heap, keep=keep_server)
            except arcadedb.ServerError as exc:
                raise StoreError(str(exc)) from exc
            target.uri, target.password = info.uri, info.password
        driver = GraphDatabase.driver(target.uri, auth=(target.user, target.password),
                                      max_connection_lifetime=3600)
        try:
            driver.verify_connectivity()
        except Exception as exc:  # the driver raises several kinds; the user needs one message
            driver.close()
            raise StoreError(f"cannot reach the graph database at {target.uri}: {exc}") from exc
        return cls(driver, target.database, target, owns)

    @property
    def label(self) -> str:
        if self.target.embedded_root is not None:
            return f"embedded ArcadeDB ({self.target.embedded_root}, {self.target.uri})"
        return self.target.uri

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.driver.close()
        if self.owns_server and self.target.embedded_root is not None:
            arcadedb.stop(self.target.embedded_root, owner=os.getpid())

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running statements --

    def session(self, read_only: bool = False) -> neo4j.Session:
        return self.driver.session(database=self.database,
                                   default_access_mode=neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS)

    def run_named(self, query_name: str, /, **params: Any) -> list[dict[str, Any]]:
        """A named read query from cypher/queries/, as a list of plain dicts. The pack's own
        queries run as auto-commit reads (one round trip instead of BEGIN/RUN/COMMIT);
        user Cypher goes through `read` (a READ transaction with a row limit and timeout).
        Missing parameters are passed as null, which the queries read as "no filter"."""
        query = cypher.load(query_name)
        try:
            with self.session(read_only=True) as session:
                # the pack's queries return values (maps, lists, scalars), never nodes, so a
                # record is already plain data; Record.data() would walk it again in Python
                # (half the driver's CPU time for a profile)
                return [dict(record) for record in session.run(query.text, query.bind(params))]
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(exc.message or str(exc)) from exc

    def read(self, text: str, params: dict[str, Any] | None = None, timeout: float | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(text, params or {})
            return [r.data() for r in _take(result, limit)]
        try:
            with self.session(read_only=True) as s:
                return s.execute_read(neo4j.unit_of_work(timeout=timeout)(work))
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(exc.message or str(exc)) from exc

    def apply_schema(self) -> None:
        with self.session() as s:
            for statement in cypher.statements("schema"):
                s.run(statement).consume()

    def async_store(self) -> "AsyncStore":
        """The same database on the driver's asyncio API (the server is already up). Open
        and close it inside the event loop that uses it."""
        return AsyncStore(neo4j.AsyncGraphDatabase.driver(
            self.target.uri, auth=(self.target.user, self.target.password), max_connection_lifetime=3600),
            self.database, self.label)


@dataclass
class AsyncStore:
    driver: neo4j.AsyncDriver
    database: str | None
    label: str

    async def run_named(self, query_name: str, /, **params: Any) -> list[dict[str, Any]]:
        """As Store.run_named, awaited."""
        query = cypher.load(query_name)
        try:
            async with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
                result = await session.run(query.text, query.bind(params))
                return [dict(record) async for record in result]
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(exc.message or str(exc)) from exc

    async def close(self) -> None:
        await self.driver.close()


def _take(result: neo4j.Result, limit: int | None) -> Iterator[neo4j.Record]:
    for i, record in enumerate(result):
        if limit is not None and i >= limit:
            break
        yield record
