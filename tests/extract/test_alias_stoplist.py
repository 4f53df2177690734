"""Family names that are also everyday Arabic words never stand alone for a person
(``alias_stoplist`` in kg/resources/ar/grammar.yaml): "روسا" (Russians, accusative) is not
Ignazio La Russa, "المقبل" (next) not Samir Mouqbel, "جارية" (under way) not Nilda Garré,
"المشار إليه" (referred to) not Riek Machar. The full names still resolve."""

from __future__ import annotations

import pytest

from kg.extract import actors_named


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن التلفزيون أن مدربين عسكريين روسا سيصلون الأسبوع المقبل.",
        "ونفى متحدث أن تكون هناك مفاوضات جارية.",
        "وقال إن الاتفاق المشار إليه لم ينفذ.",
    ],
)
def test_everyday_words_are_no_people(text: str) -> None:
    assert [a for a in actors_named(text, "ar") if a.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وزار إغناتسيو لا روسا بيروت.", "ITA"),
        ("واستقبل سمير مقبل الوفد.", "LBN"),
        ("وقال رياك مشار إن الاتفاق صامد.", "SSD"),
    ],
)
def test_full_names_still_resolve(text: str, code: str) -> None:
    assert any(a.kind == "person" and code in a.codes for a in actors_named(text, "ar"))
