"""Helpers shared by the extraction tests: run the extractor on a few sentences of our own and
read the codes of the actors it found, or on a folder of scored articles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

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


def has_sides(events: Iterable[Event], source: set[str], target: set[str]) -> bool:
    """Does one of ``events`` have exactly these source and target codes?"""
    return any(codes(e.source) == source and codes(e.target) == target for e in events)


def kept(events: Iterable[Event], type_: str) -> list[Event]:
    """The events of ``type_`` the default threshold keeps."""
    return [e for e in events if e.type == type_ and e.confidence >= DEFAULT_THRESHOLD]


def folder_predictions(folder: Path) -> dict[str, list[dict[str, object]]]:
    """``kg extract``'s records (default threshold) for every article file of an evaluation
    folder (``NNN.json`` beside ``NNN.gold.json``; the seed's ``gold.json``), by article id:
    what ``kg.evaluate.score`` takes."""
    grouped: dict[str, list[dict[str, object]]] = {}
    for path in sorted(folder.glob("*.json")):
        if "gold" in path.name:
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = Article(
            id=raw["id"],
            text=raw["text"],
            lang=raw.get("lang"),
            published=date.fromisoformat(raw["published"]) if raw.get("published") else None,
            outlet=raw.get("source"),
        )
        records = extract_article(article, min_confidence=DEFAULT_THRESHOLD)
        grouped[article.id] = [e.to_json() for e in records]
    return grouped
