"""The Arabic trigger lexicon (kg/resources/ar/triggers.yaml): it loads, every entry is valid,
every CAMEO code exists, and our own sentences get the event type they should.

The lookups use a small reference matcher written from the semantics in
kg.resources.schema.TriggerEntry (verbs through the generated verb index, nouns with clitics and
suffixes, phrases with gaps and choices, requires/excludes within the window, the most specific
entry winning). It checks the data, not the extraction engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kg.extract.ar_verbs import FUTURE_VOWELS, VerbReading, build_verb_index
from kg.resources import load_resource
from kg.resources.schema import TriggerEntry, TriggersFile
from kg.text.normalize import fold_key

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "schemas" / "ontology.yaml"
REFERENCE = Path("/work/shared/reference")
CODEBOOK = REFERENCE / "CAMEO-manual-1.1b3.txt"
PLOVER_TABLE = REFERENCE / "CAMEO2PLOVER-2021.txt"

KG_TYPES = {
    "call", "visit", "meeting", "negotiation", "proposal", "threat", "agreement", "intent",
    "demand", "appeal", "accusation", "rejection", "support", "sanction", "military", "aid",
    "cooperation", "statement", "yield", "investigate", "protest", "coerce",
}  # fmt: skip

LEXICON = load_resource("ar/triggers.yaml", TriggersFile)
ENTRIES = LEXICON.triggers
IDS = [f"{i:03d}-{e.cameo}" for i, e in enumerate(ENTRIES)]
_HARAKAT = re.compile("[\u064b-\u0652]")


def _ontology_types() -> dict[str, str]:
    data = yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))
    return {str(e["cameo"]): str(e["type"]) for e in data["events"]}


DEFAULT_TYPE = _ontology_types()


def _codebook_codes() -> set[str]:
    if CODEBOOK.exists():
        return set(re.findall(r"^CAMEO (\d{2,4})$", CODEBOOK.read_text(encoding="utf-8"), re.M))
    if PLOVER_TABLE.exists():
        return set(re.findall(r"^(\d{2,4}):", PLOVER_TABLE.read_text(encoding="utf-8"), re.M))
    return set(DEFAULT_TYPE)  # outside this workspace the ontology is the codebook's copy


def _type(entry: TriggerEntry) -> str:
    return entry.type or DEFAULT_TYPE[entry.cameo]


# --- the file and its entries --------------------------------------------------------------------


def test_ar_triggers_loads_through_the_schema() -> None:
    assert LEXICON.lang == "ar"
    assert LEXICON.source.strip()
    assert 150 <= len(ENTRIES) <= 300


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_ar_triggers_entry_is_valid(entry: TriggerEntry) -> None:
    assert entry.verbs or entry.nouns or entry.phrases, "nothing to match"
    assert entry.type is None or entry.type in KG_TYPES
    assert entry.cameo in DEFAULT_TYPE, "not in schemas/ontology.yaml"
    assert _type(entry) in KG_TYPES
    assert 0 < entry.weight <= 2 and 1 <= entry.window <= 12
    assert not entry.lemmas, "lemmas are for English; Arabic uses verbs and nouns"
    for lemma, vowel in entry.verbs:
        assert vowel in FUTURE_VOWELS, (lemma, vowel)
        assert _HARAKAT.search(lemma), f"{lemma}: verbs are written vocalised"
    for noun in entry.nouns:
        assert " " not in noun.strip(), f"{noun}: a noun is one token; use a phrase"
    # phrases, context words and prepositions are written folded (the form tokens have)
    words = [w for p in entry.phrases for t in p.split() for w in t.split("|") if w != "*"]
    words += entry.requires + entry.excludes + entry.frame.target_preps + entry.frame.source_preps
    assert [w for w in words if fold_key(w) != w] == []
    for phrase in entry.phrases:
        tokens = phrase.split()
        assert tokens[0] != "*" and tokens[-1] != "*", phrase
    if entry.frame.source == "prep":
        assert entry.frame.source_preps


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_ar_triggers_code_is_in_the_codebook(entry: TriggerEntry) -> None:
    assert entry.cameo in _codebook_codes()


def test_ar_triggers_cover_every_kg_type() -> None:
    assert {_type(e) for e in ENTRIES} == KG_TYPES


def test_ar_triggers_verbs_are_few_enough_for_a_fast_index() -> None:
    verbs = {tuple(v) for e in ENTRIES for v in e.verbs}
    assert 100 <= len(verbs) <= 300


# --- a reference matcher over our own sentences --------------------------------------------------

_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "وس", "س")
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")


@pytest.fixture(scope="module")
def verb_index() -> dict[str, tuple[VerbReading, ...]]:
    return build_verb_index({tuple(v) for e in ENTRIES for v in e.verbs}, cache=False)


def _keys(token: str, verb_index: dict[str, tuple[VerbReading, ...]]) -> set[str]:
    """A folded token, the lemmas of its verb readings, its stems without clitics/suffixes."""
    keys = {token} | {r.lemma for r in verb_index.get(token, ())}
    for pre in _PROCLITICS:
        if not token.startswith(pre) or len(token) - len(pre) < 2:
            continue
        rest = token[len(pre) :]
        stems = {rest}
        if rest.startswith("ال"):
            stems.add(rest[2:])
        if pre.endswith("ل") and rest.startswith("ل"):
            stems.add(rest[1:])  # لل = ل + ال
        for stem in list(stems):
            if stem.endswith("ا") and len(stem) > 3 and not stem.endswith("ها"):
                stems.add(stem[:-1])  # tanween alef: اتصالا
            for suffix in _SUFFIXES:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                    base = stem[: -len(suffix)]
                    stems.add(base[:-1] + "ه" if base.endswith("ت") else base)  # زيارته
                    stems.add(base)
        keys |= {s for s in stems if len(s) >= 2}
    return keys


@dataclass(frozen=True)
class _Hit:
    entry: TriggerEntry
    end: int
    length: int

    @property
    def rank(self) -> tuple[bool, int, float]:
        return (bool(self.entry.requires), self.length, self.entry.weight)


def _near(keys: list[set[str]], start: int, end: int, words: list[str], window: int) -> bool:
    for j in range(max(0, start - window), min(len(keys), end + window)):
        if start <= j < end:
            continue
        for word in words:
            seq = word.split()
            if all(j + m < len(keys) and seq[m] in keys[j + m] for m in range(len(seq))):
                return True
    return False


def _match_phrase(elements: list[str], keys: list[set[str]], pos: int, k: int) -> int | None:
    if k == len(elements):
        return pos
    if elements[k] == "*":
        for skip in range(5):
            end = _match_phrase(elements, keys, pos + skip, k + 1)
            if end is not None:
                return end
        return None
    if pos < len(keys) and set(elements[k].split("|")) & keys[pos]:
        return _match_phrase(elements, keys, pos + 1, k + 1)
    return None


def _best(
    sentence: str, trigger: str, verb_index: dict[str, tuple[VerbReading, ...]]
) -> TriggerEntry | None:
    tokens = fold_key(sentence).split()
    i = tokens.index(fold_key(trigger))
    keys = [_keys(t, verb_index) for t in tokens]
    hits: list[_Hit] = []
    for entry in ENTRIES:
        spans: list[tuple[int, int]] = []
        if {fold_key(v) for v, _ in entry.verbs} & {r.lemma for r in verb_index.get(tokens[i], ())}:
            spans.append((i + 1, 1))
        if {fold_key(n) for n in entry.nouns} & keys[i]:
            spans.append((i + 1, 1))
        for phrase in entry.phrases:
            elements = phrase.split()
            end = _match_phrase(elements, keys, i, 0)
            if end is not None:
                spans.append((end, sum(1 for e in elements if e != "*")))
        for end, length in spans:
            if entry.excludes and _near(keys, i, end, entry.excludes, entry.window):
                continue
            if entry.requires and not _near(keys, i, end, entry.requires, entry.window):
                continue
            hits.append(_Hit(entry, end, length))
    return max(hits, key=lambda h: h.rank).entry if hits else None


CASES: list[tuple[str, str, str | None]] = [
    # call
    ("أجرى وزير الخارجية اتصالا هاتفيا مع نظيره الفرنسي", "أجرى", "call"),
    ("بحث الرئيس مع نظيره الروسي هاتفيا الأوضاع في المنطقة", "بحث", "call"),
    ("تلقى الملك اتصالا هاتفيا من الرئيس المصري", "تلقى", "call"),
    ("واتصل الوزير بنظيره التركي أمس", "واتصل", "call"),
    ("وناقش الرئيسان في اتصالات هاتفية متكررة ملف الحدود", "اتصالات", "call"),
    ("وجرى خلال المكالمة استعراض العلاقات", "المكالمة", "call"),
    # visit
    ("زار رئيس الوزراء الهندي باريس الأسبوع الماضي", "زار", "visit"),
    ("ستزور المبعوثة الأممية دمشق غدا", "ستزور", "visit"),
    ("ووصل الرئيس الكيني إلى أديس أبابا مساء السبت", "ووصل", "visit"),
    ("حط وزير الخارجية الإيراني رحاله في الكويت", "حط", "visit"),
    ("وتوجه الأمير إلى العاصمة الأردنية", "وتوجه", "visit"),
    ("وتأتي زيارته للمغرب بعد أسابيع من التوتر", "زيارته", "visit"),
    ("استقبل الرئيس التونسي نظيره الجزائري الذي يقوم بزيارة رسمية", "استقبل", "visit"),
    ("في جولة خليجية تشمل الدوحة والمنامة", "جولة", "visit"),
    ("وسينتقل المبعوث الأممي، بعد ظهر غد، إلى عمان", "وسينتقل", "visit"),
    ("ويصل الرئيس الفنلندي بعد غد إلى طوكيو", "ويصل", "visit"),
    ("أجرى رئيس الوزراء الياباني في الشهر الماضي أول زيارة رسمية إلى هانوي", "أجرى", "visit"),
    ("وسافر الرئيس الغاني مساء الأحد إلى لاغوس", "وسافر", "visit"),
    ("قبل أن يتوجه غدا إلى العاصمة الكينية", "يتوجه", "visit"),
    # meeting
    ("والتقى الوزير السوداني رئيس المفوضية الأفريقية", "والتقى", "meeting"),
    ("واجتمع وزراء الخارجية العرب مع المبعوث الأممي", "واجتمع", "meeting"),
    ("عقد الجانبان اجتماعا مغلقا في جنيف", "عقد", "meeting"),
    ("واستقبل الرئيس السنغالي السفير الياباني في مكتبه", "واستقبل", "meeting"),
    ("وتناولت المباحثات بين الجانبين ملف الحدود", "المباحثات", "meeting"),
    ("تسعى الخارجية إلى تعزيز اتصالاتها مع فصائل المعارضة", "اتصالاتها", None),
    ("وبحث الوزير مع نظيره الكوري سبل التعاون", "وبحث", "meeting"),
    ("أجرى وزير الدفاع محادثات مع قادة الجيش الباكستاني", "أجرى", "meeting"),
    ("استدعت الخارجية السفير الإيطالي لديها", "استدعت", "meeting"),
    # negotiation
    ("واستؤنفت المفاوضات بين البلدين في فيينا", "المفاوضات", "negotiation"),
    ("تتفاوض الحكومة مع المتمردين منذ أشهر", "تتفاوض", "negotiation"),
    ("انطلقت جولة مفاوضات جديدة في مسقط", "جولة", "negotiation"),
    # proposal
    ("اقترحت اليابان على الصين عقد قمة ثلاثية", "اقترحت", "proposal"),
    ("وطرحت فرنسا مبادرة لإنهاء الأزمة", "وطرحت", "proposal"),
    ("قدمت الجامعة العربية مشروع قرار إلى مجلس الأمن", "قدمت", "proposal"),
    ("رحبت الأطراف بالمبادرة المصرية", "بالمبادرة", "proposal"),
    # threat
    ("هدد الرئيس جيرانه بالحرب", "هدد", "threat"),
    ("وتوعد قائد الجيش المسلحين برد قاس", "وتوعد", "threat"),
    ("حذر الوزير الحكومة الإثيوبية من عواقب وخيمة", "حذر", "threat"),
    ("ولوح الاتحاد الأوروبي بفرض عقوبات جديدة", "ولوح", "threat"),
    ("وحذر الوزير جيرانه من أنه إذا لم يسحبوا قواتهم فسيرد بقوة", "وحذر", "threat"),
    # agreement
    ("وقعت الهند وبنغلادش اتفاقية لتقاسم المياه", "وقعت", "agreement"),
    ("توصل الطرفان إلى اتفاق لوقف القتال", "توصل", "agreement"),
    ("وأبرمت الحكومتان صفقة كبرى", "وأبرمت", "agreement"),
    ("ووقع الجانبان مذكرة تفاهم في مجال الطاقة", "مذكرة", "agreement"),
    ("وتم التوصل إلى اتفاق بين الحكومة والنقابات", "التوصل", "agreement"),
    ("واتفق وزيرا الدفاع على تشكيل لجنة عسكرية مشتركة", "واتفق", "agreement"),
    # intent
    ("أبدى الرئيس استعداده للحوار مع المعارضة", "أبدى", "intent"),
    ("أعلنت الحكومة استعدادها للتفاوض", "استعدادها", "intent"),
    ("يعتزم الوزير زيارة المنطقة الشهر المقبل", "يعتزم", "intent"),
    # demand
    ("وطالب المجلس الحكومة بإطلاق سراح المعتقلين", "وطالب", "demand"),
    ("يجب على الحكومة أن تتحمل مسؤولياتها", "يجب", "demand"),
    ("وأكد أنه على الحكومة الإثيوبية أن تفرج عن المعتقلين", "أنه", "demand"),
    ("وقال إن على البرلمان أن يصادق على الموازنة فورا", "إن", "demand"),
    # appeal
    ("ودعا الأمين العام الأطراف إلى ضبط النفس", "ودعا", "appeal"),
    ("وناشدت المنظمة المجتمع الدولي حماية المدنيين", "وناشدت", "appeal"),
    ("وحث الرئيس البرلمان على إقرار الميزانية", "وحث", "appeal"),
    # accusation
    ("اتهمت الحكومة الجماعة بتنفيذ الهجوم", "اتهمت", "accusation"),
    ("وأدانت الخارجية القصف الذي طال المدنيين", "وأدانت", "accusation"),
    ("ندد البرلمان بالاعتداءات على الصحفيين", "ندد", "accusation"),
    ("وحمل الرئيس الاحتلال المسؤولية الكاملة", "وحمل", "accusation"),
    (
        "وحمّل وزير الخارجية الأردني أيمن الصفدي في بيان رسمي الحكومة الإسرائيلية المسؤولية",
        "وحمّل",
        "accusation",
    ),
    ("وانتقد الوزير سياسة الحكومة السابقة", "وانتقد", "accusation"),
    # rejection
    ("رفضت الحكومة المقترح الأمريكي", "رفضت", "rejection"),
    ("ونفى المتحدث وجود قوات أجنبية", "ونفى", "rejection"),
    # support
    ("رحب المجلس بالاتفاق الجديد", "رحب", "support"),
    ("وأشاد الرئيس بجهود الوسطاء", "وأشاد", "support"),
    ("وثمن الوزير الدور القطري", "وثمن", "support"),
    # sanction
    ("فرضت الولايات المتحدة عقوبات على شركات روسية", "فرضت", "sanction"),
    ("قطعت الدولة علاقاتها الدبلوماسية مع جارتها", "قطعت", "sanction"),
    ("استدعت الحكومة سفيرها لدى موسكو للتشاور", "استدعت", "sanction"),
    ("وطردت السلطات ثلاثة دبلوماسيين", "وطردت", "sanction"),
    ("سحبت الدولة سفيرها من العاصمة", "سحبت", "sanction"),
    # military
    ("شنت الطائرات غارات على مواقع المسلحين", "شنت", "military"),
    ("وقصفت المدفعية القرى الحدودية", "وقصفت", "military"),
    ("نشرت الدولة قوات إضافية على الحدود", "نشرت", "military"),
    ("وأجرت القوات البحرية مناورات مشتركة", "مناورات", "military"),
    ("وتسلمت القوات الجوية طائرات مقاتلة من فرنسا", "وتسلمت", "military"),
    # aid
    ("قدمت اليابان مساعدات إنسانية للاجئين", "مساعدات", "aid"),
    ("ودعمت الحكومة البنك المركزي بمليار دولار", "ودعمت", "aid"),
    # cooperation
    ("وتعاونت الشرطة مع الإنتربول في القضية", "وتعاونت", "cooperation"),
    ("اتفقا على تبادل المعلومات الاستخباراتية", "تبادل", "cooperation"),
    # statement
    ("وقال الناطق باسم الحكومة إن الوضع مستقر", "وقال", "statement"),
    ("وأكد الوزير أن المحادثات مستمرة", "وأكد", "statement"),
    ("صرح المتحدث للصحفيين", "صرح", "statement"),
    # yield
    ("أفرجت السلطات عن عشرين معتقلا", "أفرجت", "yield"),
    ("وأعلنت الفصائل هدنة لمدة أسبوع", "هدنة", "yield"),
    ("انسحبت القوات من المدينة", "انسحبت", "yield"),
    ("وقف إطلاق النار صامد منذ أسبوع", "وقف", "yield"),
    # investigate
    ("فتحت النيابة تحقيقا في الحادث", "فتحت", "investigate"),
    # protest
    ("تظاهر آلاف الطلاب أمام البرلمان", "تظاهر", "protest"),
    ("شارك العمال في إضراب عام", "إضراب", "protest"),
    # coerce
    ("اعتقلت الشرطة خمسة أشخاص", "اعتقلت", "coerce"),
    ("ألقت الشرطة القبض على المشتبه به", "ألقت", "coerce"),
    ("وقررت السلطات ترحيل المهاجرين", "ترحيل", "coerce"),
    # homographs and other senses that must not trigger
    ("وقع الانفجار قرب السفارة", "وقع", None),
    ("قال وزير الخارجية", "وزير", None),
    ("وأعلنت وزارة الخارجية", "وزارة", None),
    ("ارتفع عدد الضحايا ووصل إلى مئة", "ووصل", None),
    ("التي تبلغ قيمتها مليار دولار", "تبلغ", None),
    ("طرح الصحفي سؤالا على الوزير", "طرح", None),
    ("حقق الفريق فوزا كبيرا", "حقق", None),
    ("احتلت الشركة المرتبة الأولى", "احتلت", None),
    ("غير قابل للتفاوض", "قابل", None),
    ("وسيلة لتحقيق الأمن", "لتحقيق", None),
    # a known agreement referred back to, or named as a topic or an aim, is not one reached
    ("انتقد النواب الاتفاق الذي تم التوصل إليه مع طهران", "التوصل", None),
    ("انتقد النواب الاتفاق الذي تم التوصل إليه مع طهران", "الاتفاق", None),
    ("ناقش الوزيران الاتفاق الذي أبرمته الحكومة مع المتمردين", "أبرمته", None),
    ("تبذل الوساطة جهودا كبيرة من أجل التوصل إلى اتفاق", "التوصل", None),
    ("وتستمر المحادثات للتوصل إلى حل سياسي للأزمة", "للتوصل", None),
    ("وناقش الجانبان تطبيق الاتفاق النووي", "الاتفاق", None),
    ("واتفق الوزيران على أن الحل السياسي هو الأفضل", "واتفق", None),
    # contacts, phone interviews, arrivals of things and trips to work are not calls or visits
    ("وقال الوزير في اتصال هاتفي مع القناة الأولى إن الوضع هادئ", "اتصال", None),
    ("وقال إن أي اتصال مع الجماعة يتم عبر الوسطاء", "اتصال", None),
    ("ووصلت طائرات مقاتلة إضافية إلى القاعدة الجوية", "ووصلت", None),
    ("وصلت أعداد اللاجئين في الشهر الماضي إلى مستوى قياسي", "وصلت", None),
    ("وتوجهت الموظفة صباحا إلى عملها", "وتوجهت", None),
    ("وتوجهت في التسجيل إلى الرئيس الفرنسي طالبة مساعدته", "وتوجهت", None),
    ("ووصل المهندس الألماني إلى العراق للعمل في شركة نفطية", "ووصل", None),
    ("وانتقد تدخلها في لبنان بشكل سافر إضافة إلى دعمها للميليشيات", "سافر", None),
]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES]
)
def test_ar_triggers_lookup(
    verb_index: dict[str, tuple[VerbReading, ...]],
    sentence: str,
    trigger: str,
    expected: str | None,
) -> None:
    entry = _best(sentence, trigger, verb_index)
    got = None if entry is None else _type(entry)
    assert got == expected, entry


def test_ar_triggers_lookup_table_covers_every_type() -> None:
    assert {c[2] for c in CASES if c[2]} == KG_TYPES


def test_ar_triggers_frames_of_received_visits_and_calls(
    verb_index: dict[str, tuple[VerbReading, ...]],
) -> None:
    host = _best("استقبل الرئيس ضيفه الذي وصل في زيارة رسمية", "استقبل", verb_index)
    assert host is not None and host.cameo == "043" and _type(host) == "visit"
    # the object (the guest) is the visitor: it must be read as the object to be found
    assert host.frame.source == "object" and host.frame.object_is_target
    called = _best("تلقى الأمير اتصالا هاتفيا من الرئيس", "تلقى", verb_index)
    assert called is not None and _type(called) == "call"
    assert called.frame.source == "prep" and called.frame.source_preps == ["من"]
