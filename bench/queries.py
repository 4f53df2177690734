"""Latency of the query library on a synthetic graph, against a ``RETURN 1`` round trip.

``python -m bench.queries [--events 100000] [--graph DIR] [--runs 100] [--plans]``

The graph is the synthetic corpus of :mod:`bench.synthetic`, loaded through the normal write
path into a fresh embedded server (or, with ``--graph DIR``, the graph that
``python -m bench.graph_load --keep DIR`` kept, which saves the load). Every named query of
``kg/store/cypher/`` that reads (not the ``write_*`` and loader statements) is run with
parameters drawn at random from the corpus's actors, dyads and dates: the dyad timeline over
``--runs`` random dyads, top dyads and the network over one year, and so on. Each query first
runs a few times unmeasured (the server compiles and warms its caches), then its p50 and p95
are printed with the ratio of the p50 to the p50 of ``RETURN 1`` measured in the same run
through the same client path (session, read transaction, conversion of the rows).

Targets (issue 4): dyad timeline p50 < 20 ms, top dyads over a year < 200 ms. ``--plans``
prints the PROFILE of those two queries. ``--rewrites`` also times the proposed rewrites in
``bench/rewrites/NAME.cypher`` against the library's NAME, interleaved on the same parameters,
and checks that both return the same rows.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench._util import (
    Fresh,
    add_reuse_option,
    existing_server,
    fresh_server,
    heap_for,
    percentile,
    table,
)
from bench.synthetic import DAYS, FIRST_DAY, TYPE_MIX, Corpus
from kg.store import GraphStore
from kg.store.queries import cypher, query_names

TARGET_MS = {"dyad_timeline": 20.0, "top_dyads": 200.0}
NOT_READ_QUERIES = ("write_", "match_events", "refresh_events")
REWRITES = Path(__file__).parent / "rewrites"
PARAM = re.compile(r"^//\s*@param\s+(\w+):(\w+)\s+(\S+)")
Params = dict[str, Any]


@dataclass(frozen=True)
class QuerySpec:
    name: str
    declared: dict[str, Any]  # parameter -> default (None when null or required)


def library() -> list[QuerySpec]:
    """The read queries of kg/store/cypher with their declared parameters."""
    try:  # the library's own rule (kg.api), else: everything but the loader's statements
        from kg.api import library_names

        names: tuple[str, ...] = library_names()
    except ImportError:
        names = tuple(n for n in query_names() if not n.startswith(NOT_READ_QUERIES))
    out = []
    for name in names:
        declared: dict[str, Any] = {}
        for line in cypher(name).splitlines():
            m = PARAM.match(line)
            if m:
                pname, ptype, default = m.groups()
                declared[pname] = _default(ptype, default)
        out.append(QuerySpec(name, declared))
    return out


def _default(ptype: str, text: str) -> Any:
    if text in ("null", "required"):
        return None
    if ptype == "int":
        return int(text)
    return text.strip('"')


class ParamMaker:
    """Random but reproducible parameters drawn from the corpus."""

    def __init__(self, corpus: Corpus, event_ids: list[str], seed: int) -> None:
        self.rng = random.Random(seed)
        self.dyads = corpus.population.dyads(200)
        self.states = [s.id for s in corpus.population.states]
        self.weights = list(corpus.population.state_weights)
        self.event_ids = event_ids or ["none"]
        self.types = [t for t, _ in TYPE_MIX]

    def year(self) -> tuple[str, str]:
        y = FIRST_DAY.year + self.rng.randrange(DAYS // 366)
        return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()

    def params(self, spec: QuerySpec) -> Params:
        p: Params = dict(spec.declared)
        a, b = self.rng.choice(self.dyads)
        year_from, year_to = self.year()
        values: Params = {
            "a": a,
            "b": b,
            "actor": self.rng.choices(self.states, self.weights)[0],
            "date": (FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))).isoformat(),
            "event_id": self.rng.choice(self.event_ids),
            "type": self.rng.choice(self.types),
        }
        for name in p:
            if name in values:
                p[name] = values[name]
        # period queries over one year (the "top dyads over a year"); timelines whole
        if spec.name in ("top_dyads", "network", "network_edges", "events_of_type"):
            p["from"], p["to"] = year_from, year_to
        if spec.name == "actors":
            p["actor"] = None
        return p


@dataclass
class Timing:
    name: str
    runs: list[float]
    rows: int
    error: str | None = None

    @property
    def p50(self) -> float:
        return percentile(self.runs, 0.5) if self.runs else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.runs, 0.95) if self.runs else float("nan")


def measure(
    store: GraphStore,
    name: str,
    text: str,
    make: Callable[[], Params],
    runs: int,
    warmup: int,
    budget_s: float,
) -> Timing:
    """``runs`` timed executions (fewer if ``budget_s`` runs out, at least 3), after
    ``warmup`` untimed ones."""
    times: list[float] = []
    rows = 0
    try:
        for _ in range(warmup):
            store.read(text, make())
        started = time.perf_counter()
        for i in range(runs):
            params = make()
            t0 = time.perf_counter()
            result = store.read(text, params)
            times.append((time.perf_counter() - t0) * 1000.0)
            rows += len(result)
            if i >= 2 and time.perf_counter() - started > budget_s:
                break
    except Exception as e:  # a query failing on the server is reported, not fatal
        return Timing(name, times, rows, f"{type(e).__name__}: {e}"[:90])
    return Timing(name, times, rows)


@contextlib.contextmanager
def graph(args: argparse.Namespace, corpus: Corpus) -> Iterator[Fresh]:
    """The graph to query: kept by bench.graph_load, or loaded here into a fresh server."""
    heap = args.heap or heap_for(args.events)
    if args.graph:
        with existing_server(args.graph, heap) as fresh:
            yield fresh
        return
    from bench.graph_load import load

    with fresh_server(heap, reuse=args.reuse_server) as fresh:
        print(f"loading {args.events:,} events ...", flush=True)
        result = load(fresh.store, corpus, args.batch)
        print(f"loaded at {result.rate:,.0f} events/s", flush=True)
        yield fresh


def _same(a: Any, b: Any) -> bool:
    """Equal rows, floats compared to 9 significant digits (summation order differs)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def compare_rewrites(
    store: GraphStore, maker: ParamMaker, specs: dict[str, QuerySpec], runs: int, warmup: int
) -> list[list[object]]:
    """Original and proposed rewrite, alternately on the same parameters."""
    out: list[list[object]] = []
    for path in sorted(REWRITES.glob("*.cypher")):
        name = path.stem
        if name not in specs:
            continue
        original, rewrite = cypher(name), path.read_text(encoding="utf-8")
        for _ in range(warmup):
            params = maker.params(specs[name])
            store.read(original, params)
            store.read(rewrite, params)
        t_orig: list[float] = []
        t_new: list[float] = []
        same = 0
        for _ in range(runs):
            params = maker.params(specs[name])
            t0 = time.perf_counter()
            first = store.read(original, params)
            t1 = time.perf_counter()
            second = store.read(rewrite, params)
            t2 = time.perf_counter()
            t_orig.append((t1 - t0) * 1000.0)
            t_new.append((t2 - t1) * 1000.0)
            same += _same(list(first.rows), list(second.rows))
        p50_orig, p50_new = percentile(t_orig, 0.5), percentile(t_new, 0.5)
        out.append([name, runs, p50_orig, p50_new, p50_orig / p50_new, f"{same}/{runs}"])
    return out


