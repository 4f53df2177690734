"""Scores on the second held-out set written for kg (tests/extract/heldout2): 11 English and 10
Arabic longer articles (background paragraphs, lists of states, group statements, officials
named once and then by title) whose gold was annotated from the shared guide before the
extractor was run on them. They are not tuned against sentence by sentence (failure classes found on them are
fixed with other sentences, see test_heldout2_classes.py); the floors sit a little below what
is reached so that a change that generalises worse shows here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.evaluate import load_gold, score
from kg.extract import extract_article
from loaders.article import Article

HELDOUT = Path(__file__).resolve().parent / "heldout2"

# (language, F1 floor, date-accuracy floor); first run: en F1 0.588 dates 0.731, ar F1 0.524
# dates 0.824; reached: en F1 0.667 dates 0.871, ar F1 0.581 dates 0.789 (a new TP whose
# greedy match takes another event's date)
FLOORS = [("en", 0.65, 0.84), ("ar", 0.55, 0.76)]


def _predictions(folder: Path) -> dict[str, list[dict[str, object]]]:
    grouped: dict[str, list[dict[str, object]]] = {}
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".gold.json"):
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = Article(
            id=raw["id"],
            text=raw["text"],
            lang=raw.get("lang"),
            published=date.fromisoformat(raw["published"]) if raw.get("published") else None,
            outlet=raw.get("source"),
        )
        grouped[article.id] = [e.to_json() for e in extract_article(article, min_confidence=0.5)]
    return grouped


@pytest.mark.parametrize(("lang", "f1_floor", "date_floor"), FLOORS)
def test_heldout2_scores_stay_above_their_floors(
    lang: str, f1_floor: float, date_floor: float
) -> None:
    folder = HELDOUT / lang
    result = score(load_gold(folder), _predictions(folder))
    assert result.total.f1 >= f1_floor, "\n".join(result.lines())
    assert result.date_accuracy >= date_floor, "\n".join(result.lines())


def test_heldout2_gold_files_pair_with_articles() -> None:
    for lang in ("en", "ar"):
        articles = sorted(p.name for p in (HELDOUT / lang).glob("*.json") if ".gold" not in p.name)
        golds = sorted(p.name.replace(".gold", "") for p in (HELDOUT / lang).glob("*.gold.json"))
        assert articles == golds and len(articles) == {"en": 11, "ar": 10}[lang]
