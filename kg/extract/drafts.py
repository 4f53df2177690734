"""An event found in one sentence, before the mentions of one event in an article are merged
(:mod:`kg.extract.events` makes drafts, :mod:`kg.extract.merging` merges them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.triggers import TriggerHit
from kg.records import ActorRef, Modality, PlaceRef, TimeSpan
from kg.text.document import Sentence


@dataclass(frozen=True, slots=True)
class Draft:
    """An event found in one sentence, before merging."""

    hit: TriggerHit
    sentence: Sentence
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    time: TimeSpan
    modality: Modality
    confidence: float
    supported: bool = True
    places: tuple[PlaceRef, ...] = ()
    explicit: bool = True  # the source is named in the sentence (not the topic)


# Types whose parties may be told in either order (A met B = B met A).
SYMMETRIC_TYPES = frozenset({"call", "meeting", "negotiation"})
# Types whose parties act together (a list of sources without a target are its parties).
JOINT_TYPES = frozenset({"call", "meeting", "negotiation", "agreement", "cooperation", "intent"})


def actor_codes(actors: Sequence[ActorRef]) -> frozenset[str]:
    """The state/IGO codes the actors stand for."""
    return frozenset(c for a in actors for c in a.codes)
