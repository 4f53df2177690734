"""Options shared by several commands, and output formatting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import ConfigError
from kg.store import StoreSettings

DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="KG_DATA_DIR",
        metavar="PATH",
        help="Folder of the embedded database (default: your user data folder, .../kg).",
        show_default=False,
    ),
]
Uri = Annotated[
    str | None,
    typer.Option(
        "--uri",
        envvar="KG_NEO4J_URI",
        metavar="URI",
        help="Use your own Neo4j 5 (bolt://, neo4j://, neo4j+s://) instead of the embedded "
        "database.",
        show_default=False,
    ),
]
User = Annotated[
    str | None, typer.Option("--user", envvar="KG_NEO4J_USER", metavar="NAME", help="Neo4j user.")
]
Password = Annotated[
    str | None,
    typer.Option(
        "--password", envvar="KG_NEO4J_PASSWORD", metavar="PASSWORD", help="Neo4j password."
    ),
]
Database = Annotated[
    str | None,
    typer.Option(
        "--database", envvar="KG_NEO4J_DATABASE", metavar="NAME", help="Neo4j database name."
    ),
]
BoltPort = Annotated[
    int | None,
    typer.Option(
        "--bolt-port",
        envvar="KG_BOLT_PORT",
        metavar="PORT",
        help="Bolt port of the embedded database.",
    ),
]
HttpPort = Annotated[
    int | None,
    typer.Option(
        "--http-port",
        envvar="KG_HTTP_PORT",
        metavar="PORT",
        help="HTTP port of the embedded database.",
    ),
]
OutputFormat = Annotated[
    Literal["table", "csv", "json", "jsonl"],
    typer.Option("--format", "-f", metavar="FORMAT", help="Output: table, csv, json or jsonl."),
]
FORMATS = ("table", "csv", "json", "jsonl")


def store_settings(
    data_dir: Path | None,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str | None,
    bolt_port: int | None = None,
    http_port: int | None = None,
) -> StoreSettings:
    return StoreSettings.from_env(
        uri=uri,
        user=user,
        password=password,
        database=database,
        data_dir=data_dir,
        bolt_port=bolt_port,
        http_port=http_port,
    )


def parse_params(values: Sequence[str]) -> dict[str, Any]:
    """``--param k=v`` values; ``v`` is read as JSON when it parses (numbers, lists, null),
    else kept as a string.

    >>> parse_params(["a=USA", "n=3", "types=[\\"call\\"]"])
    {'a': 'USA', 'n': 3, 'types': ['call']}
    """
    params: dict[str, Any] = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--param wants NAME=VALUE, got {value!r}")
        try:
            params[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            params[key.strip()] = raw
    return params


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def render(
    columns: Sequence[str], rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None
) -> str:
    """Rows as a table, CSV, JSON or JSON lines."""
    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "json":
        return json.dumps([_jsonable(r) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(_jsonable(r), ensure_ascii=False) for r in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buffer.getvalue().rstrip("\n")
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text().rstrip("\n")
