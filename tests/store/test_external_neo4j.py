"""The same store code against a user's Neo4j 5: runs when KG_TEST_NEO4J_URI is set
(with KG_TEST_NEO4J_USER / KG_TEST_NEO4J_PASSWORD); the embedded tests cover every run."""

from __future__ import annotations

import os
from datetime import date

import pytest

from kg.errors import ReadOnlyViolation
from kg.graph import build_batch
from kg.store import StoreSettings, open_store
from tests.store.test_graph_store import ARTICLE, EVENTS

URI = os.environ.get("KG_TEST_NEO4J_URI")
pytestmark = pytest.mark.skipif(not URI, reason="set KG_TEST_NEO4J_URI to test against Neo4j")


def test_external_neo4j_write_read_and_guard() -> None:
    settings = StoreSettings(
        uri=URI,
        user=os.environ.get("KG_TEST_NEO4J_USER", "neo4j"),
        password=os.environ.get("KG_TEST_NEO4J_PASSWORD", ""),
        database=os.environ.get("KG_TEST_NEO4J_DATABASE"),
    )
    with open_store(settings) as store:
        assert store.flavor == "neo4j"
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
