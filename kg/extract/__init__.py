"""Extraction: articles to typed diplomatic events (pure functions, no I/O).

>>> from loaders.article import Article
>>> from datetime import date
>>> text = ("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi "
...         "in Beijing on Thursday.")
>>> events = extract_article(Article(id="doc", lang="en", published=date(2024, 3, 1), text=text))
>>> [(e.type, sorted(e.source[0].codes), e.time.start.isoformat()) for e in events]
[('meeting', ['RUS'], '2024-02-29')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from kg.errors import ExtractionError, KGError, ResourceError
from kg.records import ActorRef, Event
from kg.text.document import build_document
from loaders.article import Article

SUPPORTED_LANGUAGES = ("ar", "en")


@cache
def _extractor(lang: str) -> object:
    from kg.extract.events import EventExtractor

    return EventExtractor(lang)


def extract_article(article: Article, min_confidence: float = 0.0) -> list[Event]:
    """The events of one article, most confident first within each sentence order.

    Raises :class:`ExtractionError` for an article that cannot be processed (unsupported
    language, text that is not text).
    """
    doc = build_document(article)
    if doc.lang not in SUPPORTED_LANGUAGES:
        raise ExtractionError(
            article.id,
            f"language {doc.lang!r} is not supported (kg reads {', '.join(SUPPORTED_LANGUAGES)})",
        )
    extractor = _extractor(doc.lang)
    events: list[Event] = extractor.extract(doc)  # type: ignore[attr-defined]
    return [e for e in events if e.confidence >= min_confidence]


def actors_named(text: str, lang: str) -> list[ActorRef]:
    """The actors the gazetteer and title patterns find in ``text``, in order.

    >>> [sorted(a.codes) for a in actors_named("Iran's foreign minister and the U.N.", "en")]
    [['IRN'], ['UN']]
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ExtractionError("text", f"language {lang!r} is not supported")
    doc = build_document(Article(id="text", text=text, lang=lang))
    finder = _extractor(lang).mentions  # type: ignore[attr-defined]
    return [m.actor for s in doc.sentences for m in finder.find(s.tokens, None)]


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """The outcome for one article of a batch: its events, or the error that stopped it."""

    article: Article
    events: tuple[Event, ...]
    error: KGError | None = None


def extract_articles(
    articles: Iterable[Article], min_confidence: float = 0.0
) -> Iterator[ExtractResult]:
    """Extract a stream of articles; an article that fails is reported, never the batch.

    A :class:`kg.errors.ResourceError` (a lexicon, gazetteer or schema file shipped with kg is
    missing or broken) is not the article's fault and would fail every article: it is raised
    and stops the run.
    """
    for article in articles:
        try:
            events = extract_article(article, min_confidence)
        except ResourceError:
            raise
        except KGError as e:
            yield ExtractResult(article, (), e)
        except Exception as e:
            error = ExtractionError(article.id, f"internal error: {type(e).__name__}: {e}")
            error.__cause__ = e
            yield ExtractResult(article, (), error)
        else:
            yield ExtractResult(article, tuple(events), None)
