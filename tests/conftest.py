"""Shared fixtures: one real embedded ArcadeDB server (over Bolt, with the real driver) for
the session, loaded with the seed bulletins."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph import arcadedb
from graph.build import build
from graph.store import Store
from loaders.settings import Settings

# the commands run in-process (CliRunner) must use the tests' embedded stores, never a
# Neo4j server named in the developer's environment
os.environ.pop("NEO4J_URI", None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("govkg-data")


@pytest.fixture(scope="session")
def store(data_dir):
    """A store on a fresh embedded server, shut down at the end of the session. Tests
    that need an empty database use `empty_store` instead."""
    s = Store.open(Settings(data=data_dir), keep_server=True)
    yield s
    s.close()
    arcadedb.stop(data_dir)


@pytest.fixture(scope="session")
def seeded(store):
    report = build(store, [SEEDS])
    assert not report.failed, [(f.path, f.reason) for f in report.failed]
    return store


@pytest.fixture()
def empty_store(tmp_path):
    s = Store.open(Settings(data=tmp_path / "store"), keep_server=True)
    s.apply_schema()
    yield s
    s.close()
    arcadedb.stop(tmp_path / "store")
