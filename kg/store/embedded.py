"""Lifecycle of the embedded database: start on demand, status, clean stop.

The server runs as its own background process (:mod:`kg.store.serve`) so several programs share
one database. Everything about it lives in one data directory::

    DIR/              created owner-only (0700)
    DIR/secret        root password, generated at first start, mode 0600
    DIR/ports.json    the Bolt and HTTP ports chosen at first start (kept stable for Neo4j Browser)
    DIR/server.lock   held (flock) by the running server: one server per directory
    DIR/server.json   pid and ports, written when the server accepts connections
    DIR/server.log    the server's output
    DIR/arcadedb/     the database files
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EmbeddedServerError
from kg.store.server_protocol import (
    DATABASE_NAME,
    EXIT_ALREADY_RUNNING,
    EXIT_PORT_TAKEN,
    port_is_free,
)

DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 2480
DEFAULT_HEAP = "1g"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0


def default_data_dir() -> Path:
    """``$KG_DATA_DIR``, else the user's data directory (XDG on Linux, Application Support on
    macOS), joined with ``kg``."""
    env = os.environ.get("KG_DATA_DIR")
    if env:
        return Path(env).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "kg"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kg"


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """A running embedded server."""

    pid: int
    bolt_port: int
    http_port: int
    data_dir: Path
    database: str
    started_at: float

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


def _pid_alive(pid: int) -> bool:
    """True while process ``pid`` runs (an exited child of ours is reaped; a zombie another
    process has not reaped yet counts as gone)."""
    if _reaped(pid):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if _exited(pid):
        _reaped(pid)  # it exited since the first look: reap it if it is ours
        return False
    return True


def _reaped(pid: int) -> bool:
    """True when ``pid`` is an exited child of this process (now reaped)."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:  # not our child (or reaped already)
        return False


def _exited(pid: int) -> bool:
    """True when every thread of ``pid`` has exited (a zombie waiting for its parent). The
    main thread of a JVM shows as a zombie while other threads still shut down, so every
    thread is looked at. False when /proc cannot tell (macOS)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        states = [(t / "stat").read_text().rsplit(")", 1)[-1].split()[0] for t in tasks]
    except OSError:
        return False
    return all(state in ("Z", "X") for state in states)


def _make_data_dir(path: Path) -> None:
    """The data directory, created owner-only (it holds the password and the database)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


def _lock_is_held(data_dir: Path) -> bool:
    """True when a server process holds the directory's lock."""
    lock_path = data_dir / "server.lock"
    if not lock_path.exists():
        return False
    with open(lock_path, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f, fcntl.LOCK_UN)
    return False


