"""Helpers shared by the routers."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from fastapi import HTTPException

from graph.store import AsyncStore
from loaders.schema import EVENT_ROLE, EVENT_ROLES, EventRole

ID_DOC = "The entity's id (its node key, e.g. `per:0123456789abcdef`)"


async def one(store: AsyncStore, query: str, what: str, id: str, **params: Any) -> dict[str, Any]:
    """The single row of a by-id query, or 404."""
    rows = await store.run_named(query, id=id, **params)
    if not rows:
        raise HTTPException(404, f"no {what} with id {id}")
    return rows[0]


def newest_first(items: Iterable[dict[str, Any]], key: str = "date") -> list[dict[str, Any]]:
    """Dated items newest first; undated ones and year-less dates ("--07-30") last."""
    items = list(items)
    items.sort(key=lambda i: (i.get("name") or i.get("title") or ""))
    items.sort(key=lambda i: (i.get(key) or ""), reverse=True)
    return items


def unique(items: Iterable[dict[str, Any]], *fields: str) -> list[dict[str, Any]]:
    seen, out = set(), []
    for i in items:
        k = tuple(i.get(f) for f in fields)
        if k not in seen:
            seen.add(k)
            out.append(i)
    return out


def by_role(rows: Iterable[dict[str, Any]], field: Callable[[EventRole], str]) -> dict[str, list[dict[str, Any]]]:
    """Rows with a `relation` (a Person -> Event type) sorted into the lists of the event
    roles, named by `field` (`lambda r: r.person_field`); every role has its list, maybe empty."""
    lists: dict[str, list[dict[str, Any]]] = {field(role): [] for role in EVENT_ROLES}
    for row in rows:
        lists[field(EVENT_ROLE[row["relation"]])].append(row)
    return lists
