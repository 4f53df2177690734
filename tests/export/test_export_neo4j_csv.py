"""Neo4j bulk-import CSV: import headers, one row per node, reports merged across batches."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from kg.export.neo4j_csv import write_import_csv
from kg.graph import build_batch
from kg.records import ActorRef, Event, Evidence, TimeSpan
from loaders.article import Article

USA = ActorRef(id="USA", name="United States", kind="state", country="USA", code="USA")
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")


def _call(n: int, time: TimeSpan) -> Event:
    return Event(
        id=f"rec{n}",
        article_id=f"a{n}",
        type="call",
        cameo="041",
        plover_type="CONSULT",
        plover_mode="phone",
        goldstein=1.0,
        quad=1,
        source=(USA,),
        target=(RUS,),
        time=time,
        modality="asserted",
        evidence=Evidence("s", 0, 1, "t", 0, 1, 0),
        confidence=0.9,
        lang="en",
    )


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_neo4j_csv_headers_and_merged_reports(tmp_path: Path) -> None:
    day = date(2021, 12, 30)
    batches = [
        build_batch(
            Article(id="a1", text=".", published=date(2021, 12, 31)),
            [_call(1, TimeSpan(day, day, "day"))],
        ),
        build_batch(Article(id="a2", text=".", published=date(2022, 1, 1)), [_call(2, TimeSpan())]),
    ]
    counts = write_import_csv(batches, tmp_path)
    assert counts["events"] == 1 and counts["articles"] == 2 and counts["reported_in"] == 2
    assert counts["source"] == 1 and counts["target"] == 1
    events = _rows(tmp_path / "events.csv")
    assert list(events[0])[:2] == ["id:ID(Event)", "type"]
    assert events[0]["start:date"] == "2021-12-30"
    reports = _rows(tmp_path / "reported_in.csv")
    assert {r[":END_ID(Article)"] for r in reports} == {"a1", "a2"}
    assert {r[":START_ID(Event)"] for r in reports} == {events[0]["id:ID(Event)"]}
