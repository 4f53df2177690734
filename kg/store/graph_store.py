"""The graph store: schema, batched idempotent writes and read queries over Bolt.

One class for both servers (the embedded ArcadeDB and Neo4j 5); where they differ, the branch
is local and named. Cypher text lives in ``kg/store/cypher/*.cypher`` (see :mod:`kg.store.queries`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, TypeVar

import neo4j
from neo4j.exceptions import ClientError, ConstraintError, Neo4jError, TransientError

from kg.errors import ReadOnlyViolation, StoreError
from kg.graph import GraphBatch, candidate_buckets, compact, merge_reports
from kg.graph_model import load_graph_model
from kg.store.queries import cypher
from kg.store.readonly import refuse_writes
from kg.store.schema import schema_statements

Flavor = Literal["arcadedb", "neo4j"]
T = TypeVar("T")
#: The transaction :meth:`GraphStore.write_transaction` hands to its function (``tx.run(query,
#: params)``), named here so code outside kg/store need not import neo4j.
Transaction = neo4j.ManagedTransaction

# Write order: nodes before the relationships that MATCH them: (GraphBatch attribute, query name).
WRITE_STEPS: tuple[tuple[str, str], ...] = (
    ("articles", "write_articles"),
    ("actors", "write_actors"),
    ("events", "write_events"),
    ("source", "write_source"),
    ("target", "write_target"),
    ("reported_in", "write_reported_in"),
    ("holds_role", "write_holds_role"),
    ("places", "write_places"),
    ("at", "write_at"),
)
_MERGE_RETRIES = 5
_REFRESH_CHUNK = 5_000  # events refreshed per transaction when an older graph is brought up to date


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Columns and rows of a read query, values converted to plain Python types."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def to_python(value: Any) -> Any:
    """Driver values (neo4j.time, nodes, relationships, paths) as plain Python values."""
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    if isinstance(value, neo4j.time.DateTime):
        return value.to_native()
    if isinstance(value, neo4j.time.Duration):
        return {"months": value.months, "days": value.days, "seconds": value.seconds}
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **{k: to_python(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **{k: to_python(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return [to_python(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    return value


class GraphStore:
    """A connection to one graph database. Build it with :func:`kg.store.open_store`."""

    def __init__(self, driver: neo4j.Driver, *, database: str | None, flavor: Flavor) -> None:
        self._driver = driver
        self.database = database
        self.flavor: Flavor = flavor

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=access)

    # -- schema ------------------------------------------------------------------------------

    def apply_schema(self) -> None:
        """Create the uniqueness constraints and indexes of ``schemas/graph.yaml`` (idempotent)."""
        with self._session() as session:
            for statement in schema_statements(load_graph_model()):
                try:
                    session.run(statement).consume()
                except Neo4jError as e:
                    raise StoreError(f"applying the schema failed on: {statement}: {e}") from e
        self._upgrade_older_graph()

    def _upgrade_older_graph(self) -> None:
        """Bring a graph written without the dyad index (events but no dyad: an older kg, or
        a neo4j-admin import of ``kg export neo4j-csv``) up to date, once: store on its events
        what the timelines show and index them under their dyads, as the write path does."""
        has_events = self.read("MATCH (e:Event) RETURN e.id AS id LIMIT 1").rows
        if has_events and not self.read("MATCH (d:Dyad) RETURN d.id AS id LIMIT 1").rows:
            ids = [r["id"] for r in self.read("MATCH (e:Event) RETURN e.id AS id").rows]
            for start in range(0, len(ids), _REFRESH_CHUNK):
                chunk = ids[start : start + _REFRESH_CHUNK]
                self.run_write(cypher("refresh_events"), {"ids": chunk})
                self.run_write(cypher("refresh_dyads"), {"ids": chunk})

    # -- writes ------------------------------------------------------------------------------

    def write(self, batch: GraphBatch) -> None:
        """Write one batch in one transaction (all of it or none of it).

        The embedded server answers a concurrent MERGE of the same new key with a
        ConstraintError instead of waiting (see notes/graphdb.md); the transaction is retried.
        """

        def work(tx: neo4j.ManagedTransaction) -> None:
            merged = compact(merge_reports(batch, self._known_events(tx, batch)))
            changed: list[str] = []  # actors now shown differently (a code or country learned)
            for attr, query_name in WRITE_STEPS:
                rows = getattr(merged, attr)
                if rows:
                    result = tx.run(cypher(query_name), rows=rows)
                    changed += [r["changed"] for r in result] if attr == "actors" else []
                    result.consume()
            ids = {row["id"] for row in merged.events}
            if changed:
                ids |= {r["id"] for r in tx.run(cypher("refresh_actor_events"), ids=changed)}
            if ids:
                tx.run(cypher("refresh_events"), ids=sorted(ids)).consume()
                tx.run(cypher("refresh_dyads"), ids=sorted(ids)).consume()

        self._retrying(lambda: self._execute_write(work))

    @staticmethod
    def _known_events(tx: neo4j.ManagedTransaction, batch: GraphBatch) -> dict[str, str]:
        """Incoming event id -> the id of the event already in the graph that it reports
        (the most precisely dated candidate wins)."""
        known: dict[str, str] = {}
        reports = [
            {"id": r["id"], "record": r["record"], "article": r["article"]} for r in batch.events
        ]
        for record in tx.run(cypher("match_reports"), rows=reports):
            # a report loaded before goes back to the event it joined then (reload = no-op)
            known.setdefault(record["incoming"], record["existing"])
        rows = [
            {
                "id": r["id"],
                "lo": r["lo"],
                "hi": r["hi"],
                "buckets": candidate_buckets(r["key"], r["lo"], r["hi"]),
            }
            for r in batch.events
            if r["lo"] is not None and r["id"] not in known
        ]
        if not rows:
            return known
        best: dict[str, tuple[int, str]] = {}
        for record in tx.run(cypher("match_events"), rows=rows):
            rank = int(record["rank"] or 0)
            current = best.get(record["incoming"])
            if current is None or (rank, record["existing"]) > current:
                best[record["incoming"]] = (rank, record["existing"])
        return known | {incoming: existing for incoming, (_, existing) in best.items()}

    def _execute_write(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._session() as session:
            return session.execute_write(work)

    def write_transaction(self, work: Callable[[Transaction], T]) -> T:
        """Run ``work(tx)`` in one write transaction, retried as :meth:`write` is when the
        embedded server reports a concurrent MERGE; return what ``work`` returns. For code
        that runs its own statements in the write path's transactions (the benchmarks)."""
        return self._retrying(lambda: self._execute_write(work))

    def profile(self, query: str, params: Mapping[str, Any] | None = None) -> Any:
        """The plan the server reports for ``PROFILE query`` (the PROFILE plan, else the
        EXPLAIN plan; ArcadeDB sends its profile as one text in the plan's arguments)."""
        clean = {k: _param(v) for k, v in (params or {}).items()}
        try:
            with self._session() as session:
                summary = session.run("PROFILE " + query, clean).consume()
        except Neo4jError as e:
            raise StoreError(f"PROFILE failed: {e.message or e}") from e
        return summary.profile or summary.plan

    def _retrying(self, action: Callable[[], T]) -> T:
        for attempt in range(_MERGE_RETRIES):
            try:
                return action()
            except (ConstraintError, TransientError):
                if attempt == _MERGE_RETRIES - 1:
                    raise
                time.sleep(0.05 * (2**attempt))
            except Neo4jError as e:
                raise StoreError(f"write failed: {e}") from e
        raise StoreError("write failed after retries")  # pragma: no cover - loop always returns

    def run_write(self, query: str, params: Mapping[str, Any] | None = None) -> None:
        """Run one write statement (maintenance: used by tests and ``kg db reset``)."""
        with self._session() as session:
            session.execute_write(lambda tx: tx.run(query, dict(params or {})).consume())

    # -- reads -------------------------------------------------------------------------------

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a query in a read transaction; return its rows as plain Python values."""
        clean = {k: _param(v) for k, v in (params or {}).items()}

        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(query, clean)
            keys = tuple(result.keys())
            rows = tuple({k: to_python(r[k]) for k in keys} for r in result)
            return QueryResult(keys, rows)

        try:
            with self._session(neo4j.READ_ACCESS) as session:
                return session.execute_read(work)
        except Neo4jError as e:
            raise StoreError(f"query failed: {e.message or e}") from e

    def read_named(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a query of the library (``kg/store/cypher/NAME.cypher``)."""
        return self.read(cypher(name), params)

    def read_only(self, query: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run user Cypher that must not write (``kg cypher``).

        Read access mode alone is not enough: the embedded server executes writes in a read
        session. So write clauses are refused before the query runs (and, on Neo4j, whatever
        EXPLAIN classifies as a write), and the query runs in a transaction that is always
        rolled back.
        """
        refuse_writes(query)
        clean = {k: _param(v) for k, v in (params or {}).items()}
        with self._session(neo4j.READ_ACCESS) as session:
            if self.flavor == "neo4j":
                self._refuse_planned_writes(session, query, clean)
            tx = session.begin_transaction()
            try:
                result = tx.run(query, clean)
                keys = tuple(result.keys())
                rows = tuple({k: to_python(r[k]) for k in keys} for r in result)
                summary = result.consume()
            except Neo4jError as e:
                raise StoreError(f"query failed: {e.message or e}") from e
            finally:
                tx.rollback()
        if summary.counters.contains_updates or summary.counters.contains_system_updates:
            raise ReadOnlyViolation("the query tried to write; its changes were rolled back")
        return QueryResult(keys, rows)

    @staticmethod
    def _refuse_planned_writes(session: neo4j.Session, query: str, params: dict[str, Any]) -> None:
        try:
            summary = session.run("EXPLAIN " + query, params).consume()
        except ClientError as e:
            raise StoreError(f"invalid query: {e.message or e}") from e
        if summary.query_type not in ("r", None):
            raise ReadOnlyViolation(
                f"kg cypher runs read-only queries; the server plans this one as a write "
                f"(query type {summary.query_type!r})."
            )

    def counts(self) -> dict[str, int]:
        """Node counts by label and relationship counts by type."""
        return {f"{r['kind']}:{r['name']}": int(r["count"]) for r in self.read_named("counts")}


def _param(value: Any) -> Any:
    """Parameters as the driver wants them: dates stay dates, datetimes stay datetimes."""
    if isinstance(value, datetime | date | str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_param(v) for v in value]
    if isinstance(value, dict):
        return {k: _param(v) for k, v in value.items()}
    return str(value)
