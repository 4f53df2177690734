"""Each query of the library against a small hand-made graph with known answers (the events
are listed in tests/queries/diplomacy_graph.py), on the real embedded database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from kg.api import run_query
from kg.store import GraphStore, StoreSettings, open_store
from tests.queries.diplomacy_graph import UNDATED_PUBLISHED, build_diplomacy_graph, sentence


@pytest.fixture(scope="module")
def graph(settings: StoreSettings) -> Iterator[GraphStore]:
    with open_store(settings) as store:
        build_diplomacy_graph(store)
        yield store


def rows(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    return list(run_query(store, name, params).rows)


def kinds(result: list[dict[str, Any]]) -> list[tuple[date, str]]:
    return [(r["date"], r["type"]) for r in result]


# -- timelines ---------------------------------------------------------------------------------

USA_RUS = [
    (date(2021, 3, 10), "call"),
    (date(2021, 6, 15), "meeting"),  # both on the SOURCE side, no target
    (UNDATED_PUBLISHED, "sanction"),  # undated: placed at its report date
    (date(2022, 2, 10), "call"),
]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("USA", "RUS"),
        ("RUS", "USA"),
        ("United States", "russia"),
        ("Antony Blinken", "RUS"),
        ("USA", "person:t:sergey-lavrov"),
    ],
)
def test_query_dyad_timeline_resolves_codes_names_and_ids(
    graph: GraphStore, a: str, b: str
) -> None:
    result = kinds(rows(graph, "dyad_timeline", a=a, b=b))
    if a == "Antony Blinken" or b.startswith("person:"):  # the people were not in the sanction
        assert result == [USA_RUS[0], USA_RUS[1], USA_RUS[3]]
    else:
        assert result == USA_RUS


def test_query_dyad_timeline_filters_dates_and_types(graph: GraphStore) -> None:
    result = rows(
        graph, "dyad_timeline", a="USA", b="RUS", **{"from": "2021-06-01"}, to="2021-12-31"
    )
    assert kinds(result) == USA_RUS[1:3]
    assert [r["precision"] for r in result] == ["day", "reported"]
    assert kinds(rows(graph, "dyad_timeline", a="USA", b="RUS", types=["call"])) == [
        USA_RUS[0],
        USA_RUS[3],
    ]


def test_query_dyad_timeline_co_sources_are_not_a_dyad(graph: GraphStore) -> None:
    # USA and France both gave aid to Ukraine: they stand on the same side of an event with a target
    assert rows(graph, "dyad_timeline", a="USA", b="FRA") == []
    assert kinds(rows(graph, "dyad_timeline", a="FRA", b="UKR")) == [(date(2021, 9, 1), "aid")]


def test_query_dyad_timeline_columns(graph: GraphStore) -> None:
    first = rows(graph, "dyad_timeline", a="USA", b="RUS")[0]
    assert first["source"] == ["USA"] and first["target"] == ["RUS"]
    assert first["cameo"] == "041" and first["goldstein"] == 1.0
    assert first["evidence"] in {sentence(1, 0), sentence(1, 1)}


def test_query_actor_timeline_with_sides(graph: GraphStore) -> None:
    result = rows(graph, "actor_timeline", actor="Sergey Lavrov")
    assert [(r["date"], r["type"], r["role"]) for r in result] == [
        (date(2021, 3, 10), "call", "target"),
        (date(2021, 6, 15), "meeting", "source"),
        (date(2022, 1, 12), "meeting", "target"),
        (date(2022, 2, 10), "call", "target"),
    ]
    assert result[2]["source_names"] == ["Jens Stoltenberg"]
    only_source = rows(graph, "actor_timeline", actor="Sergey Lavrov", role="source")
    assert kinds(only_source) == [(date(2021, 6, 15), "meeting")]


def test_query_actor_timeline_of_a_state_includes_its_people(graph: GraphStore) -> None:
    result = rows(graph, "actor_timeline", actor="USA", **{"from": "2021-01-01"}, to="2021-12-31")
    assert kinds(result) == [
        (date(2021, 3, 10), "call"),
        (date(2021, 6, 15), "meeting"),
        (UNDATED_PUBLISHED, "sanction"),
        (date(2021, 9, 1), "aid"),
        (date(2021, 12, 1), "visit"),
    ]
    assert {r["role"] for r in result} == {"source"}


def test_query_events_of_type_threats_against_ukraine_in_2021(graph: GraphStore) -> None:
    params = {"type": "threat", "actor": "UKR", "role": "target", "from": "2021-01-01"}
    result = rows(graph, "events_of_type", **params, to="2021-12-31")
    assert kinds(result) == [(date(2021, 3, 20), "threat"), (date(2021, 11, 20), "threat")]
    assert all(r["role"] == "target" and r["source"] == ["RUS"] for r in result)
    assert kinds(rows(graph, "events_of_type", **params, to="2021-06-30")) == kinds(result)[:1]
    assert rows(graph, "events_of_type", type="threat", actor="UKR", role="source") == []


def test_query_events_of_type_every_visit_to_moscow(graph: GraphStore) -> None:
    to_russia = rows(graph, "events_of_type", type="visit", actor="RUS", role="target")
    assert [(r["type"], r["source"], r["target"]) for r in to_russia] == [
        ("visit", ["SAU"], ["RUS"])
    ]
    at_moscow = rows(graph, "events_of_type", type="visit", place="Moscow")
    assert [r["event_id"] for r in at_moscow] == [r["event_id"] for r in to_russia]
    every_visit = rows(graph, "events_of_type", type="visit")
    assert kinds(every_visit) == [(date(2021, 11, 5), "visit"), (date(2021, 12, 1), "visit")]
    assert {r["role"] for r in every_visit} == {None}


def test_query_around_date(graph: GraphStore) -> None:
    near = rows(graph, "around_date", actor="RUS", date="2021-07-01", days=5)
    assert [(r["type"], r["delta_days"], r["role"]) for r in near] == [("sanction", 1, "target")]
    wider = rows(graph, "around_date", actor="RUS", date="2021-07-01", days=20)
    assert [(r["type"], r["delta_days"]) for r in wider] == [("meeting", -16), ("sanction", 1)]
    assert rows(graph, "around_date", actor="SAU", date="2021-07-01", days=20) == []


# -- dyads ---------------------------------------------------------------------------------------


def test_query_first_last_contact(graph: GraphStore) -> None:
    (row,) = rows(graph, "first_last_contact", a="USA", b="RUS")
    assert (row["first"], row["first_type"]) == (date(2021, 3, 10), "call")
    assert (row["last"], row["last_type"]) == (date(2022, 2, 10), "call")
    assert row["events"] == 4 and row["days"] == 337
    (sau,) = rows(graph, "first_last_contact", a="Saudi Arabia", b="Russia")
    assert sau["first"] == sau["last"] == date(2021, 11, 5) and sau["events"] == 1
    assert rows(graph, "first_last_contact", a="SAU", b="UKR") == []


def test_query_contact_gaps(graph: GraphStore) -> None:
    result = rows(graph, "contact_gaps", a="USA", b="RUS")  # min_days 30 by default
    assert [(r["gap_start"], r["gap_end"], r["days"]) for r in result] == [
        (date(2021, 3, 10), date(2021, 6, 15), 97),
        (UNDATED_PUBLISHED, date(2022, 2, 10), 223),
    ]
    assert (result[1]["before_type"], result[1]["after_type"]) == ("sanction", "call")
    assert [r["days"] for r in rows(graph, "contact_gaps", a="USA", b="RUS", min_days=100)] == [223]
    assert rows(graph, "contact_gaps", a="SAU", b="RUS") == []


@pytest.mark.parametrize("name", ["dyad_timeline", "first_last_contact", "escalation"])
def test_query_dyad_sides_named_in_lower_case_reach_officials_without_a_country(
    graph: GraphStore, name: str
) -> None:
    # Stoltenberg (NATO, no country) met Lavrov: "nato" and "russia" resolve by name on both
    # sides, so the far side holds people tested by list membership, not by property
    # (contact_gaps shares these lines, but one meeting has no gap to show)
    by_code = rows(graph, name, a="RUS", b="NATO")
    assert by_code and rows(graph, name, a="russia", b="nato") == by_code


def test_query_escalation_per_month_with_empty_months(graph: GraphStore) -> None:
    result = rows(graph, "escalation", a="USA", b="RUS", to="2021-12-31")
    assert [r["month"] for r in result] == [date(2021, m, 1) for m in range(3, 13)]
    by_month = {r["month"].month: r for r in result}
    assert (by_month[3]["events"], by_month[3]["goldstein_sum"], by_month[3]["quad1"]) == (
        1,
        1.0,
        1,
    )
    assert by_month[4]["events"] == 0 and by_month[4]["goldstein_mean"] is None
    assert by_month[7]["goldstein_sum"] == -8.0 and by_month[7]["quad4"] == 1
    assert sum(r["events"] for r in result) == 3


def test_query_escalation_mean_and_quads(graph: GraphStore) -> None:
    result = rows(graph, "escalation", a="RUS", b="UKR")
    assert (result[0]["month"], result[0]["events"]) == (date(2021, 3, 1), 1)
    assert len(result) == 9  # March to November 2021
    november = result[-1]
    assert november["goldstein_mean"] == pytest.approx(-4.4) and november["quad3"] == 1
    assert rows(graph, "escalation", a="SAU", b="UKR") == []


def test_query_network_actor_and_state_levels(graph: GraphStore) -> None:
    contacts = {"types": ["meeting", "call", "visit"], "from": "2021-01-01", "to": "2021-12-31"}
    people = {
        (r["source"], r["target"], r["type"], r["count"])
        for r in rows(graph, "network", **contacts)
    }
    assert people == {
        ("Antony Blinken", "Sergey Lavrov", "call", 1),
        ("Antony Blinken", "Sergey Lavrov", "meeting", 1),  # symmetric: one row, in id order
        ("Antony Blinken", "Ukraine", "visit", 1),
        ("Saudi Arabia", "Russia", "visit", 1),
    }
    states = rows(graph, "network", **contacts, level="state")
    assert {(r["source_id"], r["target_id"], r["type"]) for r in states} == {
        ("USA", "RUS", "call"),
        ("RUS", "USA", "meeting"),  # symmetric pairs are put in code order
        ("USA", "UKR", "visit"),
        ("SAU", "RUS", "visit"),
    }
    everything = rows(graph, "network", level="state", types=["call"])
    assert [(r["count"], r["first"], r["last"]) for r in everything] == [
        (2, date(2021, 3, 10), date(2022, 2, 10))
    ]


def test_query_network_edges_one_row_per_event_and_pair(graph: GraphStore) -> None:
    result = rows(graph, "network_edges", types=["aid"])
    assert [(r["source_id"], r["target_id"], r["goldstein"], r["quad"]) for r in result] == [
        ("FRA", "UKR", 7.4, 2),
        ("USA", "UKR", 7.4, 2),
    ]
    assert result[0]["target_name"] == "Ukraine" and result[0]["target_kind"] == "state"
    assert len({r["event_id"] for r in result}) == 1


def test_query_top_dyads(graph: GraphStore) -> None:
    year = {"from": "2021-01-01", "to": "2021-12-31"}
    result = rows(graph, "top_dyads", **year, limit=3)
    assert [(r["a"], r["b"], r["events"]) for r in result] == [
        ("RUS", "USA", 3),
        ("RUS", "UKR", 2),
        ("UKR", "USA", 2),
    ]
    assert result[0]["a_name"] == "Russia" and result[0]["last"] == UNDATED_PUBLISHED
    assert result[1]["goldstein_mean"] == pytest.approx(-4.4)
    people = rows(graph, "top_dyads", limit=1, level="actor")
    assert [(r["a_name"], r["b_name"], r["events"]) for r in people] == [
        ("Antony Blinken", "Sergey Lavrov", 3)
    ]


def test_query_shortest_path(graph: GraphStore) -> None:
    (row,) = rows(graph, "shortest_path", a="Jens Stoltenberg", b="Antony Blinken")
    assert (row["hops"], row["events"]) == (4, 2)
    assert row["path"][0] == "Jens Stoltenberg" and row["path"][2] == "Sergey Lavrov"
    assert row["path"][-1] == "Antony Blinken" and row["path"][1] == "meeting 2022-01-12"
    assert len(row["event_ids"]) == 2
    assert rows(graph, "shortest_path", a="Jens Stoltenberg", b="Antony Blinken", max_hops=3) == []
    (sau,) = rows(graph, "shortest_path", a="SAU", b="UKR")
    assert sau["path"] == ["Saudi Arabia", "visit 2021-11-05", "Russia", sau["path"][3], "Ukraine"]
    assert sau["path"][3] in {"threat 2021-03-20", "threat 2021-11-20"}


def test_query_common_counterparts(graph: GraphStore) -> None:
    result = rows(graph, "common_counterparts", a="USA", b="SAU")
    assert [(r["counterpart"], r["name"], r["a_events"], r["b_events"]) for r in result] == [
        ("RUS", "Russia", 4, 1)
    ]
    both = rows(graph, "common_counterparts", a="USA", b="RUS")
    assert [(r["counterpart"], r["a_events"], r["b_events"]) for r in both] == [("UKR", 2, 2)]
    in_2022 = rows(graph, "common_counterparts", a="USA", b="SAU", **{"from": "2022-01-01"})
    assert in_2022 == []


# -- events and actors ---------------------------------------------------------------------------


def test_query_event_evidence(graph: GraphStore) -> None:
    call = rows(graph, "dyad_timeline", a="USA", b="RUS")[0]
    result = rows(graph, "event_evidence", event_id=call["event_id"])
    assert [r["text"] for r in result] == [sentence(1, 0), sentence(1, 1)]
    first = result[0]
    assert (first["title"], first["outlet"], first["published"]) == (
        "Report 1",
        "test wire",
        date(2021, 3, 11),
    )
    assert first["url"] == "https://example.org/report-1" and first["article_id"] == "a01"
    assert (first["char_start"], first["char_end"], first["trigger"]) == (0, 30, "call")
    assert rows(graph, "event_evidence", event_id="no-such-event") == []


def test_query_actor_profile_of_a_person(graph: GraphStore) -> None:
    result = rows(graph, "actor_profile", actor="Sergey Lavrov")
    facts = [(r["aspect"], r["item"], r["detail"], r["events"]) for r in result]
    assert facts == [
        ("actor", "Sergey Lavrov", "1 actors", 4),
        ("role", "Sergey Lavrov", "foreign_minister, Russia", 4),
        ("counterpart", "Antony Blinken", "USA", 3),
        ("counterpart", "Jens Stoltenberg", "NATO", 1),
        ("type", "call", "CONSULT", 2),
        ("type", "meeting", "CONSULT", 2),
    ]
    assert (result[0]["first"], result[0]["last"]) == (date(2021, 3, 10), date(2022, 2, 10))


def test_query_actor_profile_of_a_state_lists_roles_over_time(graph: GraphStore) -> None:
    result = rows(graph, "actor_profile", actor="USA", to="2021-12-31")
    roles = [
        (r["item"], r["detail"], r["first"], r["last"]) for r in result if r["aspect"] == "role"
    ]
    assert roles == [
        ("Antony Blinken", "foreign_minister, United States", date(2021, 3, 10), date(2021, 12, 1))
    ]
    counterparts = {r["item"]: r["events"] for r in result if r["aspect"] == "counterpart"}
    assert counterparts == {"Sergey Lavrov": 2, "Russia": 1, "Ukraine": 2}
    mix = {r["item"]: r["events"] for r in result if r["aspect"] == "type"}
    assert mix == {"call": 1, "meeting": 1, "sanction": 1, "aid": 1, "visit": 1}


def test_query_actors_resolution(graph: GraphStore) -> None:
    russia = rows(graph, "actors", actor="Russia")
    assert [(r["id"], r["events"]) for r in russia] == [
        ("RUS", 4),
        ("person:t:sergey-lavrov", 4),
    ]
    assert (russia[0]["roles"], russia[1]["roles"]) == ([], ["foreign_minister, Russia"])
    assert [r["id"] for r in rows(graph, "actors", actor="NATO")] == [
        "person:t:jens-stoltenberg",
        "NATO",
    ]
    assert len(rows(graph, "actors", limit=3)) == 3


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("actor_timeline", {"actor": "{}"}),
        ("around_date", {"actor": "{}", "date": "2021-06-15", "days": 400}),
        ("actor_profile", {"actor": "{}"}),
        ("first_last_contact", {"a": "{}", "b": "RUS"}),
        ("common_counterparts", {"a": "{}", "b": "RUS"}),
    ],
)
def test_query_actor_lookup_by_id_name_and_name_in_another_case_agree(
    graph: GraphStore, name: str, params: dict[str, Any]
) -> None:
    # the exact lookups are index seeks; another case is found by the fallback scan
    results = []
    for spelling in ("person:t:antony-blinken", "Antony Blinken", "antony BLINKEN"):
        given = {k: spelling if v == "{}" else v for k, v in params.items()}
        results.append(rows(graph, name, **given))
    assert results[0], f"{name} found nothing for Blinken"
    if name == "actor_profile":  # its first row repeats what was asked
        results = [
            [{**r, "item": None} if r["aspect"] == "actor" else r for r in rs] for rs in results
        ]
    assert results[0] == results[1] == results[2]


def test_query_network_edges_in_a_period_place_undated_events_at_their_report(
    graph: GraphStore,
) -> None:
    day = UNDATED_PUBLISHED.isoformat()
    result = rows(graph, "network_edges", types=["sanction"], **{"from": day}, to=day)
    assert [(r["source_id"], r["target_id"], r["date"]) for r in result] == [
        ("USA", "RUS", UNDATED_PUBLISHED)
    ]
    before = (UNDATED_PUBLISHED - timedelta(days=1)).isoformat()
    assert rows(graph, "network_edges", types=["sanction"], **{"from": before}, to=before) == []
