"""Extraction capabilities, case by case, in Arabic and English (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_article
from kg.extract.mentions import MentionFinder
from kg.records import Event
from kg.text.document import build_document
from loaders.article import Article
from tests.extract.helpers import codes as _codes

MONDAY = date(2021, 12, 20)


def _events(text: str, lang: str, published: date = MONDAY) -> list[Event]:
    return extract_article(Article(id="t", text=text, lang=lang, published=published), 0.0)


def _find(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, _codes(e.source), _codes(e.target)) for e in events]
    return max(found, key=lambda e: e.confidence)


# --- actors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "code", "kind"),
    [
        ("ar", "قال مستشار الأمن القومي الأمريكي جيك سوليفان إن", "USA", "person"),
        ("ar", "وأكد وزير الخارجية السعودي عادل الجبير", "SAU", "person"),
        ("ar", "التقى نائب وزير الخارجية الروسي سيرغي ريابكوف", "RUS", "person"),
        ("ar", "قالت الخارجية الأمريكية", "USA", "state"),
        ("ar", "أعلن الكرملين", "RUS", "state"),
        ("ar", "وقال البيت الأبيض", "USA", "state"),
        ("ar", "ورحب حلف الناتو", "NATO", "igo"),
        ("ar", "وللولايات المتحدة", "USA", "state"),
        ("ar", "أعلنت جماعة الحوثي", "YEM", "group"),
        ("en", "Russian Deputy Foreign Minister Sergei Ryabkov said", "RUS", "person"),
        ("en", "the Kremlin said", "RUS", "state"),
        ("en", "Saudi Foreign Minister Adel al-Jubeir", "SAU", "person"),
        ("en", "NATO Secretary General Jens Stoltenberg", "NATO", "person"),
        ("en", "Turkey's President Recep Tayyip Erdoğan", "TUR", "person"),
        ("en", "the White House said", "USA", "state"),
    ],
)
def test_extract_actor_mentions(lang: str, text: str, code: str, kind: str) -> None:
    doc = build_document(Article(id="m", text=text, lang=lang))
    mentions = MentionFinder(lang).find(doc.sentences[0].tokens, MONDAY)
    strong = [m for m in mentions if not m.weak]
    assert strong, mentions
    assert code in strong[0].codes
    assert strong[0].actor.kind == kind


def test_extract_misspelt_leader_resolves_by_role_and_date() -> None:
    doc = build_document(Article(id="m", text="وهدد الرئيس الأمريكي جون بايدن", lang="ar"))
    mention = MentionFinder("ar").find(doc.sentences[0].tokens, MONDAY)[0]
    assert mention.actor.name == "Joe Biden"


def test_extract_family_name_refers_back_to_the_full_name() -> None:
    text = "قالت مساعدة وزير الخارجية الأمريكي كارين دونفريد إن المحادثات مهمة. وستزور دونفريد موسكو غدا."
    visit = _find(_events(text, "ar"), "visit")
    assert _codes(visit.source) == {"USA"} and _codes(visit.target) == {"RUS"}


# --- events, roles, time, modality ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "type_", "source", "target", "start", "modality"),
    [
        # calls: the caller, and the receiver of "received a call from"
        (
            "ar",
            "بحث وزير الخارجية الروسي سيرغي لافروف هاتفيا أمس مع نظيره الأمريكي",
            "call",
            "RUS",
            "USA",
            "2021-12-19",
            "asserted",
        ),
        (
            "ar",
            "تلقى وزير الخارجية السعودي اتصالا هاتفيا من نظيره الإيراني اليوم",
            "call",
            "IRN",
            "SAU",
            "2021-12-20",
            "asserted",
        ),
        (
            "en",
            "Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Sunday.",
            "call",
            "RUS",
            "TUR",
            "2021-12-19",
            "asserted",
        ),
        # visits: the host state is the target, not the city
        (
            "ar",
            "وصل وزير الخارجية الإيراني إلى الرياض أمس في زيارة رسمية",
            "visit",
            "IRN",
            "SAU",
            "2021-12-19",
            "asserted",
        ),
        (
            "ar",
            "ستزور مساعدة وزير الخارجية الأمريكي كييف وموسكو من 13 إلى 15 ديسمبر الجاري",
            "visit",
            "USA",
            "UKR",
            "2021-12-13",
            "planned",
        ),
        (
            "en",
            "French President Emmanuel Macron will visit Beijing on Thursday.",
            "visit",
            "FRA",
            "CHN",
            "2021-12-23",
            "planned",
        ),
        # meetings, both sides
        (
            "ar",
            "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية الأمريكي",
            "meeting",
            "EGY",
            "USA",
            "2021-12-19",
            "asserted",
        ),
        (
            "en",
            "The Japanese and South Korean foreign ministers held talks in Seoul on Monday.",
            "meeting",
            "JPN",
            "KOR",
            "2021-12-20",
            "asserted",
        ),
        # proposals, threats, accusations, sanctions, demands
        (
            "ar",
            "وفي 17 ديسمبر طرحت روسيا مشروع معاهدة مع الولايات المتحدة",
            "proposal",
            "RUS",
            "USA",
            "2021-12-17",
            "asserted",
        ),
        (
            "ar",
            "هدد الرئيس الأمريكي نظيره الروسي بعواقب وخيمة",
            "threat",
            "USA",
            "RUS",
            None,
            "asserted",
        ),
        (
            "en",
            "Iran accused Israel of sabotaging the talks on Friday.",
            "accusation",
            "IRN",
            "ISR",
            "2021-12-17",
            "asserted",
        ),
        (
            "en",
            "Morocco has recalled its ambassador to neighbouring Algeria.",
            "sanction",
            "MAR",
            "DZA",
            None,
            "asserted",
        ),
        ("ar", "طالبت مصر إسرائيل بوقف الاستيطان", "demand", "EGY", "ISR", None, "asserted"),
        # agreements, reported speech
        (
            "en",
            "Ethiopia and Eritrea signed a peace agreement on Monday.",
            "agreement",
            "ETH",
            "ERI",
            "2021-12-20",
            "asserted",
        ),
        (
            "ar",
            "وقال المتحدث إن السعودية وقعت اتفاقية تعاون مع روسيا",
            "agreement",
            "SAU",
            "RUS",
            None,
            "reported",
        ),
    ],
)
def test_extract_typed_event(
    lang: str, text: str, type_: str, source: str, target: str, start: str | None, modality: str
) -> None:
    event = _find(_events(text, lang), type_)
    assert source in _codes(event.source)
    assert target in _codes(event.target)
    assert (event.time.start.isoformat() if event.time.start else None) == start
    assert event.modality == modality


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("ar", "لم يتصل الرئيس الأمريكي بنظيره الروسي", "call"),  # negated
        ("en", "The president did not meet his Russian counterpart.", "meeting"),
        (
            "en",
            "Biden threatened to impose sanctions on Russia.",
            "sanction",
        ),  # content of a threat
        ("ar", "هدد الرئيس الأمريكي بفرض عقوبات على روسيا", "sanction"),
        ("en", "The nuclear deal remains a point of contention.", "agreement"),  # a topic, no event
    ],
)
def test_extract_not_an_event(lang: str, text: str, absent: str) -> None:
    events = [e for e in _events(text, lang) if e.confidence >= 0.5]
    assert absent not in {e.type for e in events}


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        ("ar", "في حال اجتاحت روسيا أوكرانيا", "conditional"),
        ("en", "If Russia invades Ukraine, the West will respond.", "conditional"),
        ("ar", "ستزور الوزيرة موسكو الأسبوع المقبل", "planned"),
        ("en", "Lavrov said that Russia had proposed talks with NATO.", "reported"),
    ],
)
def test_extract_modality(lang: str, text: str, modality: str) -> None:
    events = _events(text, lang)
    assert modality in {e.modality for e in events}, [(e.type, e.modality) for e in events]


def test_extract_one_event_one_record() -> None:
    text = (
        "Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Thursday. "
        "During the call, Putin warned Biden. The phone call lasted fifty minutes."
    )
    calls = [e for e in _events(text, "en", date(2021, 12, 31)) if e.type == "call"]
    assert len(calls) == 1
    assert calls[0].more_evidence
    assert calls[0].time.start == date(2021, 12, 30)


def test_extract_undated_event_is_not_dated_by_publication() -> None:
    event = _find(_events("هدد الرئيس الأمريكي نظيره الروسي بعواقب وخيمة", "ar"), "threat")
    assert event.time.precision == "unknown" and event.time.start is None
