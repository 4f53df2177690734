"""Arabic extraction, class by class: light-verb frames, coordination, joint nouns, tense and
dates, confidence. Our own sentences, one per class of failure seen on the dev corpus."""

from __future__ import annotations

from datetime import date

import pytest

from kg.records import Event
from loaders.article import Article
from tests.extract.helpers import codes as _codes
from tests.extract.helpers import events_in, kept

PUBLISHED = date(2021, 8, 1)  # a Sunday


def _events(text: str, published: date = PUBLISHED) -> list[Event]:
    return events_in(text, "ar", published)


def _kept(text: str, type_: str, published: date = PUBLISHED) -> list[Event]:
    """Events of ``type_`` the default threshold keeps."""
    return kept(_events(text, published), type_)


def _dyads(events: list[Event]) -> list[tuple[set[str], set[str]]]:
    return [(_codes(e.source), _codes(e.target)) for e in events]


# --- light-verb visit frames ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "modality"),
    [
        ("قامت وزيرة الخارجية الألمانية بزيارة إلى تونس أمس", "DEU", "TUN", "asserted"),
        (
            "وتأتي المحادثات قبل الزيارة التي سيقوم بها رئيس الوزراء الياباني إلى الهند.",
            "JPN",
            "IND",
            "planned",
        ),
        (
            "وهذه أول زيارة رسمية يقوم بها رئيس الوزراء الياباني إلى الهند منذ توليه منصبه.",
            "JPN",
            "IND",
            "asserted",
        ),
        (
            "بدأت أمس أول جولة خليجية تقوم بها وزيرة الخارجية الألمانية إلى قطر.",
            "DEU",
            "QAT",
            "asserted",
        ),
    ],
)
def test_events_qama_bi_ziyara_is_a_visit(
    text: str, source: str, target: str, modality: str
) -> None:
    visits = _kept(text, "visit")
    assert visits, _dyads(_events(text))
    assert source in _codes(visits[0].source) and target in _codes(visits[0].target)
    assert visits[0].modality == modality


# --- tense and dates -----------------------------------------------------------------------


def test_modality_noun_takes_the_future_of_its_governing_verb() -> None:
    # the month stands nearer the noun (زيارة) than the verb (سيجري): it is next November
    text = "سيجري رئيس الوزراء الإيطالي ماريو دراغي في نوفمبر أول زيارة له إلى الجزائر."
    visit = _kept(text, "visit")[0]
    assert visit.time.start == date(2021, 11, 1)
    assert visit.modality == "planned"


def test_events_month_and_days_inside_it_are_one_event() -> None:
    text = (
        "سيزور الرئيس الفرنسي إيمانويل ماكرون الجزائر في سبتمبر. "
        "ومن المقرر أن تستمر الزيارة من 7 إلى 9 سبتمبر."
    )
    visits = [e for e in _events(text) if e.type == "visit"]
    assert len(visits) == 1, [(v.time, v.evidence.trigger) for v in visits]
    assert (visits[0].time.start, visits[0].time.end) == (date(2021, 9, 7), date(2021, 9, 9))


# --- roles: who is the subject, who the other side ------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # "بين X وY": the و-phrase after the first side is the second, even when the gazetteer
        # finds only the organisation at its end
        (
            "وتشهد الدوحة غدا مباحثات بين وزير الخارجية الروسي سيرغي لافروف "
            "ووزراء الخارجية في مجلس التعاون الخليجي.",
            "meeting",
            {"RUS"},
            {"GCC"},
        ),
        # "his counterparts" right after a meeting verb or noun are met, not the subject
        (
            "ووصل الوزير الصيني إلى الرياض، حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي.",
            "meeting",
            {"CHN"},
            {"GCC"},
        ),
        (
            "بدأ وزير الخارجية الأمريكي يومه بلقاء نظيره السعودي وأمير قطر.",
            "meeting",
            {"USA"},
            {"SAU", "QAT"},
        ),
        # a state hosting: the object of "تستقبل" is the visitor, also with "في زيارة"
        ("وتستقبل مصر رئيس وزراء تونس في زيارة رسمية.", "visit", {"TUN"}, {"EGY"}),
        ("كما تستقبل السعودية نائب رئيس وزراء اليابان.", "visit", {"JPN"}, {"SAU"}),
        (
            "استقبل الرئيس المصري عبد الفتاح السيسي رئيس وزراء تونس في زيارة رسمية.",
            "visit",
            {"TUN"},
            {"EGY"},
        ),
        # a place fronted before the subject (VSO with a prepositional phrase first)
        ("ووصل إلى مصر أمس الرئيس الفرنسي فرانسوا هولاند.", "visit", {"FRA"}, {"EGY"}),
        (
            "والتقى في روسيا أمس الرئيس الفرنسي فرانسوا هولاند نظيره الروسي.",
            "meeting",
            {"FRA"},
            {"RUS"},
        ),
        # a group's delegation acts for the country the group operates in
        (
            "وسيصل إلى بيروت غدا وفد الائتلاف الوطني السوري برئاسة هادي البحرة.",
            "visit",
            {"SYR"},
            {"LBN"},
        ),
    ],
)
def test_roles_arabic_sides(text: str, type_: str, source: set[str], target: set[str]) -> None:
    events = _kept(text, type_, date(2015, 8, 7))
    assert events, _dyads(_events(text, date(2015, 8, 7)))
    src, tgt = _codes(events[0].source), _codes(events[0].target)
    assert source <= src and target <= tgt, (src, tgt)


