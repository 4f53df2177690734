"""A bulk first-load path experiment: ArcadeDB's GraphBatch API in-process, server stopped.

``python -m bench.bulk_embedded [--events 100000] [--batch 5000] [--verify]``

Bolt + Cypher costs about the same per row whatever the statement (``bench.load_variants``), so
no rewrite of the UNWIND statements gets an event with three or four relationships near 20,000
per second. This measures the other road the notes left untried: open the database in-process
with ``arcadedb_embedded`` while the server is stopped (one owner per database folder), and
write vertices with ``GraphBatch.create_vertices`` (rows cross into Java as one JSON text per
chunk) and edges with ``GraphBatch.new_edges``; then start the server again and query the
result over Bolt as usual.

What it does *not* do (a real ``kg load --bulk`` would have to): merge reports of one event that
arrive in different batches (here only within a batch, ``merge_reports``), so it is a mode for a
first load of an empty graph with a bounded in-memory index of recent events, or to be followed
by a merge pass. ``--verify`` loads a small corpus in one batch both ways (this path and
GraphStore.write) and compares the counts and a few dyad timelines over Bolt.

Printed: events/s of the bulk load (rows built, vertices and edges written), the time to close
the database and start the server, the same corpus's bare-CREATE-over-Bolt rate as the baseline
(measured in the same run) and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from bench._util import existing_server, fresh_server, heap_for, table
from bench.graph_load import load, load_bare
from bench.load_variants import _flat_event, _unique
from bench.synthetic import Corpus, batches
from kg.graph import compact, merge_reports
from kg.store import EmbeddedServer
from kg.store.queries import cypher
from kg.store.server_protocol import DATABASE_NAME

EDGE_TYPES = ("SOURCE", "TARGET", "REPORTED_IN", "HOLDS_ROLE", "AT")
DATE_PROPERTIES = {
    "Event": ("start", "end", "lo", "hi", "reported"),
    "Article": ("published",),
}
EDGE_DATE_PROPERTIES = {"HOLDS_ROLE": ("since", "until")}


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    """Nulls dropped, dates as ISO text (the declared DATE properties turn them into dates)."""
    return {
        k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items() if v is not None
    }


def prepare(data_dir: Path, heap: str) -> None:
    """A new data directory with the kg schema, the edge types and typed date properties."""
    with fresh_server(heap, keep=data_dir) as fresh:
        fresh.store.apply_schema()
    import arcadedb_embedded as adb

    db = adb.open_database(str(database_path(data_dir)), jvm_kwargs={"heap_size": heap})
    try:
        for edge in EDGE_TYPES:
            db.command("sql", f"CREATE EDGE TYPE {edge} IF NOT EXISTS")
        for label, props in DATE_PROPERTIES.items():
            for prop in props:
                db.command("sql", f"CREATE PROPERTY {label}.`{prop}` IF NOT EXISTS DATE")
        for edge, props in EDGE_DATE_PROPERTIES.items():
            for prop in props:
                db.command("sql", f"CREATE PROPERTY {edge}.`{prop}` IF NOT EXISTS DATE")
    finally:
        db.close()


def database_path(data_dir: Path) -> Path:
    return data_dir / "arcadedb" / "databases" / DATABASE_NAME


def bulk_load(data_dir: Path, corpus: Corpus, batch_events: int, heap: str) -> tuple[int, float]:
    """Write the corpus through GraphBatch into the (stopped) database; (reports, seconds)."""
    import arcadedb_embedded as adb

    db = adb.open_database(str(database_path(data_dir)), jvm_kwargs={"heap_size": heap})
    actor_rid: dict[str, str] = {}
    roles_seen: set[tuple[str, str, str]] = set()
    reports = 0
    t0 = time.perf_counter()
    try:
        with db.graph_batch(expected_edge_count=4 * corpus.events) as raw:
            gb = _Timed(raw)
            for batch, n in batches(corpus, batch_events):
                merged = compact(merge_reports(batch, {}))
                new_actors = [a for a in merged.actors if a["id"] not in actor_rid]
                if new_actors:
                    rows = [
                        _json_row({"id": a["id"], "name": a["name"], **a["props"]})
                        | {"names": [a["name"]]}
                        for a in new_actors
                    ]
                    rids = gb.create_vertices("Actor", rows)
                    actor_rid.update(zip((a["id"] for a in new_actors), rids, strict=True))
                articles = {a["id"]: a for a in merged.articles}
                art_rids = dict(
                    zip(
                        articles,
                        gb.create_vertices(
                            "Article",
                            [_json_row({"id": k, **a["props"]}) for k, a in articles.items()],
                        ),
                        strict=True,
                    )
                )
                reported = _unique(merged.reported_in, "event", "article", "sentence")
                sources: dict[str, set[str]] = {}
                for r in reported:
                    sources.setdefault(r["event"], set()).add(r["article"])
                events = merged.events
                ev_rids = dict(
                    zip(
                        (e["id"] for e in events),
                        gb.create_vertices(
                            "Event",
                            [
                                _json_row(_flat_event(e, len(sources.get(e["id"], ()))))
                                for e in events
                            ],
                        ),
                        strict=True,
                    )
                )
                for edge, rows_ in (("SOURCE", merged.source), ("TARGET", merged.target)):
                    pairs = _unique(rows_, "event", "actor")
                    if pairs:
                        gb.new_edges(
                            [ev_rids[r["event"]] for r in pairs],
                            edge,
                            [actor_rid[r["actor"]] for r in pairs],
                        )
                if reported:
                    gb.new_edges(
                        [ev_rids[r["event"]] for r in reported],
                        "REPORTED_IN",
                        [art_rids[r["article"]] for r in reported],
                        [_json_row({**r["props"], "sentence": r["sentence"]}) for r in reported],
                    )
                roles = [
                    r
                    for r in _new_roles(merged.holds_role, roles_seen)
                    if r["person"] in actor_rid and r["org"] in actor_rid
                ]
                if roles:
                    gb.new_edges(
                        [actor_rid[r["person"]] for r in roles],
                        "HOLDS_ROLE",
                        [actor_rid[r["org"]] for r in roles],
                        [
                            _json_row(
                                {
                                    "role": r["role"],
                                    "title": r["title"],
                                    "since": r["since"],
                                    "until": r["until"],
                                }
                            )
                            for r in roles
                        ],
                    )
                reports += n
            JAVA_SECONDS[0] = gb.seconds
        return reports, time.perf_counter() - t0
    finally:
        db.close()


JAVA_SECONDS = [0.0]  # time spent inside GraphBatch calls in the last bulk_load


class _Timed:
    """The GraphBatch, with the time spent in its calls added up."""

    def __init__(self, gb: Any) -> None:
        self.gb = gb
        self.seconds = 0.0

    def create_vertices(self, type_name: str, rows: list[dict[str, Any]]) -> list[str]:
        t0 = time.perf_counter()
        out: list[str] = self.gb.create_vertices(type_name, rows)
        self.seconds += time.perf_counter() - t0
        return out

    def new_edges(self, *args: Any) -> None:
        t0 = time.perf_counter()
        self.gb.new_edges(*args)
        self.seconds += time.perf_counter() - t0


def _new_roles(
    rows: Iterable[dict[str, Any]], seen: set[tuple[str, str, str]]
) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        key = (r["person"], r["org"], r["role"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def verify(corpus: Corpus, heap: str) -> list[str]:
    """Load ``corpus`` in one batch both ways; compare counts and dyad timelines over Bolt."""
    problems: list[str] = []
    dyads = corpus.population.dyads(10)
    outputs: list[tuple[dict[str, int], list[list[dict[str, Any]]]]] = []
    root = Path(tempfile.mkdtemp(prefix="kg-bulk-verify-"))
    try:
        for way in ("bulk", "store"):
            data_dir = root / way
            if way == "bulk":
                prepare(data_dir, heap)
                bulk_load(data_dir, corpus, corpus.events, heap)
                ctx = existing_server(data_dir, heap)
            else:
                ctx = fresh_server(heap, keep=data_dir)
            with ctx as fresh:
                if way == "store":
                    load(fresh.store, corpus, corpus.events)
                timelines = [
                    list(
                        fresh.store.read_named(
                            "dyad_timeline",
                            {"a": a, "b": b, "from": None, "to": None, "types": None},
                        )
                    )
                    for a, b in dyads
                ]
                outputs.append((fresh.store.counts(), timelines))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    (c1, t1), (c2, t2) = (
        (counts, [[_comparable(r) for r in rows] for rows in timelines])
        for counts, timelines in outputs
    )
    if c1 != c2:
        problems.append(f"counts differ: bulk {c1} vs store {c2}")
    for (a, b), x, y in zip(dyads, t1, t2, strict=True):
        if x != y:
            diff = next(
                (
                    f"{k}: {r[k]!r} vs {q[k]!r}"
                    for r, q in zip(x, y, strict=False)
                    for k in r
                    if r[k] != q.get(k)
                ),
                f"{len(x)} vs {len(y)} rows",
            )
            problems.append(f"dyad timeline {a}-{b} differs ({diff})")
    return problems


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    """A timeline row without what depends on storage order: which report's sentence
    ``head(...)`` picks as the evidence, and the order of the source and target lists."""
    return {k: sorted(v) if isinstance(v, list) else v for k, v in row.items() if k != "evidence"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bulk_embedded", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--heap", default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verify", action="store_true", help="compare with GraphStore.write")
    parser.add_argument("--verify-events", type=int, default=2_000)
    args = parser.parse_args(argv)
    heap = args.heap or heap_for(args.events)
    if args.verify:
        problems = verify(Corpus(args.verify_events, args.seed), heap)
        print(
            f"verify ({args.verify_events:,} events, one batch): "
            + (
                "same graph and timelines as GraphStore.write"
                if not problems
                else "; ".join(problems)
            )
        )
    corpus = Corpus(args.events, args.seed)
    root = Path(tempfile.mkdtemp(prefix="kg-bulk-"))
    try:
        data_dir = root / "db"
        prepare(data_dir, heap)
        reports, seconds = bulk_load(data_dir, corpus, args.batch, heap)
        t0 = time.perf_counter()
        with existing_server(data_dir, heap) as fresh:
            restart = time.perf_counter() - t0
            counts = fresh.store.counts()
            a, b = corpus.population.dyads(1)[0]
            t1 = time.perf_counter()
            rows = fresh.store.read(
                cypher("dyad_timeline"), {"a": a, "b": b, "from": None, "to": None, "types": None}
            )
            query_ms = (time.perf_counter() - t1) * 1000
        EmbeddedServer(data_dir).stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    with fresh_server(heap) as fresh:
        base = load_bare(fresh.store, corpus, args.batch)
    rels = sum(v for k, v in counts.items() if k.startswith("relationship:"))
    nodes = sum(v for k, v in counts.items() if k.startswith("node:"))
    rate = reports / seconds
    print(f"\n{reports:,} event reports -> {nodes:,} nodes, {rels:,} relationships, heap {heap}")
    print(
        table(
            ["load", "events/s", "ratio to baseline"],
            [
                ["baseline: bare CREATE over Bolt", base.rate, 1.0],
                ["GraphBatch in-process (rows built too)", rate, rate / base.rate],
            ],
        )
    )
    print(
        f"of the bulk load's {seconds:,.1f} s, {JAVA_SECONDS[0]:,.1f} s inside GraphBatch calls "
        f"(the rest: generating and building rows in Python, merging reports, closing)"
    )
    print(f"server start after the bulk load: {restart:.1f} s")
    print(f"dyad timeline {a}-{b} over Bolt afterwards: {len(rows):,} rows in {query_ms:,.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
