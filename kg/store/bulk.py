"""``kg load --bulk``: a first load of a large corpus into an empty embedded database.

The normal path writes each batch with ``UNWIND … MERGE`` over Bolt, a few thousand rows per
second whatever the statement. A bulk load writes the same graph another way:

1. every batch goes through :class:`kg.store.bulk_rows.ReplayedGraph`, which applies in memory
   what ``GraphStore.write`` would apply on the server (report merging across batches included),
   in the order ``kg load`` would write the batches;
2. the finished graph is written as JSON-lines files, one per label and relationship type;
3. with the embedded server stopped, :mod:`kg.store.bulk_import` (its own process) hands the files
   to ArcadeDB's graph importer, which creates every node and relationship in Java, and then
   applies the schema's keys and indexes.

The result is the graph ``kg load`` makes of the same articles (same labels, properties, value
types, relationships, keys and indexes; ArcadeDB also declares the STRING type of the indexed
string properties, as it does when it builds an index over existing records). It only loads
into an embedded database that holds no record: anything else raises
:class:`~kg.errors.BulkLoadError`. For Neo4j, the equivalent is ``kg export neo4j-csv`` and
``neo4j-admin database import full``.
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import msgspec

from kg.errors import BulkLoadError, GraphNotEmpty
from kg.graph import GraphBatch
from kg.graph_model import load_graph_model
from kg.store.bulk_import import (
    EMPTY_MARKER,
    EXIT_NOT_EMPTY,
    EXIT_SERVER_RUNNING,
    database_path,
)
from kg.store.bulk_rows import Props, ReplayedGraph
from kg.store.connection import StoreSettings
from kg.store.embedded import EmbeddedServer
from kg.store.schema import schema_statements

NEO4J_HINT = (
    "for Neo4j, write the files with `kg export neo4j-csv` and load them with "
    "`neo4j-admin database import full` (see kg.export.neo4j_csv)"
)
_CHUNK = 20_000  # rows encoded at a time
_EMPTY_VALUE = b':""'  # in JSON, only an empty string value reads like this
_MARKED_VALUE = b":" + msgspec.json.encode(EMPTY_MARKER)


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk load wrote, and where its time went (seconds by step)."""

    reports: int
    counts: dict[str, int]
    seconds: dict[str, float] = field(default_factory=dict)
    import_peak_mb: float | None = None  # peak resident memory of the import process (JVM)

    def lines(self) -> list[str]:
        written = ", ".join(f"{n:,} {k}" for k, n in self.counts.items())
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items())
        return [f"bulk load: {self.reports:,} event reports -> {written}", f"time: {steps}"]


