"""Extraction in worker processes (``--workers N``): same results, same order, on N cores.

Extraction is pure and CPU-bound; articles and event records are plain frozen dataclasses, so
they travel between processes as they are. An article that fails in a worker comes back as an
error message for that article, never as a crash of the batch; a broken resource file (a
:class:`kg.errors.ResourceError`, which would fail every article) stops the run, as in the
serial path.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from kg.errors import ExtractionError, KGError, ResourceError
from kg.extract import ExtractResult, extract_article
from kg.records import Event
from loaders.article import Article

_CHUNK = 8
_START_METHOD = "spawn"

# What a worker sends back for one article: its events, or the error message, or the
# (resource, reason) of a broken resource file (exceptions with their own __init__ do not
# survive pickling, so errors travel as text).
_Outcome = tuple[Article, tuple[Event, ...], str | None, tuple[str, str] | None]


def _work(job: tuple[Article, float]) -> _Outcome:
    article, min_confidence = job
    try:
        return article, tuple(extract_article(article, min_confidence)), None, None
    except ResourceError as e:
        return article, (), str(e), (e.resource, e.reason)
    except KGError as e:
        return article, (), str(e), None
    except Exception as e:
        return article, (), f"internal error: {type(e).__name__}: {e}", None


def extract_in_workers(
    articles: Iterable[Article], workers: int, min_confidence: float = 0.0
) -> Iterator[ExtractResult]:
    """Like :func:`kg.extract.extract_articles`, with ``workers`` processes (input order kept;
    memory bounded: at most a few chunks per worker are in flight). Raises
    :class:`kg.errors.ResourceError` when a resource file shipped with kg is broken."""
    context = multiprocessing.get_context(_START_METHOD)
    jobs = ((a, min_confidence) for a in articles)
    with context.Pool(workers) as pool:
        while True:
            window = list(islice(jobs, workers * _CHUNK * 4))
            if not window:
                return
            for article, events, error, resource in pool.imap(_work, window, chunksize=_CHUNK):
                if resource is not None:
                    raise ResourceError(*resource)
                if error is None:
                    yield ExtractResult(article, events, None)
                else:
                    yield ExtractResult(article, (), ExtractionError(article.id, error))
