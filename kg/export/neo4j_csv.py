"""Graph rows as CSV files for ``neo4j-admin database import full`` (bulk loads of large
corpora into a Neo4j server or cluster, much faster than transactional writes).

One file per node label and relationship type, with Neo4j's import headers (``:ID``,
``:START_ID``, ``:END_ID``, typed columns). Reports of one event across the whole export are
merged as the store would merge them (same key, overlapping time windows).

Import with::

    neo4j-admin database import full neo4j --overwrite-destination \\
        --nodes=Article=articles.csv --nodes=Actor=actors.csv --nodes=Event=events.csv \\
        --nodes=Place=places.csv --relationships=SOURCE=source.csv \\
        --relationships=TARGET=target.csv --relationships=REPORTED_IN=reported_in.csv \\
        --relationships=HOLDS_ROLE=holds_role.csv --relationships=AT=at.csv

What the store derives from the whole graph (the dyad index, each event's evidence and side
lists) is not in the files: kg builds it at its first connection to the imported database.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from kg.graph import GraphBatch, Row, merge_reports

_FILES: dict[str, list[tuple[str, str]]] = {
    # file: [(column header, row key path)]
    "articles": [("id:ID(Article)", "id"), ("url", "props.url"), ("title", "props.title"),
                 ("published:date", "props.published"), ("lang", "props.lang"),
                 ("outlet", "props.outlet")],
    "actors": [("id:ID(Actor)", "id"), ("name", "name"), ("names:string[]", "name"),
               ("kind", "props.kind"), ("country", "props.country"), ("code", "props.code"),
               ("sector", "props.sector"), ("wikidata", "props.wikidata")],
    "events": [("id:ID(Event)", "id"), ("type", "props.type"), ("cameo", "props.cameo"),
               ("plover", "props.plover"), ("plover_mode", "props.plover_mode"),
               ("goldstein:float", "props.goldstein"), ("quad:int", "props.quad"),
               ("modality", "props.modality"), ("dyad", "props.dyad"),
               ("start:date", "time.start"), ("end:date", "time.end"),
               ("precision", "time.precision"), ("time_text", "time.time_text"),
               ("key", "key"), ("lo:date", "lo"), ("hi:date", "hi"), ("bucket", "bucket"),
               ("rank:int", "rank"),
               ("confidence:float", "confidence"), ("reported:date", "reported")],
    "places": [("id:ID(Place)", "id"), ("name", "name"), ("country", "country")],
    "source": [(":START_ID(Event)", "event"), (":END_ID(Actor)", "actor")],
    "target": [(":START_ID(Event)", "event"), (":END_ID(Actor)", "actor")],
    "at": [(":START_ID(Event)", "event"), (":END_ID(Place)", "place")],
    "reported_in": [(":START_ID(Event)", "event"), (":END_ID(Article)", "article"),
                    ("sentence:int", "sentence"), ("start:int", "props.start"),
                    ("end:int", "props.end"), ("trigger", "props.trigger"),
                    ("text", "props.text"), ("modality", "props.modality"),
                    ("confidence:float", "props.confidence"), ("record_id", "props.record_id")],
    "holds_role": [(":START_ID(Actor)", "person"), (":END_ID(Actor)", "org"),
                   ("role", "role"), ("title", "title"), ("since:date", "since"),
                   ("until:date", "until")],
}  # fmt: skip


_NODE_FILES = frozenset({"articles", "actors", "events", "places"})


def _rel_key(name: str, row: Row) -> str:
    if name == "reported_in":
        return f"{row['event']}|{row['article']}|{row['sentence']}"
    if name == "holds_role":
        return f"{row['person']}|{row['org']}|{row['role']}"
    other = row.get("actor") or row.get("place")
    return f"{row['event']}|{other}"


def _value(row: Row, path: str) -> Any:
    value: Any = row
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


class _Window:
    """Events already exported, by key, to merge later reports into (a bulk export sees the
    whole corpus, as the store would)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[str, date, date]]] = {}

    def known(self, batch: GraphBatch) -> dict[str, str]:
        found = {}
        for row in batch.events:
            if row["lo"] is None:
                continue
            for ident, lo, hi in self.by_key.get(row["key"], ()):
                if lo <= row["hi"] and row["lo"] <= hi:
                    found[row["id"]] = ident
                    break
        return found

    def remember(self, batch: GraphBatch) -> None:
        for row in batch.events:
            if row["lo"] is not None:
                self.by_key.setdefault(row["key"], []).append((row["id"], row["lo"], row["hi"]))


def write_import_csv(batches: Iterable[GraphBatch], folder: Path) -> dict[str, int]:
    """Write every batch to the CSV files in ``folder``; return the rows per file."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(_FILES, 0)
    seen: dict[str, set[str]] = {name: set() for name in _FILES}
    window = _Window()
    with ExitStack() as stack:
        writers = {}
        for name, columns in _FILES.items():
            f = stack.enter_context(
                (folder / f"{name}.csv").open("w", newline="", encoding="utf-8")
            )
            writer = csv.writer(f)
            writer.writerow([header for header, _ in columns])
            writers[name] = writer
        for raw in batches:
            batch = merge_reports(raw, window.known(raw))
            window.remember(batch)
            for name, columns in _FILES.items():
                for row in getattr(batch, name):
                    key = row["id"] if name in _NODE_FILES else _rel_key(name, row)
                    if key in seen[name]:
                        continue  # written by an earlier batch (a merged report, a known actor)
                    seen[name].add(key)
                    writers[name].writerow([_value(row, path) for _, path in columns])
                    counts[name] += 1
    return counts
