"""Sentence-level PLOVER evaluation (``kg evaluate --plover``).

Each sentence of the TSV (``sentence_id``, ``gold_root``, ..., ``sentence``) is extracted as its
own English article; the predicted root is the PLOVER type of the most confident event that has
one, or ``NONE``. The gold set uses older names: YIELD for today's CONCEDE and RETREAT.

Where the file marks the ``source`` and ``target`` spans, the roles of that event are scored too,
on the sentences whose root is right: a side agrees when the actors kg reads in the gold span
(:func:`kg.extract.actors_named`) share a state or organisation code with the predicted side.
Spans that name no actor kg knows ("the NGO", "a village") are not scored, so the figures
measure role assignment, not the gazetteer.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import EvaluationError
from kg.extract import actors_named, extract_article
from kg.records import ActorRef, Event
from loaders.article import Article

# PLOVER 2021 split YIELD into CONCEDE and RETREAT; gold sets built before use YIELD.
_OLD_NAMES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def predicted_root(text: str, lang: str = "en") -> str:
    """The PLOVER root kg assigns to one sentence, or ``NONE``.

    >>> predicted_root("Iran's foreign minister condemned the U.S. decision.")
    'ACCUSE'
    """
    return _root(_best_event(text, lang))


def _best_event(text: str, lang: str) -> Event | None:
    events = extract_article(Article(id="sentence", text=text, lang=lang), min_confidence=0.0)
    coded = [e for e in events if e.plover_type]
    return max(coded, key=lambda e: e.confidence) if coded else None


def _root(event: Event | None) -> str:
    root = event.plover_type if event is not None and event.plover_type else "NONE"
    return _OLD_NAMES.get(root, root)


@dataclass
class SideScore:
    """How often a predicted side shares a code with the gold span's actors."""

    agree: int = 0
    scored: int = 0

    def line(self, name: str) -> str:
        rate = self.agree / self.scored if self.scored else 0.0
        return f"{name} agreement={rate:.3f} ({self.agree}/{self.scored})"


@dataclass
class PloverScore:
    total: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    source: SideScore = field(default_factory=SideScore)
    target: SideScore = field(default_factory=SideScore)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def lines(self, verbose: bool = False) -> list[str]:
        out = [f"  {e}" for e in self.errors] if verbose else []
        golds = sorted({g for g, _ in self.confusion})
        for gold in golds:
            row = {p: n for (g, p), n in self.confusion.items() if g == gold}
            n = sum(row.values())
            ok = row.get(gold, 0)
            ranked = sorted(row.items(), key=lambda x: -x[1])
            wrong = ", ".join(f"{p} {c}" for p, c in ranked if p != gold)
            out.append(f"{gold:10s} {ok:4d}/{n:<4d} {ok / n:.2f}  {wrong}")
        if self.source.scored or self.target.scored:
            out.append(
                "roles, where the root is right and the gold span names an actor kg knows: "
                f"{self.source.line('source')}, {self.target.line('target')}"
            )
        out.append(f"PLOVER root accuracy={self.accuracy:.3f} ({self.correct}/{self.total})")
        return out


def evaluate_plover(path: Path) -> PloverScore:
    """Score every sentence of a PLOVER TSV file."""
    score = PloverScore()
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError as e:
        raise EvaluationError(f"{path}: cannot read: {e}") from e
    if rows and not {"gold_root", "sentence"} <= set(rows[0]):
        raise EvaluationError(f"{path}: needs the columns gold_root and sentence")
    for row in rows:
        gold = row["gold_root"].strip().upper()
        best = _best_event(row["sentence"], "en")
        pred = _root(best)
        score.total += 1
        score.correct += pred == gold
        score.confusion[(gold, pred)] += 1
        sentence_id = row.get("sentence_id", "?")
        if pred != gold:
            score.errors.append(f"{sentence_id} gold {gold} got {pred}: {row['sentence'][:120]}")
        elif best is not None:
            for side, span, actors in (
                (score.source, row.get("source") or "", best.source),
                (score.target, row.get("target") or "", best.target),
            ):
                if _side_scored(side, span, actors) is False:
                    score.errors.append(
                        f"{sentence_id} {gold} {'source' if side is score.source else 'target'}"
                        f" {span[:60]!r} got {sorted(c for a in actors for c in a.codes)}:"
                        f" {row['sentence'][:120]}"
                    )
    return score


def _side_scored(side: SideScore, span: str, predicted: Sequence[ActorRef]) -> bool | None:
    """Score one side; None when the gold span names no actor kg knows."""
    gold_codes = {c for a in actors_named(span, "en") for c in a.codes} if span.strip() else set()
    if not gold_codes:
        return None
    agrees = any(gold_codes & a.codes for a in predicted)
    side.scored += 1
    side.agree += agrees
    return agrees
