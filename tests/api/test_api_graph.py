"""The Python API (kg.connect, kg.api.Graph): DataFrames and the networkx network, on the
hand-made graph of tests/queries/diplomacy_graph.py in the session's embedded database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kg
from kg.api import Graph, plot_label
from kg.errors import ConfigError, QueryNotFound, ReadOnlyViolation
from kg.store import StoreSettings, open_store
from tests.queries.diplomacy_graph import UNDATED_PUBLISHED, build_diplomacy_graph


@pytest.fixture(scope="module")
def g(settings: StoreSettings) -> Iterator[Graph]:
    with Graph(open_store(settings)) as graph:
        build_diplomacy_graph(graph.store)
        yield graph


def test_api_connect_opens_the_embedded_database(db_dir: Path, g: Graph) -> None:
    with kg.connect(data_dir=db_dir) as other:
        assert isinstance(other, Graph)
        assert other.cypher("MATCH (e:Event) RETURN count(e) AS n").loc[0, "n"] == 10


def test_api_import_kg_stays_light() -> None:
    code = "import kg, sys; print('kg.api' in sys.modules, 'networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_api_timeline_dataframe_with_datetime_dates(g: Graph) -> None:
    df = g.timeline("USA", "RUS", start=date(2021, 6, 1), end="2021-12-31")
    assert list(df.columns[:3]) == ["date", "precision", "type"]
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert df["type"].tolist() == ["meeting", "sanction"]
    assert df["date"].tolist() == [pd.Timestamp("2021-06-15"), pd.Timestamp(UNDATED_PUBLISHED)]
    assert g.timeline("USA", "RUS", types="call")["type"].tolist() == ["call", "call"]


def test_api_empty_results_keep_their_columns(g: Graph) -> None:
    df = g.timeline("SAU", "UKR")
    assert df.empty and "event_id" in df.columns
    assert list(g.first_last_contact("SAU", "UKR").columns)[:2] == ["first", "first_type"]


def test_api_actor_timeline_and_events(g: Graph) -> None:
    lavrov = g.actor_timeline("Sergey Lavrov", role="target")
    assert lavrov["type"].tolist() == ["call", "meeting", "call"]
    threats = g.events("threat", "2021-01-01", "2021-12-31", actor="UKR", role="target")
    assert threats["date"].dt.month.tolist() == [3, 11]
    moscow = g.events("visit", actor="RUS", role="target")
    assert moscow["source"].tolist() == [["SAU"]]
    assert g.events(place="Moscow")["event_id"].tolist() == moscow["event_id"].tolist()


def test_api_around_first_last_and_gaps(g: Graph) -> None:
    around = g.around("RUS", date(2021, 7, 1), days=20)
    assert around["delta_days"].tolist() == [-16, 1]
    contact = g.first_last_contact("USA", "RUS")
    assert contact.loc[0, "first"] == pd.Timestamp("2021-03-10")
    assert contact.loc[0, "events"] == 4
    gaps = g.gaps("USA", "RUS", min_days=100)
    assert gaps["days"].tolist() == [223]
    assert gaps.loc[0, "gap_start"] == pd.Timestamp(UNDATED_PUBLISHED)


def test_api_escalation(g: Graph) -> None:
    df = g.escalation("USA", "RUS", end="2021-12-31")
    assert len(df) == 10 and pd.api.types.is_datetime64_any_dtype(df["month"])
    assert df["events"].sum() == 3
    assert df.set_index("month").loc["2021-07-01", "goldstein_sum"] == -8.0
    assert pd.isna(df.set_index("month").loc["2021-04-01", "goldstein_mean"])


def test_api_top_dyads_counterparts_and_path(g: Graph) -> None:
    top = g.top_dyads("2021-01-01", "2021-12-31", limit=1)
    assert top[["a", "b", "events"]].values.tolist() == [["RUS", "USA", 3]]
    common = g.common_counterparts("USA", "SAU")
    assert common[["counterpart", "a_events", "b_events"]].values.tolist() == [["RUS", 4, 1]]
    path = g.shortest_path("Jens Stoltenberg", "Antony Blinken")
    assert path.loc[0, "hops"] == 4 and path.loc[0, "path"][2] == "Sergey Lavrov"


def test_api_evidence_profile_actors(g: Graph) -> None:
    call = g.timeline("USA", "RUS").iloc[0]
    evidence = g.evidence(call["event_id"])
    assert evidence["sentence"].tolist() == [0, 1]
    assert evidence.loc[0, "published"] == pd.Timestamp("2021-03-11")
    profile = g.profile("Sergey Lavrov")
    assert profile["aspect"].tolist() == [
        "actor",
        "role",
        "counterpart",
        "counterpart",
        "type",
        "type",
    ]
    counterparts = profile[profile["aspect"] == "counterpart"]
    assert dict(zip(counterparts["item"], counterparts["events"], strict=True)) == {
        "Antony Blinken": 3,
        "Jens Stoltenberg": 1,
    }
    assert g.actors("Russia")["id"].tolist() == ["RUS", "person:t:sergey-lavrov"]


def test_api_contacts_table(g: Graph) -> None:
    df = g.contacts(types=["call"], level="state")
    assert df[["source", "target", "type", "count"]].values.tolist() == [
        ["United States", "Russia", "call", 2]
    ]
    assert df.loc[0, "last"] == pd.Timestamp("2022-02-10")


def test_api_network_is_a_multidigraph_with_one_edge_per_event(g: Graph) -> None:
    G = g.network("2021-01-01", "2021-12-31")
    assert isinstance(G, nx.MultiDiGraph)
    assert G.nodes["person:t:antony-blinken"] == {
        "name": "Antony Blinken",
        "kind": "person",
        "country": "USA",
        "code": "USA",
    }
    assert G.nodes["UKR"]["name"] == "Ukraine"
    # 2021: call, meeting, sanction, two threats, visit to Moscow, visit to Kyiv, aid (2 pairs)
    assert G.number_of_edges() == 9
    calls = [d for _, _, d in G.edges(data=True) if d["type"] == "call"]
    assert len(calls) == 1
    assert {k: calls[0][k] for k in ("date", "cameo", "goldstein", "quad")} == {
        "date": date(2021, 3, 10),
        "cameo": "041",
        "goldstein": 1.0,
        "quad": 1,
    }
    blinken_lavrov = G.get_edge_data("person:t:antony-blinken", "person:t:sergey-lavrov")
    assert sorted(d["type"] for d in blinken_lavrov.values()) == ["call", "meeting"]
    assert set(blinken_lavrov) == {d["event_id"] for d in blinken_lavrov.values()}
    states = g.network(types=["call", "meeting"], level="state")
    assert set(states.nodes) == {"USA", "RUS", "NATO"}
    assert states.number_of_edges() == 4


def test_api_query_and_cypher(g: Graph) -> None:
    df = g.query("events_of_type", type="visit", **{"from": "2021-12-01"})
    assert df["type"].tolist() == ["visit"]
    with pytest.raises(QueryNotFound):
        g.query("no_such_query")
    with pytest.raises(ConfigError):
        g.query("dyad_timeline", a="USA")
    counts = g.cypher(
        "MATCH (e:Event) WHERE e.quad = $quad RETURN e.type AS type ORDER BY type", quad=3
    )
    assert counts["type"].tolist() == ["threat", "threat"]
    assert list(g.cypher("MATCH (e:Event {type: 'none'}) RETURN e.id AS id").columns) == ["id"]
    with pytest.raises(ReadOnlyViolation):
        g.cypher("MATCH (e:Event) DETACH DELETE e")
    assert "dyad_timeline" in Graph.queries()["name"].tolist()


def test_api_plot_label_shapes_arabic_for_matplotlib() -> None:
    assert plot_label("Sergey Lavrov") == "Sergey Lavrov"
    arabic = "سيرغي لافروف"
    label = plot_label(arabic)
    try:
        import arabic_reshaper  # noqa: F401
    except ImportError:  # without the optional packages the text is left as it is
        assert label == arabic
    else:  # joined presentation forms, in visual (right-to-left reversed) order
        assert label != arabic
        assert any("\ufe70" <= ch <= "\ufeff" for ch in label)
        assert label.split()[0] != arabic.split()[0]
