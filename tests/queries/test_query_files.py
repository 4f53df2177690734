"""The query files themselves: each says what it answers, declares every parameter it uses
(with a default or `required`), and is run here on the embedded database with columns as
declared by its RETURN clause. A query file added without an entry in EXAMPLES fails."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kg.api import (
    bind_params,
    library_names,
    parse_spec,
    query_parameters,
    query_spec,
    return_columns,
    run_query,
)
from kg.errors import ConfigError, QueryNotFound, ResourceError
from kg.store import GraphStore, StoreSettings, open_store
from kg.store.queries import named_query, query_names
from tests.queries.diplomacy_graph import build_diplomacy_graph

# One run of every library query on the test graph, with parameters that give rows.
EXAMPLES: dict[str, dict[str, Any]] = {
    "actor_profile": {"actor": "RUS"},
    "actor_timeline": {"actor": "USA", "types": ["call"]},
    "actors": {"actor": "Russia"},
    "around_date": {"actor": "RUS", "date": "2021-07-01", "days": 30},
    "common_counterparts": {"a": "USA", "b": "SAU"},
    "contact_gaps": {"a": "USA", "b": "RUS", "min_days": 10},
    "counts": {},
    "dyad_timeline": {"a": "USA", "b": "RUS", "from": "2021-01-01"},
    "escalation": {"a": "USA", "b": "RUS"},
    "event_evidence": {},  # filled in from a timeline below
    "events_of_type": {"type": "threat", "actor": "UKR", "role": "target"},
    "first_last_contact": {"a": "USA", "b": "RUS"},
    "network": {"types": ["call", "meeting", "visit"], "level": "state"},
    "network_edges": {"from": "2021-01-01", "to": "2021-12-31"},
    "shortest_path": {"a": "SAU", "b": "UKR"},
    "top_dyads": {"limit": 2},
}


@pytest.fixture(scope="module")
def graph(settings: StoreSettings) -> Iterator[GraphStore]:
    with open_store(settings) as store:
        build_diplomacy_graph(store)
        yield store


def test_query_files_every_library_query_has_an_example() -> None:
    assert set(EXAMPLES) == set(library_names())


@pytest.mark.parametrize("name", library_names())
def test_query_files_say_what_they_answer_and_declare_parameters(name: str) -> None:
    spec = query_spec(name)
    assert len(spec.summary) > 20, name
    assert named_query(name).description.startswith(spec.summary)
    declared = [p.name for p in spec.params]
    assert len(declared) == len(set(declared)), f"{name}: a parameter is declared twice"
    assert set(declared) == query_parameters(spec.text), name
    for param in spec.params:
        assert param.description, f"{name}: say what ${param.name} is"
        if param.kind == "list" and param.default is not None:
            assert isinstance(param.default, list)
    assert spec.columns, f"{name}: no RETURN columns found"


@pytest.mark.parametrize("name", library_names())
def test_query_files_run_on_the_embedded_database(graph: GraphStore, name: str) -> None:
    params = dict(EXAMPLES[name])
    if name == "event_evidence":
        first = run_query(graph, "dyad_timeline", {"a": "USA", "b": "RUS"}).rows[0]
        params["event_id"] = first["event_id"]
    result = run_query(graph, name, params)
    assert len(result) > 0, name
    assert result.columns == query_spec(name).columns  # what an empty result falls back to


def test_query_files_write_queries_are_not_in_the_library() -> None:
    internal = {n for n in query_names() if n.startswith("write_")} | {
        "refresh_events",
        "refresh_actor_events",
        "backfill_dyads",
    }
    assert internal and not internal & set(library_names())
    with pytest.raises(QueryNotFound):
        query_spec("write_events")
    with pytest.raises(QueryNotFound):
        query_spec("no_such_query")


def test_query_files_bind_params_defaults_and_conversions() -> None:
    spec = query_spec("around_date")
    bound = bind_params(spec, {"actor": "RUS", "date": "2022-01-10", "types": "call, visit"})
    assert bound == {"actor": "RUS", "date": "2022-01-10", "days": 7, "types": ["call", "visit"]}
    assert bind_params(spec, {"actor": "RUS", "date": "2022-01-10", "days": "3"})["days"] == 3
    with pytest.raises(ConfigError, match="needs the parameter date"):
        bind_params(spec, {"actor": "RUS"})
    with pytest.raises(ConfigError, match="no parameter dyas"):
        bind_params(spec, {"actor": "RUS", "date": "2022-01-10", "dyas": 3})
    with pytest.raises(ConfigError, match="not a date"):
        bind_params(spec, {"actor": "RUS", "date": "10/01/2022"})
    with pytest.raises(ConfigError, match="whole number"):
        bind_params(spec, {"actor": "RUS", "date": "2022-01-10", "days": 2.5})


def test_query_files_malformed_param_lines_are_reported() -> None:
    with pytest.raises(ResourceError, match="unknown kind"):
        parse_spec("bad", "// Bad.\n// @param x:number 3  x\nRETURN $x AS x")
    with pytest.raises(ResourceError, match="must be JSON"):
        parse_spec("bad", "// Bad.\n// @param x:int three  x\nRETURN $x AS x")


@pytest.mark.parametrize(
    ("query", "columns"),
    [
        ("MATCH (e) RETURN e.id AS id, e.type", ("id", "e.type")),
        ("MATCH (e) RETURN DISTINCT e.type AS type ORDER BY type LIMIT 3", ("type",)),
        ("RETURN [x IN [1, 2] | x * 2] AS xs, {a: 1, b: 'AS, x'} AS m", ("xs", "m")),
        ("CALL { RETURN 1 AS inner } RETURN inner + 1 AS outer", ("outer",)),
        ("RETURN 1 AS a UNION RETURN 2 AS a", ("a",)),
        ("RETURN 1 AS offset", ("offset",)),
        ("MATCH (n) SET n.x = 1", ()),
    ],
)
def test_query_files_return_columns(query: str, columns: tuple[str, ...]) -> None:
    assert return_columns(query) == columns


def _sorts_rows_that_carry_an_imported_list(text: str) -> bool:
    """A final ``RETURN … ORDER BY`` straight after a ``CALL (list) { … }`` subquery."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    if "CALL (" not in body or "}" not in body:
        return False
    after_last_block = body[body.rindex("}") + 1 :].lstrip()
    return after_last_block.startswith("RETURN") and "ORDER BY" in after_last_block


@pytest.mark.parametrize("name", library_names())
def test_query_files_sort_after_projecting_away_imported_lists(name: str) -> None:
    # ArcadeDB's ORDER BY keeps every variable of the row it sorts, including a list imported
    # into a CALL subquery (the actors a state stands for). Its heap budget charges that list
    # once per row, so a state with a thousand office holders made actor_profile fail with
    # "Query heap budget exceeded" on a 100k-event graph. A WITH naming the output columns
    # before the final RETURN drops the list.
    assert not _sorts_rows_that_carry_an_imported_list(named_query(name).text)


def test_query_files_imported_list_rule_recognises_the_failing_shape() -> None:
    failing = "CALL (xs) { UNWIND xs AS x RETURN x.name AS n }\nRETURN n ORDER BY n"
    fixed = "CALL (xs) { UNWIND xs AS x RETURN x.name AS n }\nWITH n\nRETURN n ORDER BY n"
    assert _sorts_rows_that_carry_an_imported_list(failing)
    assert not _sorts_rows_that_carry_an_imported_list(fixed)