class EmbeddedServer:
    """Start, find and stop the embedded ArcadeDB server of one data directory.

    Creating this object does no I/O; :meth:`start` and :meth:`stop` do.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        bolt_port: int | None = None,
        http_port: int | None = None,
        heap: str | None = None,
    ) -> None:
        self.data_dir = (data_dir or default_data_dir()).expanduser().resolve()
        self._bolt_port = bolt_port or _env_int("KG_BOLT_PORT")
        self._http_port = http_port or _env_int("KG_HTTP_PORT")
        self.heap = heap or os.environ.get("KG_HEAP", DEFAULT_HEAP)

    # -- credentials -------------------------------------------------------------------------

    def password(self) -> str:
        """The root password, generated (owner-only file) on first use."""
        path = self.data_dir / "secret"
        if not path.exists():
            _make_data_dir(self.data_dir)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(secrets.token_urlsafe(24))
        return path.read_text(encoding="utf-8").strip()

    # -- status ------------------------------------------------------------------------------

    def status(self) -> ServerStatus | None:
        """The running server of this directory, or None."""
        state_path = self.data_dir / "server.json"
        try:
            state = json.loads(state_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None
        pid = int(state["pid"])
        if not (_pid_alive(pid) and _lock_is_held(self.data_dir)):
            return None  # a stale file left by a killed server
        return ServerStatus(
            pid=pid,
            bolt_port=int(state["bolt_port"]),
            http_port=int(state["http_port"]),
            data_dir=self.data_dir,
            database=str(state.get("database", DATABASE_NAME)),
            started_at=float(state.get("started_at", 0.0)),
        )

    # -- ports -------------------------------------------------------------------------------

    def _choose_ports(self) -> tuple[int, int]:
        """Explicit ports are used as given (an error if taken); otherwise the ports chosen at
        the first start are reused, and at the first start the first free ports from the
        conventional 7687 (Bolt) and 2480 (HTTP) are taken and remembered."""
        remembered: dict[str, int] = {}
        ports_path = self.data_dir / "ports.json"
        with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
            remembered = json.loads(ports_path.read_text(encoding="utf-8"))
        bolt = self._bolt_port or remembered.get("bolt")
        http = self._http_port or remembered.get("http")
        for name, port in (("Bolt", bolt), ("HTTP", http)):
            if port is not None and not port_is_free(port):
                raise EmbeddedServerError(
                    f"cannot start the embedded database: {name} port {port} on 127.0.0.1 is "
                    "already in use (another database or another kg data directory?). Stop that "
                    f"program, or choose another port: {_PORT_ADVICE}"
                )
        if bolt is None:
            bolt = _first_free_port(DEFAULT_BOLT_PORT, avoid={http})
        if http is None:
            http = _first_free_port(DEFAULT_HTTP_PORT, avoid={bolt})
        ports_path.write_text(json.dumps({"bolt": bolt, "http": http}), encoding="utf-8")
        return bolt, http

    # -- start / stop ------------------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT_S) -> ServerStatus:
        """Start the server unless it runs already; return its status once it accepts
        connections. Raises :class:`EmbeddedServerError` with the reason when it cannot, and
        when it runs already on other ports than the ones asked for."""
        running = self.status()
        if running:
            self._check_ports(running)
            return running
        _make_data_dir(self.data_dir)
        self.password()
        bolt, http = self._choose_ports()
        log_path = self.data_dir / "server.log"
        with open(log_path, "ab") as log:
            proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kg.store.serve",
                    "--data-dir",
                    str(self.data_dir),
                    "--bolt-port",
                    str(bolt),
                    "--http-port",
                    str(http),
                    "--heap",
                    self.heap,
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.data_dir,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status()
            if status:
                return status
            code = proc.poll() if proc else None
            if code == EXIT_ALREADY_RUNNING:
                proc = None  # another program started it at the same moment: wait for that one
            elif code is not None:
                raise EmbeddedServerError(self._failure_message(code, log_path))
            time.sleep(0.2)
        raise EmbeddedServerError(
            f"the embedded database did not become ready within {timeout:.0f} s; see {log_path}"
        )

    def _check_ports(self, running: ServerStatus) -> None:
        asked = {"Bolt": (self._bolt_port, running.bolt_port)}
        asked["HTTP"] = (self._http_port, running.http_port)
        wrong = [
            f"{name} port {actual}, not {wanted}"
            for name, (wanted, actual) in asked.items()
            if wanted is not None and wanted != actual
        ]
        if wrong:
            raise EmbeddedServerError(
                f"the embedded database of {self.data_dir} runs already, with "
                f"{' and '.join(wrong)}: stop it (kg db stop) and start it again to change its "
                "ports (check KG_BOLT_PORT / KG_HTTP_PORT), or use it on the ports it has."
            )

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Stop the server if it runs and wait until its process has exited (killed after
        ``timeout`` seconds); True when one was stopped."""
        status = self.status()
        if status is None:
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(status.pid, signal.SIGTERM)
        if not _wait_for_exit(status.pid, timeout):
            with contextlib.suppress(ProcessLookupError):
                os.kill(status.pid, signal.SIGKILL)
            if not _wait_for_exit(status.pid, 10.0):
                raise EmbeddedServerError(
                    f"the embedded database (pid {status.pid}) did not exit after SIGKILL"
                )
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / "server.json").unlink()
        return True

    def _failure_message(self, code: int, log_path: Path) -> str:
        tail = _tail(log_path, 12)
        if code == EXIT_PORT_TAKEN:
            return (
                "cannot start the embedded database: a port is already in use "
                f"({_last_marker(tail)}). Choose another port: {_PORT_ADVICE}"
            )
        return (
            "the embedded database failed to start (the bundled Java runtime or the ArcadeDB "
            f"engine reported an error, exit code {code}). Last lines of {log_path}:\n{tail}"
        )


_PORT_ADVICE = (
    "kg db start --bolt-port PORT --http-port PORT (this data directory keeps them for later "
    "starts), or set KG_BOLT_PORT / KG_HTTP_PORT, or kg load --bolt-port/--http-port."
)


def _wait_for_exit(pid: int, timeout: float) -> bool:
    """True once process ``pid`` has exited, False after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while _pid_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _env_int(name: str) -> int | None:
    value = os.environ.get(name)
    return int(value) if value else None


def _first_free_port(start: int, avoid: set[int | None]) -> int:
    for port in range(start, start + 200):
        if port not in avoid and port_is_free(port):
            return port
    raise EmbeddedServerError(f"no free port found in {start}..{start + 199} on 127.0.0.1")


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _last_marker(tail: str) -> str:
    for line in reversed(tail.splitlines()):
        if "KG_SERVER_ERROR" in line:
            return line.split("KG_SERVER_ERROR", 1)[1].strip()
    return "see the server log"
