"""``kg load --bulk``: the graph of a normal ``kg load``, written by the database's importer.

Each bulk load goes into its own data folder (the import needs the database to itself) and is
then served by a real embedded server, so every comparison is of what Bolt clients read: labels,
properties with their value types, relationships with theirs, keys and indexes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bench.synthetic import Corpus, batches
from kg.cli import app
from kg.errors import BulkLoadError, GraphNotEmpty
from kg.graph import GraphBatch, build_batch
from kg.graph_model import load_graph_model
from kg.records import ActorRef, Event, Evidence, PlaceRef, TimeSpan
from kg.samples import sample_paths
from kg.store import EmbeddedServer, GraphStore, StoreSettings, open_store
from kg.store import bulk as bulk_module
from kg.store.bulk import BulkLoader
from loaders.article import Article
from tests.conftest import free_port

runner = CliRunner()
HEAP = "512m"


# -- what a Bolt client reads ----------------------------------------------------------------


def _typed(value: Any) -> Any:
    """A value with its type, so "2021-12-30" (text) and date(2021, 12, 30) differ, as 1 and 1.0."""
    if isinstance(value, list):
        return ("list", tuple(_typed(v) for v in value))
    return (type(value).__name__, value)


def _props(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, _typed(v)) for k, v in props.items()))


def dump(store: GraphStore) -> dict[str, list[Any]]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted."""
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = store.read(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS la, a.id AS a, "
        "labels(b) AS lb, b.id AS b, properties(r) AS props"
    )
    return {
        "nodes": sorted((tuple(sorted(r["labels"])), _props(r["props"])) for r in nodes),
        "relationships": sorted(
            (r["type"], tuple(r["la"]), r["a"], tuple(r["lb"]), r["b"], _props(r["props"]))
            for r in rels
        ),
    }


def schema(store: GraphStore) -> dict[str, list[Any]]:
    """The keys and indexes, as SHOW INDEXES / SHOW CONSTRAINTS list them (ids aside)."""
    indexes = store.read("SHOW INDEXES")
    constraints = store.read("SHOW CONSTRAINTS")
    return {
        "indexes": sorted(
            (r["name"], tuple(r["labelsOrTypes"]), tuple(r["properties"]), r["owningConstraint"])
            for r in indexes
        ),
        "constraints": sorted(
            (r["name"], r["type"], tuple(r["labelsOrTypes"]), tuple(r["properties"]))
            for r in constraints
        ),
    }


def _serve(data_dir: Path) -> EmbeddedServer:
    server = EmbeddedServer(data_dir, bolt_port=free_port(), http_port=free_port(), heap=HEAP)
    server.start()
    return server


def _unschemed(data_dir: Path) -> GraphStore:
    """A connection that does not apply the schema (to see what the bulk load left)."""
    return open_store(StoreSettings(data_dir=data_dir), apply_schema=False)


# -- the sample corpus through the CLI, with a bad record ------------------------------------


@dataclass
class Bulk:
    data_dir: Path
    paths: list[str]
    output: str
    exit_code: int
    quarantine: Path
    schema: dict[str, list[Any]]  # read before any connection applied the schema


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bulk]:
    """The sample articles plus a file with one malformed record, bulk-loaded by the CLI into
    a new data folder, then served."""
    folder = tmp_path_factory.mktemp("kg-bulk")
    bad = folder / "more.jsonl"
    good = {
        "id": "bulk-extra-1",
        "lang": "en",
        "published": "2022-01-10",
        "text": "Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden "
        "on Sunday.",
    }
    bad.write_text(json.dumps(good) + "\n{broken json\n", encoding="utf-8")
    paths = [*sample_paths(), str(bad)]
    data_dir, quarantine = folder / "db", folder / "rejected.jsonl"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_HEAP", HEAP)
        result = runner.invoke(
            app,
            [
                "load",
                "--bulk",
                *paths,
                "--data-dir",
                str(data_dir),
                "--quarantine",
                str(quarantine),
            ],
        )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    server = _serve(data_dir)
    try:
        with _unschemed(data_dir) as store:
            found = schema(store)
        yield Bulk(data_dir, paths, result.output, result.exit_code, quarantine, found)
    finally:
        server.stop()


def test_bulk_cli_reports_rejected_records_and_loads_the_rest(bulk: Bulk) -> None:
    assert bulk.exit_code == 1  # a record was rejected, as with a normal load
    assert json.loads(bulk.quarantine.read_text().splitlines()[0])["reason"] == "malformed_json"
    assert "bulk load:" in bulk.output and "event reports" in bulk.output
    with open_store(StoreSettings(data_dir=bulk.data_dir)) as store:
        articles = {r["id"] for r in store.read("MATCH (a:Article) RETURN a.id AS id")}
    assert {"bulk-extra-1", "kg-sample-en-001", "kg-sample-ar-001"} <= articles


