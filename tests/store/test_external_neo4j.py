"""The same store code reached by ``--uri``, as for a user's Neo4j 5 (Desktop, Docker, Aura).

With KG_TEST_NEO4J_URI set (and KG_TEST_NEO4J_USER / _PASSWORD / _DATABASE) it runs against
that server. Otherwise it runs the same path against the session's embedded ArcadeDB, given as
an external Bolt URI: the connection, flavour detection, writes and read-only guard that a
``--uri`` user goes through, on a real server either way.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from kg.errors import ReadOnlyViolation
from kg.graph import build_batch
from kg.store import EmbeddedServer, StoreSettings, open_store
from tests.store.test_graph_store import ARTICLE, EVENTS

NEO4J_URI = os.environ.get("KG_TEST_NEO4J_URI")


@pytest.fixture()
def external(db_dir: Path) -> tuple[StoreSettings, str]:
    """Settings of a server reached by URI, and the flavour kg should detect on it."""
    if NEO4J_URI:
        settings = StoreSettings(
            uri=NEO4J_URI,
            user=os.environ.get("KG_TEST_NEO4J_USER", "neo4j"),
            password=os.environ.get("KG_TEST_NEO4J_PASSWORD", ""),
            database=os.environ.get("KG_TEST_NEO4J_DATABASE"),
        )
        return settings, "neo4j"
    server = EmbeddedServer(db_dir)
    status = server.status()
    assert status is not None, "the session's embedded server should be running"
    settings = StoreSettings(
        uri=status.uri, user="root", password=server.password(), database=status.database
    )
    return settings, "arcadedb"


def test_store_by_uri_writes_reads_and_guards(external: tuple[StoreSettings, str]) -> None:
    settings, flavor = external
    assert not settings.embedded
    with open_store(settings) as store:
        assert store.flavor == flavor
        store.run_write("MATCH (n) WHERE n.id IN ['art-1', 'e-call', 'e-prop'] DETACH DELETE n")
        store.write(build_batch(ARTICLE, EVENTS))
        counts = store.counts()
        store.write(build_batch(ARTICLE, EVENTS))
        assert store.counts() == counts
        rows = store.read_named(
            "dyad_timeline", {"a": "USA", "b": "RUS", "from": None, "to": None, "types": None}
        ).rows
        assert rows[0]["date"] == date(2021, 12, 17)
        with pytest.raises(ReadOnlyViolation):
            store.read_only("CREATE (x:Hack)")
