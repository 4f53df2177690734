"""The dyad index: events linked to (:Dyad {id: "RUS|USA"}) nodes when written, read by the dyad
timeline of two states or organisations given by code, and built for graphs written before it."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

import pytest

from kg.graph import build_batch, dyad_pairs
from kg.records import ActorRef
from kg.store import GraphStore
from tests.queries.diplomacy_graph import (
    BLINKEN,
    FRA,
    LAVROV,
    RUS,
    STOLTENBERG,
    UKR,
    USA,
    article,
    build_diplomacy_graph,
    event,
)

TIMELINE = {"from": None, "to": None, "types": None}
GUTERRES = ActorRef(id="person:t:guterres", name="António Guterres", kind="person",
                    country="PRT", code="UN")  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "pairs"),
    [
        ((USA,), (RUS,), ["RUS|USA"]),
        ((BLINKEN,), (LAVROV,), ["RUS|USA"]),  # people stand for their state
        ((USA, FRA), (UKR,), ["FRA|UKR", "UKR|USA"]),  # co-sources of a targeted event: no pair
        ((BLINKEN, LAVROV), (), ["RUS|USA"]),  # participants stored together on the source side
        ((USA, BLINKEN), (), ["USA|USA"]),  # two different actors of one state
        ((GUTERRES,), (RUS,), ["PRT|RUS", "RUS|UN"]),  # code and country both count
        ((STOLTENBERG,), (RUS,), ["NATO|RUS"]),
        ((USA,), (), []),  # a statement of one state has no dyad
        ((USA,), (USA,), []),  # the same actor on both sides is not a pair
    ],
)
def test_dyad_pairs(
    source: tuple[ActorRef, ...], target: tuple[ActorRef, ...], pairs: list[str]
) -> None:
    assert dyad_pairs([(a.id, a.codes) for a in source], [(a.id, a.codes) for a in target]) == pairs


def timeline(store: GraphStore, a: str, b: str) -> list[tuple[object, ...]]:
    rows = store.read_named("dyad_timeline", {"a": a, "b": b, **TIMELINE}).rows
    return [tuple(r.values()) for r in rows]


CODES = ("USA", "RUS", "UKR", "FRA", "SAU", "NATO")
NAMES = {"USA": "united states", "RUS": "russia"}  # lower case: the expansion path


def test_dyad_index_gives_the_rows_of_the_expansion_for_every_pair(store: GraphStore) -> None:
    # codes read the index; names (in lower case, so even NATO's is not its id) take the
    # expansion path: both must give the same timelines
    build_diplomacy_graph(store)
    query = "MATCH (x:Actor) WHERE x.id IN $ids RETURN x.id AS id, x.name AS name"
    names = {r["id"]: r["name"].lower() for r in store.read(query, {"ids": list(CODES)}).rows}
    assert len(names) == len(CODES) and all(names[c] != c for c in CODES)
    seen = 0
    for a, b in permutations(CODES, 2):
        by_code = timeline(store, a, b)
        assert by_code == timeline(store, names[a], names[b]), (a, b)
        seen += bool(by_code)
    assert seen >= 10  # most pairs have events: the comparison is not between empty lists


def test_dyad_index_follows_the_sides_of_merged_reports(store: GraphStore) -> None:
    # two reports of one call, told from opposite ends: the stored event holds both tellings
    # on each side (Blinken and Russia as sources, Lavrov and the United States as targets),
    # and the index must answer what expanding those sides answers, for every pair
    call = event(1)
    store.write(build_batch(article(1), [call]))
    store.write(build_batch(article(2), [replace(call, article_id="a02", source=(RUS,),
                                                 target=(USA,))]))  # fmt: skip
    assert store.counts()["node:Event"] == 1
    for a, b in [("USA", "RUS"), ("USA", "USA"), ("RUS", "RUS")]:
        by_code = timeline(store, a, b)
        assert len(by_code) == 1 and by_code == timeline(store, NAMES[a], NAMES[b]), (a, b)


def test_dyad_index_and_shown_properties_are_built_for_a_graph_written_without_them(
    store: GraphStore,
) -> None:
    build_diplomacy_graph(store)
    expected = {pair: timeline(store, *pair) for pair in permutations(CODES, 2)}
    counts = store.counts()
    store.run_write("MATCH (d:Dyad) DETACH DELETE d")
    store.run_write(
        "MATCH (e:Event) REMOVE e.evidence, e.source_list, e.target_list, e.source_names, "
        "e.target_names"
    )
    assert timeline(store, "USA", "RUS") == []  # an old graph: the index is missing
    store.apply_schema()
    assert store.counts() == counts
    assert {pair: timeline(store, *pair) for pair in permutations(CODES, 2)} == expected


def test_dyad_index_serves_state_level_top_dyads(store: GraphStore) -> None:
    envoy = ActorRef(id="person:t:an-envoy", name="An Envoy", kind="person")  # no state known
    store.write(build_batch(article(1), [replace(event(1), source=(envoy,), target=(LAVROV,))]))
    store.write(build_batch(article(2), [replace(event(2), source=(BLINKEN,), target=(RUS,))]))
    states = store.read_named(
        "top_dyads", {"from": None, "to": None, "types": None, "limit": 10, "level": "state"}
    ).rows
    assert [(r["a"], r["b"], r["events"]) for r in states] == [("RUS", "USA", 1)]
    people = store.read_named(
        "top_dyads", {"from": None, "to": None, "types": None, "limit": 10, "level": "actor"}
    ).rows
    assert len(people) == 2  # the envoy still counts among actors
