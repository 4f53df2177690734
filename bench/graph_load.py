"""Load rate of the graph store on a synthetic corpus, against a bare CREATE baseline.

``python -m bench.graph_load --events 100000 [--events 1000000] [--batch 5000]``

For each corpus size: a deterministic synthetic corpus (:mod:`bench.synthetic`: about N/20
actors, N/5 articles over ten years, a realistic mix of event types, dates and sides, some
events reported by several articles) is streamed through :func:`kg.graph.build_batch` and
:meth:`kg.store.GraphStore.write` into a fresh embedded server (its own temporary data
directory, schema applied, heap sized for the corpus, stopped at the end). Printed:

- events/s of the first load, with their nodes and relationships (write time; and end to end,
  building the rows included),
- events/s of an idempotent reload of the same data, and whether it changed the graph,
- the loader's peak resident memory after 10 % and after 100 % of the corpus (the corpus is
  generated as a stream and written in bounded batches, so both should be about equal),
- the baseline measured in the same run on another fresh server with the same schema:
  ``UNWIND $rows AS row CREATE (e:Event) SET e = row`` of the same number of bare event rows,
  and the ratio of each rate to it.

With ``--bulk``, the same corpus is also loaded by the bulk path of ``kg load --bulk``
(:class:`kg.store.bulk.BulkLoader`: the batches replayed in memory, then ArcadeDB's importer
with the server stopped) into another fresh data directory; printed: its events/s and ratio to
the same baseline, the time until the graph answers a query (first server start included), the
loader's resident memory holding the graph, the import process's peak, and whether the counts
of every label and type equal the normal load's. ``--no-normal`` skips the normal load (for
sizes where it would take too long).

The issue's target is 20,000 events/s with relationships; ``bench.load_variants`` breaks the
time down by statement and measures the proposed faster write paths.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench._util import (
    add_reuse_option,
    current_rss_mb,
    free_port,
    fresh_server,
    heap_for,
    peak_rss_mb,
    table,
)
from bench.synthetic import Corpus, bare_event_rows, batches
from kg.store import EmbeddedServer, GraphStore, StoreSettings, open_store
from kg.store.bulk import BulkLoader

TARGET_EVENTS_PER_S = 20_000
BARE_CREATE = "UNWIND $rows AS row CREATE (e:Event) SET e = row"


@dataclass
class LoadResult:
    events: int = 0
    write_s: float = 0.0
    wall_s: float = 0.0
    # (events loaded, highest resident memory sampled around every batch so far, MB)
    rss_checkpoints: list[tuple[int, float]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.events / self.write_s if self.write_s else 0.0

    @property
    def wall_rate(self) -> float:
        return self.events / self.wall_s if self.wall_s else 0.0


@dataclass
class BulkRun:
    """A bulk load (kg load --bulk) of the corpus into a fresh data directory."""

    events: int = 0
    write_s: float = 0.0  # replaying the batches, writing the files, the import
    wall_s: float = 0.0  # the same with the corpus generated and its rows built
    start_s: float = 0.0  # the first server start afterwards, until a query answers
    loader_mb: float = 0.0  # highest resident memory of the loader, holding the graph
    import_mb: float | None = None  # peak resident memory of the import process (JVM)
    steps: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.events / self.write_s if self.write_s else 0.0

    @property
    def wall_rate(self) -> float:
        return self.events / self.wall_s if self.wall_s else 0.0

    @property
    def queryable_rate(self) -> float:
        total = self.wall_s + self.start_s
        return self.events / total if total else 0.0


@dataclass
class SizeResult:
    events: int
    heap: str
    baseline: LoadResult | None
    first: LoadResult | None
    reload: LoadResult | None
    counts: dict[str, int]
    reload_changes: dict[str, int]
    server_peak_mb: float | None
    bulk: BulkRun | None = None


def load(
    store: GraphStore, corpus: Corpus, batch_events: int, checkpoints: tuple[int, ...] = ()
) -> LoadResult:
    """Stream the corpus into the store. Resident memory is sampled before and after every
    write; its maximum so far is noted once ``checkpoints`` events are in."""
    out = LoadResult()
    pending = sorted(checkpoints)
    high = 0.0
    t_start = time.perf_counter()
    for batch, reports in batches(corpus, batch_events):
        high = max(high, current_rss_mb())
        t0 = time.perf_counter()
        store.write(batch)
        out.write_s += time.perf_counter() - t0
        out.events += reports
        high = max(high, current_rss_mb())
        while pending and out.events >= pending[0]:
            out.rss_checkpoints.append((out.events, high))
            pending.pop(0)
    out.wall_s = time.perf_counter() - t_start
    return out


def load_bare(store: GraphStore, corpus: Corpus, batch_events: int) -> LoadResult:
    """The baseline: the corpus's events as bare rows, CREATEd without relationships."""
    out = LoadResult()
    t_start = time.perf_counter()
    for rows in bare_event_rows(corpus, batch_events):
        t0 = time.perf_counter()
        store.run_write(BARE_CREATE, {"rows": rows})
        out.write_s += time.perf_counter() - t0
        out.events += len(rows)
    out.wall_s = time.perf_counter() - t_start
    return out


