"""Records that cross stage borders after extraction: actors, times, evidence, events.

All are frozen dataclasses. ``to_json`` gives the JSON shape of ``schemas/event.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["person", "state", "government", "organisation", "igo", "group"]
Precision = Literal["day", "month", "year", "range", "unknown"]
Modality = Literal["asserted", "planned", "conditional", "negated", "reported", "hypothetical"]

ACTOR_KINDS: tuple[str, ...] = ("person", "state", "government", "organisation", "igo", "group")
PRECISIONS: tuple[str, ...] = ("day", "month", "year", "range", "unknown")
MODALITIES: tuple[str, ...] = (
    "asserted",
    "planned",
    "conditional",
    "negated",
    "reported",
    "hypothetical",
)


_NO_CODES: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it takes part in one event.

    ``id`` is canonical across articles: the ISO3 code for a state, the acronym for an IGO,
    ``person:<wikidata id>`` for a known person, ``person:<ISO3>:<name key>`` for one found by a
    title pattern. ``country`` is the ISO3 of the state the actor acts for (None for IGOs);
    ``code`` the actor's own code (ISO3 for a state, acronym for an IGO).
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    role: str | None = None
    text: str = ""
    role_since: date | None = None
    role_until: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "code": self.code,
            "sector": self.sector,
            "wikidata": self.wikidata,
            "role": self.role,
            "role_since": self.role_since.isoformat() if self.role_since else None,
            "role_until": self.role_until.isoformat() if self.role_until else None,
            "text": self.text,
        }

    @property
    def codes(self) -> frozenset[str]:
        """The state/IGO codes this actor stands for (what a dyad is made of)."""
        # spelt out rather than a generator: asked thousands of times per article
        code, country = self.code, self.country
        if code and country:
            return frozenset((code, country))
        if code:
            return frozenset((code,))
        if country:
            return frozenset((country,))
        return _NO_CODES


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """Where an event happened: a city, province or site (``country`` is its ISO3)."""

    id: str  # "place:RUS:moscow"
    name: str  # the English name
    country: str | None
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "text": self.text}


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """When an event happened: ISO dates plus how precise they are.

    ``precision`` is ``unknown`` (and both dates None) when the text gives no date: an event is
    never silently dated by the publication date.
    """

    start: date | None = None
    end: date | None = None
    precision: Precision = "unknown"
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
        }


UNKNOWN_TIME = TimeSpan()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the text says so: the sentence, its offsets in the article text, the trigger."""

    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One typed event of one article with its participants, time, modality and evidence."""

    id: str
    article_id: str
    type: str
    cameo: str
    plover_type: str | None
    plover_mode: str | None
    goldstein: float
    quad: int
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    time: TimeSpan
    modality: Modality
    evidence: Evidence
    confidence: float
    lang: str
    more_evidence: tuple[Evidence, ...] = field(default=())
    places: tuple[PlaceRef, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "type": self.type,
            "cameo": self.cameo,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "goldstein": self.goldstein,
            "quad": self.quad,
            "source": [a.to_json() for a in self.source],
            "target": [a.to_json() for a in self.target],
            "time": self.time.to_json(),
            "modality": self.modality,
            "evidence": self.evidence.to_json(),
            "more_evidence": [e.to_json() for e in self.more_evidence],
            "places": [p.to_json() for p in self.places],
            "confidence": round(self.confidence, 3),
            "lang": self.lang,
        }
