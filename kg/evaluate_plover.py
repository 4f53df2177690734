"""Sentence-level PLOVER evaluation (``kg evaluate --plover``).

Each sentence of the TSV (``sentence_id``, ``gold_root``, ..., ``sentence``) is extracted as its
own English article; the predicted root is the PLOVER type of the most confident event that has
one, or ``NONE``. The gold set uses older names: YIELD for today's CONCEDE and RETREAT.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import EvaluationError
from kg.extract import extract_article
from loaders.article import Article

# PLOVER 2021 split YIELD into CONCEDE and RETREAT; gold sets built before use YIELD.
_OLD_NAMES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def predicted_root(text: str, lang: str = "en") -> str:
    """The PLOVER root kg assigns to one sentence, or ``NONE``.

    >>> predicted_root("Iran's foreign minister condemned the U.S. decision.")
    'ACCUSE'
    """
    events = extract_article(Article(id="sentence", text=text, lang=lang), min_confidence=0.0)
    coded = [e for e in events if e.plover_type]
    if not coded:
        return "NONE"
    best = max(coded, key=lambda e: e.confidence)
    root = best.plover_type or "NONE"
    return _OLD_NAMES.get(root, root)


@dataclass
class PloverScore:
    total: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

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
        pred = predicted_root(row["sentence"])
        score.total += 1
        score.correct += pred == gold
        score.confusion[(gold, pred)] += 1
        if pred != gold:
            sentence_id = row.get("sentence_id", "?")
            score.errors.append(f"{sentence_id} gold {gold} got {pred}: {row['sentence'][:120]}")
    return score
