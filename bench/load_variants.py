"""Where the load time goes, and what a faster write path would give: experiments for perf-notes.

``python -m bench.load_variants [--events 30000] [--batch 5000] [--variants kg,fixed,bulk]``

Loads the same synthetic corpus (:mod:`bench.synthetic`) into a fresh embedded server per
variant and prints, per variant, events/s (wall clock), the server's CPU seconds and a
per-statement breakdown. Variants:

- ``bare``   the baseline: ``UNWIND $rows AS row CREATE (e:Event) SET e = row`` of bare rows
- ``kg``     :meth:`kg.store.GraphStore.write` as it is
- ``fixed``  the same Cypher, with the Python fixes of perf-notes.md (since landed in kg.graph as
             merge_reports and compact): reports merged
             through an index by key (not a scan of every kept row), actor and role rows
             de-duplicated per batch
- ``exact``  ``fixed`` plus the proposed fix that makes a reload a no-op: reports already in the
             graph are mapped to their event by their evidence (article and record id) first
- ``bulk``   ``fixed`` plus the proposed split: events no stored event matches (what the
             match_events lookup already tells) are CREATEd with their SOURCE, TARGET and
             REPORTED_IN relationships (no MERGE, no re-lookup of a node created in the same
             batch); only events that match stored ones take the MERGE path
- ``bulk1``  ``bulk`` with the new events and their relationships in one statement (CALL
             subqueries) instead of four

Each variant runs in one transaction per batch, like GraphStore.write. The "bulk" variants are
what the proposed patch to kg/store/graph_store.py does; they live here so the numbers can be
measured before anyone changes the store.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench._util import Fresh, add_reuse_option, fresh_server, heap_for, table
from bench.synthetic import Corpus, bare_event_rows, batches
from kg.graph import GraphBatch, Row, compact, merge_reports
from kg.store import WRITE_STEPS, GraphStore, Transaction
from kg.store.queries import cypher

Timings = dict[str, float]

CREATE_EVENTS = """
UNWIND $rows AS row
CREATE (e:Event)
SET e = row
"""
CREATE_SOURCE = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
CREATE (e)-[:SOURCE]->(a)
"""
CREATE_TARGET = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
CREATE (e)-[:TARGET]->(a)
"""
CREATE_REPORTED_IN = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Article {id: row.article})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r = row.props, r.sentence = row.sentence
"""
CREATE_EVENTS_WITH_LINKS = """
UNWIND $rows AS row
CREATE (e:Event)
SET e = row.node
WITH e, row
CALL (e, row) {
  UNWIND row.source AS actor_id
  MATCH (a:Actor {id: actor_id})
  CREATE (e)-[:SOURCE]->(a)
}
CALL (e, row) {
  UNWIND row.target AS actor_id
  MATCH (a:Actor {id: actor_id})
  CREATE (e)-[:TARGET]->(a)
}
CALL (e, row) {
  UNWIND row.reports AS rep
  MATCH (ar:Article {id: rep.article})
  CREATE (e)-[r:REPORTED_IN]->(ar)
  SET r = rep.props, r.sentence = rep.sentence
}
"""


# -- the Python fixes proposed here (indexed merge, de-duplicated actor and role rows) are now
# kg.graph.merge_reports and kg.graph.compact; the variants below call them.


def _unique(rows: Iterable[Row], *keys: str) -> list[Row]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in rows:
        k = tuple(r[key] for key in keys)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _flat_event(row: Row, sources: int) -> dict[str, Any]:
    return {
        "id": row["id"],
        **row["props"],
        **row["time"],
        "key": row["key"],
        "lo": row["lo"],
        "hi": row["hi"],
        "rank": row["rank"],
        "confidence": row["confidence"],
        "reported": row["reported"],
        "sources": sources,
    }


# -- writers -------------------------------------------------------------------------------------