def plans(fresh: Fresh, maker: ParamMaker, specs: dict[str, QuerySpec]) -> str:
    """PROFILE of the dyad timeline and top dyads queries, as the server reports it."""
    out = []
    for name in ("dyad_timeline", "top_dyads"):
        if name not in specs:
            continue
        params = maker.params(specs[name])
        plan = fresh.store.profile(cypher(name), params)
        out.append(f"\nPROFILE {name} {params}:\n{_plan_text(plan)}")
    return "\n".join(out)


def _plan_text(plan: Any, depth: int = 0) -> str:
    if plan is None:
        return "  (the server returned no plan)"
    if isinstance(plan, dict):
        args = plan.get("args", {})
        if "string-representation" in args:  # ArcadeDB sends its whole profile as one text
            return str(args["string-representation"])
        head = f"{'  ' * depth}{plan.get('operatorType', '?')}"
        extra = {k: args[k] for k in ("Details", "EstimatedRows", "Rows", "DbHits") if k in args}
        if "rows" in plan:
            extra["rows"] = plan["rows"]
        if "dbHits" in plan:
            extra["dbHits"] = plan["dbHits"]
        lines = [f"{head} {extra}" if extra else head]
        lines += [_plan_text(c, depth + 1) for c in plan.get("children", [])]
        return "\n".join(lines)
    return str(plan)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.queries", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--events", type=int, default=100_000, help="corpus size to load")
    parser.add_argument("--graph", type=Path, default=None, help="a graph kept by graph_load")
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=100, help="timed runs per query")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per query first")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds at most per query")
    parser.add_argument("--only", default=None, help="comma-separated query names")
    parser.add_argument("--heap", default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plans", action="store_true", help="print PROFILE of the two targets")
    parser.add_argument(
        "--rewrites", action="store_true", help="time the proposed rewrites in bench/rewrites"
    )
    add_reuse_option(parser)
    args = parser.parse_args(argv)
    corpus = Corpus(args.events, args.seed)
    specs = {s.name: s for s in library()}
    if args.only:
        specs = {k: v for k, v in specs.items() if k in args.only.split(",")}
    with graph(args, corpus) as fresh:
        store = fresh.store
        sample = store.read("MATCH (e:Event) RETURN e.id AS id LIMIT 500")
        maker = ParamMaker(corpus, [str(r["id"]) for r in sample], args.seed)
        counts = store.counts()
        base = measure(
            store, "RETURN 1", "RETURN 1", dict, max(args.runs, 200), args.warmup, args.budget
        )
        first = ["dyad_timeline", "top_dyads"]
        order = [*first, *sorted(set(specs) - set(first))]
        timings = []
        for name in order:
            if name not in specs:
                continue
            spec = specs[name]
            runs = args.runs if name == "dyad_timeline" else max(3, args.runs // 5)
            timings.append(
                measure(
                    store,
                    name,
                    cypher(name),
                    lambda spec=spec: maker.params(spec),  # type: ignore[misc]
                    runs,
                    args.warmup,
                    args.budget,
                )
            )
            print(f"  {name}: {timings[-1].p50:,.1f} ms p50", flush=True)
        plan_text = plans(fresh, maker, specs) if args.plans else ""
        rewrites = (
            compare_rewrites(store, maker, specs, max(5, args.runs // 4), args.warmup)
            if args.rewrites
            else []
        )
    events = counts.get("node:Event", 0)
    print(
        f"\ngraph: {events:,} Event nodes, {counts.get('node:Actor', 0):,} actors, "
        f"{sum(v for k, v in counts.items() if k.startswith('relationship:')):,} relationships"
    )
    rows: list[list[object]] = [
        ["RETURN 1 (baseline)", len(base.runs), base.p50, base.p95, 1.0, 0, ""]
    ]
    for t in timings:
        target = TARGET_MS.get(t.name)
        verdict = ""
        if t.error:
            verdict = "ERROR " + t.error
        elif target is not None:
            verdict = f"< {target:.0f} ms: {'met' if t.p50 < target else 'NOT met'}"
        rows.append(
            [
                t.name,
                len(t.runs),
                t.p50,
                t.p95,
                t.p50 / base.p50 if t.runs else float("nan"),
                t.rows // max(1, len(t.runs)),
                verdict,
            ]
        )
    print(
        table(["query", "runs", "p50 ms", "p95 ms", "p50 / RETURN 1", "rows/run", "target"], rows)
    )
    if rewrites:
        print("\nproposed rewrites (bench/rewrites), timed alternately with the original:")
        print(
            table(
                ["query", "runs", "original p50 ms", "rewrite p50 ms", "speed-up", "same rows"],
                rewrites,
            )
        )
    if plan_text:
        print(plan_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
