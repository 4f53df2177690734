"""--help of every kg command: metavars a researcher reads, never Python type names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.app import unwrap

runner = CliRunner()


def _command_paths() -> list[list[str]]:
    paths: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        paths.append(path)
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


COMMANDS = _command_paths()
PYTHON_TYPES = re.compile(r"<(str|int|bool|float|path|list|tuple|dict)\b|\{[a-z_]+\}")


def test_cli_help_covers_every_command() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"extract", "load", "timeline", "cypher", "query", "demo", "db start"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "kg")
def test_cli_help_shows_metavars_not_python_types(path: list[str]) -> None:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    for bad in ("<str>", "<list", "<bool>", "{a}", "<float", "<int", "<path>"):
        assert bad not in result.output, f"{bad!r} in help of {path}:\n{result.output}"
    assert not PYTHON_TYPES.search(result.output), result.output


def test_cli_help_timeline_usage_names_the_actors() -> None:
    result = runner.invoke(app, ["timeline", "--help"], env={"COLUMNS": "100"})
    assert "ACTOR_A" in result.output and "ACTOR_B" in result.output
    assert "DATE" in result.output and "FORMAT" in result.output


def test_cli_help_command_summaries_are_not_wrapped_raggedly() -> None:
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    # the summary of load was cut by its docstring's line break: a line holding only "in"
    for line in result.output.splitlines():
        words = line.strip("│ ").split()
        assert not (len(words) == 1 and words[0].isalpha() and words[0].islower()), line


def test_unwrap_joins_lines_keeps_paragraphs() -> None:
    assert unwrap("a\n    b\n\n    c") == "a b\n\nc"


@pytest.mark.parametrize("command", [["cypher", "RETURN 1 AS n"], ["timeline", "USA", "RUS"]])
def test_cli_format_is_a_choice_checked_before_the_query(
    command: list[str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "never-started"
    result = runner.invoke(app, [*command, "--format", "xml", "--data-dir", str(data_dir)])
    assert result.exit_code == 2
    assert "xml" in result.output
    assert not data_dir.exists()  # no server was started for a query that cannot be printed
