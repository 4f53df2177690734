"""Events to graph rows: the pure step between extraction and the store.

:func:`build_batch` turns one article and its events into a :class:`GraphBatch` of node and
relationship rows for the model of ``schemas/graph.yaml``. Ids are deterministic, so writing the
same batch twice (``MERGE``) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.records import ActorRef, Event
from kg.resources.actors import load_gazetteer
from loaders.article import Article

Row = dict[str, Any]


@dataclass(slots=True)
class GraphBatch:
    """Rows to write in one transaction, grouped by node label and relationship type."""

    articles: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    source: list[Row] = field(default_factory=list)
    target: list[Row] = field(default_factory=list)
    reported_in: list[Row] = field(default_factory=list)
    holds_role: list[Row] = field(default_factory=list)

    def extend(self, other: GraphBatch) -> None:
        for name in self.__slots__:
            getattr(self, name).extend(getattr(other, name))

    def __len__(self) -> int:
        return sum(len(getattr(self, name)) for name in self.__slots__)


def article_row(article: Article) -> Row:
    return {
        "id": article.id,
        "props": {
            "url": article.url,
            "title": article.title,
            "published": article.published,
            "lang": article.lang,
            "outlet": article.outlet,
        },
    }


def actor_rows(actor: ActorRef) -> list[Row]:
    """The actor's node row, plus the state or organisation it acts for when that differs
    (so "all US actions" reaches a person through HOLDS_ROLE)."""
    rows = [
        {
            "id": actor.id,
            "name": actor.name,
            "props": {
                "kind": actor.kind,
                "country": actor.country,
                "code": actor.code,
                "sector": actor.sector,
                "wikidata": actor.wikidata,
            },
        }
    ]
    principal = actor.code if actor.kind == "person" and actor.code else actor.country
    if principal and principal != actor.id:
        gazetteer = load_gazetteer()
        kind = gazetteer.kind_of(principal)
        rows.append(
            {
                "id": principal,
                "name": gazetteer.name_of(principal),
                "props": {
                    "kind": kind,
                    "country": principal if kind == "state" else None,
                    "code": principal,
                },
            }
        )
    return rows


def dyad_key(event: Event) -> str:
    """The sorted codes of every participant: ``"RUS|USA"``."""
    codes: set[str] = set()
    for actor in (*event.source, *event.target):
        codes |= actor.codes
    return "|".join(sorted(codes))


def event_row(event: Event, published: date | None) -> Row:
    return {
        "id": event.id,
        "props": {
            "type": event.type,
            "cameo": event.cameo,
            "plover": event.plover_type,
            "plover_mode": event.plover_mode,
            "goldstein": event.goldstein,
            "quad": event.quad,
            "start": event.time.start,
            "end": event.time.end,
            "precision": event.time.precision,
            "time_text": event.time.text,
            "modality": event.modality,
            "confidence": round(event.confidence, 3),
            "dyad": dyad_key(event),
        },
        "reported": published,
    }


def build_batch(article: Article, events: Iterable[Event]) -> GraphBatch:
    """Rows for one article and its events."""
    batch = GraphBatch(articles=[article_row(article)])
    seen_actors: set[str] = set()
    for event in events:
        batch.events.append(event_row(event, article.published))
        for side, rel_rows in ((event.source, batch.source), (event.target, batch.target)):
            for actor in side:
                rel_rows.append({"event": event.id, "actor": actor.id})
                for row in actor_rows(actor):
                    if row["id"] not in seen_actors:
                        seen_actors.add(row["id"])
                        batch.actors.append(row)
                if actor.kind == "person" and (actor.code or actor.country):
                    batch.holds_role.append(
                        {
                            "person": actor.id,
                            "org": actor.code or actor.country,
                            "title": actor.role or "",
                            "role": actor.role or "",
                        }
                    )
        for evidence in (event.evidence, *event.more_evidence):
            batch.reported_in.append(
                {
                    "event": event.id,
                    "article": article.id,
                    "sentence": evidence.sentence,
                    "props": {
                        "start": evidence.start,
                        "end": evidence.end,
                        "trigger": evidence.trigger,
                        "text": evidence.text,
                        "modality": event.modality,
                        "confidence": round(event.confidence, 3),
                    },
                }
            )
    return batch