def test_bulk_cli_gives_the_graph_of_a_normal_load(
    bulk: Bulk, db_dir: Path, store: GraphStore
) -> None:
    normal = runner.invoke(app, ["load", *bulk.paths, "--data-dir", str(db_dir)])
    assert normal.exit_code == 1, normal.output  # the same rejected record
    expected = dump(store)
    with open_store(StoreSettings(data_dir=bulk.data_dir)) as bulk_store:
        got = dump(bulk_store)
        assert bulk_store.counts() == store.counts()
    labels = {labels for labels, _ in expected["nodes"]}
    assert labels == {("Article",), ("Actor",), ("Event",), ("Place",), ("Dyad",)}  # every kind
    assert {r[0] for r in expected["relationships"]} == {
        "SOURCE",
        "TARGET",
        "REPORTED_IN",
        "HOLDS_ROLE",
        "AT",
        "BETWEEN",
    }
    assert got["nodes"] == expected["nodes"]
    assert got["relationships"] == expected["relationships"]


def test_bulk_leaves_the_keys_and_indexes_of_the_schema(bulk: Bulk, store: GraphStore) -> None:
    """The same indexes and keys. ArcadeDB also declares the type of a property when it builds
    an index over records (not over an empty type, as the normal path does): those STRING
    declarations, of string properties of schemas/graph.yaml, are the only difference."""
    normal = schema(store)
    assert bulk.schema["indexes"] == normal["indexes"]
    keys = [c for c in bulk.schema["constraints"] if c[1] == "UNIQUENESS"]
    assert keys == normal["constraints"]
    assert len(keys) == 5  # read before anything applied the schema again
    model = load_graph_model()
    indexed = {(label, p) for label, node in model.nodes.items() for p in node.indexes}
    for name, kind, (label,), (prop,) in bulk.schema["constraints"]:
        if kind != "UNIQUENESS":
            assert kind == "NODE_PROPERTY_TYPE", name
            assert (label, prop) in indexed and model.nodes[label].properties[prop] == "string"


