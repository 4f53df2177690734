"""Helpers shared by the benchmarks: a fresh embedded server, timing, memory, tables."""

from __future__ import annotations

import argparse
import contextlib
import resource
import shutil
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.store import EmbeddedServer, GraphStore, StoreSettings, open_store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def heap_for(events: int) -> str:
    """A JVM heap that holds the page cache of a graph of ``events`` events comfortably."""
    if events <= 250_000:
        return "1g"
    if events <= 1_500_000:
        return "3g"
    return "6g"


@dataclass
class Fresh:
    """A running embedded server on an empty database in its own data directory."""

    server: EmbeddedServer
    store: GraphStore
    data_dir: Path

    def server_peak_rss_mb(self) -> float | None:
        """Peak resident memory of the server process (JVM included), from /proc."""
        status = self.server.status()
        return proc_peak_rss_mb(status.pid) if status else None


@contextlib.contextmanager
def fresh_server(
    heap: str, keep: Path | None = None, apply_schema: bool = True, reuse: Path | None = None
) -> Iterator[Fresh]:
    """Start a server in a new data directory (``keep``, or a temporary one deleted at the end),
    yield a connected store, stop the server at the end.

    With ``reuse``, the embedded server of that directory is used instead (started if needed)
    and its graph is emptied first: what the smoke tests do, to start one server, not several.
    """
    if reuse is not None:
        with existing_server(reuse, heap) as fresh:
            fresh.store.run_write("MATCH (n) DETACH DELETE n")
            yield fresh
        return
    data_dir = keep if keep is not None else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    if keep is not None and keep.exists() and any(keep.iterdir()):
        raise SystemExit(f"{keep} is not empty: give a new directory to keep the graph in")
    server = EmbeddedServer(data_dir, bolt_port=free_port(), http_port=free_port(), heap=heap)
    try:
        server.start()
        settings = StoreSettings(data_dir=data_dir, heap=heap)
        with open_store(settings, apply_schema=apply_schema) as store:
            yield Fresh(server, store, data_dir)
    finally:
        server.stop()
        if keep is None:
            shutil.rmtree(data_dir, ignore_errors=True)


@contextlib.contextmanager
def existing_server(data_dir: Path, heap: str) -> Iterator[Fresh]:
    """Connect to the graph kept in ``data_dir`` (starting its server if needed; stopped at
    the end only if this call started it)."""
    server = EmbeddedServer(data_dir, heap=heap)
    was_running = server.status() is not None
    try:
        with open_store(StoreSettings(data_dir=data_dir, heap=heap)) as store:
            yield Fresh(server, store, data_dir)
    finally:
        if not was_running:
            server.stop()


def add_reuse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reuse-server",
        type=Path,
        default=None,
        metavar="DIR",
        help="empty and use the embedded server of DIR instead of fresh servers (smoke tests; "
        "the figures are then not those of a fresh database)",
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss, KiB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def current_rss_mb() -> float:
    """Resident memory of this process now (VmRSS; falls back to the peak off Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def proc_peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of ``values`` by linear interpolation."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def timed_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall times in milliseconds of ``repeat`` calls of ``action``."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table, numbers right-aligned."""

    def cell(v: object) -> str:
        if isinstance(v, float):
            return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"
        if isinstance(v, int):
            return f"{v:,}"
        return str(v)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)