def test_mentions_event_noun_after_a_preposition_ends_a_name() -> None:
    from kg.extract.mentions import MentionFinder
    from kg.text.document import build_document

    doc = build_document(
        Article(id="m", text="بدأ وزير الخارجية الأمريكي يومه بلقاء نظيره السعودي", lang="ar")
    )
    mentions = MentionFinder("ar").find(doc.sentences[0].tokens, None)
    tokens = doc.sentences[0].tokens
    texts = [" ".join(t.norm for t in tokens[m.start : m.end]) for m in mentions]
    assert not any("بلقاء" in t for t in texts), texts


def test_events_tour_that_takes_in_countries_is_a_visit_to_them() -> None:
    text = "ووصل وزير الخارجية الياباني إلى القاهرة أمس في جولة إقليمية تشمل أيضا الأردن ولبنان."
    visits = _kept(text, "visit", date(2015, 8, 7))
    assert any(
        _codes(v.source) == {"JPN"} and {"JOR", "LBN"} <= _codes(v.target) for v in visits
    ), _dyads(visits)


# --- mentions: a title and a given name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "code"),
    [
        # the given name alone is on the alias stop-list; the title and the date make it one
        ("استقبل الملك سلمان وزير الخارجية الأردني في جدة.", date(2016, 5, 1), "SAU"),
        ("وصل الملك سلمان إلى القاهرة في زيارة رسمية.", date(2017, 3, 3), "SAU"),
    ],
)
def test_mentions_title_and_given_name_name_the_holder(
    text: str, published: date, code: str
) -> None:
    events = [e for e in _events(text, published) if e.type in ("visit", "meeting")]
    assert events and code in _codes(events[0].source), _dyads(events)


def test_mentions_title_and_given_name_before_the_reign_is_nobody() -> None:
    # Salman became king in 2015: "الملك سلمان" in 2010 is no known holder of the title
    events = _events("وصل الملك سلمان إلى القاهرة في زيارة رسمية.", date(2010, 3, 3))
    assert not any("SAU" in _codes(e.source) for e in events), _dyads(events)


# --- plurals of event nouns are generic -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "kept"),
    [
        # contacts and meetings in general: the plural the matcher made of a listed noun
        ("تواصل الجزائر اتصالات مع الحكومة الليبية ومع الحكومة التونسية.", "call", False),
        ("وتأتي الخطوة بعد لقاءات بين الرياض وأنقرة خلال العام.", "meeting", False),
        # one event, named by the singular with both parties, is still an event
        ("وتأتي الخطوة بعد لقاء وزير الخارجية المصري بنظيره الأردني.", "meeting", True),
        # a plural with its own support is an event
        ("أجرى الرئيس المصري اتصالات هاتفية مع الملك الأردني.", "call", True),
    ],
)
def test_events_generated_plural_of_an_event_noun_is_generic(
    text: str, type_: str, kept: bool
) -> None:
    assert bool(_kept(text, type_)) == kept, _dyads(_events(text))


# --- merging: a one-sided first mention does not swallow every later meeting ----------------