def load_bulk(corpus: Corpus, batch_events: int, heap: str) -> BulkRun:
    """The corpus through :class:`BulkLoader` into a new temporary data directory (deleted at
    the end), then its server started and the graph counted over Bolt."""
    out = BulkRun()
    data_dir = Path(tempfile.mkdtemp(prefix="kg-bench-bulk-"))
    try:
        loader = BulkLoader(data_dir, heap=heap)
        loader.check_empty()
        t_start = time.perf_counter()
        for batch, reports in batches(corpus, batch_events):
            t0 = time.perf_counter()
            loader.write(batch)
            out.write_s += time.perf_counter() - t0
            out.events += reports
            out.loader_mb = max(out.loader_mb, current_rss_mb())
        t0 = time.perf_counter()
        result = loader.finish()
        out.write_s += time.perf_counter() - t0
        out.wall_s = time.perf_counter() - t_start
        out.loader_mb = max(out.loader_mb, current_rss_mb())
        out.import_mb, out.steps = result.import_peak_mb, result.seconds
        server = EmbeddedServer(data_dir, bolt_port=free_port(), http_port=free_port(), heap=heap)
        t0 = time.perf_counter()
        try:
            server.start()
            with open_store(StoreSettings(data_dir=data_dir, heap=heap)) as store:
                store.read("RETURN 1")
                out.start_s = time.perf_counter() - t0
                out.counts = store.counts()
        finally:
            server.stop()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return out


