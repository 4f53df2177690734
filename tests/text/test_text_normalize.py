"""Folding keeps offsets into the original text."""

from __future__ import annotations

import pytest

from kg.text.normalize import fold, fold_key


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أَبْلَغَ", "ابلغ"),  # diacritics, hamza on alef
        ("إيران", "ايران"),
        ("آخر", "اخر"),
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("الأمريكية", "الامريكيه"),  # taa marbuta
        ("الـــرياض", "الرياض"),  # tatweel
        ("١٧ ديسمبر ٢٠٢١", "17 ديسمبر 2021"),  # Arabic-Indic digits
        ("۱۳", "13"),  # Eastern Arabic-Indic digits
        ("«عواقب»", '"عواقب"'),
        ("“quoted” – ‘x’", "\"quoted\" - 'x'"),
        ("a\u200fb\u00a0c", "ab c"),  # RLM dropped, no-break space
        ("كیف", "كيف"),  # Persian yeh
    ],
)
def test_normalize_fold(raw: str, folded: str) -> None:
    assert fold(raw).text == folded


@pytest.mark.parametrize("raw", ["وَأَكَّدَ البيتُ الأبيضُ أنَّ", "plain text, no marks", "الـــرياض ١٧"])
def test_normalize_offsets_point_at_original(raw: str) -> None:
    f = fold(raw)
    for i, ch in enumerate(f.text):
        start, end = f.to_original(i, i + 1)
        assert fold(raw[start:end]).text == ch


def test_normalize_fold_key_collapses_space_and_case() -> None:
    assert fold_key("  White   House ") == "white house"
    assert fold_key("البيت  الأبيض") == "البيت الابيض"
