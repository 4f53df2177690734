"""Extraction speed on one core, against the same corpus merely tokenised.

``python -m bench.extract_speed [--corpus DIR] [--repeat N] [--profile]``

The corpus is the sample articles of :func:`kg.samples.sample_paths` (default) or the article
JSON files of ``--corpus DIR`` (``*.gold.json`` left out), read once with the loaders and then
streamed ``--repeat`` times (each repetition with fresh article ids). In one process, on one
core, the bench times:

- the baseline: :func:`kg.text.document.build_document` (fold, strip boilerplate, split into
  sentences and tokens: the corpus "merely tokenised"),
- the look-up floor: the same, plus only the look-ups every sentence needs before any rule can
  run (actor and trigger look-up: :meth:`MentionFinder.find` and the trigger lexicon's ``find``),
- :func:`kg.extract.extract_article` (the same, plus mentions, dates, triggers, roles,
  modality),

and prints articles/s, words/s (whitespace-separated words of the article text), the rate in
"articles of 500 words" per second (issue 3's target: >= 500), and the ratio of extraction time
to tokenising time. Memory: the stream is extracted once at 1x and once at 10x the corpus
under tracemalloc (after a warm-up pass that builds the lexicons), and the two peaks should be
about equal. It also prints the share of sentences with at least one trigger candidate: a cheap
pass that skips sentences with no trigger can save at most the rest. ``--profile`` prints the
cProfile hot spots of extraction.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import io
import os
import pstats
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from bench._util import table
from kg.extract import extract_article
from kg.extract.events import EventExtractor
from kg.samples import sample_paths
from kg.text.document import build_document
from loaders import ReadOptions, iter_articles
from loaders.article import Article

TARGET_ARTICLES_PER_S = 500
TARGET_WORDS = 500
MEMORY_UNIT_ARTICLES = 50


def corpus_paths(corpus: Path | None) -> list[str]:
    """Article files: the package samples, or the *.json (not *.gold.json) files of a folder."""
    if corpus is None:
        return sample_paths()
    paths = sorted(str(p) for p in corpus.rglob("*.json") if not p.name.endswith(".gold.json"))
    if not paths:
        raise SystemExit(f"no article JSON files in {corpus}")
    return paths


def read_corpus(paths: list[str]) -> list[Article]:
    return list(iter_articles(paths, ReadOptions()))


def stream(articles: list[Article], repeat: int) -> Iterator[Article]:
    """The corpus ``repeat`` times over, each repetition with its own article ids."""
    for rep in range(repeat):
        for a in articles:
            yield dataclasses.replace(a, id=f"{a.id}#{rep}")


def run(step: Callable[[Article], object], articles: Iterator[Article]) -> tuple[int, float]:
    """Apply ``step`` to every article (keeping nothing); return (articles, seconds)."""
    n = 0
    t0 = time.perf_counter()
    for article in articles:
        step(article)
        n += 1
    return n, time.perf_counter() - t0


def events_of(article: Article) -> int:
    return len(extract_article(article))


class LookUpFloor:
    """Tokenise, then look up actors and triggers in every sentence, and nothing more.

    This is the least any rule-based extractor of this design does per sentence, so its rate is
    the ceiling for extraction in this implementation.
    """

    def __init__(self) -> None:
        self._extractors: dict[str, EventExtractor] = {}
        self.sentences = 0
        self.with_trigger = 0

    def __call__(self, article: Article) -> int:
        doc = build_document(article)
        extractor = self._extractors.get(doc.lang)
        if extractor is None:
            extractor = self._extractors[doc.lang] = EventExtractor(doc.lang)
        found = 0
        for sentence in doc.sentences:
            found += len(extractor.mentions.find(sentence.tokens, doc.article.published))
            hits = extractor.triggers.find(sentence.tokens)
            self.sentences += 1
            self.with_trigger += bool(hits)
            found += len(hits)
        return found


def peak_traced_mb(step: Callable[[Article], object], articles: Iterator[Article]) -> float:
    """Peak of Python allocations while streaming ``articles`` through ``step``."""
    gc.collect()
    tracemalloc.reset_peak()
    run(step, articles)
    _, peak = tracemalloc.get_traced_memory()
    return peak / 2**20


def profile_text(articles: list[Article], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    run(events_of, iter(articles))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extract_speed", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--corpus", type=Path, default=None, help="folder of article JSON files")
    parser.add_argument("--repeat", type=int, default=None, help="passes over the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (best is kept)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc check")
    parser.add_argument(
        "--memory-unit",
        type=int,
        default=MEMORY_UNIT_ARTICLES,
        help="articles (at least) in the 1x stream of the memory check",
    )
    parser.add_argument("--profile", action="store_true", help="print cProfile hot spots")
    parser.add_argument("--top", type=int, default=25, help="hot spots to print")
    parser.add_argument("--cpu", type=int, default=None, help="pin the process to this CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    base = read_corpus(corpus_paths(args.corpus))
    if not base:
        raise SystemExit("the corpus is empty")
    repeat = args.repeat or max(1, 400 // len(base))
    words = sum(len(a.text.split()) for a in base) * repeat
    n_articles = len(base) * repeat

    run(events_of, iter(base))  # warm-up: lexicons, automata, caches
    events = sum(events_of(a) for a in base) * repeat
    floor = LookUpFloor()
    best_tok = best_floor = best_ext = float("inf")
    for _ in range(max(1, args.rounds)):  # interleaved, so all see the same machine load
        _, t_tok = run(build_document, stream(base, repeat))
        _, t_floor = run(floor, stream(base, repeat))
        _, t_ext = run(events_of, stream(base, repeat))
        best_tok, best_ext = min(best_tok, t_tok), min(best_ext, t_ext)
        best_floor = min(best_floor, t_floor)

    def rates(seconds: float) -> list[object]:
        return [n_articles / seconds, words / seconds, words / seconds / TARGET_WORDS]

    rows: list[list[object]] = [
        ["baseline: build_document (tokenised)", *rates(best_tok), 1.0],
        ["look-up floor: + actor and trigger look-up", *rates(best_floor), best_floor / best_tok],
        ["extract_article", *rates(best_ext), best_ext / best_tok],
    ]
    print(
        f"corpus: {len(base)} articles x {repeat} = {n_articles:,} articles, {words:,} words "
        f"({words / n_articles:,.0f} words/article), {events:,} events; "
        f"best of {max(1, args.rounds)} rounds, one process"
    )
    print(
        table(
            ["step", "articles/s", "words/s", "500-word articles/s", "time / tokenising"],
            rows,
        )
    )
    rate500 = words / best_ext / TARGET_WORDS
    verdict = "met" if rate500 >= TARGET_ARTICLES_PER_S else "NOT met"
    print(
        f"target >= {TARGET_ARTICLES_PER_S} articles of ~{TARGET_WORDS} words/s: {verdict} "
        f"({rate500:,.0f}); extraction costs {best_ext / best_tok:,.1f}x tokenising"
    )
    print(
        f"sentences with a trigger candidate: {floor.with_trigger / max(1, floor.sentences):.0%} "
        f"(a pass that skips the others saves at most the rest of the rule time)"
    )

    if not args.no_memory:
        unit = max(1, -(-args.memory_unit // len(base)))  # passes making "1x"
        tracemalloc.start()
        try:
            one = peak_traced_mb(events_of, stream(base, unit))
            ten = peak_traced_mb(events_of, stream(base, 10 * unit))
        finally:
            tracemalloc.stop()
        print(
            table(
                ["streamed through extract_article", "peak traced MB"],
                [
                    [f"1x ({unit * len(base):,} articles)", one],
                    [f"10x ({10 * unit * len(base):,} articles)", ten],
                    ["difference 10x - 1x (MB)", ten - one],
                ],
            )
        )
    if args.profile:
        print(profile_text(list(stream(base, max(1, repeat // 4))), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
