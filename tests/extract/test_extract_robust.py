"""Any input yields events or a clear error for that article, never a crash of the batch."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ExtractionError, KGError
from kg.extract import extract_article, extract_articles
from loaders.article import Article

MIXED = st.text(
    alphabet=st.sampled_from(
        list("abcXYZ .,;:!?-\"'()0123456789\n\t")
        + list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآ")
        + ["\u064e", "\u0651", "\u0640", "\u200f", "\ufeff", "١", "٢", "«", "»", "\u0000", "\ud7ff"]
    ),
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), MIXED), lang=st.sampled_from([None, "ar", "en"]))
def test_extract_any_text_gives_events_or_a_clear_error(text: str, lang: str | None) -> None:
    article = Article(id="h", text=text, lang=lang, published=date(2021, 12, 20))
    try:
        events = extract_article(article)
    except KGError as e:
        assert isinstance(e, ExtractionError)
        return
    for event in events:
        assert event.evidence.start <= event.evidence.trigger_start <= event.evidence.end
        assert (
            text[event.evidence.trigger_start : event.evidence.trigger_end]
            == event.evidence.trigger
        )


@settings(max_examples=60, deadline=None)
@given(raw=st.binary(max_size=500))
def test_extract_binary_junk_decoded_any_way(raw: bytes) -> None:
    text = raw.decode("latin-1")
    results = list(extract_articles([Article(id="b", text=text, lang="en")]))
    assert len(results) == 1


def test_extract_batch_goes_on_after_a_bad_article() -> None:
    articles = [
        Article(id="ok1", lang="en", text="Russia condemned the attack on Monday."),
        Article(id="fr", lang="fr", text="Paris a condamné l'attaque."),
        Article(id="bad", text=12345),  # type: ignore[arg-type]
        Article(id="ok2", lang="ar", text="أدانت روسيا الهجوم أمس."),
    ]
    results = list(extract_articles(articles))
    assert [r.article.id for r in results] == ["ok1", "fr", "bad", "ok2"]
    assert results[0].error is None and results[3].error is None
    assert isinstance(results[1].error, ExtractionError)
    assert isinstance(results[2].error, ExtractionError)


PARAGRAPH = (
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing "
    "on Thursday. التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني في بكين أمس.\n"
)


def test_extract_ten_megabytes_is_a_clear_error_for_that_article() -> None:
    huge = Article(id="big", text=PARAGRAPH * (10_000_000 // len(PARAGRAPH)), lang="en")
    small = Article(id="small", text=PARAGRAPH, lang="en", published=date(2024, 3, 1))
    results = list(extract_articles([huge, small]))
    assert isinstance(results[0].error, ExtractionError)
    assert "split it into articles" in str(results[0].error)
    assert results[1].error is None and results[1].events


def test_extract_long_text_merges_repeated_reports() -> None:
    text = PARAGRAPH * 2000  # 300 kB: one meeting told 4,000 times is one event
    events = extract_article(Article(id="long", text=text, lang="en", published=date(2024, 3, 1)))
    meetings = [e for e in events if e.type == "meeting"]
    assert len(meetings) == 1
    assert len(meetings[0].more_evidence) > 100
