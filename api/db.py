"""Running the pack's named read queries for the API: several in one pooled session, each
an auto-commit read (one network round trip each instead of BEGIN/RUN/COMMIT), so a profile
page costs the database as little as possible. User Cypher does not come here: it goes
through Store.read (a READ transaction with a row limit and a timeout)."""
from __future__ import annotations

from typing import Any

import neo4j

from graph import cypher
from graph.store import Store, StoreError


def read_many(store: Store, *calls: tuple[str, dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """[(query name, params), ...] -> one list of rows per query, in order."""
    out = []
    try:
        with store.session(read_only=True) as session:
            for name, params in calls:
                query = cypher.load(name)
                result = session.run(query.text, {p: params.get(p) for p in query.params})
                out.append(result.data())
    except neo4j.exceptions.Neo4jError as exc:
        raise StoreError(exc.message or str(exc)) from exc
    return out


def read(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return read_many(store, (name, params))[0]
