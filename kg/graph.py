"""Events to graph rows: the pure step between extraction and the store.

:func:`build_batch` turns one article and its events into a :class:`GraphBatch` of node and
relationship rows for the model of ``schemas/graph.yaml``. Ids are deterministic, so writing the
same batch twice (``MERGE``) changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
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
    places: list[Row] = field(default_factory=list)
    at: list[Row] = field(default_factory=list)

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


Side = list[tuple[str, frozenset[str]]]  # (actor id, the state/IGO codes it stands for)


def dyad_pairs(source: Side, target: Side) -> list[str]:
    """The state/IGO pairs an event with these sides stands between, each as sorted codes
    ``"RUS|USA"``: two different actors on opposite sides, or, for an event with no target,
    two different actors of its source side (the participants of a meeting or call stored
    together). The rule of ``refresh_dyads.cypher``, which indexes stored events under their
    dyads (``(:Event)-[:BETWEEN]->(:Dyad)``); the bulk replay applies it in Python.

    >>> usa, rus = ("USA", frozenset({"USA"})), ("RUS", frozenset({"RUS"}))
    >>> sullivan = ("Q1", frozenset({"USA"}))
    >>> dyad_pairs([rus], [sullivan])
    ['RUS|USA']
    >>> dyad_pairs([usa, sullivan, rus], [])
    ['RUS|USA', 'USA|USA']
    >>> dyad_pairs([usa], [usa])  # the same actor on both sides is no pair
    []
    """
    if target:
        sides = [(x, y) for x in source for y in target]
    else:
        sides = [(x, y) for i, x in enumerate(source) for y in source[i + 1 :]]
    pairs: set[str] = set()
    for (x, x_codes), (y, y_codes) in sides:
        if x == y:
            continue
        for a in x_codes:
            for b in y_codes:
                pairs.add(f"{a}|{b}" if a <= b else f"{b}|{a}")
    return sorted(pairs)


def merge_key(event: Event) -> str:
    """What two reports must share to be one event: the type and the parties as states and
    organisations (both sides together for calls, meetings and negotiations, whose direction
    reports tell differently).

    >>> from kg.records import ActorRef, Evidence, TimeSpan
    >>> usa = ActorRef(id="USA", name="United States", kind="state", country="USA", code="USA")
    >>> rus = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")
    >>> ev = Evidence("t", 0, 1, "t", 0, 1, 0)
    >>> call = Event("e", "a", "call", "041", "CONSULT", "phone", 1.0, 1, (rus,), (usa,),
    ...              TimeSpan(), "asserted", ev, 0.9, "en")
    >>> merge_key(call)
    'call|RUS|USA'
    """

    def codes(actors: tuple[ActorRef, ...]) -> str:
        return ",".join(sorted({c for a in actors for c in a.codes}))

    if event.type in SYMMETRIC_TYPES:
        return f"{event.type}|{dyad_key(event)}"
    return f"{event.type}|{codes(event.source)}>{codes(event.target)}"


SYMMETRIC_TYPES = frozenset({"call", "meeting", "negotiation"})
PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "range": 3, "day": 4}
UNDATED_WINDOW = timedelta(days=7)


def time_window(event: Event, published: date | None) -> tuple[date | None, date | None]:
    """The days the event may have happened on: its own dates, or for an undated event the
    week up to the publication of the article reporting it (None: no way to tell)."""
    if event.time.start is not None:
        return event.time.start, event.time.end or event.time.start
    if published is None:
        return None, None
    return published - UNDATED_WINDOW, published


# Stored events are looked up by (key, month of `lo`) when their window is at most this long,
# so a lookup reads only the months a match can start in, not every event of a busy key
# ("statement|USA>") over all years, which would make loading quadratic in corpus size.
BUCKET_DAYS = 31


def time_bucket(key: str, lo: date | None, hi: date | None) -> str | None:
    """The lookup bucket of a stored event: its key and the month its window starts in, or
    its key and "wide" for a window longer than BUCKET_DAYS.

    >>> time_bucket("call|RUS|USA", date(2021, 12, 7), date(2021, 12, 7))
    'call|RUS|USA|2021-12'
    >>> time_bucket("call|RUS|USA", date(2021, 1, 1), date(2021, 12, 31))
    'call|RUS|USA|wide'
    """
    if lo is None or hi is None:
        return None
    if (hi - lo).days > BUCKET_DAYS:
        return f"{key}|wide"
    return f"{key}|{lo:%Y-%m}"


def candidate_buckets(key: str, lo: date, hi: date) -> list[str]:
    """Every bucket that can hold a stored event overlapping [lo, hi]: a narrow event that
    overlaps starts at most BUCKET_DAYS before lo, so the months from lo - BUCKET_DAYS to hi,
    and the key's wide bucket.

    >>> candidate_buckets("call|RUS|USA", date(2021, 12, 7), date(2021, 12, 7))
    ['call|RUS|USA|2021-11', 'call|RUS|USA|2021-12', 'call|RUS|USA|wide']
    """
    first = lo - timedelta(days=BUCKET_DAYS)
    year, month = first.year, first.month
    buckets = []
    while (year, month) <= (hi.year, hi.month):
        buckets.append(f"{key}|{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [*buckets, f"{key}|wide"]


def event_row(event: Event, published: date | None) -> Row:
    lo, hi = time_window(event, published)
    key = merge_key(event)
    ident = hashlib.sha1(f"{key}|{lo}|{hi}|{event.id}".encode()).hexdigest()[:16]
    return {
        "id": f"ev:{ident}",
        "key": key,
        "lo": lo,
        "hi": hi,
        "bucket": time_bucket(key, lo, hi),
        "rank": PRECISION_RANK[event.time.precision],
        "confidence": round(event.confidence, 3),
        "props": {
            "type": event.type,
            "cameo": event.cameo,
            "plover": event.plover_type,
            "plover_mode": event.plover_mode,
            "goldstein": event.goldstein,
            "quad": event.quad,
            "modality": event.modality,
            "dyad": dyad_key(event),
        },
        "time": {
            "start": event.time.start,
            "end": event.time.end,
            "precision": event.time.precision,
            "time_text": event.time.text,
        },
        "reported": published,
        "record": event.id,
        "article": event.article_id,
    }


def build_batch(article: Article, events: Iterable[Event]) -> GraphBatch:
    """Rows for one article and its events (reports of one event already merged)."""
    batch = GraphBatch(articles=[article_row(article)])
    seen_actors: set[str] = set()
    for event in events:
        row = event_row(event, article.published)
        graph_id = row["id"]
        batch.events.append(row)
        for side, rel_rows in ((event.source, batch.source), (event.target, batch.target)):
            for actor in side:
                rel_rows.append({"event": graph_id, "actor": actor.id})
                for actor_row in actor_rows(actor):
                    if actor_row["id"] not in seen_actors:
                        seen_actors.add(actor_row["id"])
                        batch.actors.append(actor_row)
                if actor.kind == "person" and (actor.code or actor.country):
                    batch.holds_role.append(
                        {
                            "person": actor.id,
                            "org": actor.code or actor.country,
                            "title": actor.role or "",
                            "role": actor.role or "",
                            "since": actor.role_since,
                            "until": actor.role_until,
                        }
                    )
        for place in event.places:
            batch.places.append({"id": place.id, "name": place.name, "country": place.country})
            batch.at.append({"event": graph_id, "place": place.id})
        for evidence in (event.evidence, *event.more_evidence):
            batch.reported_in.append(
                {
                    "event": graph_id,
                    "article": article.id,
                    "sentence": evidence.sentence,
                    "props": {
                        "start": evidence.start,
                        "end": evidence.end,
                        "trigger": evidence.trigger,
                        "text": evidence.text,
                        "modality": event.modality,
                        "confidence": round(event.confidence, 3),
                        "record_id": event.id,
                    },
                }
            )
    return merge_reports(batch)


def _overlap(a: Row, b: Row) -> bool:
    if a["lo"] is None or b["lo"] is None:
        return bool(a["id"] == b["id"])
    return bool(a["lo"] <= b["hi"] and b["lo"] <= a["hi"])


def merge_reports(batch: GraphBatch, known: dict[str, str] | None = None) -> GraphBatch:
    """Collapse the event rows of ``batch`` that are one event (same merge key, overlapping
    time windows) and map ids through ``known`` (incoming id -> id of an event already in the
    graph). The most precisely dated report gives the event its time."""
    mapping: dict[str, str] = dict(known or {})
    kept: list[Row] = []
    by_key: dict[str, list[Row]] = {}  # kept rows by merge key, in kept order
    for row in sorted(batch.events, key=lambda r: -int(r["rank"])):
        target_id = mapping.get(row["id"])
        if target_id is None:
            candidates = by_key.get(row["key"], ())
            same = next((k for k in candidates if _overlap(k, row)), None)
            if same is not None:
                mapping[row["id"]] = same["id"]
                same["confidence"] = max(same["confidence"], row["confidence"])
                if row["reported"] and (not same["reported"] or row["reported"] < same["reported"]):
                    same["reported"] = row["reported"]
                continue
        else:
            row = {**row, "id": target_id}
        kept.append(row)
        by_key.setdefault(row["key"], []).append(row)
    if not mapping:
        return batch

    def remap(rows: list[Row]) -> list[Row]:
        out, seen = [], set()
        for r in rows:
            r = {**r, "event": mapping.get(r["event"], r["event"])}
            marker = repr(sorted((k, str(v)) for k, v in r.items() if k != "props"))
            if marker not in seen:
                seen.add(marker)
                out.append(r)
        return out

    events: dict[str, Row] = {}
    for row in kept:
        events.setdefault(row["id"], row)
    return GraphBatch(
        articles=batch.articles,
        actors=batch.actors,
        events=list(events.values()),
        source=remap(batch.source),
        target=remap(batch.target),
        reported_in=remap(batch.reported_in),
        holds_role=batch.holds_role,
        places=batch.places,
        at=remap(batch.at),
    )


def compact(batch: GraphBatch) -> GraphBatch:
    """The batch with one actor row per (id, name) and one role row per (person, org, role).

    Batches join many articles, and :func:`build_batch` de-duplicates only within an article,
    so the same actor arrives once per article that names it (about 11 rows per distinct actor
    in a batch of 5,000 synthetic events). The result writes the same graph: later non-null
    properties win, as they do when the rows run one after another through ``coalesce``.

    >>> usa = {"id": "USA", "name": "United States", "props": {"kind": "state", "code": None}}
    >>> usa2 = {"id": "USA", "name": "United States", "props": {"kind": None, "code": "USA"}}
    >>> compact(GraphBatch(actors=[usa, usa2])).actors
    [{'id': 'USA', 'name': 'United States', 'props': {'kind': 'state', 'code': 'USA'}}]
    """
    actors: dict[tuple[str, str], Row] = {}
    for r in batch.actors:
        current = actors.get((r["id"], r["name"]))
        if current is None:
            actors[(r["id"], r["name"])] = {**r, "props": dict(r["props"])}
        else:
            current["props"].update({k: v for k, v in r["props"].items() if v is not None})
    roles: dict[tuple[str, str, str], Row] = {}
    for r in batch.holds_role:
        current = roles.get((r["person"], r["org"], r["role"]))
        if current is None:
            roles[(r["person"], r["org"], r["role"])] = dict(r)
        else:
            current["title"] = r["title"]
            current.update({k: r[k] for k in ("since", "until") if r[k] is not None})
    return dataclasses.replace(batch, actors=list(actors.values()), holds_role=list(roles.values()))
