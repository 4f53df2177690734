"""Helpers shared by the extraction tests: run the extractor on a few sentences of our own and
read the codes of the actors it found."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kg.extract import extract_article
from kg.records import ActorRef, Event
from loaders.article import Article

DEFAULT_THRESHOLD = 0.5  # what `kg extract` keeps unless told otherwise


def events_in(text: str, lang: str, published: date, min_confidence: float = 0.0) -> list[Event]:
    """Every event the extractor drafts from ``text``, down to ``min_confidence``."""
    return extract_article(
        Article(id="t", text=text, lang=lang, published=published), min_confidence
    )


def codes(actors: Iterable[ActorRef]) -> set[str]:
    """The state or organisation codes of ``actors``."""
    return {c for a in actors for c in a.codes}


def kept(events: Iterable[Event], type_: str) -> list[Event]:
    """The events of ``type_`` the default threshold keeps."""
    return [e for e in events if e.type == type_ and e.confidence >= DEFAULT_THRESHOLD]
