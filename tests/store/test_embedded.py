"""The embedded server's lifecycle, against the real ArcadeDB process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import EmbeddedServerError
from kg.store import EmbeddedServer
from tests.conftest import free_port


def test_embedded_status_of_running_server(db_dir: Path) -> None:
    status = EmbeddedServer(db_dir).status()
    assert status is not None
    assert status.uri.startswith("bolt://127.0.0.1:")


def test_embedded_start_is_idempotent(db_dir: Path) -> None:
    server = EmbeddedServer(db_dir)
    first = server.status()
    assert first is not None
    assert server.start().pid == first.pid


def test_embedded_secret_is_owner_only(db_dir: Path) -> None:
    mode = stat.S_IMODE((db_dir / "secret").stat().st_mode)
    assert mode == 0o600


def _listening_addresses(port: int) -> set[str]:
    """Local addresses listening on ``port`` (Linux /proc/net/tcp, IPv4 and IPv6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def test_embedded_binds_loopback_only(db_dir: Path) -> None:
    status = EmbeddedServer(db_dir).status()
    assert status is not None
    for port in (status.bolt_port, status.http_port):
        addresses = _listening_addresses(port)
        assert addresses, f"nothing listens on {port}"
        # /proc writes 127.0.0.1 as 0100007F, alone (IPv4) or IPv4-mapped in IPv6; "::1" as
        # 00000000000000000000000001000000. 0.0.0.0 / :: would be all zeros.
        loopback = {
            "0100007F",
            "0000000000000000FFFF00000100007F",
            "00000000000000000000000001000000",
        }
        assert addresses <= loopback, addresses


def test_embedded_port_taken_is_a_clear_error(db_dir: Path, tmp_path: Path) -> None:
    status = EmbeddedServer(db_dir).status()
    assert status is not None
    other = EmbeddedServer(tmp_path / "other", bolt_port=status.bolt_port, http_port=free_port())
    with pytest.raises(EmbeddedServerError, match=f"port {status.bolt_port}.*already in use") as e:
        other.start()
    # advice every command can follow (timeline, cypher, query have no --bolt-port)
    assert "kg db start --bolt-port" in str(e.value)
    assert "KG_BOLT_PORT" in str(e.value)


def test_embedded_jvm_failure_is_a_clear_error(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, bolt_port=free_port(), http_port=free_port(), heap="1k")
    with pytest.raises(EmbeddedServerError, match="failed to start"):
        server.start(timeout=60)
    assert server.status() is None


def test_embedded_stop_then_start_keeps_data(tmp_path: Path) -> None:
    import neo4j

    server = EmbeddedServer(tmp_path, bolt_port=free_port(), http_port=free_port(), heap="256m")
    status = server.start()
    with neo4j.GraphDatabase.driver(status.uri, auth=("root", server.password())) as driver:
        driver.execute_query("CREATE (:Probe {n: 1})", database_="kg")
    assert server.stop() is True
    assert server.status() is None
    assert not (tmp_path / "server.json").exists()
    status = server.start()
    with neo4j.GraphDatabase.driver(status.uri, auth=("root", server.password())) as driver:
        records = driver.execute_query(
            "MATCH (p:Probe) RETURN count(p) AS n", database_="kg"
        ).records
    server.stop()
    assert records[0]["n"] == 1


def test_embedded_second_server_on_same_dir_is_refused(db_dir: Path) -> None:
    """The lock: a second serve process on the same folder exits at once with its code."""
    import subprocess
    import sys

    from kg.store.serve import EXIT_ALREADY_RUNNING

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.store.serve",
            "--data-dir",
            str(db_dir),
            "--bolt-port",
            str(free_port()),
            "--http-port",
            str(free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_ALREADY_RUNNING
    assert "already_running" in proc.stdout


def test_embedded_stop_waits_for_the_process_to_exit(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, bolt_port=free_port(), http_port=free_port(), heap="256m")
    pid = server.start().pid
    assert server.stop() is True
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_embedded_data_dir_owner_only_and_other_ports_refused(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    data_dir = tmp_path / "new" / "kg"
    server = EmbeddedServer(data_dir, bolt_port=free_port(), http_port=free_port(), heap="256m")
    status = server.start()
    try:
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        other = free_port()
        with pytest.raises(EmbeddedServerError, match=f"Bolt port {status.bolt_port}, not {other}"):
            EmbeddedServer(data_dir, bolt_port=other).start()
        result = CliRunner().invoke(
            app, ["db", "start", "--data-dir", str(data_dir), "--bolt-port", str(other)]
        )
        assert isinstance(result.exception, EmbeddedServerError)
        assert "kg db stop" in str(result.exception)
        assert EmbeddedServer(data_dir).start().pid == status.pid  # no ports asked: fine
        assert "RuntimeWarning" not in (data_dir / "server.log").read_text()
    finally:
        server.stop()


def test_embedded_serve_module_runs_without_runtime_warning() -> None:
    proc = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", "-m", "kg.store.serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "RuntimeWarning" not in proc.stderr
