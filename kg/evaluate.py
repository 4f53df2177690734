"""Scoring extracted events against gold annotations (the rule of corpus/README.md).

Per article, required gold events first, then optional ones, each take the first unmatched
predicted event of the same type whose sides agree (every non-empty gold side shares a code with
the predicted side; call/meeting/negotiation may be swapped). A prediction matching an already
matched gold event is a neutral duplicate; one matching an optional event is neutral; any other,
and any touching a ``forbid`` code, is a false positive. Date accuracy counts matched required
events with a gold start date.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import EvaluationError

SYMMETRIC = frozenset({"call", "meeting", "negotiation"})

Json = dict[str, Any]


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Totals, per-type scores, date accuracy, and the misses and false positives."""

    total: TypeScore = field(default_factory=TypeScore)
    per_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    dates_ok: int = 0
    dates_n: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    date_misses: list[str] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        return self.dates_ok / self.dates_n if self.dates_n else 0.0

    def lines(self, verbose: bool = False) -> list[str]:
        out = []
        if verbose:
            out += [f"  MISS {m}" for m in self.misses]
            out += [f"  FP   {m}" for m in self.false_positives]
            out += [f"  date {m}" for m in self.date_misses]
        for name, s in sorted(self.per_type.items()):
            out.append(
                f"{name:14s} tp={s.tp:3d} fp={s.fp:3d} fn={s.fn:3d} "
                f"P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f}"
            )
        t = self.total
        out.append(
            f"F1={t.f1:.3f} P={t.precision:.3f} R={t.recall:.3f} DATE={self.date_accuracy:.3f} "
            f"(tp={t.tp} fp={t.fp} fn={t.fn} dates {self.dates_ok}/{self.dates_n})"
        )
        return out


def actor_codes(actors: Iterable[Any]) -> set[str]:
    """Codes of a side: strings as given, actor objects by their ``code`` and ``country``."""
    codes: set[str] = set()
    for actor in actors or ():
        if isinstance(actor, str):
            codes.add(actor.upper())
            continue
        for key in ("country", "code"):
            value = actor.get(key)
            if value:
                codes.add(str(value).upper())
    return codes


def sides_agree(gold: Json, pred: Json) -> bool:
    """Does the predicted event's dyad fit the gold event's (either order when symmetric)?"""
    g_src = {c.upper() for c in gold.get("source", [])}
    g_tgt = {c.upper() for c in gold.get("target", [])}
    p_src, p_tgt = actor_codes(pred.get("source", [])), actor_codes(pred.get("target", []))

    def side(g: set[str], p: set[str]) -> bool:
        return not g or bool(g & p)

    if side(g_src, p_src) and side(g_tgt, p_tgt):
        return True
    return gold["type"] in SYMMETRIC and side(g_src, p_tgt) and side(g_tgt, p_src)


def score(gold_articles: Sequence[Json], predictions: Mapping[str, Sequence[Json]]) -> Score:
    """Score predictions (grouped by article id) against gold articles."""
    result = Score()
    for article in gold_articles:
        article_id = str(article["article"]["id"])
        preds = list(predictions.get(article_id, []))
        golds = article["events"]
        used: list[int | None] = [None] * len(preds)
        matched: list[int | None] = [None] * len(golds)
        order = sorted(range(len(golds)), key=lambda i: not golds[i].get("required", True))
        for gi in order:
            for pi, pred in enumerate(preds):
                if (
                    used[pi] is None
                    and pred.get("type") == golds[gi]["type"]
                    and sides_agree(golds[gi], pred)
                ):
                    used[pi], matched[gi] = gi, pi
                    break
        for pi, pred in enumerate(preds):
            if used[pi] is None and any(
                matched[gi] is not None and pred.get("type") == g["type"] and sides_agree(g, pred)
                for gi, g in enumerate(golds)
            ):
                used[pi] = -1  # a duplicate of a matched event: neutral
        forbid = {c.upper() for c in article.get("forbid", [])}
        for gi, gold in enumerate(golds):
            if not gold.get("required", True):
                continue
            type_score = result.per_type[gold["type"]]
            match = matched[gi]
            if match is None:
                result.total.fn += 1
                type_score.fn += 1
                result.misses.append(
                    f"{article_id} {gold['type']} {gold.get('source')}->{gold.get('target')} "
                    f"{gold.get('note', '')}"
                )
                continue
            result.total.tp += 1
            type_score.tp += 1
            if gold.get("start"):
                result.dates_n += 1
                time = preds[match].get("time") or {}
                ok = time.get("start") == gold["start"] and (
                    not gold.get("end") or time.get("end") == gold["end"]
                )
                result.dates_ok += ok
                if not ok:
                    result.date_misses.append(
                        f"{article_id} {gold['type']} gold {gold.get('start')}..{gold.get('end')} "
                        f"got {time.get('start')}..{time.get('end')}"
                    )
        for pi, pred in enumerate(preds):
            touches_forbidden = bool(
                forbid & (actor_codes(pred.get("source", [])) | actor_codes(pred.get("target", [])))
            )
            if used[pi] is None or touches_forbidden:
                result.total.fp += 1
                result.per_type[str(pred.get("type"))].fp += 1
                evidence = (pred.get("evidence") or {}).get("text", "")[:100]
                result.false_positives.append(
                    f"{article_id} {pred.get('type')} "
                    f"{sorted(actor_codes(pred.get('source', [])))}->"
                    f"{sorted(actor_codes(pred.get('target', [])))} | {evidence}"
                )
    return result


def load_gold(path: Path) -> list[Json]:
    """A gold file, or every ``*gold*.json`` file of a folder (all ``*.json`` when none)."""
    if path.is_dir():
        files = sorted(f for f in path.rglob("*.json") if "gold" in f.name) or sorted(
            path.rglob("*.json")
        )
    else:
        files = [path]
    articles: list[Json] = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise EvaluationError(f"{f}: not a readable gold file: {e}") from e
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict) or "article" not in item or "events" not in item:
                raise EvaluationError(f"{f}: a gold entry needs 'article' and 'events'")
            articles.append(item)
    return articles


def load_predictions(lines: Iterable[str], source: str = "predictions") -> dict[str, list[Json]]:
    """``kg extract`` JSON lines grouped by article id."""
    grouped: dict[str, list[Json]] = defaultdict(list)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvaluationError(f"{source}:{n}: not JSON: {e}") from e
        grouped[str(event.get("article_id"))].append(event)
    return grouped


def type_counts(predictions: Mapping[str, Sequence[Json]]) -> Counter[str]:
    return Counter(str(e.get("type")) for events in predictions.values() for e in events)