class Writer:
    """Writes batches one transaction each, timing every statement."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.times: Timings = defaultdict(float)
        self.rows: dict[str, int] = defaultdict(int)

    def run(self, tx: Transaction, name: str, query: str, **params: Any) -> Any:
        t0 = time.perf_counter()
        result = list(tx.run(query, params))
        self.times[name] += time.perf_counter() - t0
        first: object = next(iter(params.values()), [])
        self.rows[name] += len(first) if isinstance(first, list) else 0
        return result

    def py(self, name: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        out = fn()
        self.times[name] += time.perf_counter() - t0
        return out

    def known(self, tx: Transaction, batch: GraphBatch) -> dict[str, str]:
        rows = [
            {"id": r["id"], "key": r["key"], "lo": r["lo"], "hi": r["hi"]}
            for r in batch.events
            if r["lo"] is not None
        ]
        if not rows:
            return {}
        best: dict[str, tuple[int, str]] = {}
        for record in self.run(tx, "match_events", cypher("match_events"), rows=rows):
            rank = int(record["rank"] or 0)
            current = best.get(record["incoming"])
            if current is None or (rank, record["existing"]) > current:
                best[record["incoming"]] = (rank, record["existing"])
        return {incoming: existing for incoming, (_, existing) in best.items()}

    def write(self, batch: GraphBatch) -> None:
        self.store.write_transaction(lambda tx: self.work(tx, batch))

    def work(self, tx: Transaction, batch: GraphBatch) -> None:
        raise NotImplementedError

    def merge_path(self, tx: Transaction, merged: GraphBatch, ids: list[str]) -> None:
        for attr, query_name in WRITE_STEPS:
            rows = getattr(merged, attr)
            if rows:
                self.run(tx, query_name, cypher(query_name), rows=rows)
        if ids:
            self.run(tx, "refresh_events", cypher("refresh_events"), ids=ids)
            self.run(tx, "refresh_dyads", cypher("refresh_dyads"), ids=ids)


class KgWriter(Writer):
    """GraphStore.write as it is (same statements, same order), timed per statement."""

    def work(self, tx: Transaction, batch: GraphBatch) -> None:
        known = self.known(tx, batch)
        merged = self.py("merge_reports (python)", lambda: merge_reports(batch, known))
        self.merge_path(tx, merged, sorted({row["id"] for row in merged.events}))


class FixedWriter(Writer):
    """The same Cypher with the Python fixes (indexed merge, de-duplicated actor/role rows)."""

    def work(self, tx: Transaction, batch: GraphBatch) -> None:
        known = self.known(tx, batch)
        merged = self.py("merge_reports (python)", lambda: merge_reports(batch, known))
        merged = self.py("dedupe (python)", lambda: compact(merged))
        self.merge_path(tx, merged, sorted({row["id"] for row in merged.events}))


KNOWN_BY_EVIDENCE = """
UNWIND $rows AS row
MATCH (:Article {id: row.article})<-[r:REPORTED_IN]-(e:Event)
WHERE r.record_id = row.record
RETURN row.id AS incoming, e.id AS existing
"""


class ExactWriter(FixedWriter):
    """Fixed, plus the proposed fix for reloads: a report already in the graph (same article,
    same record id on its REPORTED_IN) maps to the event it was attached to, before any
    matching by key and dates, so a reload or a resumed load takes the same decisions."""

    def known(self, tx: Transaction, batch: GraphBatch) -> dict[str, str]:
        rows = [
            {"id": r["event"], "article": r["article"], "record": r["props"]["record_id"]}
            for r in batch.reported_in
        ]
        by_evidence: dict[str, str] = {}
        if rows:
            for record in self.run(tx, "known_by_evidence", KNOWN_BY_EVIDENCE, rows=rows):
                by_evidence.setdefault(record["incoming"], record["existing"])
        rest = GraphBatch(events=[r for r in batch.events if r["id"] not in by_evidence])
        return {**super().known(tx, rest), **by_evidence}


class BulkWriter(Writer):
    """Fixed, plus CREATE for the events no stored event matches."""

    one_statement = False

    def work(self, tx: Transaction, batch: GraphBatch) -> None:
        known = self.known(tx, batch)
        merged = self.py("merge_reports (python)", lambda: merge_reports(batch, known))
        stored = set(known.values())
        # new: no stored event reports the same thing (an undated row with no publication
        # date cannot be looked up: it takes the MERGE path)
        new_ids = {r["id"] for r in merged.events if r["id"] not in stored and r["lo"] is not None}
        split = self.py("split (python)", lambda: self._split(merged, new_ids))
        old, new_events, new_source, new_target, new_reported = split
        if old.articles:
            self.run(tx, "write_articles", cypher("write_articles"), rows=old.articles)
        if old.actors:
            self.run(tx, "write_actors", cypher("write_actors"), rows=old.actors)
        if new_events:
            if self.one_statement:
                links: dict[str, dict[str, list[Any]]] = {
                    r["id"]: {"source": [], "target": [], "reports": []} for r in new_events
                }
                for r in new_source:
                    links[r["event"]]["source"].append(r["actor"])
                for r in new_target:
                    links[r["event"]]["target"].append(r["actor"])
                for r in new_reported:
                    links[r["event"]]["reports"].append(r)
                rows = [{"node": e, **links[e["id"]]} for e in new_events]
                self.run(tx, "create events+links", CREATE_EVENTS_WITH_LINKS, rows=rows)
            else:
                self.run(tx, "create events", CREATE_EVENTS, rows=new_events)
                if new_source:
                    self.run(tx, "create source", CREATE_SOURCE, rows=new_source)
                if new_target:
                    self.run(tx, "create target", CREATE_TARGET, rows=new_target)
                if new_reported:
                    self.run(tx, "create reported_in", CREATE_REPORTED_IN, rows=new_reported)
        old.articles, old.actors = [], []
        # the new events too: refresh_events stores what the timelines show of them
        self.merge_path(tx, old, sorted({row["id"] for row in old.events} | new_ids))

    @staticmethod
    def _split(
        merged: GraphBatch, new_ids: set[str]
    ) -> tuple[GraphBatch, list[dict[str, Any]], list[Row], list[Row], list[Row]]:
        def part(rows: list[Row], new: bool) -> list[Row]:
            return [r for r in rows if (r["event"] in new_ids) == new]

        reported_new = _unique(part(merged.reported_in, True), "event", "article", "sentence")
        articles_of: dict[str, set[str]] = defaultdict(set)
        for r in reported_new:
            articles_of[r["event"]].add(r["article"])
        new_events = [
            _flat_event(r, len(articles_of[r["id"]])) for r in merged.events if r["id"] in new_ids
        ]
        old = GraphBatch(
            articles=merged.articles,
            actors=compact(merged).actors,
            events=[r for r in merged.events if r["id"] not in new_ids],
            source=part(merged.source, False),
            target=part(merged.target, False),
            reported_in=part(merged.reported_in, False),
            holds_role=compact(merged).holds_role,
        )
        return (
            old,
            new_events,
            _unique(part(merged.source, True), "event", "actor"),
            _unique(part(merged.target, True), "event", "actor"),
            reported_new,
        )


class BulkOneWriter(BulkWriter):
    one_statement = True


WRITERS: dict[str, type[Writer]] = {
    "kg": KgWriter,
    "fixed": FixedWriter,
    "exact": ExactWriter,
    "bulk": BulkWriter,
    "bulk1": BulkOneWriter,
}


# -- running -------------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_cpu(fresh: Fresh) -> float:
    status = fresh.server.status()
    return _cpu_seconds(status.pid) if status else 0.0


def run_bare(
    corpus: Corpus, batch_events: int, heap: str, reuse: Path | None = None
) -> dict[str, float]:
    with fresh_server(heap, reuse=reuse) as fresh:
        cpu0, t_write, n = _server_cpu(fresh), 0.0, 0
        for rows in bare_event_rows(corpus, batch_events):
            t0 = time.perf_counter()
            fresh.store.run_write(
                "UNWIND $rows AS row CREATE (e:Event) SET e = row", {"rows": rows}
            )
            t_write += time.perf_counter() - t0
            n += len(rows)
        return {"events": n, "write_s": t_write, "server_cpu": _server_cpu(fresh) - cpu0}


def run_variant(
    name: str,
    corpus: Corpus,
    batch_events: int,
    heap: str,
    reload: bool,
    reuse: Path | None = None,
) -> tuple[dict[str, float], Writer, dict[str, int]]:
    with fresh_server(heap, reuse=reuse) as fresh:
        writer = WRITERS[name](fresh.store)
        cpu0, t_write, n = _server_cpu(fresh), 0.0, 0
        for batch, reports in batches(corpus, batch_events):
            t0 = time.perf_counter()
            writer.write(batch)
            t_write += time.perf_counter() - t0
            n += reports
        out = {"events": n, "write_s": t_write, "server_cpu": _server_cpu(fresh) - cpu0}
        counts = fresh.store.counts()
        if reload:
            cpu0, t_write = _server_cpu(fresh), 0.0
            for batch, _ in batches(corpus, batch_events):
                t0 = time.perf_counter()
                writer.write(batch)
                t_write += time.perf_counter() - t0
            out["reload_s"] = t_write
            out["reload_server_cpu"] = _server_cpu(fresh) - cpu0
            if fresh.store.counts() != counts:
                print(f"WARNING: {name}: the reload changed the graph")
        return out, writer, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=30_000)
    parser.add_argument("--batch", type=int, default=5_000, help="event reports per transaction")
    parser.add_argument("--variants", default="bare,kg,fixed,bulk,bulk1")
    parser.add_argument("--heap", default=None)
    parser.add_argument("--reload", action="store_true", help="also time a reload per variant")
    parser.add_argument("--seed", type=int, default=7)
    add_reuse_option(parser)
    args = parser.parse_args(argv)
    corpus = Corpus(args.events, args.seed)
    heap = args.heap or heap_for(args.events)
    summary: list[list[object]] = []
    counts_seen: dict[str, dict[str, int]] = {}
    base_rate: float | None = None
    for name in args.variants.split(","):
        if name == "bare":
            out = run_bare(corpus, args.batch, heap, args.reuse_server)
            base_rate = out["events"] / out["write_s"]
            summary.append(["bare CREATE (baseline)", base_rate, out["server_cpu"], "", 1.0])
            continue
        out, writer, counts = run_variant(
            name, corpus, args.batch, heap, args.reload, args.reuse_server
        )
        counts_seen[name] = counts
        rate = out["events"] / out["write_s"]
        reload_rate = out["events"] / out["reload_s"] if "reload_s" in out else ""
        ratio = rate / base_rate if base_rate else ""
        summary.append([name, rate, out["server_cpu"], reload_rate, ratio])
        print(f"\n{name}: statements (seconds of wall clock inside the transaction)")
        steps = sorted(writer.times.items(), key=lambda kv: -kv[1])
        print(table(["step", "rows", "seconds"], [[k, writer.rows.get(k, 0), v] for k, v in steps]))
    print(f"\n{args.events:,} event reports, batches of {args.batch:,}, heap {heap}")
    print(
        table(
            ["variant", "events/s", "server cpu s", "reload events/s", "ratio to bare"],
            summary,
        )
    )
    distinct = {tuple(sorted(c.items())) for c in counts_seen.values()}
    if len(distinct) > 1:
        print("WARNING: the variants built different graphs:")
        for name, c in counts_seen.items():
            print(f"  {name}: {c}")
    elif counts_seen:
        print("every variant built the same graph:", next(iter(counts_seen.values())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