def test_events_one_sided_mention_then_two_meetings_are_two_events() -> None:
    text = (
        "عقد وزير الخارجية الأمريكي أنتوني بلينكن لقاءات في جنيف اليوم. "
        "والتقى بلينكن نظيره الروسي سيرغي لافروف في فندق بالمدينة. "
        "كما التقى بلينكن وزير الخارجية الصيني وانغ يي في المساء."
    )
    meetings = [e for e in _events(text, date(2022, 1, 21)) if e.type == "meeting"]
    others = [_codes(e.target) | _codes(e.source) for e in meetings]
    assert any({"USA", "RUS"} <= c for c in others), others
    assert any({"USA", "CHN"} <= c for c in others), others


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("وتستغرق زيارة بلينكن للرياض يومين، وفق الخارجية الأمريكية.", "USA", "SAU"),
        (
            "وجاءت زيارة وزير الخارجية الفرنسي جان إيف لودريان للجزائر بعد أشهر من التوتر.",
            "FRA",
            "DZA",
        ),
    ],
)
def test_mentions_place_with_a_preposition_after_a_person_is_not_the_person(
    text: str, source: str, target: str
) -> None:
    # "زيارة بلينكن للرياض": the ل/ب place after a named person is a second mention
    events = [e for e in _events(text, date(2022, 1, 21)) if e.type == "visit"]
    assert any(source in _codes(e.source) and target in _codes(e.target) for e in events), _dyads(
        events
    )


# --- roles: a list after a verb is that verb's, not the next clause's subject ---------------


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "وقال الوزير إن قطر تدعم الحكومة الليبية والجيش التونسي، وتركيا تدين الحكومة اليونانية.",
            "accusation",
            {"TUR"},
            "GRC",
        ),
        (
            "وأضاف أن الجزائر تؤيد ليبيا وتونس، وفرنسا تتهم الحكومة الإيطالية بالتقصير.",
            "accusation",
            {"FRA"},
            "ITA",
        ),
    ],
)
def test_roles_list_after_a_verb_ends_at_the_comma(
    text: str, type_: str, source: set[str], target: str
) -> None:
    events = [e for e in _events(text) if e.type == type_]
    assert events, _dyads(_events(text))
    assert _codes(events[0].source) == source and target in _codes(events[0].target), _dyads(events)


# --- merging: the news event is not the same visit told as background -------------------------


@pytest.mark.parametrize(
    "background",
    [
        "ويذكر أن وزير الخارجية الإيطالي كان قد أجرى زيارة إلى الجزائر في مارس الماضي.",
        "وكان وزير الخارجية الإيطالي قد زار الجزائر عام 2019.",
    ],
)
def test_events_background_visit_with_a_month_is_another_event(background: str) -> None:
    text = "وتأتي زيارة وزير الخارجية الإيطالي إلى الجزائر لبحث ملف الطاقة. " + background
    visits = [e for e in _events(text) if e.type == "visit" and "DZA" in _codes(e.target)]
    assert len(visits) == 2, [(v.time, v.evidence.trigger) for v in visits]
    assert any(v.time.precision == "unknown" for v in visits)


# --- dates: speech acts told in the present take the day of the news ------------------------


@pytest.mark.parametrize(
    ("said", "type_", "dated"),
    [
        ("وقال الوزير إن واشنطن تدين الهجمات الإيرانية على السفن.", "accusation", True),
        ("وأضاف أن بلاده تطالب الحكومة الإيرانية بالإفراج عن البحارة.", "demand", True),
        # a visit in the present is not done by saying it: no date from the news peg
        ("وقال الوزير إنه يزور الكويت كل عام.", "visit", False),
    ],
)
def test_dates_present_speech_act_takes_the_news_peg(said: str, type_: str, dated: bool) -> None:
    text = "التقى وزير الخارجية الأمريكي نظيره الأردني في عمان أمس. " + said
    events = [e for e in _events(text) if e.type == type_]
    assert events, _dyads(_events(text))
    assert (events[0].time.start == date(2021, 7, 31)) == dated, events[0].time


@pytest.mark.parametrize(
    ("text", "lang", "type_", "day"),
    [
        (
            "أعلنت الرئاسة المصرية أمس السبت أن قمة ستعقد في القاهرة اليوم بين الرئيس المصري "
            "والملك الأردني.",
            "ar",
            "meeting",
            date(2021, 8, 1),
        ),
        (
            "وذكرت الخارجية التونسية أمس أن مباحثات ستجري في تونس غدا بين وزير الخارجية "
            "التونسي ونظيره الليبي.",
            "ar",
            "meeting",
            date(2021, 8, 2),
        ),
    ],
)
def test_dates_time_on_the_events_side_of_that_wins(
    text: str, lang: str, type_: str, day: date
) -> None:
    events = [e for e in events_in(text, lang, PUBLISHED) if e.type == type_]
    assert events and events[0].time.start == day, [e.time for e in events]


