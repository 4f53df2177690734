"""The import step of a bulk load: ArcadeDB's own graph importer, run in its own process.

Run as ``python -m kg.store.bulk_import --data-dir DIR --plan PLAN.json --heap 1g`` by
:mod:`kg.store.bulk`, with the embedded server stopped. It takes the server's lock on
``DIR/server.lock`` for its whole run (no server can open the database meanwhile), opens
``DIR/arcadedb/databases/kg`` in-process if it exists and, only if it holds no record:

0. deletes it and creates a new one (an empty database may still carry the keys and indexes a
   server applied, which the import would then update record by record, much more slowly);
1. creates the vertex and edge types of the plan, and declares every property that is not a
   string (DATE, LONG, DOUBLE, BOOLEAN) so the importer's text values become typed values;
2. runs ``com.arcadedb.integration.importer.graph.GraphImporter`` over the plan's JSON-lines
   files: vertices with their properties first, then every relationship from an in-memory
   topology, all in Java (no call per row crosses from Python);
3. puts back the empty strings (the importer reads ``""`` as "not set", so the files carry a
   marker instead) and drops every declared property (its own, and those the importer declares
   for what it reads), so the schema is the one the normal path leaves: types, keys and
   indexes, no declared properties;
4. applies the plan's schema statements (the Neo4j 5 DDL of ``schemas/graph.yaml``, run through
   the engine's Cypher), building the key constraints and indexes over the loaded graph.

It prints one JSON line with the counts and timings; the exit codes below say what went wrong.
The wheel writes ``./log``, so the process runs inside the data directory.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

EXIT_NOT_EMPTY = 3
EXIT_SERVER_RUNNING = 4
EXIT_FAILED = 5

# The importer reads "" as a missing value; the files carry this marker for an empty string.
EMPTY_MARKER = "\ue000kg:empty\ue000"
# Property kinds of a plan -> the type declared while importing (strings and lists need none).
DECLARED_TYPES = {"date": "DATE", "integer": "LONG", "float": "DOUBLE", "boolean": "BOOLEAN"}


def database_path(data_dir: Path) -> Path:
    from kg.store.server_protocol import DATABASE_NAME

    return data_dir / "arcadedb" / "databases" / DATABASE_NAME


def _quote(name: str) -> str:
    """A type or property name for SQL (names come from our graph model, never from users)."""
    if "`" in name:
        raise ValueError(f"unexpected name {name!r}")
    return f"`{name}`"


def _importer_config(plan: dict[str, Any]) -> dict[str, Any]:
    """The GraphImporter configuration of a plan: plain specs only (a typed spec such as
    ``long:`` would write 0 for a missing value), lists as ``list:``."""

    def specs(properties: dict[str, str]) -> dict[str, str]:
        return {p: (f"list:{p}" if kind == "list" else p) for p, kind in properties.items()}

    return {
        "vertices": [
            {"type": v["type"], "file": v["file"], "id": "id", "properties": specs(v["properties"])}
            for v in plan["vertices"]
        ],
        "edgeSources": [
            {
                "edge": e["type"],
                "file": e["file"],
                "from": f"{e['from_key']}:{e['from']}",
                "to": f"{e['to_key']}:{e['to']}",
                "properties": specs(e["properties"]),
            }
            for e in plan["edges"]
        ],
    }


def _count_records(jdb: Any) -> int:
    return sum(int(jdb.countType(t.getName(), False)) for t in jdb.getSchema().getTypes())


def run_import(data_dir: Path, plan: dict[str, Any], heap: str) -> dict[str, Any]:
    """Import the plan into the (empty) database of ``data_dir``; the counts and timings."""
    import arcadedb_embedded as adb
    import jpype

    path = database_path(data_dir)
    jvm = {"heap_size": heap}
    t0 = time.perf_counter()
    if path.exists():
        db = adb.open_database(str(path), jvm)
        records = _count_records(db._java_db)
        if plan.get("check_only") or records:
            db.close()
            return {"records": records}
        # empty, but maybe with keys and indexes a server applied: start from a new database,
        # so no index is maintained record by record during the import
        db.close()
        shutil.rmtree(path)
    elif plan.get("check_only"):
        return {"records": 0}
    print(json.dumps({"started": True}), flush=True)  # from here on, the import writes
    db = adb.create_database(str(path), jvm)
    timings: dict[str, float] = {"open": time.perf_counter() - t0}
    try:
        jdb = db._java_db
        declared = {
            (item["type"], prop)
            for item in (*plan["vertices"], *plan["edges"])
            for prop, kind in item["properties"].items()
            if kind in DECLARED_TYPES
        }
        t0 = time.perf_counter()
        for kind, items in (("VERTEX", plan["vertices"]), ("EDGE", plan["edges"])):
            for item in items:
                db.command("sql", f"CREATE {kind} TYPE {_quote(item['type'])} IF NOT EXISTS")
                for prop, prop_kind in item["properties"].items():
                    if (item["type"], prop) in declared:
                        db.command(
                            "sql",
                            f"CREATE PROPERTY {_quote(item['type'])}.{_quote(prop)} "
                            f"{DECLARED_TYPES[prop_kind]}",
                        )
        timings["types"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        vertices = edges = unresolved = 0
        if plan["vertices"]:  # nothing to import when no article had a usable record
            importer_class = jpype.JClass("com.arcadedb.integration.importer.graph.GraphImporter")
            importer = importer_class.fromJSON(
                jdb, json.dumps(_importer_config(plan)), str(plan["folder"])
            )
            try:
                importer.run()
                vertices, edges = int(importer.getVertexCount()), int(importer.getEdgeCount())
                unresolved = int(importer.getUnresolvedEdgeCount())
            finally:
                importer.close()
        timings["import"] = time.perf_counter() - t0
        if unresolved:
            raise RuntimeError(f"{unresolved} relationships named a node the files do not hold")

        t0 = time.perf_counter()
        for type_name, prop in plan["empty"]:
            with db.transaction():
                db.command(
                    "sql",
                    f"UPDATE {_quote(type_name)} SET {_quote(prop)} = '' WHERE {_quote(prop)} = ?",
                    EMPTY_MARKER,
                )
        # no declared property is left (ours, and those the importer declares for every
        # property it reads), as after a normal load: the schema is keys and indexes only
        for schema_type in list(jdb.getSchema().getTypes()):
            for prop in list(schema_type.getProperties()):
                db.command(
                    "sql",
                    f"DROP PROPERTY {_quote(str(schema_type.getName()))}"
                    f".{_quote(str(prop.getName()))}",
                )
        timings["fix"] = time.perf_counter() - t0
        # the keys and indexes last: built once over the loaded records, which is much faster
        # than keeping every index up to date record by record during the import
        t0 = time.perf_counter()
        for item in plan["schema"]:
            db.command("cypher", item["statement"])
        timings["indexes"] = time.perf_counter() - t0
        counts = {
            str(t.getName()): int(jdb.countType(t.getName(), False))
            for t in jdb.getSchema().getTypes()
        }
        return {"vertices": vertices, "edges": edges, "counts": counts, "timings": timings}
    finally:
        t0 = time.perf_counter()
        db.close()
        timings["close"] = time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--plan", required=True, type=Path)
    parser.add_argument("--heap", default="1g")
    args = parser.parse_args(argv)
    data_dir = args.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    plan = json.loads(args.plan.read_text(encoding="utf-8"))
    lock_file = open(data_dir / "server.lock", "a+")  # noqa: SIM115 - held for the process life
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(json.dumps({"error": "the embedded server is running"}), flush=True)
        return EXIT_SERVER_RUNNING
    os.chdir(data_dir)  # the wheel writes ./log
    try:
        result = run_import(data_dir, plan, args.heap)
    except Exception as e:  # the JVM and the importer raise many kinds; all mean "failed"
        print(json.dumps({"error": f"{type(e).__name__}: {e}"}), flush=True)
        return EXIT_FAILED
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(lock_file, fcntl.LOCK_UN)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB (bytes on macOS)
    result["peak_rss_mb"] = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    print(json.dumps(result), flush=True)
    if "records" in result and not plan.get("check_only"):
        return EXIT_NOT_EMPTY
    return 0


if __name__ == "__main__":
    sys.exit(main())
