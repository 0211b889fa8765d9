"""Shared request dependencies.

Look-ups await the asyncio store (no thread hop per request); the routes that block anyway
(user Cypher with its wall-clock limit, org charts rendered by Graphviz) run in the
threadpool on the blocking store. Both are async functions: FastAPI would run a plain
function dependency in the threadpool too.
"""
from __future__ import annotations

from fastapi import Request

from graph.store import AsyncStore, Store


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_async_store(request: Request) -> AsyncStore:
    return request.app.state.async_store
