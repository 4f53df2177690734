"""Arabic failure classes generalised from the fourth and fifth held-out sets
(tests/extract/heldout4/ar, heldout5/ar), each checked on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import events_in, has_sides, kept

PUBLISHED = date(2024, 5, 2)  # a Thursday


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "ووقع الاتفاقية عن الجانب الكويتي وزير المالية، وعن الجانب الصيني نائب وزير التجارة.",
            {"KWT"},
            {"CHN"},
        ),
        (
            "ووقع المذكرة عن الجانب المغربي وزير الفلاحة، وعن الجانب الفرنسي سفير فرنسا في الرباط.",
            {"MAR"},
            {"FRA"},
        ),
    ],
)
def test_signed_for_each_side(text: str, source: set[str], target: set[str]) -> None:
    """ "وقع الاتفاق عن الجانب X ...، وعن الجانب Y ...": one signatory for each party."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "agreement"), source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "ورحبت الجامعة العربية بالقرار، فيما أعلنت الكويت أن السفير الإيراني غادر البلاد "
            "وأنها استدعت سفيرها من طهران.",
            {"KWT"},
            {"IRN"},
        ),
        (
            "وأشادت منظمة التعاون الإسلامي بالخطوة، بينما أعلنت تونس أن سفير السويد غادر "
            "وأنها استدعت سفيرها من ستوكهولم.",
            {"TUN"},
            {"SWE"},
        ),
    ],
)
def test_pronoun_complementizer_takes_the_reporter_of_its_clause(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "...، فيما أعلنت الكويت أن ... وأنها استدعت": the reporter after فيما, not the
    sentence's first party."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "sanction"), source, target)


def test_bare_title_takes_the_holder_named_with_it() -> None:
    """ "السلطان هيثم" ... "جلالة السلطان": the sultan named before, though a president (the
    same role) was named in between."""
    text = (
        "وصل السلطان هيثم بن طارق إلى القاهرة أمس في زيارة رسمية. "
        "واستقبل الرئيس المصري عبد الفتاح السيسي جلالة السلطان في قصر الاتحادية اليوم."
    )
    meetings = kept(events_in(text, "ar", PUBLISHED), "meeting")
    assert has_sides(meetings, {"EGY"}, {"OMN"}) or has_sides(meetings, {"OMN"}, {"EGY"})


@pytest.mark.parametrize(
    "text",
    [
        "وأجرى وزير الخارجية المصري اتصالاً هاتفياً بنظيره التركي هاكان فيدان أمس.",
        "والتقى وزير الخارجية القطري في الدوحة نظيره التركي هاكان فيدان.",
    ],
)
def test_a_name_is_no_trigger(text: str) -> None:
    """ "هاكان فيدان": a known person's name that looks like a verb is no accusation."""
    assert not [e for e in events_in(text, "ar", PUBLISHED) if e.type == "accusation"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "وأعربت الخارجية الإسرائيلية عن أسفها للقرار. "
            "وتلقى الملك عبدالله الثاني اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.",
            {"FRA"},
            {"JOR"},
        ),
        (
            "ونددت الحكومة الإيرانية بالخطوة. "
            "وتلقى أمير قطر الشيخ تميم بن حمد اتصالاً هاتفياً من الرئيس التركي رجب طيب أردوغان.",
            {"TUR"},
            {"QAT"},
        ),
    ],
)
def test_call_received_keeps_its_receiver(text: str, source: set[str], target: set[str]) -> None:
    """ "وتلقى X اتصالاً من Y" after a sentence about another state: X received it (the
    previous topic is not dragged in as a dropped subject)."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "call"), source, target)


@pytest.mark.parametrize(
    ("text", "host", "partner"),
    [
        (
            "ومن المقرر أن يستضيف وزير الخارجية المغربي في الرباط الأحد المقبل اجتماعاً لوزراء "
            "خارجية تونس وليبيا مع وزير الخارجية الإيطالي.",
            "MAR",
            "ITA",
        ),
        (
            "ويستضيف الرئيس النيجيري في أبوجا غداً اجتماعاً لقادة غانا والسنغال مع رئيس الوزراء "
            "الهندي.",
            "NGA",
            "IND",
        ),
    ],
)
def test_hosted_meeting_keeps_the_guests_partner(text: str, host: str, partner: str) -> None:
    """ "يستضيف X اجتماعا لوزراء A وB مع C": C is at the meeting the host's verb tells too."""
    meetings = [e for e in events_in(text, "ar", PUBLISHED) if e.type == "meeting"]
    assert any(
        host in {c for a in e.source for c in a.codes}
        and partner in {c for a in e.target for c in a.codes}
        for e in meetings
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("الكاميرون تعلق عضويتها في الاتحاد الأفريقي احتجاجاً على القرار", {"CMR"}, {"AU"}),
        (
            "وجمدت الحكومة الغابونية أمس تعاملها مع الاتحاد الأفريقي حتى إشعار آخر.",
            {"GAB"},
            {"AU"},
        ),
    ],
)
def test_suspended_membership_or_frozen_dealings(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "تعلق عضويتها في X", "تجميد تعاملها مع X": relations reduced with X (161)."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "sanction"), source, target)


@pytest.mark.parametrize(
    "text",
    [
        "وشكك الرئيس البولندي في الاتفاق. كما رحبت كينيا بالاتفاق، وأجرى وزير الخارجية الكيني "
        "اتصالاً هاتفياً أمس مع نظيره الأوغندي تناول فيه الخطوات المقبلة.",
        "وأجرى وزير الخارجية الكيني اتصالاً هاتفياً بنظيره الأوغندي، تناول جهود الوساطة بين "
        "السودان وتشاد.",
    ],
)
def test_discussion_verb_after_a_call_is_that_call(text: str) -> None:
    """ "أجرى اتصالا هاتفيا ... تناول فيه" / "...، تناول": what the call covered, no second
    call with other parties."""
    calls = kept(events_in(text, "ar", PUBLISHED), "call")
    assert calls
    assert all({c for a in e.source for c in a.codes} == {"KEN"} for e in calls)
    assert all({c for a in e.target for c in a.codes} == {"UGA"} for e in calls)


def test_call_discussed_by_phone_after_another_call_is_kept() -> None:
    """ "...، كما بحث هاتفيا مع X": a second call with its own phone word stays."""
    text = (
        "وأجرى الرئيس الكيني اتصالا هاتفيا مع نظيره الأوغندي، كما بحث هاتفيا مع رئيس وزراء "
        "إثيوبيا الأوضاع."
    )
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "call"), {"KEN"}, {"ETH"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "تلقى صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر أمس اتصالاً هاتفياً من "
            "فخامة الرئيس الفرنسي إيمانويل ماكرون. وأعرب ماكرون عن تقدير فرنسا للوساطة "
            "القطرية. كما بحث سموه هاتفياً مع رئيس وزراء الهند ناريندرا مودي العلاقات الثنائية.",
            {"QAT"},
            {"IND"},
        ),
        (
            "التقى جلالة الملك عبدالله الثاني أمس الرئيس القبرصي في عمان. وأكد الرئيس القبرصي "
            "دعم بلاده للأردن. كما أجرى جلالته اتصالاً هاتفياً مع الرئيس الإندونيسي.",
            {"JOR"},
            {"IDN"},
        ),
    ],
)
def test_honorific_pronoun_is_the_honoured_person(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "كما بحث سموه هاتفيا مع X": his Highness named before with "صاحب السمو", though
    another leader was the last one named."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "call"), source, target)


@pytest.mark.parametrize(
    "text",
    [
        "زار وزير الخارجية التركي القاهرة أمس. وأشاد الرئيس السوداني بالزيارة إلى مصر.",
        "زار وزير الخارجية الكيني أديس أبابا أمس. ورحب الأمين العام للأمم المتحدة بالزيارة "
        "إلى إثيوبيا.",
    ],
)
def test_welcomed_visit_is_no_visit_of_the_welcomer(text: str) -> None:
    """ "ورحب المبعوث الأممي بالزيارة": the visit told before, welcomed; the UN (or Sudan)
    does not visit."""
    visits = kept(events_in(text, "ar", PUBLISHED), "visit")
    assert visits
    assert not [e for e in visits if {"UN", "SDN"} & {c for a in e.source for c in a.codes}]
