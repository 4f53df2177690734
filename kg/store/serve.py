"""The embedded database process: an ArcadeDB server with its Bolt plugin, bound to 127.0.0.1.

Run as ``python -m kg.store.serve --data-dir DIR --bolt-port P --http-port Q`` by
:mod:`kg.store.embedded`, detached from the terminal, so the CLI, notebooks and scripts share one
server. It holds an exclusive lock on ``DIR/server.lock`` for its whole life (one server per data
directory), writes ``DIR/server.json`` once it accepts connections, and stops cleanly on SIGTERM
or SIGINT. The exit codes below are how the launcher tells the user what went wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from kg.store.server_protocol import (
    DATABASE_NAME,
    EXIT_ALREADY_RUNNING,
    EXIT_PORT_TAKEN,
    EXIT_START_FAILED,
    port_is_free,
)

__all__ = [
    "DATABASE_NAME",
    "EXIT_ALREADY_RUNNING",
    "EXIT_PORT_TAKEN",
    "EXIT_START_FAILED",
    "main",
    "port_is_free",
    "serve",
]


def _write_json_atomically(path: Path, payload: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(tmp, path)


def serve(data_dir: Path, bolt_port: int, http_port: int, heap: str) -> int:
    """Run the server until SIGTERM/SIGINT; return the process exit code."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock_file = open(data_dir / "server.lock", "a+")  # noqa: SIM115 - held for the process life
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print("KG_SERVER_ERROR already_running", flush=True)
        return EXIT_ALREADY_RUNNING
    for name, port in (("bolt", bolt_port), ("http", http_port)):
        if not port_is_free(port):
            print(f"KG_SERVER_ERROR port_taken {name} {port}", flush=True)
            return EXIT_PORT_TAKEN
    password = (data_dir / "secret").read_text(encoding="utf-8").strip()

    # The wheel writes ./log relative to the working directory: keep it inside the data dir.
    os.chdir(data_dir)
    try:
        from arcadedb_embedded.server import ArcadeDBServer

        server = ArcadeDBServer(
            root_path=str(data_dir / "arcadedb"),
            root_password=password,
            config={
                "host": "127.0.0.1",
                "http_port": http_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": bolt_port,
                "bolt_host": "127.0.0.1",
            },
            jvm_kwargs={"heap_size": heap},
        )
        server.start()
        server.create_database(DATABASE_NAME)
    except Exception as e:  # the JVM and engine raise many kinds; all mean "could not start"
        print(f"KG_SERVER_ERROR start_failed {type(e).__name__}: {e}", flush=True)
        return EXIT_START_FAILED

    stop_requested = threading.Event()

    def request_stop(signum: int, frame: object) -> None:
        stop_requested.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)

    state_path = data_dir / "server.json"
    _write_json_atomically(
        state_path,
        {
            "pid": os.getpid(),
            "bolt_port": bolt_port,
            "http_port": http_port,
            "database": DATABASE_NAME,
            "started_at": time.time(),
        },
    )
    print("KG_SERVER_READY", flush=True)
    while not stop_requested.wait(0.5):
        pass
    with contextlib.suppress(FileNotFoundError):
        state_path.unlink()
    server.stop()
    print("KG_SERVER_STOPPED", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--bolt-port", required=True, type=int)
    parser.add_argument("--http-port", required=True, type=int)
    parser.add_argument("--heap", default="1g")
    args = parser.parse_args(argv)
    return serve(args.data_dir.resolve(), args.bolt_port, args.http_port, args.heap)


if __name__ == "__main__":
    sys.exit(main())
