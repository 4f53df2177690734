"""The same event reported by several articles is one Event node (issue 4's merge rule)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kg.graph import GraphBatch, build_batch
from kg.records import ActorRef, Event, Evidence, TimeSpan
from kg.store import GraphStore
from loaders.article import Article

USA = ActorRef(id="USA", name="United States", kind="state", country="USA", code="USA")
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")
UKR = ActorRef(id="UKR", name="Ukraine", kind="state", country="UKR", code="UKR")


def _article(n: int, published: date) -> Article:
    return Article(id=f"a{n}", text="...", published=published, lang="en")


def _event(
    n: int, type_: str, source: ActorRef, target: ActorRef, time: TimeSpan, sentence: int = 0
) -> Event:
    evidence = Evidence(f"sentence {n}", 0, 10, "t", 0, 1, sentence)
    return Event(
        id=f"rec{n}",
        article_id=f"a{n}",
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
        evidence=evidence,
        confidence=0.8,
        lang="en",
    )


def _day(d: date) -> TimeSpan:
    return TimeSpan(d, d, "day", d.isoformat())


DEC30 = date(2021, 12, 30)


def _events(store: GraphStore) -> list[dict[str, object]]:
    return list(
        store.read(
            "MATCH (e:Event) OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article) "
            "RETURN e.id AS id, e.type AS type, e.start AS start, e.precision AS precision, "
            "e.sources AS sources, collect(a.id) AS articles ORDER BY type, start, id"
        )
    )


def test_merge_undated_report_joins_the_dated_one(store: GraphStore) -> None:
    # article 1 (31 Dec) dates the call; article 2 (1 Jan) mentions it without a date and with
    # the sides the other way round
    store.write(
        build_batch(_article(1, date(2021, 12, 31)), [_event(1, "call", USA, RUS, _day(DEC30))])
    )
    store.write(
        build_batch(_article(2, date(2022, 1, 1)), [_event(2, "call", RUS, USA, TimeSpan())])
    )
    rows = _events(store)
    assert len(rows) == 1
    assert rows[0]["sources"] == 2 and rows[0]["start"] == DEC30
    assert sorted(rows[0]["articles"]) == ["a1", "a2"]  # type: ignore[arg-type]


def test_merge_later_precise_report_refines_the_date(store: GraphStore) -> None:
    month = TimeSpan(date(2021, 12, 1), date(2021, 12, 31), "month", "December")
    store.write(build_batch(_article(1, date(2022, 1, 5)), [_event(1, "call", USA, RUS, month)]))
    store.write(
        build_batch(_article(2, date(2022, 1, 6)), [_event(2, "call", USA, RUS, _day(DEC30))])
    )
    rows = _events(store)
    assert len(rows) == 1
    assert (rows[0]["start"], rows[0]["precision"]) == (DEC30, "day")


@pytest.mark.parametrize(
    ("first", "first_published", "second"),
    [
        # a year-long window is stored in its key's wide bucket
        (TimeSpan(date(2021, 1, 1), date(2021, 12, 31), "year", "2021"), date(2022, 1, 5), DEC30),
        # an undated report's week (27 Nov - 4 Dec) starts in the month before the dated one
        (TimeSpan(), date(2021, 12, 4), date(2021, 12, 2)),
        # a month window starting in November, refined by a day in December
        (
            TimeSpan(date(2021, 11, 15), date(2021, 12, 14), "month", "mid-November"),
            None,
            date(2021, 12, 10),
        ),
    ],
)
def test_merge_finds_the_stored_event_across_month_buckets(
    store: GraphStore, first: TimeSpan, first_published: date | None, second: date
) -> None:
    published = first_published or date(2022, 1, 5)
    store.write(build_batch(_article(1, published), [_event(1, "call", USA, RUS, first)]))
    later = _article(2, date(2022, 1, 6))
    store.write(build_batch(later, [_event(2, "call", USA, RUS, _day(second))]))
    rows = _events(store)
    assert len(rows) == 1
    assert (rows[0]["start"], rows[0]["precision"]) == (second, "day")


@pytest.mark.parametrize(
    ("second", "expected_events"),
    [
        (_event(2, "call", USA, RUS, _day(date(2022, 2, 12))), 2),  # another date: another call
        (_event(2, "call", USA, UKR, _day(DEC30)), 2),  # other parties
        (_event(2, "meeting", USA, RUS, _day(DEC30)), 2),  # other type
        (_event(2, "call", RUS, USA, _day(DEC30)), 1),  # same call told the other way
    ],
)
def test_merge_only_compatible_reports(
    store: GraphStore, second: Event, expected_events: int
) -> None:
    store.write(
        build_batch(_article(1, date(2021, 12, 31)), [_event(1, "call", USA, RUS, _day(DEC30))])
    )
    store.write(build_batch(_article(2, date(2022, 2, 13)), [second]))
    assert len(_events(store)) == expected_events


def test_merge_directed_events_keep_direction(store: GraphStore) -> None:
    store.write(
        build_batch(_article(1, date(2021, 12, 31)), [_event(1, "threat", USA, RUS, _day(DEC30))])
    )
    store.write(
        build_batch(_article(2, date(2021, 12, 31)), [_event(2, "threat", RUS, USA, _day(DEC30))])
    )
    assert len(_events(store)) == 2


def _three_articles() -> list[GraphBatch]:
    return [
        build_batch(_article(1, date(2021, 12, 31)), [_event(1, "call", USA, RUS, _day(DEC30))]),
        build_batch(_article(2, date(2022, 1, 1)), [_event(2, "call", RUS, USA, TimeSpan())]),
        build_batch(
            _article(3, date(2022, 1, 11)),
            [_event(3, "meeting", USA, RUS, _day(date(2022, 1, 10)))],
        ),
    ]


def test_merge_interrupted_load_resumes_to_the_same_graph(store: GraphStore) -> None:
    for batch in _three_articles():
        store.write(batch)
    uninterrupted = (store.counts(), _events(store))
    store.run_write("MATCH (n) DETACH DELETE n")
    store.write(_three_articles()[0])  # killed after the first batch ...
    for batch in _three_articles():  # ... and run again from the start
        store.write(batch)
    assert (
        store.counts(),
        [{k: v for k, v in r.items() if k != "id"} for r in _events(store)],
    ) == (
        uninterrupted[0],
        [{k: v for k, v in r.items() if k != "id"} for r in uninterrupted[1]],
    )


def test_merge_within_one_batch(store: GraphStore) -> None:
    batch = GraphBatch()
    for b in _three_articles()[:2]:
        batch.extend(b)
    store.write(batch)
    rows = _events(store)
    assert len(rows) == 1 and rows[0]["sources"] == 2


def test_merge_reload_is_a_no_op_even_when_later_events_compete(store: GraphStore) -> None:
    """An undated report joined an event; later loads add another event its time window
    also overlaps. Reloading the undated report must attach it where it went the first time."""
    batches = [
        build_batch(_article(1, date(2022, 1, 1)), [_event(1, "call", USA, RUS, TimeSpan())]),
        build_batch(_article(2, date(2021, 12, 31)), [_event(2, "call", USA, RUS, _day(DEC30))]),
        build_batch(
            _article(3, date(2021, 12, 29)),
            [_event(3, "call", USA, RUS, _day(date(2021, 12, 28)))],
        ),
    ]
    for batch in batches:
        store.write(batch)
    before = (store.counts(), _events(store))
    for batch in batches:
        store.write(batch)
    assert (store.counts(), _events(store)) == before


@pytest.mark.parametrize("earliest_written_first", [True, False])
def test_timeline_evidence_is_the_earliest_report_and_actor_lists_are_sorted(
    store: GraphStore, earliest_written_first: bool
) -> None:
    # both write orders, and the sources listed in both orders: storage order must not matter
    later = replace(_event(2, "call", USA, RUS, _day(DEC30)), source=(USA, UKR))
    earlier = replace(_event(1, "call", UKR, RUS, _day(DEC30)), source=(UKR, USA))
    reports = [(_article(1, date(2021, 12, 31)), earlier), (_article(2, date(2022, 1, 2)), later)]
    if not earliest_written_first:
        reports.reverse()
    for article, event in reports:
        store.write(build_batch(article, [event]))
    params = {"a": "RUS", "b": "UKR", "from": None, "to": None, "types": None}
    (row,) = store.read_named("dyad_timeline", params).rows
    assert row["evidence"] == "sentence 1"
    assert row["source"] == ["UKR", "USA"]