# --- roles: verb, subject, object: a place right after a named subject is the destination ---


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("ويزور لافروف الكويت غدا لبحث العلاقات الثنائية.", "RUS", "KWT"),
        (
            "ووصل بلينكن الرياض قادما من القاهرة التي قالت إنها ستقدم مبادرة إلى الأمم المتحدة.",
            "USA",
            "SAU",
        ),
    ],
)
def test_roles_place_after_a_named_subject_is_the_destination(
    text: str, source: str, target: str
) -> None:
    visits = [e for e in _events(text, date(2022, 1, 21)) if e.type == "visit"]
    assert visits, _dyads(_events(text, date(2022, 1, 21)))
    assert source in _codes(visits[0].source), _dyads(visits)
    assert _codes(visits[0].target) == {target}, _dyads(visits)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وأبدت الجزائر استعدادها لأي وساطة مع الحكومة المالية.", False),
        ("وساطة قطرية تنهي الخلاف بين الصومال وكينيا", False),
        ("وقامت الجزائر بوساطة بين الحكومة المالية والحكومة النيجرية أمس.", True),
    ],
)
def test_events_mediation_noun_needs_a_light_verb(text: str, kept: bool) -> None:
    assert bool(_kept(text, "meeting")) == kept, _dyads(_events(text))


# --- roles: "جاء ذلك خلال ..." ties the previous speaker to the event ------------------------


@pytest.mark.parametrize(
    "occasion",
    [
        "جاء ذلك خلال اجتماع لجامعة الدول العربية في الرباط أمس بمشاركة وزير الخارجية الإسباني.",
        "وجاء ذلك على هامش اجتماع الاتحاد الأفريقي في الرباط أمس مع وزير الخارجية الإسباني.",
    ],
)
def test_roles_previous_speaker_is_a_party_of_the_occasion(occasion: str) -> None:
    text = "وأكد الرئيس التونسي أن الحل السياسي هو الطريق الوحيد في ليبيا. " + occasion
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert meetings, _dyads(_events(text))
    assert _codes(meetings[0].source) == {"TUN"}, _dyads(meetings)
    assert "ESP" in _codes(meetings[0].target), _dyads(meetings)


# --- visits: moving on to the next stop -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("ومن القاهرة سينتقل وزير الخارجية الأمريكي اليوم إلى الرياض.", "USA", "SAU"),
        (
            "على أن يلتقي الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم بالرئيس الليبي وكبار قادة الجيش الليبي، "
            "قبل أن ينتقل غدا إلى تونس.",
            "UN",
            "TUN",
        ),
    ],
)
def test_events_moving_on_to_a_state_is_a_visit(text: str, source: str, target: str) -> None:
    visits = _kept(text, "visit")
    assert visits, _dyads(_events(text))
    assert source in _codes(visits[-1].source) and target in _codes(visits[-1].target), _dyads(
        visits
    )


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "وتشهد الرياض اليوم وغدا مباحثات بين وزير الخارجية السعودي ونظيره العماني.",
            "ar",
            date(2021, 8, 1),
            date(2021, 8, 2),
        ),
        (
            "Russia's foreign minister will hold talks with his Turkish counterpart in Ankara on "
            "Monday and Tuesday.",
            "en",
            date(2021, 8, 2),
            date(2021, 8, 3),
        ),
    ],
)
def test_dates_two_days_joined_by_and_are_a_span(
    text: str, lang: str, start: date, end: date
) -> None:
    events = events_in(text, lang, PUBLISHED)
    meetings = [e for e in events if e.type in ("meeting", "negotiation")]
    assert meetings, [(e.type, e.time) for e in events]
    assert (meetings[0].time.start, meetings[0].time.end) == (start, end), meetings[0].time


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "التقى وزير الخارجية الفرنسي الرئيس اللبناني الجمعة في اليوم الثالث من زيارته إلى لبنان.",
            date(2021, 7, 28),
        ),
        (
            "والتقى وزير الخارجية الفرنسي الرئيس اللبناني الجمعة في اليوم الأول من زيارته إلى لبنان.",
            date(2021, 7, 30),
        ),
    ],
)
def test_dates_nth_day_of_a_visit_counts_back_to_its_start(text: str, start: date) -> None:
    visits = [e for e in _events(text) if e.type == "visit"]
    assert visits and visits[0].time.start == start, [v.time for v in visits]


def test_events_visit_noun_with_its_destination_is_kept() -> None:
    text = (
        "وتحدث وزير الخارجية الإيطالي عن أزمة الهجرة. "
        "وأضاف خلال زيارة إلى تونس أن بلاده تدعم الحكومة التونسية."
    )
    visits = _kept(text, "visit")
    assert visits, _dyads(_events(text))
    assert _dyads(visits)[0] == ({"ITA"}, {"TUN"})


