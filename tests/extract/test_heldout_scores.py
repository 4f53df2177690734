"""Scores on the held-out sets written for kg, whose gold was annotated from the shared guide
before the extractor was run on them:

- tests/extract/heldout: 12 English and 8 Arabic short wire-style articles;
- tests/extract/heldout2: 11 English and 10 Arabic longer articles (background paragraphs,
  lists of states, group statements, officials named once and then by title), written after
  every other round.

They are not tuned against sentence by sentence (failure classes found on them are fixed with
other sentences, see test_heldout_classes.py and test_heldout2_classes.py); the floors sit a
little below what is reached so that a change that generalises worse shows here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, score
from tests.extract.helpers import folder_predictions

HERE = Path(__file__).resolve().parent

# (set, language, F1 floor, date-accuracy floor, articles)
# heldout reached: en F1 0.865, ar 0.873, dates 1.00 both.
# heldout2 first run: en F1 0.588 dates 0.731, ar F1 0.524 dates 0.824; reached: en F1 0.800
# dates 0.889, ar F1 0.581 dates 0.789 (a new TP whose greedy match takes another event's date)
SETS = [
    ("heldout", "en", 0.84, 0.95, 12),
    ("heldout", "ar", 0.84, 0.95, 8),
    ("heldout2", "en", 0.77, 0.86, 11),
    ("heldout2", "ar", 0.55, 0.76, 10),
]


@pytest.mark.parametrize(("name", "lang", "f1_floor", "date_floor", "_articles"), SETS)
def test_heldout_scores_stay_above_their_floors(
    name: str, lang: str, f1_floor: float, date_floor: float, _articles: int
) -> None:
    folder = HERE / name / lang
    result = score(load_gold(folder), folder_predictions(folder))
    assert result.total.f1 >= f1_floor, "\n".join(result.lines())
    assert result.date_accuracy >= date_floor, "\n".join(result.lines())


@pytest.mark.parametrize(("name", "lang", "_f1", "_dates", "articles"), SETS)
def test_heldout_gold_files_pair_with_articles(
    name: str, lang: str, _f1: float, _dates: float, articles: int
) -> None:
    folder = HERE / name / lang
    texts = sorted(p.name for p in folder.glob("*.json") if ".gold" not in p.name)
    golds = sorted(p.name.replace(".gold", "") for p in folder.glob("*.gold.json"))
    assert texts == golds and len(texts) == articles
