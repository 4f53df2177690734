"""The graph store against the real embedded server: schema, idempotent writes, read guard."""

from __future__ import annotations

from datetime import date

import pytest

from kg.errors import QueryNotFound, ReadOnlyViolation
from kg.graph import build_batch
from kg.graph_model import load_graph_model
from kg.records import ActorRef, Event, Evidence, TimeSpan
from kg.store import GraphStore, Transaction
from kg.store.queries import named_query, query_names
from loaders.article import Article

ARTICLE = Article(id="art-1", text="...", published=date(2021, 12, 20), lang="en", title="t")
USA_PERSON = ActorRef(
    id="person:Q1",
    name="Jake Sullivan",
    kind="person",
    country="USA",
    code="USA",
    role="national_security_adviser",
)
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")
EVIDENCE = Evidence(
    text="s", start=0, end=1, trigger="t", trigger_start=0, trigger_end=1, sentence=0
)


def _event(ident: str, type_: str, start: date | None, source: ActorRef, target: ActorRef) -> Event:
    time = TimeSpan(start, start, "day", "x") if start else TimeSpan()
    return Event(
        id=ident,
        article_id=ARTICLE.id,
        type=type_,
        cameo="041",
        plover_type="CONSULT",
        plover_mode="phone",
        goldstein=1.0,
        quad=1,
        source=(source,),
        target=(target,),
        time=time,
        modality="asserted",
        evidence=EVIDENCE,
        confidence=0.9,
        lang="en",
    )


EVENTS = [
    _event("e-call", "call", None, USA_PERSON, RUS),
    _event("e-prop", "proposal", date(2021, 12, 17), RUS, USA_PERSON),
]


_VOLATILE = {"lastRead", "readCount", "populationPercent", "state"}


def _schema_state(store: GraphStore) -> dict[str, list[tuple[tuple[str, str], ...]]]:
    """SHOW CONSTRAINTS and SHOW INDEXES: every definition (name, type, labels, properties,
    owner), without the usage counters; sorted, so a duplicate shows as a second entry."""

    def rows(query: str) -> list[tuple[tuple[str, str], ...]]:
        return sorted(
            tuple(sorted((k, repr(v)) for k, v in r.items() if k not in _VOLATILE))
            for r in store.read(query).rows
        )

    return {"constraints": rows("SHOW CONSTRAINTS"), "indexes": rows("SHOW INDEXES")}


def test_graph_store_schema_applies_twice(store: GraphStore) -> None:
    store.apply_schema()
    before = _schema_state(store)
    store.apply_schema()
    store.apply_schema()
    assert _schema_state(store) == before
    model = load_graph_model()
    constraints = store.read("SHOW CONSTRAINTS").rows
    assert {r["name"] for r in constraints} == {
        f"{lab.lower()}_{n.key}" for lab, n in model.nodes.items()
    }
    indexed = {
        (r["labelsOrTypes"][0], tuple(r["properties"])) for r in store.read("SHOW INDEXES").rows
    }
    wanted = {(lab, (p,)) for lab, n in model.nodes.items() for p in (n.key, *n.indexes)}
    assert wanted <= indexed


def test_graph_store_reload_changes_nothing(store: GraphStore) -> None:
    batch = build_batch(ARTICLE, EVENTS)
    store.write(batch)
    first = store.counts()
    store.write(build_batch(ARTICLE, EVENTS))
    assert store.counts() == first
    assert first["node:Event"] == 2
    assert first["relationship:HOLDS_ROLE"] == 1


def test_graph_store_dyad_timeline_in_date_order(store: GraphStore) -> None:
    store.write(build_batch(ARTICLE, EVENTS))
    rows = store.read_named(
        "dyad_timeline", {"a": "USA", "b": "RUS", "from": None, "to": None, "types": None}
    ).rows
    assert [r["type"] for r in rows] == ["proposal", "call"]
    assert rows[1]["precision"] == "reported"
    assert rows[1]["date"] == date(2021, 12, 20)


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:X) RETURN n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Event) SET n.type = 'x'",
        "MERGE (n:X {id: 1})",
        "match (n) remove n.type",
        "CALL { CREATE (:X) } RETURN 1",
    ],
)
def test_graph_store_read_only_refuses_writes(store: GraphStore, query: str) -> None:
    store.write(build_batch(ARTICLE, EVENTS))
    before = store.counts()
    with pytest.raises(ReadOnlyViolation):
        store.read_only(query)
    assert store.counts() == before


def test_graph_store_read_only_runs_reads(store: GraphStore) -> None:
    store.write(build_batch(ARTICLE, EVENTS))
    result = store.read_only(
        "MATCH (e:Event) WHERE e.type = $t RETURN e.type AS type, e.dyad AS dyad", {"t": "call"}
    )
    assert result.columns == ("type", "dyad")
    assert [(r["type"], r["dyad"]) for r in result] == [("call", "RUS|USA")]


def test_graph_store_named_queries_have_descriptions() -> None:
    for name in query_names():
        assert named_query(name).description, name
    with pytest.raises(QueryNotFound):
        named_query("no_such_query")


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (x:Sneaky {n: 1}) RETURN x.n AS n",
        "MATCH (a:Actor {id: 'RUS'}) SET a.name = 'changed' RETURN a.name AS name",
        "MATCH (a:Actor {id: 'RUS'}) DETACH DELETE a RETURN 1 AS n",
    ],
)
def test_graph_store_read_only_rolls_back_writes_past_the_scan(
    store: GraphStore, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second layer: a write the keyword scan misses runs in a transaction that is rolled
    back, and the query is refused."""
    import kg.store.graph_store

    store.write(build_batch(ARTICLE, EVENTS))
    before = store.counts()
    monkeypatch.setattr(kg.store.graph_store, "refuse_writes", lambda query: None)
    with pytest.raises(ReadOnlyViolation, match="rolled back"):
        store.read_only(query)
    assert store.read("MATCH (x:Sneaky) RETURN count(x) AS n").rows[0]["n"] == 0
    assert store.read("MATCH (a:Actor {id: 'RUS'}) RETURN a.name AS name").rows == (
        {"name": "Russia"},
    )
    assert store.counts() == before


def test_graph_store_write_transaction_returns_and_commits(store: GraphStore) -> None:
    def work(tx: Transaction) -> int:
        return int(tx.run("CREATE (p:Probe {n: 2}) RETURN p.n AS n").single()["n"])

    assert store.write_transaction(work) == 2
    assert store.read("MATCH (p:Probe) RETURN count(p) AS n").rows[0]["n"] == 1


def test_graph_store_profile_returns_the_plan(store: GraphStore) -> None:
    store.write(build_batch(ARTICLE, EVENTS))
    plan = store.profile("MATCH (e:Event) WHERE e.type = $t RETURN e.id AS id", {"t": "call"})
    assert plan
