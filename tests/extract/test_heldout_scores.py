"""Scores on the held-out sets written for kg, whose gold was annotated from the shared guide
before the extractor was run on them:

- tests/extract/heldout: 12 English and 8 Arabic short wire-style articles;
- tests/extract/heldout2: 11 English and 10 Arabic longer articles (background paragraphs,
  lists of states, group statements, officials named once and then by title), written after
  every other round;
- tests/extract/heldout3: 10 English and 10 Arabic articles from regions and states the other
  sets hardly touch (Latin America, Africa, Europe, the Pacific);
- tests/extract/heldout4: 10 English and 10 Arabic articles written after the fourth round;
  classes found on it were fixed in the fifth;
- tests/extract/heldout5: 10 English and 10 Arabic articles written blind in the fifth round
  (ASEAN, Central Asia, the Caucasus, the Horn of Africa, Libya, Sudan, the Pacific ...);
  classes found on it were fixed in the sixth;
- tests/extract/heldout6: 10 English and 10 Arabic wire-style articles written blind after the
  fifth round; no class was fixed on it (its figures are the plain estimate for unseen news).

They are not tuned against sentence by sentence (failure classes found on them are fixed with
other sentences, see test_heldout_classes.py, test_heldout2_classes.py, test_generalise_*.py
and test_heldout3_classes*.py); the floors sit a little below what is reached so that a change
that generalises worse shows here. The first run of each set is the honest estimate of how kg
does on articles it has never seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, score
from tests.extract.helpers import folder_predictions

HERE = Path(__file__).resolve().parent

# (set, language, F1 floor, date-accuracy floor, articles)
# heldout reached: en F1 0.865, ar 0.909, dates 1.00 both.
# heldout2 first run: en F1 0.588 dates 0.731, ar F1 0.524 dates 0.824; reached: en F1 0.819
# dates 0.889, ar F1 0.732 dates 0.808.
# heldout3 first run: en F1 0.464 dates 0.850, ar F1 0.476 dates 0.882; reached: en F1 0.682
# dates 0.818, ar F1 0.702 dates 0.962.
# heldout4 first run: en F1 0.500 dates 0.786, ar F1 0.444 dates 0.923; classes fixed on it in
# round 5: en 0.634 / 0.824, ar 0.571 / 0.947; heldout3 en after round 5: 0.712, dates 0.778
# (28/36: newly matched events with a wrong date, no correct date lost).
# heldout5 first run (blind): en F1 0.545 dates 0.800, ar F1 0.500 dates 0.700; classes fixed
# on it in round 6: en 0.735 / 0.850, ar 0.667 / 0.867.
# heldout6 (blind, written after round 5; nothing tuned on it) first run: en F1 0.554 dates
# 0.846, ar F1 0.548 dates 0.812; after round 6 and the PLOVER-span classes: en 0.581 / 0.857,
# ar 0.568 / 0.824.
SETS = [
    ("heldout", "en", 0.84, 0.95, 12),
    ("heldout", "ar", 0.86, 0.95, 8),
    ("heldout2", "en", 0.80, 0.86, 11),
    ("heldout2", "ar", 0.72, 0.78, 10),
    ("heldout3", "en", 0.68, 0.76, 10),
    ("heldout3", "ar", 0.69, 0.93, 10),
    ("heldout4", "en", 0.60, 0.79, 10),
    ("heldout4", "ar", 0.55, 0.90, 10),
    ("heldout5", "en", 0.70, 0.80, 10),
    ("heldout5", "ar", 0.63, 0.83, 10),
    ("heldout6", "en", 0.55, 0.80, 10),
    ("heldout6", "ar", 0.53, 0.78, 10),
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
