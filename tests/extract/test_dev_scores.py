"""Scores on the shared development corpora (only where ../shared exists).

The issue's targets are typed-event F1 >= 0.80 and date accuracy >= 0.85 on each dev set and
PLOVER root accuracy >= 0.70. This test guards what is reached today so that no change makes
extraction worse; raise the floors as the extractor improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, score
from kg.evaluate_plover import evaluate_plover
from tests.extract.helpers import folder_predictions

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not here")

# (set, F1 floor, date-accuracy floor); targets: F1 0.80, dates 0.85
FLOORS = [("ar-dev", 0.83, 0.87), ("en-dev", 0.90, 0.90), ("seed", 0.75, 1.0)]


@pytest.mark.parametrize(("name", "f1_floor", "date_floor"), FLOORS)
def test_dev_scores_stay_above_their_floors(name: str, f1_floor: float, date_floor: float) -> None:
    folder = CORPUS / name
    result = score(load_gold(folder), folder_predictions(folder))
    assert result.total.f1 >= f1_floor, "\n".join(result.lines())
    assert result.date_accuracy >= date_floor, "\n".join(result.lines())


def test_dev_scores_plover_root_accuracy() -> None:
    result = evaluate_plover(CORPUS / "dev" / "plv_train.tsv")
    assert result.accuracy >= 0.80, "\n".join(result.lines())
    # roles of the sentences whose root is right; first measured: source 0.831, target 0.628;
    # reached: source 0.888, target 0.643
    assert result.source.agree >= 0.86 * result.source.scored, "\n".join(result.lines())
    assert result.target.agree >= 0.62 * result.target.scored, "\n".join(result.lines())
