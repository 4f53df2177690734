"""``kg evaluate --plover``: root accuracy, and the roles of the sentences whose root is right
(scored only where the gold span names an actor kg knows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import EvaluationError
from kg.evaluate_plover import evaluate_plover

HEADER = "sentence_id\tgold_root\tsource\ttarget\tsentence\n"
ROWS = [
    # right root, both sides agree
    ("1", "ACCUSE", "Kenya", "Somalia", "Kenya accused Somalia of violating its airspace."),
    # right root, the gold target disagrees with what kg read (Somalia, not Ethiopia)
    ("2", "ACCUSE", "Kenya", "Ethiopia", "Kenya accused Somalia of violating its airspace."),
    # right root, a gold span naming nobody kg knows is not scored
    ("3", "ACCUSE", "The Dutch government", "the NGO", "The Dutch government condemned the NGO."),
    # wrong root: roles not scored
    ("4", "AID", "Kenya", "Somalia", "Kenya accused Somalia of violating its airspace."),
]


def _tsv(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    path = tmp_path / "plover.tsv"
    path.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_root_accuracy_and_confusion(tmp_path: Path) -> None:
    result = evaluate_plover(_tsv(tmp_path, ROWS))
    assert (result.correct, result.total) == (3, 4)
    assert result.confusion[("AID", "ACCUSE")] == 1
    assert result.lines()[-1] == "PLOVER root accuracy=0.750 (3/4)"


def test_roles_are_scored_where_the_root_is_right_and_the_span_names_an_actor(
    tmp_path: Path,
) -> None:
    result = evaluate_plover(_tsv(tmp_path, ROWS))
    assert (result.source.agree, result.source.scored) == (3, 3)
    assert (result.target.agree, result.target.scored) == (1, 2)
    line = next(x for x in result.lines() if x.startswith("roles"))
    assert "source agreement=1.000 (3/3)" in line
    assert "target agreement=0.500 (1/2)" in line


def test_verbose_lines_name_the_side_that_disagrees(tmp_path: Path) -> None:
    lines = evaluate_plover(_tsv(tmp_path, ROWS)).lines(verbose=True)
    assert any(x.startswith("  2 ACCUSE target 'Ethiopia' got ['SOM']") for x in lines), lines


def test_a_file_without_spans_scores_roots_only(tmp_path: Path) -> None:
    path = tmp_path / "roots.tsv"
    path.write_text(
        "gold_root\tsentence\nACCUSE\tKenya accused Somalia of violating its airspace.\n",
        encoding="utf-8",
    )
    result = evaluate_plover(path)
    assert result.accuracy == 1.0
    assert not any(x.startswith("roles") for x in result.lines())


def test_a_file_without_the_needed_columns_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("id\ttext\n1\tKenya accused Somalia.\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="gold_root and sentence"):
        evaluate_plover(path)
