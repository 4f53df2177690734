"""The ``kg`` command line: thin commands that each call one library function."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli.app import KGTyper
from kg.cli.db import db_app
from kg.cli.export import export_app
from kg.cli.options import (
    BoltPort,
    Database,
    DataDir,
    HttpPort,
    OutputFormat,
    Password,
    Uri,
    User,
    parse_params,
    render,
    store_settings,
)
from kg.cli.query import query as query_command
from kg.errors import KGError, ResourceError
from kg.store import StoreSettings

app = KGTyper(
    name="kg",
    help=(
        "Turn Arabic and English news articles into a diplomatic-event graph: extract typed "
        "events (calls, visits, meetings, threats, proposals ...) with their actors and dates, "
        "load them into the embedded graph database (or your Neo4j), and query timelines."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db_app, name="db")
app.add_typer(export_app, name="export")
app.command("query")(query_command)
err = Console(stderr=True)

Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files, folders, globs or - for stdin: JSON, JSONL, CSV/TSV, text, HTML, RSS/Atom, "
        "WARC, .gz/.zip.",
        show_default=False,
    ),
]
Lang = Annotated[
    str | None,
    typer.Option("--lang", metavar="LANG", help="Language of articles that do not say (ar, en)."),
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date of articles that do not say (YYYY-MM-DD).",
    ),
]
Fields = Annotated[
    list[str] | None,
    typer.Option(
        "--field", metavar="FIELD=NAME", help="Map a source field: --field text=body (repeatable)."
    ),
]
MinConfidence = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        metavar="SCORE",
        help="Drop events below this confidence (0 to 1).",
    ),
]
Quarantine = Annotated[
    Path | None,
    typer.Option(
        "--quarantine",
        metavar="PATH",
        help="Write every rejected record (and article whose extraction failed) here, one JSON "
        "line each with file, position and reason; the summary lists the first 10.",
    ),
]


def _read_options(lang: str | None, published: str | None, fields: list[str] | None) -> object:
    from loaders import ReadOptions, parse_date_option, parse_field_specs

    return ReadOptions(
        lang=lang,
        published=parse_date_option(published) if published else None,
        fields=parse_field_specs(fields or []),
    )


Workers = Annotated[
    int,
    typer.Option(
        "--workers", "-w", min=1, metavar="N", help="Extract in this many processes (default 1)."
    ),
]


class _Counter:
    """A progress display with articles, events and the rate (on a terminal only)."""

    def __init__(self, label: str) -> None:
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            TextColumn(
                "{task.completed} articles, {task.fields[events]} events, "
                "{task.fields[rejected]} rejected"
            ),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=err,
            disable=not err.is_terminal,
        )
        self.task = self.progress.add_task(label, total=None, events=0, rejected=0, rate="")
        self.events = 0

    def __enter__(self) -> _Counter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, articles: int, events: int, rejected: int) -> None:
        self.events += events
        self.progress.advance(self.task, articles)
        task = self.progress.tasks[0]
        rate = f"{task.completed / task.elapsed:.1f}/s" if task.elapsed else ""
        self.progress.update(self.task, events=self.events, rejected=rejected, rate=rate)


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write JSON lines here (default: stdout)."
        ),
    ] = None,
    lang: Lang = None,
    published: Published = None,
    field: Fields = None,
    min_confidence: MinConfidence = 0.5,
    quarantine: Quarantine = None,
    workers: Workers = 1,
) -> None:
    """Extract events from articles and print them as JSON lines (one event per line)."""
    from kg.pipeline import extract_to_jsonl
    from loaders import QuarantineWriter

    with ExitStack() as stack:
        out = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        q = stack.enter_context(QuarantineWriter(quarantine)) if quarantine else None
        counter = stack.enter_context(_Counter("extracting"))
        summary = extract_to_jsonl(
            paths,
            out,
            options=_read_options(lang, published, field),  # type: ignore[arg-type]
            min_confidence=min_confidence,
            quarantine=q,
            progress=counter,
            workers=workers,
        )
    for line in summary.lines(quarantine):
        err.print(line, highlight=False, markup=False, soft_wrap=True)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def load(
    paths: Paths,
    lang: Lang = None,
    published: Published = None,
    field: Fields = None,
    min_confidence: MinConfidence = 0.5,
    quarantine: Quarantine = None,
    data_dir: DataDir = None,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
    bolt_port: BoltPort = None,
    http_port: HttpPort = None,
    workers: Workers = 1,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="First load of a large corpus into an EMPTY embedded database, faster (2x "
            "at 100k events): the whole graph is built in memory (about 3 GB per million "
            "events) and written by the database's own importer, with the server stopped "
            "meanwhile (other "
            "programs must not use this --data-dir during the load). Gives the same graph as "
            "a normal load; refused if the database holds anything. Later loads into it: "
            "without --bulk. For Neo4j (--uri), use `kg export neo4j-csv` and "
            "`neo4j-admin database import full` instead.",
        ),
    ] = False,
) -> None:
    """Extract events from articles and write them to the graph (the embedded database unless
    --uri is given). Loading the same articles again changes nothing; reports of one event in
    several articles become one event."""
    from kg.pipeline import load_into_graph
    from kg.store import open_store
    from loaders import QuarantineWriter

    settings = store_settings(data_dir, uri, user, password, database, bolt_port, http_port)
    if bulk:
        _bulk_load(paths, settings, lang, published, field, min_confidence, quarantine, workers)
        return
    with ExitStack() as stack:
        store = stack.enter_context(open_store(settings))
        q = stack.enter_context(QuarantineWriter(quarantine)) if quarantine else None
        counter = stack.enter_context(_Counter("loading"))
        summary = load_into_graph(
            paths,
            store,
            options=_read_options(lang, published, field),  # type: ignore[arg-type]
            min_confidence=min_confidence,
            quarantine=q,
            progress=counter,
            workers=workers,
        )
    for line in summary.lines(quarantine):
        err.print(line, highlight=False, markup=False, soft_wrap=True)
    if not summary.ok:
        raise typer.Exit(1)


def _bulk_load(
    paths: list[str],
    settings: StoreSettings,
    lang: str | None,
    published: str | None,
    field: list[str] | None,
    min_confidence: float,
    quarantine: Path | None,
    workers: int,
) -> None:
    """``kg load --bulk``: see :func:`kg.pipeline.bulk_load_into_graph`."""
    from kg.pipeline import bulk_load_into_graph
    from kg.store.bulk import refuse_external
    from loaders import QuarantineWriter

    refuse_external(settings)
    with ExitStack() as stack:
        q = stack.enter_context(QuarantineWriter(quarantine)) if quarantine else None
        counter = stack.enter_context(_Counter("reading (bulk)"))
        summary, result = bulk_load_into_graph(
            paths,
            settings.data_dir,
            heap=settings.heap,
            options=_read_options(lang, published, field),  # type: ignore[arg-type]
            min_confidence=min_confidence,
            quarantine=q,
            progress=counter,
            workers=workers,
        )
    for line in [*summary.lines(quarantine), *result.lines()]:
        err.print(line, highlight=False, markup=False, soft_wrap=True)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def timeline(
    a: Annotated[
        str,
        typer.Argument(
            metavar="ACTOR_A",
            help="An actor: a state or IGO code (USA, RUS, NATO), an actor id or a name.",
        ),
    ],
    b: Annotated[str, typer.Argument(metavar="ACTOR_B", help="The other actor.")],
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="DATE", help="Only events on or after this date (YYYY-MM-DD)."
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option(
            "--to", metavar="DATE", help="Only events on or before this date (YYYY-MM-DD)."
        ),
    ] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", metavar="TYPE", help="Only these event types (repeatable)."),
    ] = None,
    fmt: OutputFormat = "table",
    data_dir: DataDir = None,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
) -> None:
    """Events between two actors, in either direction, in date order.

    An actor is a code (USA, RUS, NATO), an actor id, or a name as the graph or the gazetteer
    knows it: "Russia", "روسيا", "Vladimir Putin", "Putin". An actor that matches nothing is an
    error (exit 2); no events between two known actors prints the header and "no events".

    Undated events are placed at the date of the first article that reported them (precision
    "reported")."""
    from kg.api import dyad_timeline
    from kg.store import open_store

    with open_store(store_settings(data_dir, uri, user, password, database)) as store:
        result = dyad_timeline(store, a, b, _date(date_from), _date(date_to), types)
    typer.echo(render(result.columns, result.rows, fmt, title=f"{a} – {b}"))
    if not result.rows:
        err.print("no events", highlight=False)


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="A read-only Cypher query.")],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="NAME=VALUE",
            help="A query parameter, used as $NAME in the query (repeatable); VALUE is read "
            "as JSON when it parses.",
        ),
    ] = None,
    fmt: OutputFormat = "table",
    data_dir: DataDir = None,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
) -> None:
    """Run a read-only Cypher query and print its rows. Queries that would write are refused."""
    from kg.api import return_columns
    from kg.store import open_store

    with open_store(store_settings(data_dir, uri, user, password, database)) as store:
        result = store.read_only(query, parse_params(param or []))
    typer.echo(render(result.columns or return_columns(query), result.rows, fmt))
    if not result.rows:
        err.print("no rows", highlight=False)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value}") from e


def main() -> None:
    """Entry point: errors kg raises on purpose are printed without a traceback."""
    try:
        app()
    except KGError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        if isinstance(e, ResourceError):
            err.print(
                "a file shipped with kg is missing or broken: the installation is incomplete "
                "(reinstall kg; from a checkout: pip install .)",
                highlight=False,
            )
        sys.exit(2)


@app.command()
def demo(
    data_dir: DataDir = None,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
) -> None:
    """Load the sample articles shipped with kg (Arabic and English) into the graph and print
    the US–Russia timeline. Exits with 1 when an article failed or nothing came out."""
    from kg.api import demo as run_demo
    from kg.store import open_store

    settings = store_settings(data_dir, uri, user, password, database)
    with open_store(settings) as store:
        run = run_demo(store)
    for line in run.summary.lines():
        err.print(line, highlight=False)
    title = f"{run.a} – {run.b} timeline"
    typer.echo(render(run.timeline.columns, run.timeline.rows, "table", title=title))
    if not run.ok:
        err.print("[red]error:[/red] the demo did not run cleanly (see above)", highlight=False)
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD",
            help="Gold file or folder (*gold*.json), or with --plover the sentence TSV.",
            exists=True,
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Argument(
            metavar="PREDICTIONS",
            help="The kg extract JSON lines to score (not used with --plover).",
        ),
    ] = None,
    plover: Annotated[
        bool,
        typer.Option(
            "--plover",
            help="Sentence-level PLOVER mode: extract each TSV sentence as its own article and "
            "compare the root of the most confident event with the gold_root column; where the "
            "TSV marks source and target spans, also score that event's roles.",
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="List every miss and false positive (with --plover: every wrong root and role).",
        ),
    ] = False,
) -> None:
    """Score extracted events against gold annotations: precision, recall, F1 per type and
    overall, and date accuracy (the rule of the corpus README)."""
    if plover:
        from kg.evaluate_plover import evaluate_plover

        plover_result = evaluate_plover(gold)
        for line in plover_result.lines(verbose):
            typer.echo(line)
        return
    from kg.evaluate import load_gold, load_predictions, score

    if predictions is None:
        raise typer.BadParameter("give the predictions file (kg extract output)")
    with predictions.open(encoding="utf-8") as lines:
        result = score(load_gold(gold), load_predictions(lines, str(predictions)))
    for line in result.lines(verbose):
        typer.echo(line)
