"""``kg db``: the embedded database server (start, stop, status)."""

from __future__ import annotations

import time

import typer

from kg.cli.app import KGTyper
from kg.cli.options import BoltPort, DataDir, HttpPort

db_app = KGTyper(
    help="Manage the embedded graph database (an ArcadeDB server on 127.0.0.1, shared by the "
    "CLI, notebooks and scripts). Commands that need it start it on demand.",
    no_args_is_help=True,
)


@db_app.command()
def start(data_dir: DataDir = None, bolt_port: BoltPort = None, http_port: HttpPort = None) -> None:
    """Start the embedded database in the background (nothing happens if it runs)."""
    from kg.store import EmbeddedServer

    server = EmbeddedServer(data_dir, bolt_port=bolt_port, http_port=http_port)
    status = server.start()
    typer.echo(
        f"running: pid {status.pid}, {status.uri} (database {status.database!r}, user root, "
        f"password in {server.data_dir / 'secret'})"
    )


@db_app.command()
def stop(data_dir: DataDir = None) -> None:
    """Stop the embedded database cleanly."""
    from kg.store import EmbeddedServer

    server = EmbeddedServer(data_dir)
    typer.echo("stopped" if server.stop() else f"not running ({server.data_dir})")


@db_app.command()
def status(data_dir: DataDir = None) -> None:
    """Say whether the embedded database runs, where, and on which ports."""
    from kg.store import EmbeddedServer

    server = EmbeddedServer(data_dir)
    found = server.status()
    if found is None:
        typer.echo(f"not running (data dir {server.data_dir})")
        raise typer.Exit(3)
    uptime = time.time() - found.started_at
    typer.echo(
        f"running: pid {found.pid}, bolt {found.uri}, http port {found.http_port}, "
        f"database {found.database!r}, data dir {found.data_dir}, up {uptime:.0f} s"
    )