def run_size(
    events: int,
    batch_events: int,
    heap: str,
    seed: int,
    *,
    baseline: bool = True,
    reload: bool = True,
    keep: Path | None = None,
    reuse: Path | None = None,
    normal: bool = True,
    bulk: bool = False,
) -> SizeResult:
    corpus = Corpus(events, seed)
    first = again = None
    counts: dict[str, int] = {}
    changes: dict[str, int] = {}
    server_peak = None
    if normal:
        with fresh_server(heap, keep=keep, reuse=reuse) as fresh:
            checkpoints = (max(1, events // 10), events)
            first = load(fresh.store, corpus, batch_events, checkpoints=checkpoints)
            counts = fresh.store.counts()
            if reload:
                again = load(fresh.store, corpus, batch_events)
                after = fresh.store.counts()
                changes = {
                    k: after.get(k, 0) - counts.get(k, 0)
                    for k in sorted(set(after) | set(counts))
                    if after.get(k, 0) != counts.get(k, 0)
                }
            server_peak = fresh.server_peak_rss_mb()
    bulk_run = load_bulk(corpus, batch_events, heap) if bulk else None
    base = None
    if baseline:  # after the kg loads, so its memory does not count in the loader's
        with fresh_server(heap, reuse=reuse) as fresh:
            base = load_bare(fresh.store, corpus, batch_events)
    return SizeResult(events, heap, base, first, again, counts, changes, server_peak, bulk_run)


def report(results: list[SizeResult], batch_events: int) -> str:
    lines: list[str] = []
    for r in results:
        base_rate = r.baseline.rate if r.baseline else None

        def ratio(rate: float, base: float | None = base_rate) -> object:
            return rate / base if base else "-"

        counts = r.counts or (r.bulk.counts if r.bulk else {})
        nodes = sum(v for k, v in counts.items() if k.startswith("node:"))
        rels = sum(v for k, v in counts.items() if k.startswith("relationship:"))
        rows: list[list[object]] = []
        if r.baseline:
            rows.append(["baseline: bare CREATE of event rows", r.baseline.rate, 1.0])
        if r.first:
            rows.append(["kg first load (GraphStore.write)", r.first.rate, ratio(r.first.rate)])
            rows.append(
                ["kg first load, rows built too", r.first.wall_rate, ratio(r.first.wall_rate)]
            )
        if r.reload:
            rows.append(["kg idempotent reload", r.reload.rate, ratio(r.reload.rate)])
        if r.bulk:
            b = r.bulk
            rows.append(["kg load --bulk (replay, files, import)", b.rate, ratio(b.rate)])
            rows.append(["kg load --bulk, rows built too", b.wall_rate, ratio(b.wall_rate)])
            rows.append(
                ["kg load --bulk, until a query answers", b.queryable_rate, ratio(b.queryable_rate)]
            )
        lines.append(
            f"\n{r.events:,} event reports, batches of {batch_events:,}, server heap {r.heap}: "
            f"graph of {nodes:,} nodes and {rels:,} relationships"
        )
        lines.append(table(["load", "events/s", "ratio to baseline"], rows))
        if r.first:
            lines.append(
                f"relationships written per second in the first load: {rels / r.first.write_s:,.0f}"
            )
        if r.reload:
            if r.reload_changes:
                delta = ", ".join(f"{k} {v:+,}" for k, v in r.reload_changes.items())
                lines.append(f"reload changed the graph (NOT a no-op): {delta}")
            else:
                lines.append("reload changed nothing (counts of every label and type equal)")
        if r.bulk:
            steps = ", ".join(f"{k} {v:.1f}" for k, v in r.bulk.steps.items())
            lines.append(f"bulk load steps (s): {steps}; first server start {r.bulk.start_s:.1f}")
            if r.counts:
                same = r.bulk.counts == r.counts
                lines.append(
                    "bulk load counts equal the normal load's (every label and type)"
                    if same
                    else f"bulk load counts DIFFER: {r.bulk.counts} vs {r.counts}"
                )
        mem: list[list[object]] = []
        if r.first:
            mem += [[f"first load, after {n:,} events", mb] for n, mb in r.first.rss_checkpoints]
        if r.server_peak_mb is not None:
            mem.append(["server process peak (JVM)", r.server_peak_mb])
        if r.bulk:
            mem.append(["bulk loader, holding the graph", r.bulk.loader_mb])
            if r.bulk.import_mb is not None:
                mem.append(["bulk import process peak (JVM)", r.bulk.import_mb])
        lines.append(table(["peak RSS, sampled around every batch", "MB"], mem))
        best = max(r.first.rate if r.first else 0.0, r.bulk.rate if r.bulk else 0.0)
        verdict = "met" if best >= TARGET_EVENTS_PER_S else "NOT met"
        lines.append(
            f"target >= {TARGET_EVENTS_PER_S:,} events/s with relationships: {verdict} "
            f"(best {best:,.0f} events/s)"
        )
    firsts = [r for r in results if r.first]
    if len(firsts) > 1:
        lines.append(
            "\nloader peak RSS by corpus size (flat = bounded by the batch, not the corpus)"
        )
        lines.append(
            table(
                ["events", "peak RSS MB", "first load events/s", "ratio to baseline"],
                [
                    [
                        r.events,
                        r.first.rss_checkpoints[-1][1],
                        r.first.rate,
                        r.first.rate / r.baseline.rate if r.baseline else "-",
                    ]
                    for r in firsts
                    if r.first
                ],
            )
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.graph_load", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--events",
        type=int,
        action="append",
        help="corpus size in event reports (repeat for several sizes; default 100000)",
    )
    parser.add_argument("--batch", type=int, default=5_000, help="event reports per transaction")
    parser.add_argument("--heap", default=None, help="server JVM heap (default: by corpus size)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare CREATE run")
    parser.add_argument("--no-reload", action="store_true", help="skip the reload")
    parser.add_argument(
        "--bulk", action="store_true", help="also load the corpus with kg load --bulk's path"
    )
    parser.add_argument(
        "--no-normal",
        action="store_true",
        help="skip the normal load and its reload (with --bulk: the bulk path only)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the graph of the first size in this (new) data directory, for bench.queries",
    )
    add_reuse_option(parser)
    args = parser.parse_args(argv)
    sizes: list[int] = args.events or [100_000]
    results = []
    for i, events in enumerate(sizes):
        heap = args.heap or heap_for(events)
        print(f"loading {events:,} events (heap {heap}) ...", flush=True)
        results.append(
            run_size(
                events,
                args.batch,
                heap,
                args.seed,
                baseline=not args.no_baseline,
                reload=not args.no_reload,
                keep=args.keep if i == 0 else None,
                reuse=args.reuse_server,
                normal=not args.no_normal,
                bulk=args.bulk,
            )
        )
    print(report(results, args.batch))
    print(f"loader process peak RSS over the whole run (ru_maxrss): {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