def _kind(value: Any) -> str:
    """The graph-model kind of a Python value, as the driver would send it."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, date):
        return "date"
    if isinstance(value, list | tuple):
        return "list"
    if isinstance(value, str):
        return "string"
    raise BulkLoadError(f"cannot bulk-load a value of type {type(value).__name__}: {value!r}")


def _kinds(rows: list[Props], declared: Mapping[str, str]) -> dict[str, str]:
    """Kind of every property the rows carry: as declared in schemas/graph.yaml, else as the
    first value holding it."""
    names: set[str] = set()
    for props in rows:
        names.update(props)
    kinds: dict[str, str] = {}
    for name in sorted(names):
        if name in declared:
            kinds[name] = declared[name]
        else:
            kinds[name] = _kind(next(p[name] for p in rows if p.get(name) is not None))
    return kinds


def _dates(kinds: dict[str, str]) -> list[str]:
    return [name for name, kind in kinds.items() if kind == "date"]


def _write_lines(
    path: Path, rows: list[Props], type_name: str, dates: list[str], empty: set[tuple[str, str]]
) -> None:
    """JSON lines of ``rows`` (consumed: their dates are replaced by text).

    - A date is written ``YYYY-MM-DDT00:00:00``: the engine reads that form into a DATE property
      at its first attempt (plain ``YYYY-MM-DD`` costs it two failed parses per value) and with
      no time zone involved.
    - An empty string becomes :data:`EMPTY_MARKER` (the importer reads ``""`` as missing), and
      the property is noted in ``empty`` to be put back after the import. This edit works on the
      encoded bytes: in JSON a quote inside a string is escaped, so ``:""`` is always a key
      followed by an empty string.
    """
    for props in rows:
        for name in dates:
            value = props.get(name)
            if value is not None:
                props[name] = f"{value.isoformat()}T00:00:00"
    encoder = msgspec.json.Encoder()
    with path.open("wb") as f:
        for start in range(0, len(rows), _CHUNK):
            data = encoder.encode_lines(rows[start : start + _CHUNK])
            while (found := data.find(_EMPTY_VALUE)) != -1:  # once per property with blanks
                key = data[data.rfind(b'"', 0, found - 1) : found]
                empty.add((type_name, key[1:-1].decode()))
                data = data.replace(key + _EMPTY_VALUE, key + _MARKED_VALUE)
            f.write(data)


_INDEXED = re.compile(r"\(n:(\w+)\) (?:REQUIRE |ON \()n\.(\w+)")


def _schema_plan() -> list[dict[str, str]]:
    """The DDL of schemas/graph.yaml, each statement with the label and property it indexes."""
    plan = []
    for statement in schema_statements(load_graph_model()):
        found = _INDEXED.search(statement)
        if found is None:
            raise BulkLoadError(f"unexpected schema statement: {statement}")
        plan.append({"statement": statement, "label": found[1], "property": found[2]})
    return plan


def write_import_files(graph: ReplayedGraph, folder: Path) -> dict[str, Any]:
    """The graph as JSON-lines files in ``folder``, and the import plan that describes them."""
    model = load_graph_model()
    empty: set[tuple[str, str]] = set()
    vertices = []
    for label, nodes in graph.nodes():
        if not nodes:
            continue
        rows = list(nodes.values())
        declared = dict(model.nodes[label].properties) if label in model.nodes else {}
        kinds = _kinds(rows, declared)
        _write_lines(folder / f"{label}.jsonl", rows, label, _dates(kinds), empty)
        vertices.append({"type": label, "file": f"{label}.jsonl", "properties": kinds})
    edges = []
    for rel_type, start, end, rels in graph.relationships():
        rows = [{"_from": a, "_to": b, **props} for a, b, props in rels]
        if not rows:
            continue
        rel = model.relationships.get(rel_type)
        kinds = _kinds(rows, dict(rel.properties) if rel else {})
        del kinds["_from"], kinds["_to"]
        _write_lines(folder / f"{rel_type}.jsonl", rows, rel_type, _dates(kinds), empty)
        edges.append(
            {
                "type": rel_type,
                "file": f"{rel_type}.jsonl",
                "from": start,
                "to": end,
                "from_key": "_from",
                "to_key": "_to",
                "properties": kinds,
            }
        )
    return {
        "folder": str(folder),
        "vertices": vertices,
        "edges": edges,
        "empty": sorted(empty),
        "schema": _schema_plan(),
    }


class BulkLoader:
    """Takes batches like :class:`~kg.store.GraphStore` (``write``), imports them at
    :meth:`finish`. Call :meth:`check_empty` first to fail before the extraction, not after.

    Creating it does no I/O.
    """

    def __init__(self, data_dir: Path | None = None, *, heap: str | None = None) -> None:
        self.server = EmbeddedServer(data_dir, heap=heap)
        self.graph = ReplayedGraph()
        self.seconds: dict[str, float] = {"replay": 0.0}

    @property
    def data_dir(self) -> Path:
        return self.server.data_dir

    def write(self, batch: GraphBatch) -> None:
        """Replay ``batch`` into the graph held in memory.

        The graph only grows until :meth:`finish`, so the cyclic garbage collector is kept off
        it: paused while a batch is replayed, and what exists afterwards is frozen (left out of
        later collections; :meth:`finish` unfreezes it). Otherwise every full collection walks
        the whole graph again, which made the replay 1.6× slower at 200k events.
        """
        t0 = time.perf_counter()
        enabled = gc.isenabled()
        gc.disable()
        try:
            self.graph.write(batch)
        finally:
            if enabled:
                gc.enable()
        gc.freeze()
        self.seconds["replay"] += time.perf_counter() - t0

    # -- the database must be empty ----------------------------------------------------------

    def check_empty(self) -> None:
        """Raise :class:`GraphNotEmpty` unless the embedded database holds no record; stop its
        server if it runs (the import needs the database to itself)."""
        if self.server.status() is not None:
            self._stop_empty_server()
        elif database_path(self.data_dir).exists():
            records = self._run_import({"check_only": True}).get("records", 0)
            if records:
                raise self._not_empty(int(records))

    def _stop_empty_server(self) -> None:
        from kg.store.connection import open_store

        settings = StoreSettings(data_dir=self.data_dir, heap=self.server.heap)
        with open_store(settings, apply_schema=False) as store:
            records = sum(store.counts().values())
        if records:
            raise self._not_empty(records)
        self.server.stop()

    def _not_empty(self, records: int) -> GraphNotEmpty:
        return GraphNotEmpty(
            f"--bulk loads only into an empty database, and the embedded database in "
            f"{self.data_dir} holds {records:,} nodes and relationships. Load without --bulk "
            "(idempotent MERGE), or choose a new, empty --data-dir."
        )

    # -- the import --------------------------------------------------------------------------

    def finish(self) -> BulkResult:
        """Write the files, import them, apply the schema; return what was written."""
        try:
            self.check_empty()
            folder = Path(tempfile.mkdtemp(prefix="bulk-", dir=self._work_dir()))
            try:
                t0 = time.perf_counter()
                plan = write_import_files(self.graph, folder)
                self.seconds["files"] = time.perf_counter() - t0
                t0 = time.perf_counter()
                outcome = self._run_import(plan)
                self.seconds["import"] = time.perf_counter() - t0
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            gc.unfreeze()
        counts = {str(k): int(v) for k, v in outcome.get("counts", {}).items() if int(v)}
        for step, seconds in outcome.get("timings", {}).items():
            self.seconds[f"import.{step}"] = float(seconds)
        peak = outcome.get("peak_rss_mb")
        return BulkResult(
            self.graph.reports, counts, dict(self.seconds), float(peak) if peak else None
        )

    def _discard_partial_import(self) -> None:
        """Delete the database a failed import wrote into (it held no record before; the
        server creates it again, with the schema, at its next start). Under the server lock,
        so a server that started meanwhile keeps its files."""
        lock_path = self.data_dir / "server.lock"
        with lock_path.open("a+") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            try:
                shutil.rmtree(database_path(self.data_dir), ignore_errors=True)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _work_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def _run_import(self, plan: dict[str, Any]) -> dict[str, Any]:
        """Run :mod:`kg.store.bulk_import` on ``plan``; its JSON answer."""
        work = self._work_dir()
        handle, name = tempfile.mkstemp(prefix="bulk-plan-", suffix=".json", dir=work)
        os.close(handle)
        plan_path = Path(name)
        log_path = work / "bulk-import.log"
        try:
            plan_path.write_text(json.dumps(plan), encoding="utf-8")
            with log_path.open("w", encoding="utf-8") as log:
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "kg.store.bulk_import",
                        "--data-dir",
                        str(work),
                        "--plan",
                        str(plan_path),
                        "--heap",
                        self.server.heap,
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    text=True,
                    cwd=work,
                    check=False,
                )
        finally:
            plan_path.unlink(missing_ok=True)
        answer = _last_json(proc.stdout)
        if proc.returncode == 0:
            return answer
        started = '{"started": true}' in proc.stdout.splitlines()
        if started:
            # the import began writing into the (checked) empty database and failed: remove
            # what it wrote, so the database is as empty as it was
            self._discard_partial_import()
        if proc.returncode == EXIT_NOT_EMPTY:
            raise self._not_empty(int(answer.get("records", 0)))
        if proc.returncode == EXIT_SERVER_RUNNING:
            raise BulkLoadError(
                f"the embedded server of {work} was started during the bulk load; stop it "
                "(`kg db stop`) and run the load again"
            )
        raise BulkLoadError(
            f"the bulk import failed (exit code {proc.returncode}): "
            f"{answer.get('error', 'no answer')}; "
            f"{'the database was left empty; ' if started else ''}see {log_path} (if the "
            "import ran out of memory, a larger KG_HEAP helps)"
        )


def refuse_external(settings: StoreSettings) -> None:
    """Raise :class:`BulkLoadError` unless ``settings`` name the embedded database."""
    if not settings.embedded:
        raise BulkLoadError(
            f"--bulk loads only into the embedded database, not into {settings.uri}; {NEO4J_HINT}"
        )


def _last_json(output: str) -> dict[str, Any]:
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    return {}
