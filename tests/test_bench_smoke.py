"""Each benchmark of bench/ runs end to end at a toy size and prints its figures.

Speed is not asserted here (these machines are noisy); the benchmarks themselves print rates
and ratios when run on demand with ``python -m bench.NAME``. The graph benchmarks run on the
session's embedded server (``--reuse-server``, which empties its graph first) instead of
starting fresh servers of their own, to keep this quick; only the bulk path, which needs a
database to itself, imports into a temporary folder of its own and starts a server there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bench import extract_speed, graph_load, load_variants, queries
from kg.store.queries import cypher

NUMBER = r"[0-9][0-9,]*(\.[0-9]+)?"

CASES: list[tuple[str, Callable[[list[str] | None], int], list[str], list[str]]] = [
    (
        "graph_load",
        graph_load.main,
        ["--events", "150", "--batch", "50", "--heap", "256m"],
        [
            rf"baseline: bare CREATE of event rows\s+{NUMBER}\s+1\.00",
            rf"kg first load \(GraphStore.write\)\s+{NUMBER}\s+{NUMBER}",
            rf"kg idempotent reload\s+{NUMBER}",
            rf"first load, after 150 events\s+{NUMBER}",
        ],
    ),
    (
        "graph_load_bulk",
        graph_load.main,
        ["--events", "150", "--batch", "50", "--heap", "256m", "--bulk", "--no-reload"],
        [
            rf"kg load --bulk \(replay, files, import\)\s+{NUMBER}\s+{NUMBER}",
            rf"kg load --bulk, until a query answers\s+{NUMBER}\s+{NUMBER}",
            r"bulk load counts equal the normal load's",
            rf"bulk loader, holding the graph\s+{NUMBER}",
            rf"bulk import process peak \(JVM\)\s+{NUMBER}",
        ],
    ),
    (
        "queries",
        queries.main,
        [
            "--events",
            "300",
            "--batch",
            "150",
            "--runs",
            "3",
            "--warmup",
            "1",
            "--heap",
            "256m",
            "--only",
            "dyad_timeline,top_dyads,event_evidence",
            "--rewrites",
            "--plans",
        ],
        [
            rf"RETURN 1 \(baseline\)\s+\d+\s+{NUMBER}",
            rf"dyad_timeline\s+\d+\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}",
            rf"top_dyads\s+\d+\s+{NUMBER}",
            r"top_dyads\s+\d+\s+[0-9.,]+\s+[0-9.,]+\s+[0-9.,]+\s+(\d+)/\1\b",
            r"PROFILE dyad_timeline \{",
        ],
    ),
    (
        "extract_speed",
        extract_speed.main,
        ["--repeat", "1", "--rounds", "1", "--memory-unit", "6"],
        [
            rf"baseline: build_document \(tokenised\)\s+{NUMBER}\s+{NUMBER}",
            rf"look-up floor: \+ actor and trigger look-up\s+{NUMBER}\s+{NUMBER}",
            rf"extract_article\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}",
            r"sentences with a trigger candidate: \d+%",
            rf"10x \(60 articles\)\s+{NUMBER}",
        ],
    ),
    (
        "load_variants",
        load_variants.main,
        ["--events", "200", "--batch", "100", "--variants", "bare,kg,fixed,bulk", "--heap", "256m"],
        [
            rf"bare CREATE \(baseline\)\s+{NUMBER}",
            rf"bulk\s+{NUMBER}\s+{NUMBER}",
            r"every variant built the same graph",
        ],
    ),
]


@pytest.mark.parametrize(("name", "main", "argv", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bench_smoke_prints_figures(
    name: str,
    main: Callable[[list[str] | None], int],
    argv: list[str],
    expected: list[str],
    db_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a "rewrite" identical to the library's top_dyads exercises the --rewrites comparison
    (tmp_path / "top_dyads.cypher").write_text(cypher("top_dyads"), encoding="utf-8")
    monkeypatch.setattr(queries, "REWRITES", tmp_path)
    if name != "extract_speed":
        argv = [*argv, "--reuse-server", str(db_dir)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    for pattern in expected:
        assert re.search(pattern, out), f"{name}: no line matching {pattern!r} in:\n{out}"
