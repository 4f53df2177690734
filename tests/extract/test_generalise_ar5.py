"""Arabic failure classes generalised from the third and fourth held-out sets
(tests/extract/heldout3/ar, heldout4/ar), each checked on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import events_in, has_sides, kept

PUBLISHED = date(2024, 5, 2)  # a Thursday


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # the council as the object of a demand
        (
            "عقد مجلس الأمن الدولي جلسة طارئة أمس لبحث الأزمة. "
            "وطالبت البرازيل المجلس بفرض عقوبات على كولومبيا.",
            "demand",
            {"BRA"},
            {"UN"},
        ),
        # the council as the subject
        (
            "اجتمع مجلس الأمن أمس في نيويورك. وطالب المجلس فنزويلا بسحب قواتها من الحدود.",
            "demand",
            {"UN"},
            {"VEN"},
        ),
        (
            "عقد وزراء خارجية مجلس التعاون الخليجي اجتماعا في مسقط أمس. "
            "وأدان المجلس في ختامه الهجمات الإيرانية على ناقلات النفط.",
            "accusation",
            {"GCC"},
            {"IRN"},
        ),
    ],
)
def test_council_taken_up_by_its_head_noun(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "مجلس الأمن ... وطالب المجلس": the council named before, its code (UN, GCC)."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), type_), source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("أعادت هولندا أمس فرض عقوبات الأمم المتحدة على كوريا الشمالية.", {"NLD"}, {"PRK"}),
        (
            "قررت النرويج أمس إعادة فرض عقوبات الاتحاد الأوروبي على بيلاروسيا.",
            {"NOR"},
            {"BLR"},
        ),
        ("فرضت كندا أمس عقوبات جديدة على ميانمار.", {"CAN"}, {"MMR"}),
    ],
)
def test_reimposed_sanctions_of_an_organisation(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "إعادة فرض عقوبات الأمم المتحدة على X": re-imposing tells the sanctions as an act, and
    the organisation in their genitive is whose they are; the one after "على" is sanctioned."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "sanction"), source, target)


def test_possibility_of_sanctions_is_no_sanction() -> None:
    """ "إمكانية إعادة فرضها": a possibility, not sanctions imposed."""
    text = (
        "وطالب النواب الهولنديون أمس بتوضيح توقيت رفع العقوبات عن فنزويلا "
        "وإمكانية إعادة فرضها إن انتهكت فنزويلا الاتفاق."
    )
    assert not kept(events_in(text, "ar", PUBLISHED), "sanction")


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("التقى الوفدان الكيني والإثيوبي أمس في جيبوتي.", "meeting", {"KEN"}, {"ETH"}),
        (
            "قصفت القوات الأمريكية والبريطانية أمس مواقع في اليمن.",
            "military",
            {"USA", "GBR"},
            {"YEM"},
        ),
    ],
)
def test_demonym_sharing_the_head_noun(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "الوفدان الكيني والإثيوبي", "القوات الأمريكية والبريطانية": the second demonym shares
    the head noun of the first and is a party too, not a modifier."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), type_), source, target)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "وأدان المجلس الوزاري لمجلس التعاون أمس الهجمات الإيرانية على السفن.",
            "accusation",
            {"GCC"},
            {"IRN"},
        ),
        (
            "وطالبت الأمانة العامة لجامعة الدول العربية أمس إثيوبيا بوقف الملء الأحادي.",
            "demand",
            {"ARL"},
            {"ETH"},
        ),
    ],
)
def test_organ_of_an_organisation_acts_for_it(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "المجلس الوزاري لمجلس التعاون", "الأمانة العامة لجامعة الدول العربية": a body of the
    organisation (head noun, adjectives, لـ) is the party, not a prepositional phrase."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), type_), source, target)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "وأكد وزير الخارجية الكيني أمس، رفضه التام للاعتداءات الإثيوبية على الحدود.",
            "accusation",
            {"KEN"},
            {"ETH"},
        ),
        (
            "وجدد الرئيس التشادي أمس، إدانته الشديدة للهجمات الليبية على المعابر.",
            "accusation",
            {"TCD"},
            {"LBY"},
        ),
    ],
)
def test_masdar_before_an_adjective_of_degree(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "، رفضه التام للاعتداءات": the word before "التام" is the masdar with a possessive
    (his total rejection), not a verb with an object pronoun whose subject follows."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), type_), source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "وطالبت منظمة التعاون الإسلامي في بيانها الختامي أمس الهند بوقف الاعتداءات. "
            "ورفضت وزارة الخارجية الهندية في وقت لاحق اليوم ما ورد في البيان بشأن كشمير.",
            {"IND"},
            {"OIC"},
        ),
    ],
)
def test_rejection_of_what_a_statement_said(text: str, source: set[str], target: set[str]) -> None:
    """ "رفضت ... ما ورد في البيان", past a time adjunct: the statement's maker is the target."""
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "rejection"), source, target)


