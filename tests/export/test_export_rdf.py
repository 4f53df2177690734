"""RDF export against a golden file (compared as graphs, never as text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.export.rdf import batch_to_rdf
from kg.export.vocabulary import KG
from kg.graph import build_batch
from kg.records import ActorRef, Event, Evidence, PlaceRef, TimeSpan
from loaders.article import Article

GOLDEN = Path(__file__).parent / "golden" / "call.ttl"

ARTICLE = Article(
    id="a1",
    text="...",
    title="Biden and Putin speak",
    published=date(2021, 12, 31),
    lang="en",
    outlet="kg wire",
    url="https://example.org/a1",
)
BIDEN = ActorRef(
    id="person:Q6279",
    name="Joe Biden",
    kind="person",
    country="USA",
    code="USA",
    wikidata="Q6279",
    role="head_of_state",
    role_since=date(2021, 1, 20),
)
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS", wikidata="Q159")
CALL = Event(
    id="rec1",
    article_id="a1",
    type="call",
    cameo="041",
    plover_type="CONSULT",
    plover_mode="phone",
    goldstein=1.0,
    quad=1,
    source=(BIDEN,),
    target=(RUS,),
    time=TimeSpan(date(2021, 12, 30), date(2021, 12, 30), "day", "Thursday"),
    modality="asserted",
    confidence=0.9,
    lang="en",
    evidence=Evidence(
        "Biden spoke by phone with Putin on Thursday.", 10, 55, "spoke by phone", 16, 30, 1
    ),
    places=(PlaceRef("place:USA:washington", "Washington", "USA", "washington"),),
)


def _exported() -> Graph:
    return batch_to_rdf(build_batch(ARTICLE, [CALL]))


def test_export_rdf_matches_golden_file() -> None:
    expected = Graph().parse(GOLDEN, format="turtle")
    got = _exported()
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(
            "RDF differs from the golden file\nonly in export:\n"
            + only_got.serialize(format="nt")
            + "\nonly in golden:\n"
            + only_expected.serialize(format="nt")
        )


def test_export_rdf_vocabulary_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        KG.sourse  # noqa: B018 - the attribute access is the test


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_export_rdf_round_trips(fmt: str) -> None:
    graph = _exported()
    again = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
    assert isomorphic(graph, again)
