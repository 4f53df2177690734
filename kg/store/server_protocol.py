"""What the embedded server process (:mod:`kg.store.serve`) and its launcher
(:mod:`kg.store.embedded`) agree on: the database name, the exit codes, the port test.

A module of its own so that importing :mod:`kg.store` never imports :mod:`kg.store.serve`:
``python -m kg.store.serve`` would then find it in ``sys.modules`` before running it (a
RuntimeWarning in the server log).
"""

from __future__ import annotations

import socket

EXIT_ALREADY_RUNNING = 3
EXIT_PORT_TAKEN = 4
EXIT_START_FAILED = 5

DATABASE_NAME = "kg"


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on ``host:port`` and we may bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True
