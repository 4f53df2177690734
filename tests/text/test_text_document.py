"""Sentences, tokens and boilerplate removal."""

from __future__ import annotations

import pytest

from kg.errors import ExtractionError
from kg.text.document import build_document
from loaders.article import Article


def _doc(text: str, lang: str | None = None, outlet: str | None = None):  # type: ignore[no-untyped-def]
    return build_document(Article(id="t", text=text, lang=lang, outlet=outlet))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Kerry met Lavrov. They spoke again.", ["Kerry met Lavrov.", "They spoke again."]),
        (
            "Mr. Smith met Gen. Jones in the U.S. capital.",
            ["Mr. Smith met Gen. Jones in the U.S. capital."],
        ),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("He arrived in London.This was new.", ["He arrived in London.", "This was new."]),
        ('He said: "We agree." Then he left.', ['He said: "We agree."', "Then he left."]),
        (
            "عاجل.. البيت الأبيض يوافق\nوقال الوزير إن الزيارة ناجحة. وأضاف أن المحادثات مستمرة؟ نعم.",
            [
                "عاجل.. البيت الأبيض يوافق",
                "وقال الوزير إن الزيارة ناجحة.",
                "وأضاف أن المحادثات مستمرة؟",
                "نعم.",
            ],
        ),
        ("بلغت قوة الزلزال 6.2 درجة.", ["بلغت قوة الزلزال 6.2 درجة."]),
    ],
)
def test_document_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in _doc(text).sentences] == sentences


def test_document_offsets_slice_the_original() -> None:
    text = "وَأَكَّدَ البيتُ الأبيضُ أنَّ المحادثاتِ مستمرةٌ.\nKerry met Lavrov."
    doc = _doc(text)
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert sentence.start <= token.start < token.end <= sentence.end


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "زار الوزير موسكو أمس في زيارة رسمية استمرت يومين وبحث خلالها ملفات عديدة.\nموضوعات ذات صلة\n- إيطاليا تفرض قيودا\n- زلزال في كاليفورنيا\nوقال الوزير إن المحادثات كانت مثمرة جدا وإنها ستتواصل خلال الأيام المقبلة في العاصمة.",
            ["زار الوزير موسكو", "وقال الوزير"],
            ["إيطاليا", "كاليفورنيا"],
        ),
        (
            "Kerry met Lavrov in Geneva on Friday.\nREAD MORE: Italy tightens travel rules\nThe talks lasted three hours.",
            ["Kerry met Lavrov", "The talks lasted"],
            ["Italy"],
        ),
        (
            "Talks went on.\nRelated\nItaly tightens travel rules\nEarthquake hits California\nThe ministers will meet again next week in Vienna to continue the negotiations on the deal.",
            ["Talks went on", "The ministers will meet"],
            ["Italy", "California"],
        ),
        (
            "أ ش أ موقع الخبرأعلنت الحكومة المصرية موافقتها.",
            ["أعلنت الحكومة"],
            ["موقع الخبر", "أ ش أ"],
        ),
        (
            "WASHINGTON (Reuters) - Officials met.\nBy John Smith\nPhoto: a meeting",
            ["Officials met"],
            ["John Smith", "Photo"],
        ),
    ],
)
def test_document_boilerplate_removed(text: str, kept: list[str], gone: list[str]) -> None:
    doc = _doc(text, outlet="موقع الخبر (wire)")
    story = " ".join(s.text for s in doc.sentences)
    for piece in kept:
        assert piece in story
    for piece in gone:
        assert piece not in story


@pytest.mark.parametrize(("text", "lang"), [("روسيا والصين", "ar"), ("Russia and China", "en")])
def test_document_language_from_script_when_not_given(text: str, lang: str) -> None:
    assert _doc(text).lang == lang


def test_document_rejects_non_text() -> None:
    with pytest.raises(ExtractionError):
        build_document(Article(id="bad", text=b"bytes"))  # type: ignore[arg-type]
