"""``kg query`` through typer's CliRunner, on the hand-made graph of
tests/queries/diplomacy_graph.py in the session's embedded database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.api import library_names
from kg.cli import app
from kg.errors import ConfigError, QueryNotFound
from kg.store import GraphStore, StoreSettings, open_store
from tests.queries.diplomacy_graph import build_diplomacy_graph

runner = CliRunner()


@pytest.fixture(scope="module")
def graph(settings: StoreSettings) -> Iterator[GraphStore]:
    with open_store(settings) as store:
        build_diplomacy_graph(store)
        yield store


def kg_query(db_dir: Path, *args: str) -> str:
    result = runner.invoke(app, ["query", *args, "--data-dir", str(db_dir)])
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_query_list_shows_every_query_with_defaults() -> None:
    result = runner.invoke(app, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = {row["name"]: row for row in json.loads(result.output)}
    assert set(listed) == set(library_names())
    assert "min_days=30" in listed["contact_gaps"]["parameters"]
    assert listed["dyad_timeline"]["answers"].startswith("Events between two actors")
    assert "query" in runner.invoke(app, ["--help"]).output


def test_cli_query_jsonl_with_params_and_defaults(db_dir: Path, graph: GraphStore) -> None:
    out = kg_query(
        db_dir, "events_of_type", "-p", "type=threat", "-p", "actor=UKR", "-p", "role=target",
        "-p", "from=2021-01-01", "-p", "to=2021-12-31", "--format", "jsonl",
    )  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["date"], r["type"], r["source"]) for r in rows] == [
        ("2021-03-20", "threat", ["RUS"]),
        ("2021-11-20", "threat", ["RUS"]),
    ]


def test_cli_query_csv_list_parameter(db_dir: Path, graph: GraphStore) -> None:
    out = kg_query(
        db_dir,
        "dyad_timeline",
        "-p",
        "a=USA",
        "-p",
        "b=RUS",
        "-p",
        "types=call,meeting",
        "--format",
        "csv",
    )
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["type"] for r in table] == ["call", "meeting", "call"]
    assert table[0]["date"] == "2021-03-10" and table[0]["source"] == "USA"


def test_cli_query_table_and_json_values(db_dir: Path, graph: GraphStore) -> None:
    out = kg_query(db_dir, "contact_gaps", "--param", "a=USA", "--param", "b=RUS")
    assert "contact_gaps" in out and "gap_start" in out and "223" in out
    top = json.loads(kg_query(db_dir, "top_dyads", "-p", "limit=1", "-f", "json"))
    assert [(r["a"], r["b"], r["events"]) for r in top] == [("RUS", "USA", 4)]


def test_cli_query_empty_result_prints_the_header(db_dir: Path, graph: GraphStore) -> None:
    out = kg_query(db_dir, "first_last_contact", "-p", "a=SAU", "-p", "b=UKR", "--format", "csv")
    assert out.strip() == "first,first_type,first_event,last,last_type,last_event,events,days"


def test_cli_query_errors(db_dir: Path) -> None:
    unknown = runner.invoke(app, ["query", "no_such_query", "--data-dir", str(db_dir)])
    assert isinstance(unknown.exception, QueryNotFound)
    missing = runner.invoke(
        app, ["query", "dyad_timeline", "-p", "a=USA", "--data-dir", str(db_dir)]
    )
    assert isinstance(missing.exception, ConfigError)
    assert "needs the parameter b" in str(missing.exception)
    internal = runner.invoke(app, ["query", "write_events", "--data-dir", str(db_dir)])
    assert isinstance(internal.exception, QueryNotFound)


def test_cli_query_unknown_name_is_one_line_without_traceback(db_dir: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "query",
            "nope",
            "--data-dir",
            str(db_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "no query named 'nope'" in proc.stderr and "Traceback" not in proc.stderr
