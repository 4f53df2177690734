"""Extraction in worker processes (``--workers N``): same results, same order, on N cores.

Extraction is pure and CPU-bound; articles and event records are plain frozen dataclasses, so
they travel between processes as they are. An article that fails in a worker comes back as an
error message for that article, never as a crash of the batch.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from kg.errors import ExtractionError, KGError
from kg.extract import ExtractResult, extract_article
from kg.records import Event
from loaders.article import Article

_CHUNK = 8


def _work(job: tuple[Article, float]) -> tuple[Article, tuple[Event, ...], str | None]:
    article, min_confidence = job
    try:
        return article, tuple(extract_article(article, min_confidence)), None
    except KGError as e:
        return article, (), str(e)
    except Exception as e:
        return article, (), f"internal error: {type(e).__name__}: {e}"


def extract_in_workers(
    articles: Iterable[Article], workers: int, min_confidence: float = 0.0
) -> Iterator[ExtractResult]:
    """Like :func:`kg.extract.extract_articles`, with ``workers`` processes (input order kept;
    memory bounded: at most a few chunks per worker are in flight)."""
    context = multiprocessing.get_context("spawn")
    jobs = ((a, min_confidence) for a in articles)
    with context.Pool(workers) as pool:
        while True:
            window = list(islice(jobs, workers * _CHUNK * 4))
            if not window:
                return
            for article, events, error in pool.imap(_work, window, chunksize=_CHUNK):
                if error is None:
                    yield ExtractResult(article, events, None)
                else:
                    yield ExtractResult(article, (), ExtractionError(article.id, error))