def test_council_named_in_its_officers_title() -> None:
    """ "الأمين العام لمجلس التعاون ... وأدان المجلس": the council of the officer's title, not a
    council named before it (the Security Council)."""
    text = (
        "عقد مجلس الأمن الدولي أمس جلسة بشأن اليمن. "
        "وأكد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم محمد البديوي أمس موقف الدول الأعضاء. "
        "وأدان المجلس في بيانه أمس الهجمات الإيرانية على الناقلات."
    )
    assert has_sides(kept(events_in(text, "ar", PUBLISHED), "accusation"), {"GCC"}, {"IRN"})


@pytest.mark.parametrize(
    "text",
    [
        "الدوحة في 3 مايو / قنا / استقبل أمير دولة قطر أمس فخامة الرئيس عبد المجيد تبون رئيس "
        "الجمهورية الجزائرية الديمقراطية الشعبية الشقيقة، الذي وصل إلى البلاد في زيارة رسمية.",
        "الدوحة في 3 مايو / قنا / استقبل أمير دولة قطر أمس الرئيس الجزائري عبد المجيد تبون، "
        "الذي وصل إلى البلاد في زيارة رسمية.",
    ],
)
def test_guest_who_arrived_in_the_country_of_the_dateline(text: str) -> None:
    """ "أبوظبي في 20 مارس / وام /" is a dateline (date, then the agency's tag), and "الذي وصل
    إلى البلاد" after "رئيس الجمهورية ... الشقيقة" is the guest's visit to its country."""
    assert has_sides(kept(events_in(text, "ar", date(2024, 5, 3)), "visit"), {"DZA"}, {"QAT"})


def test_conjoined_pronoun_complementizer_is_the_speaker() -> None:
    """ "وقال الوزير ...، مؤكدا أن X ...، وأنه سيزور Y": "وأنه" carries the speaker's pronoun
    as "أنه" does; the visitor is the speaker, not the state named just before."""
    text = (
        "وقال وزير الخارجية الإيطالي أنطونيو تاياني أمس إن حكومته تحترم قرار تونس، "
        "مؤكدا أن تونس شريك موثوق، وأنه سيزور الجزائر مطلع الشهر المقبل."
    )
    visits = kept(events_in(text, "ar", PUBLISHED), "visit")
    assert has_sides(visits, {"ITA"}, {"DZA"})
    assert not has_sides(visits, {"TUN"}, {"DZA"})


@pytest.mark.parametrize(
    "text",
    [
        "وكانت إثيوبيا قد أبلغت كينيا رسميا أمس ببدء الملء، وهو ما رفضته نيروبي في رسالة "
        "إلى الأمم المتحدة.",
        "وكانت إثيوبيا قد أعلنت أمس بدء الملء الثالث، وهذا ما رفضته نيروبي بشدة.",
    ],
)
def test_relative_ma_rejection(text: str) -> None:
    """ "وهو ما رفضته نيروبي": ما after "وهو" is the relative "what", not a negator; what was
    rejected is what the clause before told, so its subject is the target."""
    events = events_in(text, "ar", PUBLISHED)
    assert has_sides(kept(events, "rejection"), {"KEN"}, {"ETH"})
    assert all(e.modality != "negated" for e in events if e.type == "rejection")
