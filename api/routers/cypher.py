"""Read-only Cypher from users: write clauses refused (403) before the database sees them,
then run in a READ transaction with a row limit and a wall-clock limit."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from datetime import date, datetime, time as dtime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from api.deps import get_store
from api.models import CypherRequest, CypherResult, Problem
from graph.readonly import write_clause
from graph.store import Store, StoreError

router = APIRouter(tags=["cypher"])

TIMEOUT_S = 10.0
MAX_RUNNING = 2   # user queries the database runs at once; a timed-out one still counts until it ends
_slots = threading.BoundedSemaphore(MAX_RUNNING)
_pool = ThreadPoolExecutor(max_workers=MAX_RUNNING + 2, thread_name_prefix="user-cypher")


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime, dtime, timedelta)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if hasattr(value, "iso_format"):            # neo4j.time.Date / DateTime / Time / Duration
        return value.iso_format()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _run(store: Store, req: CypherRequest) -> list[dict[str, Any]]:
    try:
        return store.read(req.query, req.params, timeout=TIMEOUT_S, limit=req.limit + 1)
    finally:
        _slots.release()


@router.post("/cypher", response_model=CypherResult,
             responses={400: {"model": Problem}, 403: {"model": Problem}, 422: {"model": Problem},
                        429: {"model": Problem}, 504: {"model": Problem}})
def run_cypher(req: CypherRequest, store: Store = Depends(get_store)) -> CypherResult:
    """Runs read-only Cypher with parameters. CREATE/MERGE/SET/DELETE/REMOVE/DROP/... are
    refused with 403; errors in the query are 400; at most `limit` rows are returned and a
    query running longer than 10 s is abandoned with 504."""
    clause = write_clause(req.query)
    if clause:
        raise HTTPException(403, f"read-only endpoint: {clause} is a write clause")
    if not _slots.acquire(blocking=False):
        raise HTTPException(429, "too many Cypher queries running; try again shortly")
    started = time.perf_counter()
    try:
        future = _pool.submit(_run, store, req)
    except Exception:
        _slots.release()
        raise
    try:
        rows = future.result(timeout=TIMEOUT_S)
    except FutureTimeout:
        raise HTTPException(504, f"the query ran longer than {TIMEOUT_S:g} s and was abandoned")
    except StoreError as exc:
        raise HTTPException(400, f"the database refused the query: {exc}")
    truncated = len(rows) > req.limit
    rows = rows[:req.limit]
    columns = list(rows[0].keys()) if rows else []
    return CypherResult(columns=columns, rows=[_jsonable(r) for r in rows], truncated=truncated,
                        limit=req.limit, elapsed_ms=round((time.perf_counter() - started) * 1000, 2))
