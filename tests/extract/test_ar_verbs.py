"""The Arabic verb index: generated forms, clitics, exclusions, collisions, cache, particles.

Test sentences and forms are our own; the surface forms are written the way a newspaper writes
them (with hamzas, shadda where a paper might keep it) and folded like the text is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.extract.ar_verbs import (
    FUTURE_VOWELS,
    NOT_VERBS,
    VerbConjugationError,
    VerbReading,
    build_verb_index,
    cache_dir,
    collisions,
    conjugate,
    tense_after,
)
from kg.resources import load_resource
from kg.resources.schema import TriggersFile
from kg.text.normalize import fold_key

LEXICON = load_resource("ar/triggers.yaml", TriggersFile)
VERBS = sorted({(lemma, vowel) for entry in LEXICON.triggers for lemma, vowel in entry.verbs})


@pytest.fixture(scope="module")
def index() -> dict[str, tuple[VerbReading, ...]]:
    return build_verb_index(VERBS, cache=False)


def _readings(index: dict[str, tuple[VerbReading, ...]], surface: str) -> tuple[VerbReading, ...]:
    return index.get(fold_key(surface), ())


def _has(readings: tuple[VerbReading, ...], lemma: str, **fields: Any) -> bool:
    return any(
        r.vocalised == lemma and all(getattr(r, k) == v for k, v in fields.items())
        for r in readings
    )


# --- every lexicon verb conjugates ---------------------------------------------------------------


@pytest.mark.parametrize(("lemma", "vowel"), VERBS, ids=[v for v, _ in VERBS])
def test_ar_verbs_every_lexicon_verb_conjugates(
    index: dict[str, tuple[VerbReading, ...]], lemma: str, vowel: str
) -> None:
    table = conjugate(lemma, vowel)
    assert table["الماضي المعلوم"]["هو"], "no past tense"
    assert table["المضارع المعلوم"]["هو"], "no present tense"
    assert vowel in FUTURE_VOWELS
    # the lemma itself (3rd person masculine past) is a key with a past reading of that verb
    assert _has(_readings(index, lemma), lemma, tense="past", person=3, number="singular")


# --- the forms a newspaper writes ----------------------------------------------------------------

S, D, P = "singular", "dual", "plural"
M, F = "masculine", "feminine"

FORMS: list[tuple[str, str, dict[str, Any]]] = [
    # زار: every person, tense and clitic a paper uses
    ("زار", "زَارَ", {"tense": "past", "person": 3, "number": S, "gender": M}),
    ("زارت", "زَارَ", {"tense": "past", "person": 3, "number": S, "gender": F}),
    ("يزور", "زَارَ", {"tense": "present", "number": S, "gender": M, "subjunctive": True}),
    ("تزور", "زَارَ", {"tense": "present", "person": 3, "gender": F}),
    ("سيزور", "زَارَ", {"tense": "future", "future_prefix": True, "gender": M}),
    ("ستزور", "زَارَ", {"tense": "future", "future_prefix": True, "gender": F}),
    ("وزار", "زَارَ", {"tense": "past"}),
    ("فزار", "زَارَ", {"tense": "past"}),
    ("وستزور", "زَارَ", {"tense": "future", "person": 3, "gender": F}),
    ("فسيزور", "زَارَ", {"tense": "future"}),
    ("زاروا", "زَارَ", {"tense": "past", "number": P, "gender": M}),
    ("يزورون", "زَارَ", {"tense": "present", "number": P, "subjunctive": False}),
    ("زارا", "زَارَ", {"tense": "past", "number": D, "gender": M}),
    ("زارتا", "زَارَ", {"tense": "past", "number": D, "gender": F}),
    ("يزوران", "زَارَ", {"tense": "present", "number": D}),
    ("زاره", "زَارَ", {"tense": "past", "object_suffix": True}),
    ("وزاروها", "زَارَ", {"tense": "past", "number": P, "object_suffix": True}),
    ("ليزور", "زَارَ", {"lam_prefix": True, "subjunctive": True}),
    ("يُزار", "زَارَ", {"tense": "present", "passive": True}),
    ("نزور", "زَارَ", {"person": 1, "number": P}),
    ("زرنا", "زَارَ", {"tense": "past", "person": 1, "number": P}),
    # التقى: defective verb, alef maqsura, object suffixes
    ("التقى", "اِلْتَقَى", {"tense": "past", "person": 3, "gender": M}),
    ("التقت", "اِلْتَقَى", {"tense": "past", "gender": F}),
    ("التقوا", "اِلْتَقَى", {"tense": "past", "number": P}),
    ("يلتقي", "اِلْتَقَى", {"tense": "present", "passive": False}),
    ("سيلتقي", "اِلْتَقَى", {"tense": "future"}),
    ("وسيلتقي", "اِلْتَقَى", {"tense": "future"}),
    ("التقاه", "اِلْتَقَى", {"tense": "past", "object_suffix": True}),
    ("التقاهم", "اِلْتَقَى", {"object_suffix": True}),
    ("يلتقيان", "اِلْتَقَى", {"number": D}),
    # استقبل: passive past and present, object suffixes
    ("استقبل", "اِسْتَقْبَلَ", {"tense": "past", "passive": False}),
    ("استُقبل", "اِسْتَقْبَلَ", {"tense": "past", "passive": True}),
    ("يستقبل", "اِسْتَقْبَلَ", {"tense": "present"}),
    ("يُستقبَل", "اِسْتَقْبَلَ", {"tense": "present", "passive": True}),
    ("استقبلهم", "اِسْتَقْبَلَ", {"tense": "past", "object_suffix": True}),
    ("استقبلته", "اِسْتَقْبَلَ", {"gender": F, "object_suffix": True}),
    ("سيستقبلهم", "اِسْتَقْبَلَ", {"tense": "future", "object_suffix": True}),
    # وقّع: shadda, passive with the same letters
    ("وقّع", "وَقَّعَ", {"tense": "past", "passive": False}),
    ("وقّعت", "وَقَّعَ", {"tense": "past", "gender": F, "passive": False}),
    ("وُقّعت", "وَقَّعَ", {"tense": "past", "gender": F, "passive": True}),
    ("يوقّع", "وَقَّعَ", {"tense": "present"}),
    ("وقّعا", "وَقَّعَ", {"number": D}),
    ("سيوقعان", "وَقَّعَ", {"tense": "future", "number": D}),
    # اتصل، دعا، فرض، شنّ، حطّ، تلقى، رفض، اتهم
    ("اتصل", "اِتَّصَلَ", {"tense": "past"}),
    ("اتصلت", "اِتَّصَلَ", {"gender": F}),
    ("يتصل", "اِتَّصَلَ", {"tense": "present"}),
    ("دعت", "دَعَا", {"tense": "past", "gender": F}),
    ("دعوا", "دَعَا", {"tense": "past", "number": P}),
    ("يدعو", "دَعَا", {"tense": "present"}),
    ("دعاه", "دَعَا", {"object_suffix": True}),
    ("دُعي", "دَعَا", {"tense": "past", "passive": True}),
    ("فُرضت", "فَرَضَ", {"tense": "past", "passive": True, "gender": F}),
    ("ستُفرض", "فَرَضَ", {"tense": "future", "passive": True}),
    ("شنّت", "شَنَّ", {"tense": "past", "gender": F}),
    ("يشنون", "شَنَّ", {"tense": "present", "number": P}),
    ("وسيحط", "حَطَّ", {"tense": "future"}),
    ("تلقى", "تَلَقَّى", {"tense": "past"}),
    ("تلقاه", "تَلَقَّى", {"tense": "past", "object_suffix": True}),
    ("رفضوا", "رَفَضَ", {"tense": "past", "number": P}),
    ("اتُّهم", "اِتَّهَمَ", {"tense": "past", "passive": True}),
    ("اتهمه", "اِتَّهَمَ", {"object_suffix": True}),
    # the seed article's forms
    ("أبلغ", "أَبْلَغَ", {"tense": "past"}),
    ("أبلغت", "أَبْلَغَ", {"tense": "past", "gender": F}),
    ("وأبلغ", "أَبْلَغَ", {"tense": "past"}),
    ("أبلغه", "أَبْلَغَ", {"object_suffix": True}),
    ("يبلغ", "أَبْلَغَ", {"tense": "present"}),
    ("بحث", "بَحَثَ", {"tense": "past"}),
    ("وبحث", "بَحَثَ", {"tense": "past"}),
    ("يبحث", "بَحَثَ", {"tense": "present"}),
    ("بحثا", "بَحَثَ", {"number": D}),
    ("طرحت", "طَرَحَ", {"tense": "past", "gender": F}),
    ("يطرح", "طَرَحَ", {"tense": "present"}),
    ("هدد", "هَدَّدَ", {"tense": "past"}),
    ("وهدد", "هَدَّدَ", {"tense": "past"}),
    ("يهدد", "هَدَّدَ", {"tense": "present"}),
    ("هددت", "هَدَّدَ", {"gender": F}),
    ("أكد", "أَكَّدَ", {"tense": "past"}),
    ("وأكد", "أَكَّدَ", {"tense": "past"}),
    ("يؤكد", "أَكَّدَ", {"tense": "present"}),
    ("أضاف", "أَضَافَ", {"tense": "past"}),
    ("وأضافت", "أَضَافَ", {"tense": "past", "gender": F}),
    ("أفادت", "أَفَادَ", {"tense": "past", "gender": F}),
    ("ذكرت", "ذَكَرَ", {"tense": "past", "gender": F}),
    ("اقترحت", "اِقْتَرَحَ", {"tense": "past", "gender": F}),
    ("تقترح", "اِقْتَرَحَ", {"tense": "present"}),
]


@pytest.mark.parametrize(("surface", "lemma", "fields"), FORMS, ids=[f[0] for f in FORMS])
def test_ar_verbs_newspaper_forms(
    index: dict[str, tuple[VerbReading, ...]], surface: str, lemma: str, fields: dict[str, Any]
) -> None:
    readings = _readings(index, surface)
    assert _has(readings, lemma, **fields), readings


def test_ar_verbs_lookup_is_one_dict_get(index: dict[str, tuple[VerbReading, ...]]) -> None:
    assert isinstance(index, dict)
    assert all(isinstance(k, str) and fold_key(k) == k for k in list(index)[:5000])


def test_ar_verbs_active_reading_comes_first(index: dict[str, tuple[VerbReading, ...]]) -> None:
    first = _readings(index, "وقعت")[0]
    assert (first.vocalised, first.passive, first.person) == ("وَقَّعَ", False, 3)
    assert _readings(index, "ستزور")[0].person == 3


def test_ar_verbs_hamza_spelling_variants() -> None:
    index = build_verb_index([("بَدَأَ", "فتحة")], cache=False)
    for surface in ("بدأوا", "بدؤوا", "يبدأون", "يبدؤون", "سيبدأ"):
        assert fold_key(surface) in index, surface


@pytest.mark.parametrize(
    "surface",
    [
        "تزورين",  # second person feminine: news prose addresses no one so
        "زرتما",  # second person dual
        "زر",  # two-letter imperative
        "يزر",  # three-letter jussive, mostly other words (يقل "is less")
        "زرتموه",  # object suffix on a second-person subject
        "يزورنّ",  # energetic mood
        "وزير",  # و + passive زِير: the minister (NOT_VERBS)
        "وزارته",  # و + زارته: his ministry (NOT_VERBS)
    ],
)
def test_ar_verbs_forms_left_out_on_purpose(
    index: dict[str, tuple[VerbReading, ...]], surface: str
) -> None:
    assert fold_key(surface) not in index


# --- exclusions and collisions -------------------------------------------------------------------


def test_ar_verbs_not_verbs_are_excluded_and_none_is_dead(
    index: dict[str, tuple[VerbReading, ...]],
) -> None:
    unfiltered = build_verb_index(VERBS, exclude=(), cache=False)
    assert not NOT_VERBS & index.keys()
    dead = sorted(w for w in NOT_VERBS if w not in unfiltered)
    assert not dead, f"NOT_VERBS entries no lexicon verb generates: {dead}"
    assert all(fold_key(w) == w for w in NOT_VERBS)


# Forms two lexicon verbs share, each one deliberate:
# - أدان / دان: both "condemn" (accusation 111), e.g. يدين.
# - أشار / شارك: أشارك (I take part) vs أشار + ك; شارك only triggers with بقوات & co.
# - ألقى / تلقّى: تلقى folds to تلقي, the present of ألقى; both entries need context words
#   (اتصالا for the call, اللوم or القبض for ألقى).
# - تسلّم / سلّم: تسلم is تسلّم's past and سلّم's present; both arms transfers (072).
# - تفاوض / فاوض: both negotiation (046).
# - حكم / فتح: فتحكم (ف + تحكم, or فتح + كم); both need context words.
# - أقام / قام: the passives يُقام، تُقام are forms of both; both need context words (أقام دعوى
#   for lawsuits, قام بزيارة for visits), so a shared form is read by its context.
# Not a collision any more: توصل is also the passive present of وصل (تُوصَل), but an active
# reading of one verb hides the passive of another (test below).
EXPECTED_COLLISIONS = {
    ("أَدَانَ", "دَانَ"),
    ("أَشَارَ", "شَارَكَ"),
    ("أَقَامَ", "قَامَ"),
    ("أَلْقَى", "تَلَقَّى"),
    ("تَسَلَّمَ", "سَلَّمَ"),
    ("تَفَاوَضَ", "فَاوَضَ"),
    ("حَكَمَ", "فَتَحَ"),
}


def test_ar_verbs_collisions_are_the_documented_ones(
    index: dict[str, tuple[VerbReading, ...]],
) -> None:
    found = collisions(index)
    assert set(found) == EXPECTED_COLLISIONS, {k: v[:5] for k, v in found.items()}
    # a collision keeps every reading
    both = {r.vocalised for r in index["تلقي"]}
    assert both == {"أَلْقَى", "تَلَقَّى"}


def test_ar_verbs_active_reading_hides_another_verbs_passive(
    index: dict[str, tuple[VerbReading, ...]],
) -> None:
    assert {r.vocalised for r in _readings(index, "توصل")} == {"تَوَصَّلَ"}
    only_wasala = build_verb_index([("وَصَلَ", "كسرة")], cache=False)
    assert _has(_readings(only_wasala, "توصل"), "وَصَلَ", passive=True)


def test_ar_verbs_collisions_report_shared_forms() -> None:
    index = build_verb_index([("قَدَّمَ", "كسرة"), ("قَدِمَ", "فتحة")], cache=False)
    shared = collisions(index)[("قَدَّمَ", "قَدِمَ")]
    assert {"قدم", "يقدم", "وقدم"} <= set(shared)


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lemma", "vowel"), [("زَارَ", "ضمه"), ("xyz", "ضمة"), ("", "فتحة")])
def test_ar_verbs_bad_pair_raises(lemma: str, vowel: str) -> None:
    with pytest.raises(VerbConjugationError) as err:
        build_verb_index([(lemma, vowel)], cache=False)
    assert err.value.lemma == lemma


# --- cache ---------------------------------------------------------------------------------------

SMALL = [("زَارَ", "ضمة"), ("اِلْتَقَى", "كسرة")]


def test_ar_verbs_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    built = build_verb_index(SMALL)
    files = list(tmp_path.glob("ar-verbs-*.marshal"))
    assert len(files) == 1
    loaded = build_verb_index(list(reversed(SMALL)))  # same set, any order: same cache file
    assert loaded == built
    assert loaded is not built
    assert list(tmp_path.glob("ar-verbs-*.marshal")) == files


def test_ar_verbs_cache_key_follows_the_verb_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    build_verb_index(SMALL)
    other = build_verb_index([("زَارَ", "ضمة")])
    assert len(list(tmp_path.glob("ar-verbs-*.marshal"))) == 2
    assert "يلتقي" not in other


def test_ar_verbs_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    built = build_verb_index(SMALL)
    (path,) = tmp_path.glob("ar-verbs-*.marshal")
    path.write_bytes(b"not marshal data")
    assert build_verb_index(SMALL) == built


def test_ar_verbs_unwritable_cache_dir_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))  # mkdir fails, even for root
    index = build_verb_index(SMALL)
    assert "سيزور" in index
    assert blocker.is_file()


def test_ar_verbs_cache_dir_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "kg"


# --- particles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "surface", "expected"),
    [
        (None, "يزور", ("present", False)),
        ("سوف", "يزور", ("future", False)),
        ("وسوف", "تزور", ("future", False)),
        ("لم", "يزوروا", ("past", True)),
        ("ولم", "يلتق", ("past", True)),
        ("لن", "يزور", ("future", True)),
        ("فلن", "تلتقي", ("future", True)),
        ("لا", "يزور", ("present", True)),
        ("ثم", "زار", ("past", False)),
        ("لم", "زار", ("past", False)),  # لم takes no past form: not read as a negation
        ("ما", "زار", ("past", False)),  # mostly the relative "what" in news prose
        (None, "سيزور", ("future", False)),
    ],
)
def test_ar_verbs_tense_after_particles(
    index: dict[str, tuple[VerbReading, ...]],
    previous: str | None,
    surface: str,
    expected: tuple[str, bool],
) -> None:
    reading = _readings(index, surface)[0]
    assert tense_after(reading, previous) == expected


def test_ar_verbs_jussive_flags(index: dict[str, tuple[VerbReading, ...]]) -> None:
    (plural,) = [r for r in _readings(index, "يزوروا") if not r.passive]
    assert plural.jussive and plural.subjunctive
    assert not any(r.jussive for r in _readings(index, "يزورون"))
    assert any(r.jussive and not r.subjunctive for r in _readings(index, "يلتق"))
