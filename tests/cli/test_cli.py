"""The kg command line, through typer's CliRunner, against the session's embedded database."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ReadOnlyViolation, UnknownActor
from kg.samples import sample_paths

runner = CliRunner()


def _store_args(db_dir: Path) -> list[str]:
    return ["--data-dir", str(db_dir)]


def test_cli_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "load", "timeline", "cypher", "db", "evaluate", "demo"):
        assert command in result.output


def test_cli_extract_prints_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", *sample_paths(), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events
    assert {e["article_id"] for e in events} >= {"kg-sample-en-001", "kg-sample-ar-001"}
    assert all(e["evidence"]["text"] for e in events)


def test_cli_extract_reports_bad_input_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "batch.jsonl"
    good = json.dumps(
        {
            "id": "g1",
            "lang": "en",
            "published": "2022-01-10",
            "text": "Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Sunday.",
        }
    )
    bad.write_text(
        good + "\n{broken json\n" + good.replace('"g1"', '"g2"') + "\n", encoding="utf-8"
    )
    quarantine = tmp_path / "q.jsonl"
    out = tmp_path / "events.jsonl"
    result = runner.invoke(
        app, ["extract", str(bad), "-o", str(out), "--quarantine", str(quarantine)]
    )
    assert result.exit_code == 1  # something was rejected
    ids = {json.loads(line)["article_id"] for line in out.read_text().splitlines()}
    assert ids == {"g1", "g2"}
    assert json.loads(quarantine.read_text().splitlines()[0])["reason"] == "malformed_json"


def test_cli_load_twice_changes_nothing_and_timeline(db_dir: Path, store: object) -> None:
    args = ["load", *sample_paths(), *_store_args(db_dir)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    counts = store.counts()  # type: ignore[attr-defined]
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert store.counts() == counts  # type: ignore[attr-defined]
    result = runner.invoke(
        app, ["timeline", "USA", "RUS", "--format", "jsonl", *_store_args(db_dir)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {"call", "meeting"} <= {r["type"] for r in rows}


def test_cli_timeline_accepts_names_and_date_bounds(db_dir: Path, store: object) -> None:
    runner.invoke(app, ["load", *sample_paths(), *_store_args(db_dir)])
    result = runner.invoke(
        app,
        [
            "timeline",
            "United States",
            "Russia",
            "--from",
            "2022-01-01",
            "--to",
            "2022-01-31",
            "--format",
            "json",
            *_store_args(db_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows
    assert all("2022-01-01" <= r["date"] <= "2022-01-31" for r in rows)


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_cli_cypher_formats(db_dir: Path, store: object, fmt: str) -> None:
    runner.invoke(app, ["load", *sample_paths(), *_store_args(db_dir)])
    result = runner.invoke(
        app,
        [
            "cypher",
            "MATCH (e:Event) WHERE e.type = $t RETURN count(e) AS n",
            "--param",
            "t=call",
            "--format",
            fmt,
            *_store_args(db_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "n" in result.output


def test_cli_cypher_refuses_writes(db_dir: Path, store: object) -> None:
    result = runner.invoke(app, ["cypher", "CREATE (x:Hack) RETURN x", *_store_args(db_dir)])
    assert isinstance(result.exception, ReadOnlyViolation)
    assert store.read("MATCH (x:Hack) RETURN count(x) AS n").rows[0]["n"] == 0  # type: ignore[attr-defined]


def test_cli_db_status(db_dir: Path) -> None:
    result = runner.invoke(app, ["db", "status", *_store_args(db_dir)])
    assert result.exit_code == 0
    assert "running" in result.output


def test_cli_errors_are_one_line_without_traceback(db_dir: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "cypher",
            "MATCH (n) DELETE n",
            "--data-dir",
            str(db_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "error:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_evaluate_scores_a_prediction_file(tmp_path: Path) -> None:
    gold = tmp_path / "a.gold.json"
    gold.write_text(
        json.dumps(
            {
                "article": {"id": "a"},
                "events": [
                    {
                        "type": "call",
                        "source": ["USA"],
                        "target": ["RUS"],
                        "start": "2022-01-09",
                        "required": True,
                    }
                ],
            }
        )
    )
    pred = tmp_path / "p.jsonl"
    pred.write_text(
        json.dumps(
            {
                "article_id": "a",
                "type": "call",
                "source": [{"code": "RUS"}],
                "target": [{"country": "USA"}],
                "time": {"start": "2022-01-09"},
            }
        )
        + "\n"
    )
    result = runner.invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("F1=1.000 P=1.000 R=1.000 DATE=1.000")


def test_cli_export_rdf_and_csv(tmp_path: Path) -> None:
    ttl = tmp_path / "events.ttl"
    result = runner.invoke(app, ["export", "rdf", *sample_paths(), "-o", str(ttl)])
    assert result.exit_code == 0, result.output
    from rdflib import Graph

    assert len(Graph().parse(ttl, format="turtle")) > 100
    result = runner.invoke(
        app, ["export", "neo4j-csv", *sample_paths(), "-o", str(tmp_path / "csv")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "csv" / "events.csv").read_text(encoding="utf-8").count("\n") > 5


def test_cli_demo_prints_a_dated_timeline(db_dir: Path, store: object) -> None:
    result = runner.invoke(app, ["demo", *_store_args(db_dir)])
    assert result.exit_code == 0, result.output
    assert "USA – RUS timeline" in result.output
    dated = [line for line in result.output.splitlines() if re.search(r"\d{4}-\d{2}-\d{2}", line)]
    assert len(dated) >= 3, result.output


def test_cli_demo_fails_when_nothing_is_processed(
    db_dir: Path, store: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kg.samples.sample_paths", lambda: [])
    result = runner.invoke(app, ["demo", *_store_args(db_dir)])
    assert result.exit_code == 1, result.output
    assert "articles loaded into the graph: 0" in result.output


@pytest.mark.parametrize("unknown", ["XYZ", "Nobody Atall"])
def test_cli_timeline_unknown_actor_is_a_clear_error(
    db_dir: Path, store: object, unknown: str
) -> None:
    runner.invoke(app, ["load", *sample_paths(), *_store_args(db_dir)])
    result = runner.invoke(app, ["timeline", unknown, "USA", *_store_args(db_dir)])
    assert isinstance(result.exception, UnknownActor), result.output
    assert f"no actor matches {unknown!r}" in str(result.exception)
    assert "try a code such as USA" in str(result.exception)


@pytest.mark.parametrize(
    ("a", "b"), [("روسيا", "USA"), ("Putin", "Biden"), ("russia", "الولايات المتحدة")]
)
def test_cli_timeline_arabic_state_names_and_family_names(
    db_dir: Path, store: object, a: str, b: str
) -> None:
    runner.invoke(app, ["load", *sample_paths(), *_store_args(db_dir)])
    result = runner.invoke(app, ["timeline", a, b, "--format", "jsonl", *_store_args(db_dir)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows, result.output


def test_cli_timeline_no_events_prints_header(db_dir: Path, store: object) -> None:
    runner.invoke(app, ["load", *sample_paths(), *_store_args(db_dir)])
    args = ["timeline", "USA", "RUS", "--from", "1990-01-01", "--to", "1990-01-02"]
    result = runner.invoke(app, [*args, "--format", "csv", *_store_args(db_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("date,precision,type,source,target")
    assert "no events" in result.output
    table = runner.invoke(app, [*args, *_store_args(db_dir)])
    assert "event_id" in table.output


def test_cli_cypher_no_rows_prints_header(db_dir: Path, store: object) -> None:
    result = runner.invoke(
        app,
        [
            "cypher",
            "MATCH (e:Event) RETURN e.id AS id, e.type AS type",
            "-f",
            "csv",
            *_store_args(db_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "id,type"


def test_cli_timeline_unknown_actor_message_on_stderr(db_dir: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "timeline",
            "XYZ",
            "USA",
            *_store_args(db_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "no actor matches 'XYZ'" in proc.stderr
    assert proc.stdout.strip() == ""
