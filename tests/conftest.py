"""Shared fixtures: one real embedded database for the whole session, in a temporary folder."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import EmbeddedServer, GraphStore, StoreSettings, open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def db_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Data folder of the session's embedded server (started here, stopped at the end)."""
    data_dir = tmp_path_factory.mktemp("kg-db")
    server = EmbeddedServer(data_dir, bolt_port=free_port(), http_port=free_port(), heap="512m")
    server.start()
    yield data_dir
    server.stop()


@pytest.fixture(scope="session")
def settings(db_dir: Path) -> StoreSettings:
    return StoreSettings(data_dir=db_dir)


@pytest.fixture()
def store(settings: StoreSettings) -> Iterator[GraphStore]:
    """An empty graph (everything deleted before the test) on the session's server."""
    with open_store(settings) as graph:
        graph.run_write("MATCH (n) DETACH DELETE n")
        yield graph
