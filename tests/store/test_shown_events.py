"""What the timelines show of an event (evidence, side lists) is stored on it when written and
kept up to date when a later batch adds a report or learns an actor's state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.graph import build_batch
from kg.records import ActorRef
from kg.store import GraphStore
from tests.queries.diplomacy_graph import LAVROV, article, event

TIMELINE = {"from": None, "to": None, "types": None}
ENVOY = ActorRef(id="person:t:an-envoy", name="An Envoy", kind="person")


def shown(store: GraphStore, event_id: str) -> dict[str, object]:
    (row,) = store.read(
        "MATCH (e:Event {id: $id}) RETURN e.evidence AS evidence, "
        "e.source_list AS source, e.target_list AS target",
        {"id": event_id},
    ).rows
    return row


def test_shown_side_lists_follow_an_actor_whose_state_is_learned_later(store: GraphStore) -> None:
    first = replace(event(1), source=(ENVOY,), target=(LAVROV,))
    batch = build_batch(article(1), [first])
    store.write(batch)
    (event_id,) = [r["id"] for r in batch.events]
    assert shown(store, event_id)["source"] == ["An Envoy"]  # no state known yet
    # a later article names the same person with their state (a title pattern, say)
    later = replace(event(3), source=(replace(ENVOY, country="EGY", code="EGY"),), target=())
    store.write(build_batch(article(3), [later]))
    assert shown(store, event_id)["source"] == ["EGY"]
    assert shown(store, event_id)["target"] == ["RUS"]


def test_shown_names_are_sorted_whatever_the_order_of_writing(store: GraphStore) -> None:
    meeting = replace(event(3), source=(LAVROV, ENVOY), target=())
    store.write(build_batch(article(3), [meeting]))
    (row,) = store.read("MATCH (e:Event) RETURN e.source_names AS names").rows
    assert row["names"] == ["An Envoy", "Sergey Lavrov"]


def test_shown_evidence_is_the_earliest_report_even_when_it_comes_last(store: GraphStore) -> None:
    late = article(10)
    early = replace(article(2), id="a-early", published=date(2022, 2, 9))
    text = replace(event(10).evidence, text="The earlier wire said so.")
    store.write(build_batch(late, [event(10)]))
    store.write(build_batch(early, [replace(event(10), article_id="a-early", evidence=text)]))
    (row,) = store.read_named("dyad_timeline", {"a": "USA", "b": "RUS", **TIMELINE}).rows
    assert row["evidence"] == "The earlier wire said so."
    assert store.read("MATCH (e:Event) RETURN e.sources AS n").rows == ({"n": 2},)
