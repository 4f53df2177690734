"""``kg query``: run a query of the library (``kg/store/cypher/NAME.cypher``) by name."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kg.cli.options import (
    Database,
    DataDir,
    OutputFormat,
    Password,
    Uri,
    User,
    parse_params,
    render,
    store_settings,
)


def query(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME",
            help="The query's name (kg query --list shows them).",
            show_default=False,
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="NAME=VALUE",
            help="A parameter NAME=VALUE (repeatable); values are read as JSON when they parse. "
            'Lists: types=call,visit or types=["call","visit"]. Dates: from=2022-01-01.',
        ),
    ] = None,
    list_queries: Annotated[
        bool, typer.Option("--list", "-l", help="List the queries, their parameters and defaults.")
    ] = False,
    fmt: OutputFormat = "table",
    data_dir: DataDir = None,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
) -> None:
    """Run a query of the library by name and print its rows: timelines, first and last
    contact, gaps, escalation per month, networks, top dyads, shortest paths, common
    counterparts, events around a date, an event's evidence, actor profiles.

    Missing parameters take the defaults the query declares (kg query --list).

    Example: kg query events_of_type -p type=threat -p actor=UKR -p role=target
    """
    from kg.api import bind_params, library_names, query_spec

    if list_queries or name is None:
        rows = []
        for known in library_names():
            spec = query_spec(known)
            rows.append(
                {
                    "name": known,
                    "parameters": ", ".join(
                        p.name if p.required else f"{p.name}={json.dumps(p.default)}"
                        for p in spec.params
                    ),
                    "answers": spec.summary,
                }
            )
        typer.echo(render(("name", "parameters", "answers"), rows, fmt))
        return

    from kg.store import open_store

    spec = query_spec(name)
    params = bind_params(spec, parse_params(param or []))
    with open_store(store_settings(data_dir, uri, user, password, database)) as store:
        result = store.read(spec.text, params)
    typer.echo(render(result.columns or spec.columns, result.rows, fmt, title=name))
