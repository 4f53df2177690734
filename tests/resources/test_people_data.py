"""The people gazetteer and the role titles load through their structs and hang together.

Covers ``kg/resources/actors/people.yaml`` and ``kg/resources/{ar,en}/titles.yaml``: ids,
QIDs, role ids shared by both title files, date spells, actor codes, names in both
languages, and coverage of the office holders that news about 2010-2025 names most.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from functools import cache
from importlib.resources import files

import msgspec
import pytest

from kg.resources.schema import PeopleFile, PersonEntry, TitlesFile

LANGS = ("ar", "en")
ORG_CODES = {
    "UN", "NATO", "ARL", "GCC", "AU", "OIC", "IAEA", "EU", "AMU", "OPEC", "ASEAN", "ICC",
    "WHO", "IMF", "WB",
}  # fmt: skip
SECTORS = {"GOV", "MIL", "LEG", "JUD"}
G20 = [
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA",
    "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
]  # fmt: skip
ARAB_LEAGUE = [
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
    "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
]  # fmt: skip
QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^kg:[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")
# Persian/Urdu letters that Arabic news does not use (پ چ ژ گ ک ی).
PERSIAN = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC]")


def _read(path: str) -> bytes:
    return files("kg.resources").joinpath(path).read_bytes()


@cache
def people() -> tuple[PersonEntry, ...]:
    return tuple(msgspec.yaml.decode(_read("actors/people.yaml"), type=PeopleFile).people)


@cache
def titles(lang: str) -> TitlesFile:
    return msgspec.yaml.decode(_read(f"{lang}/titles.yaml"), type=TitlesFile)


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def holders(role: str, of: str, on: date) -> list[str]:
    """English full names of the people holding ``role`` for ``of`` on the date."""
    return [
        p.en[0]
        for p in people()
        for s in p.roles
        if s.role == role
        and s.of == of
        and (s.since is None or s.since <= on)
        and (s.until is None or on <= s.until)
    ]


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_titles_load_with_their_language(lang: str) -> None:
    t = titles(lang)
    assert t.lang == lang
    assert len(t.titles) >= 20


def test_titles_define_the_same_role_ids_in_both_languages() -> None:
    ids = {lang: [e.role for e in titles(lang).titles] for lang in LANGS}
    for lang in LANGS:
        assert len(ids[lang]) == len(set(ids[lang])), f"{lang}: a role id is listed twice"
    assert set(ids["ar"]) == set(ids["en"])


@pytest.mark.parametrize("lang", LANGS)
def test_titles_phrases_name_one_role_each(lang: str) -> None:
    counts = Counter(_norm(p) for e in titles(lang).titles for p in e.phrases)
    assert [p for p, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGS)
def test_titles_entries_are_well_formed(lang: str) -> None:
    for e in titles(lang).titles:
        assert e.phrases, e.role
        assert e.rank in (1, 2, 3), e.role
        assert e.sector in SECTORS, e.role
        assert e.label, e.role
        for phrase in e.phrases:
            assert phrase == phrase.strip() and "  " not in phrase, (e.role, phrase)
            if lang == "ar":
                assert ARABIC.search(phrase) and not LATIN.search(phrase), (e.role, phrase)
                assert not PERSIAN.search(phrase), (e.role, phrase)
            else:
                assert phrase == phrase.lower() and not ARABIC.search(phrase), (e.role, phrase)


@pytest.mark.parametrize(
    ("lang", "phrase", "role"),
    [
        ("ar", "وزير الخارجية", "foreign_minister"),
        ("ar", "وزير خارجية", "foreign_minister"),
        ("ar", "وزيرة الخارجية", "foreign_minister"),
        ("ar", "وزير الدولة للشؤون الخارجية", "minister_of_state_foreign_affairs"),
        ("ar", "نائب وزير الخارجية", "deputy_foreign_minister"),
        ("ar", "مساعد وزير الخارجية", "assistant_foreign_minister"),
        ("ar", "مستشار الأمن القومي", "national_security_adviser"),
        ("ar", "مساعد الرئيس", "presidential_aide"),
        ("ar", "الناطق باسم", "spokesperson"),
        ("ar", "المتحدثة باسم", "spokesperson"),
        ("ar", "ولي العهد", "crown_prince"),
        ("ar", "ولي ولي العهد", "deputy_crown_prince"),
        ("ar", "خادم الحرمين الشريفين", "head_of_state"),
        ("ar", "رئيس مجلس الوزراء", "head_of_government"),
        ("ar", "المبعوث الخاص", "envoy"),
        ("ar", "سفيرة", "ambassador"),
        ("en", "foreign minister", "foreign_minister"),
        ("en", "secretary of state", "foreign_minister"),
        ("en", "assistant secretary of state", "assistant_foreign_minister"),
        ("en", "under secretary of state", "deputy_foreign_minister"),
        ("en", "foreign affairs principal secretary", "deputy_foreign_minister"),
        ("en", "defense secretary", "defence_minister"),
        ("en", "national security adviser", "national_security_adviser"),
        ("en", "spokeswoman", "spokesperson"),
        ("en", "secretary-general", "secretary_general"),
        ("en", "crown prince", "crown_prince"),
    ],
)
def test_titles_known_phrase_names_role(lang: str, phrase: str, role: str) -> None:
    national = [
        (p, e.role) for e in titles(lang).titles for ps in e.national_phrases.values() for p in ps
    ]
    generic = [(p, e.role) for e in titles(lang).titles for p in e.phrases]
    by_phrase = {_norm(p): role for p, role in national + generic}
    assert by_phrase.get(_norm(phrase)) == role


# --- people: structure ------------------------------------------------------------------------


def test_people_file_is_large_and_ids_are_unique() -> None:
    ids = [p.id for p in people()]
    assert len(ids) >= 300
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_people_ids_are_qids_or_kg_slugs() -> None:
    for p in people():
        if p.id.startswith("kg:"):
            assert SLUG.match(p.id), p.id
            assert p.wikidata is None, p.id
        else:
            assert QID.match(p.id), p.id
            assert p.wikidata == p.id, p.id
        if p.wikidata is not None:
            assert QID.match(p.wikidata), p.id


def test_people_roles_exist_in_both_title_files() -> None:
    known = {lang: {e.role for e in titles(lang).titles} for lang in LANGS}
    used = {s.role for p in people() for s in p.roles}
    for lang in LANGS:
        assert used - known[lang] == set(), lang


def test_people_spells_are_ordered_and_coded() -> None:
    for p in people():
        assert p.roles, p.id
        for s in p.roles:
            if s.since is not None and s.until is not None:
                assert s.since <= s.until, (p.id, s)
            assert ISO3.match(s.of) or s.of in ORG_CODES, (p.id, s.of)


def test_people_have_names_in_both_languages() -> None:
    for p in people():
        assert p.en and p.ar, p.id
        for name in p.en:
            assert name.strip() == name and name, (p.id, name)
            assert not ARABIC.search(name), (p.id, name)
        for name in p.ar:
            assert name.strip() == name and name, (p.id, name)
            assert ARABIC.search(name) and not LATIN.search(name), (p.id, name)
            assert not PERSIAN.search(name), (p.id, name)
        for names in (p.en, p.ar):
            normed = [_norm(n) for n in names]
            assert len(normed) == len(set(normed)), (p.id, names)


@pytest.mark.parametrize("lang", LANGS)
def test_people_full_names_are_not_shared(lang: str) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for p in people():
        for name in getattr(p, lang):
            key = _norm(name)
            if key in owner and owner[key] != p.id:
                clashes.append((name, owner[key], p.id))
            owner.setdefault(key, p.id)
    assert clashes == []


# --- people: coverage -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("of", "roles", "on", "expected"),
    [
        ("USA", ("head_of_state",), date(2021, 12, 20), "Joe Biden"),
        ("USA", ("national_security_adviser",), date(2021, 12, 20), "Jake Sullivan"),
        ("USA", ("foreign_minister",), date(2015, 8, 1), "John Kerry"),
        ("USA", ("defence_minister",), date(2015, 7, 24), "Ashton Carter"),
        ("USA", ("head_of_state",), date(2015, 7, 25), "Barack Obama"),
        ("RUS", ("foreign_minister",), date(2015, 8, 1), "Sergey Lavrov"),
        ("RUS", ("head_of_state",), date(2015, 8, 1), "Vladimir Putin"),
        ("RUS", ("spokesperson",), date(2021, 12, 20), "Dmitry Peskov"),
        ("RUS", ("presidential_aide",), date(2021, 12, 20), "Yuri Ushakov"),
        ("RUS", ("deputy_foreign_minister",), date(2015, 8, 7), "Mikhail Bogdanov"),
        ("SAU", ("foreign_minister",), date(2015, 8, 1), "Adel al-Jubeir"),
        ("SAU", ("head_of_state",), date(2015, 8, 1), "Salman bin Abdulaziz Al Saud"),
        ("SAU", ("crown_prince",), date(2015, 8, 1), "Mohammed bin Nayef Al Saud"),
        ("SAU", ("deputy_crown_prince",), date(2015, 8, 1), "Mohammed bin Salman Al Saud"),
        ("IRN", ("foreign_minister",), date(2015, 8, 1), "Mohammad Javad Zarif"),
        ("IRN", ("head_of_state",), date(2015, 8, 7), "Hassan Rouhani"),
        ("SYR", ("foreign_minister",), date(2015, 8, 1), "Walid al-Muallem"),
        (
            "OMN",
            ("minister_of_state_foreign_affairs", "foreign_minister"),
            date(2015, 8, 1),
            "Yusuf bin Alawi bin Abdullah",
        ),
        ("ARE", ("crown_prince",), date(2015, 8, 1), "Mohamed bin Zayed Al Nahyan"),
        ("QAT", ("foreign_minister",), date(2015, 8, 1), "Khalid bin Mohammad Al Attiyah"),
        ("EGY", ("head_of_state",), date(2015, 8, 3), "Abdel Fattah el-Sisi"),
        ("EGY", ("foreign_minister",), date(2015, 8, 1), "Sameh Shoukry"),
        ("TUR", ("head_of_state",), date(2015, 8, 1), "Recep Tayyip Erdoğan"),
        ("IRQ", ("head_of_government",), date(2015, 7, 25), "Haider al-Abadi"),
        ("JOR", ("foreign_minister",), date(2015, 8, 1), "Nasser Judeh"),
        ("LBN", ("foreign_minister",), date(2015, 7, 24), "Gebran Bassil"),
        ("YEM", ("head_of_state",), date(2015, 8, 1), "Abdrabbuh Mansur Hadi"),
        ("PSE", ("head_of_state",), date(2015, 8, 1), "Mahmoud Abbas"),
        ("DEU", ("foreign_minister",), date(2015, 8, 1), "Frank-Walter Steinmeier"),
        ("CHN", ("head_of_state",), date(2014, 5, 29), "Xi Jinping"),
        ("IND", ("national_security_adviser",), date(2021, 2, 8), "Ajit Doval"),
        ("UKR", ("head_of_state",), date(2015, 2, 12), "Petro Poroshenko"),
        ("ISR", ("head_of_government",), date(2014, 7, 15), "Benjamin Netanyahu"),
        ("GBR", ("foreign_minister",), date(2023, 12, 1), "David Cameron"),
        ("UN", ("secretary_general",), date(2015, 8, 6), "Ban Ki-moon"),
        ("UN", ("envoy",), date(2015, 8, 7), "Staffan de Mistura"),
        ("ARL", ("secretary_general",), date(2015, 8, 1), "Nabil Elaraby"),
        ("NATO", ("secretary_general",), date(2022, 6, 28), "Jens Stoltenberg"),
        ("EU", ("high_representative",), date(2013, 4, 20), "Catherine Ashton"),
    ],
)
def test_people_office_holder_on_date(
    of: str, roles: tuple[str, ...], on: date, expected: str
) -> None:
    found = [name for role in roles for name in holders(role, of, on)]
    assert expected in found


@pytest.mark.parametrize("on", [date(2015, 1, 1), date(2021, 12, 20)])
@pytest.mark.parametrize("code", sorted(set(G20) | set(ARAB_LEAGUE)))
def test_people_every_g20_and_arab_league_state_has_a_leader(code: str, on: date) -> None:
    assert holders("head_of_state", code, on) or holders("head_of_government", code, on)


@pytest.mark.parametrize("code", ["USA", "RUS", "CHN", "FRA", "GBR", "DEU", "SAU", "IRN", "TUR"])
def test_people_main_states_have_one_head_of_state_at_a_time(code: str) -> None:
    for on in (date(y, 7, 1) for y in range(2010, 2026)):
        assert len(holders("head_of_state", code, on)) == 1, (code, on)