def test_events_reception_then_a_visit_far_after_is_the_guests_visit() -> None:
    # the capital after ب and the guest's title are two mentions; the visit noun comes late
    text = "استقبل أمير قطر بالعاصمة الدوحة الرئيس رجب طيب أردوغان، في زيارة رسمية تستمر يومين."
    visits = _kept(text, "visit")
    assert visits and _dyads(visits)[0] == ({"TUR"}, {"QAT"}), _dyads(_events(text))


# --- modality: not ruling something out is a possibility --------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "ولم يستبعد وزير الخارجية الروسي، في تصريح للصحفيين في موسكو أمس، أن تعقد جولة "
            "جديدة من المحادثات مع الحكومة الأوكرانية قبل نهاية الشهر.",
            "meeting",
        ),
        ("وقال وزير الخارجية الروسي إنه لا يستبعد أن يلتقي نظيره التركي قريبا.", "meeting"),
        ("ومن المرجح أن يزور الرئيس الفرنسي الجزائر في الخريف.", "visit"),
    ],
)
def test_modality_possibility_is_hypothetical(text: str, type_: str) -> None:
    events = [e for e in _events(text) if e.type == type_]
    assert all(e.modality == "hypothetical" for e in events), [(e.type, e.modality) for e in events]
    assert not _kept(text, type_)


# --- a visit noun after the visit verb tells the same visit -----------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "وصل الرئيس الفرنسي إيمانويل ماكرون، مساء أمس، إلى بيروت، في زيارة محاطة بـ"
            "إجراءات مشددة في بلد يعاني من ضربات تشنها إسرائيل.",
            [{"LBN"}],
        ),
        # a noun naming its own other party keeps it
        (
            "وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى بيروت في جولة إقليمية تشمل أيضا دولة الأردن.",
            [{"LBN"}, {"JOR"}],
        ),
    ],
)
def test_events_visit_noun_after_the_verb_tells_the_same_visit(
    text: str, targets: list[set[str]]
) -> None:
    visits = [e for e in _events(text) if e.type == "visit" and e.confidence >= 0.5]
    assert [_codes(v.target) for v in visits] == targets, _dyads(visits)


# --- obligations that include the speaker's own state are commitments -------------------------


@pytest.mark.parametrize(
    ("said", "type_"),
    [
        ("مضيفا أنه يجب على فرنسا والجزائر أن تتعاونا أكثر في مكافحة الإرهاب.", "intent"),
        ("مضيفا أنه يجب على الجزائر أن تتعاون أكثر في مكافحة الإرهاب.", "demand"),
    ],
)
def test_events_obligation_shared_by_the_speaker_is_intent(said: str, type_: str) -> None:
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الفرص كبيرة، " + said
    types = {e.type for e in _events(text, date(2022, 1, 21))}
    assert type_ in types and not ({"intent", "demand"} - {type_}) & types, types


def test_dates_timeline_heading_dates_every_event_of_its_entry() -> None:
    text = (
        "- 3 مارس: الرئيس التونسي يزور الجزائر. "
        "- 9 مايو: الرئيس الجزائري يعرب عن إدانة بلاده واستنكارها للهجوم الإرهابي الذي "
        "استهدف وزارة الداخلية، وذلك خلال اتصال هاتفي بالرئيس التونسي."
    )
    calls = [e for e in _events(text) if e.type == "call"]
    assert calls and calls[0].time.start == date(2021, 5, 9), [c.time for c in calls]


@pytest.mark.parametrize(
    "text",
    [
        "واستهل وزير الخارجية الفرنسي يومه بلقاء وزير الخارجية الأردني والملك الأردني.",
        "واختتم الرئيس الفرنسي زيارته بلقاء الرئيس اللبناني في بيروت.",
    ],
)
def test_roles_bi_liqa_after_a_verb_is_met_by_the_verbs_subject(text: str) -> None:
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert meetings and _codes(meetings[0].source) == {"FRA"}, _dyads(meetings)


def test_events_agreement_reached_during_a_visit_is_between_its_parties() -> None:
    text = (
        "زار ولي العهد السعودي الأمير محمد بن سلمان الأردن، وتم خلال الزيارة الاتفاق على "
        "إنشاء صندوق استثماري مشترك."
    )
    agreements = _kept(text, "agreement")
    assert agreements, _dyads(_events(text))
    assert _dyads(agreements)[0] == ({"SAU"}, {"JOR"})