def test_bulk_timeline_query_works_after_it(bulk: Bulk) -> None:
    result = runner.invoke(
        app, ["timeline", "USA", "RUS", "--format", "jsonl", "--data-dir", str(bulk.data_dir)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {"call", "meeting"} <= {r["type"] for r in rows}


def test_bulk_into_a_non_empty_database_is_refused_and_changes_nothing(bulk: Bulk) -> None:
    with open_store(StoreSettings(data_dir=bulk.data_dir)) as store:
        before = dump(store)
    args = ["load", "--bulk", *sample_paths(), "--data-dir", str(bulk.data_dir)]
    running = runner.invoke(app, args)  # the server runs: checked over Bolt
    assert isinstance(running.exception, GraphNotEmpty)
    assert "empty database" in str(running.exception) and "without --bulk" in str(running.exception)
    server = EmbeddedServer(bulk.data_dir)
    assert server.status() is not None  # not stopped for nothing
    server.stop()
    stopped = runner.invoke(app, args)  # the server is stopped: checked in the database files
    assert isinstance(stopped.exception, GraphNotEmpty)
    _serve(bulk.data_dir)
    with open_store(StoreSettings(data_dir=bulk.data_dir)) as store:
        assert dump(store) == before


def test_bulk_then_a_normal_load_of_the_same_articles_changes_nothing(bulk: Bulk) -> None:
    with open_store(StoreSettings(data_dir=bulk.data_dir)) as store:
        before, counts = dump(store), store.counts()
        again = runner.invoke(app, ["load", *bulk.paths, "--data-dir", str(bulk.data_dir)])
        assert again.exit_code == 1, again.output  # only the malformed record
        assert store.counts() == counts
        assert dump(store) == before


def test_bulk_with_uri_points_to_the_neo4j_import() -> None:
    result = runner.invoke(
        app, ["load", "--bulk", *sample_paths(), "--uri", "bolt://127.0.0.1:1", "--user", "x"]
    )
    assert isinstance(result.exception, BulkLoadError)
    assert "kg export neo4j-csv" in str(result.exception)
    assert "neo4j-admin" in str(result.exception)


# -- batches built by hand and synthetic ones, through the library ---------------------------

USA = ActorRef(id="USA", name="United States", kind="state", country="USA", code="USA")
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")
BLINKEN = ActorRef(
    id="Q_blinken",
    name="Antony Blinken",
    kind="person",
    country="USA",
    code="USA",
    role="",  # an empty string: the importer reads "" as missing unless told otherwise
)
GENEVA = PlaceRef(id="geneva", name="Geneva", country="CHE")


def _report(n: int, published: date, time: TimeSpan, *, sentence: int = 0) -> GraphBatch:
    """Article ``n`` reporting a US–Russia call at ``time``."""
    article = Article(id=f"hand-{n}", text="...", published=published, lang="en", title="")
    event = Event(
        id=f"rec{n}",
        article_id=article.id,
        type="call",
        cameo="041",
        plover_type="CONSULT",
        plover_mode="phone",
        goldstein=1.0,
        quad=1,
        source=(BLINKEN if n % 2 else USA,),
        target=(RUS,),
        time=time,
        modality="asserted",
        evidence=Evidence(f"sentence {n}", 0, 10, "called", 0, 6, sentence),
        confidence=0.5 + n / 100,
        lang="en",
        places=(GENEVA,) if n == 3 else (),
    )
    return build_batch(article, [event])


def _hand_made() -> list[GraphBatch]:
    """One call reported five times over three batches: undated, then by month, then by day
    (refining the event), within one batch and across batches; a second, later call."""
    dec30, dec31 = date(2021, 12, 30), date(2021, 12, 31)
    first, second, third = GraphBatch(), GraphBatch(), GraphBatch()
    first.extend(_report(1, dec31, TimeSpan()))  # undated: the week before publication
    first.extend(_report(2, dec31, TimeSpan(date(2021, 12, 1), dec31, "month", "December")))
    second.extend(_report(3, date(2022, 1, 2), TimeSpan(dec30, dec30, "day", "Thursday")))
    second.extend(_report(4, date(2022, 1, 1), TimeSpan(dec30, dec30, "day", "Thursday")))
    third.extend(_report(5, date(2022, 1, 3), TimeSpan(dec30, dec30, "day", "30 December")))
    later = date(2022, 2, 12)
    third.extend(_report(6, later, TimeSpan(later, later, "day", "Saturday"), sentence=2))
    return [first, second, third]


def _synthetic() -> list[GraphBatch]:
    return [batch for batch, _ in batches(Corpus(1_200, seed=11), 200)]


def test_bulk_batches_merge_and_refine_as_the_normal_path(
    store: GraphStore, tmp_path: Path
) -> None:
    sequence = [*_hand_made(), *_synthetic()]
    for batch in sequence:
        store.write(copy.deepcopy(batch))  # merging edits the rows it keeps
    expected = dump(store)
    loader = BulkLoader(tmp_path, heap=HEAP)
    loader.check_empty()
    for batch in sequence:
        loader.write(batch)
    result = loader.finish()
    assert result.reports == sum(len(b.events) for b in sequence)
    server = _serve(tmp_path)
    try:
        with open_store(StoreSettings(data_dir=tmp_path)) as bulk_store:
            got = dump(bulk_store)
            calls = bulk_store.read(
                "MATCH (e:Event)-[:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH 'hand-' "
                "RETURN DISTINCT e.start AS start, e.precision AS precision, e.sources AS sources "
                "ORDER BY start"
            ).rows
    finally:
        server.stop()
    assert calls == (
        {"start": date(2021, 12, 30), "precision": "day", "sources": 5},
        {"start": date(2022, 2, 12), "precision": "day", "sources": 1},
    )
    assert got["nodes"] == expected["nodes"]
    assert got["relationships"] == expected["relationships"]


def test_bulk_failed_import_leaves_the_database_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = bulk_module.write_import_files

    def broken(graph: Any, folder: Path) -> dict[str, Any]:
        plan = write(graph, folder)
        with (folder / "SOURCE.jsonl").open("a", encoding="utf-8") as f:
            f.write(json.dumps({"_from": "ev:missing", "_to": "USA"}) + "\n")
        return plan

    monkeypatch.setattr(bulk_module, "write_import_files", broken)
    loader = BulkLoader(tmp_path, heap=HEAP)
    for batch in _hand_made():
        loader.write(batch)
    with pytest.raises(BulkLoadError, match=r"bulk import failed.*left empty"):
        loader.finish()
    server = _serve(tmp_path)
    try:
        with open_store(StoreSettings(data_dir=tmp_path)) as store:
            assert store.counts() == {}
        # and a bulk load into it works: the running server of an empty database is stopped
        monkeypatch.setattr(bulk_module, "write_import_files", write)
        retry = BulkLoader(tmp_path, heap=HEAP)
        retry.check_empty()
        assert server.status() is None
        for batch in _hand_made():
            retry.write(batch)
        assert retry.finish().counts["Event"] == 2
    finally:
        server.stop()
