"""The state and organisation gazetteers load through their structs and hang together.

Covers ``kg/resources/actors/states.yaml`` and ``kg/resources/actors/organisations.yaml``: every
UN member and observer is there under its ISO 3166-1 alpha-3 code, every state is named in both
languages, references between entries resolve, and no written form (after folding, and after the
inflections the matcher generates for demonyms) stands for two entities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

import msgspec
import pytest

from kg.resources.schema import Metonym, Names, OrgEntry, OrgsFile, StateEntry, StatesFile
from kg.text.normalize import fold, fold_key
from kg.text.tokens import tokenize

UN_MEMBERS = frozenset({
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY",
    "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU",
    "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN",
    "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ",
    "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV",
    "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "PRK", "MKD", "NOR", "OMN",
    "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
})  # fmt: skip
OBSERVERS = frozenset({"PSE", "VAT"})
OTHERS = frozenset({"TWN", "XKX", "ESH"})
ARAB_LEAGUE = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
    "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
})  # fmt: skip

# States with no Arabic demonym, each for a reason written next to it in states.yaml: the nisba
# is an everyday word (مالي financial, قمري lunar, صحراوي desert, سليماني a family name), is
# given to a neighbour (كونغولي -> COD), or is not in use.
NO_ARABIC_DEMONYM = frozenset({"MLI", "COM", "ESH", "SLB", "COG", "KNA", "LCA", "VCT", "SMR"})
# Groups that operate in no single country (country null).
TRANSNATIONAL = frozenset({"ISIS", "AQ", "AQIM"})
SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})

ISO3 = re.compile(r"^[A-Z]{3}$")
ISO2 = re.compile(r"^[A-Z]{2}$")
QID = re.compile(r"^Q[1-9][0-9]*$")
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9+]*$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")

# The inflections the matcher generates from an Arabic nisba base (kg.extract.arabic): fem. sg.,
# masc. pl. nom./obl., dual, fem. dual, fem. pl., each with and without the article.
AR_DEMONYM_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


def _read(path: str) -> bytes:
    return files("kg.resources").joinpath(path).read_bytes()


@cache
def states() -> tuple[StateEntry, ...]:
    return tuple(msgspec.yaml.decode(_read("actors/states.yaml"), type=StatesFile).states)


@cache
def orgs() -> tuple[OrgEntry, ...]:
    return tuple(
        msgspec.yaml.decode(_read("actors/organisations.yaml"), type=OrgsFile).organisations
    )


def entities() -> Iterator[StateEntry | OrgEntry]:
    yield from states()
    yield from orgs()


def metonym_name(m: Metonym | str) -> str:
    return m.name if isinstance(m, Metonym) else m


def written_forms(names: Names) -> Iterator[tuple[str, str]]:
    """(field, text) of every form stored in ``names`` (demonyms in their base form)."""
    for field in ("names", "demonyms", "plural_demonyms", "capitals"):
        for text in getattr(names, field):
            yield field, text
    for m in names.metonyms:
        yield "metonyms", metonym_name(m)


def matched_keys(names: Names, lang: str) -> Iterator[str]:
    """Folded keys the matcher indexes for ``names``: demonyms with their generated forms."""
    for field, text in written_forms(names):
        key = fold_key(text)
        if field != "demonyms":
            yield key
        elif lang == "ar":
            words = key.split()
            for suffix in AR_DEMONYM_SUFFIXES:
                yield " ".join(w + suffix for w in words)
                yield " ".join("ال" + w + suffix for w in words)
        else:
            yield key
            if not key.endswith(("ese", "sh", "ch", "ss", "s")):
                yield key + "s"


@cache
def owners() -> dict[tuple[str, str], frozenset[str]]:
    """(lang, folded key) -> codes of the entities it would stand for."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in entities():
        for lang in ("ar", "en"):
            for key in matched_keys(getattr(entity, lang), lang):
                found[(lang, key)].add(entity.code)
    return {k: frozenset(v) for k, v in found.items()}


# --- loading and coverage ---------------------------------------------------------------------


def test_gazetteer_data_loads_through_the_schema() -> None:
    assert len(states()) >= 198
    assert len(orgs()) >= 50


def test_gazetteer_data_every_un_member_and_observer_is_present() -> None:
    by_status: dict[str, set[str]] = defaultdict(set)
    for state in states():
        by_status[state.status].add(state.code)
    assert by_status["member"] == UN_MEMBERS
    assert by_status["observer"] == OBSERVERS
    assert by_status["other"] == OTHERS


def test_gazetteer_data_codes_are_well_formed_and_unique() -> None:
    codes = [e.code for e in entities()]
    assert len(codes) == len(set(codes)), [c for c in set(codes) if codes.count(c) > 1]
    for state in states():
        assert ISO3.match(state.code), state.code
        assert ISO2.match(state.iso2), (state.code, state.iso2)
        assert state.wikidata is None or QID.match(state.wikidata), state.code
    iso2 = [s.iso2 for s in states()]
    assert len(iso2) == len(set(iso2))
    for org in orgs():
        assert ORG_CODE.match(org.code), org.code
        assert org.wikidata is None or QID.match(org.wikidata), org.code
    qids = [e.wikidata for e in entities() if e.wikidata]
    assert len(qids) == len(set(qids)), [q for q in set(qids) if qids.count(q) > 1]


def test_gazetteer_data_every_state_is_named_in_both_languages() -> None:
    for state in states():
        assert state.en.names, state.code
        assert state.ar.names, state.code
    without = {s.code for s in states() if not s.ar.demonyms}
    assert without == NO_ARABIC_DEMONYM


@pytest.mark.parametrize("code", sorted(ARAB_LEAGUE | {"IRN", "TUR", "ISR", "UKR", "USA", "RUS"}))
def test_gazetteer_data_key_states_have_capital_and_demonyms(code: str) -> None:
    state = next(s for s in states() if s.code == code)
    assert state.en.demonyms, code
    assert state.ar.demonyms or code in NO_ARABIC_DEMONYM, code
    assert state.ar.capitals or code in {"DJI", "KWT", "TUN", "DZA", "JOR"}, code
    assert state.en.capitals or code == "DJI", code


# --- the written forms ------------------------------------------------------------------------


def test_gazetteer_data_no_form_stands_for_two_entities() -> None:
    clashes = {key: sorted(codes) for key, codes in owners().items() if len(codes) > 1}
    assert not clashes


def test_gazetteer_data_every_form_is_found_in_text() -> None:
    """Each stored name, written alone as a text, is found by the actor matcher as that entity
    (the index is built with the tokenizer, so "G7" and "P5+1" match as written)."""
    from kg.extract.gazetteer import actor_index

    missed = []
    for entity in entities():
        for lang in ("ar", "en"):
            index = actor_index(lang)
            for field, text in written_forms(getattr(entity, lang)):
                tokens = tokenize(fold(text))
                atoms = index.match(tokens)
                whole = [a for a in atoms if a.start == 0 and a.end == len(tokens)]
                if not whole:
                    missed.append((entity.code, lang, field, text))
                elif (
                    field != "demonyms"
                    and whole[0].entry.ref != entity.code
                    and whole[0].entry.kind != "blocker"
                ):
                    missed.append((entity.code, lang, field, text, whole[0].entry.ref))
    assert not missed


def test_gazetteer_data_forms_are_in_their_own_script() -> None:
    for entity in entities():
        for _, text in written_forms(entity.en):
            assert not ARABIC.search(text), (entity.code, text)
            assert text == text.strip() and text, (entity.code, text)
        for _, text in written_forms(entity.ar):
            assert not LATIN.search(text), (entity.code, text)
            assert text == text.strip() and text, (entity.code, text)


def test_gazetteer_data_english_forms_carry_no_article() -> None:
    for entity in entities():
        for _, text in written_forms(entity.en):
            assert not text.lower().startswith("the "), (entity.code, text)


def test_gazetteer_data_arabic_demonyms_are_base_forms() -> None:
    """Masculine singular without the article: the matcher makes ال/ة/ون/ين/... itself."""
    for entity in entities():
        for base in entity.ar.demonyms:
            words = base.split()
            if words[0] == "جنوب":  # "South X" states: جنوب أفريقي, جنوب سوداني
                words = words[1:]
            for word in words:
                assert not word.startswith("ال"), (entity.code, base)  # bare alef: the article
                assert word.endswith("ي"), (entity.code, base)  # not ة ون ين ات ...


def test_gazetteer_data_metonym_sectors_are_known() -> None:
    for entity in entities():
        for lang in ("ar", "en"):
            for m in getattr(entity, lang).metonyms:
                if isinstance(m, Metonym):
                    assert m.sector in SECTORS, (entity.code, m)


# --- organisations ----------------------------------------------------------------------------


def test_gazetteer_data_organisation_references_resolve() -> None:
    state_codes = {s.code for s in states()}
    org_codes = {o.code for o in orgs()}
    assert not state_codes & org_codes
    for org in orgs():
        assert org.parent is None or org.parent in org_codes, org.code
        assert org.parent != org.code
        for member in org.members:
            assert member in state_codes or member in org_codes, (org.code, member)
        assert org.country is None or org.country in state_codes, (org.code, org.country)
        assert org.en.names and org.ar.names, org.code


def test_gazetteer_data_groups_have_a_country_unless_transnational() -> None:
    for org in orgs():
        if org.kind == "group":
            assert (org.country is None) == (org.code in TRANSNATIONAL), org.code


@pytest.mark.parametrize(
    ("code", "members"),
    [
        ("GCC", {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}),
        ("P5+1", {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}),
        ("G7", {"USA", "GBR", "FRA", "DEU", "ITA", "CAN", "JPN"}),
        ("QUARTET", {"USA", "RUS", "EU", "UN"}),
    ],
)
def test_gazetteer_data_small_clubs_list_their_members(code: str, members: set[str]) -> None:
    org = next(o for o in orgs() if o.code == code)
    assert set(org.members) == members


@pytest.mark.parametrize(
    ("code", "parent"), [("UNSC", "UN"), ("UNGA", "UN"), ("EC", "EU"), ("EP", "EU")]
)
def test_gazetteer_data_organs_point_to_their_body(code: str, parent: str) -> None:
    assert next(o for o in orgs() if o.code == code).parent == parent


def test_gazetteer_data_only_organs_with_a_body_act_for_it() -> None:
    """``organ: true`` (events coded as the body) needs a parent that is in the gazetteer;
    the UN's agencies keep their own code."""
    codes = {o.code for o in orgs()}
    organs = {o.code: o.parent for o in orgs() if o.organ}
    assert organs and all(parent in codes for parent in organs.values())
    assert not next(o for o in orgs() if o.code == "WHO").organ


# --- spot checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "form", "code"),
    [
        ("ar", "البيت الأبيض", "USA"),
        ("ar", "الولايات المتحدة الأميركية", "USA"),
        ("ar", "أمريكا", "USA"),
        ("ar", "البنتاجون", "USA"),
        ("ar", "الكونغرس", "USA"),
        ("ar", "الأمريكان", "USA"),
        ("en", "U.S.", "USA"),
        ("en", "Pentagon", "USA"),
        ("en", "Kremlin", "RUS"),
        ("ar", "الكرملين", "RUS"),
        ("ar", "روسيا الاتحادية", "RUS"),
        ("ar", "الروس", "RUS"),
        ("en", "Downing Street", "GBR"),
        ("ar", "بريطانيا", "GBR"),
        ("en", "Élysée", "FRA"),
        ("ar", "قصر الإليزيه", "FRA"),
        ("en", "Zhongnanhai", "CHN"),
        ("ar", "المملكة", "SAU"),
        ("ar", "المملكة العربية السعودية", "SAU"),
        ("ar", "سعودي", "SAU"),
        ("ar", "عمان", "OMN"),
        ("ar", "سلطنة عُمان", "OMN"),
        ("ar", "دولة الإمارات", "ARE"),
        ("ar", "أبوظبي", "ARE"),
        ("ar", "إماراتي", "ARE"),
        ("ar", "سورية", "SYR"),
        ("ar", "قصر بعبدا", "LBN"),
        ("ar", "قصر الاتحادية", "EGY"),
        ("ar", "الجمهورية الإسلامية", "IRN"),
        ("ar", "الحرس الثوري", "IRN"),
        ("ar", "الأتراك", "TUR"),
        ("ar", "الكنيست", "ISR"),
        ("en", "Tel Aviv", "ISR"),
        ("ar", "رام الله", "PSE"),
        ("en", "Kiev", "UKR"),
        ("ar", "كييف", "UKR"),
        ("en", "Ivory Coast", "CIV"),
        ("en", "Côte d'Ivoire", "CIV"),
        ("en", "DRC", "COD"),
        ("en", "Congo", "COD"),
        ("ar", "الناتو", "NATO"),
        ("ar", "حلف شمال الأطلسي", "NATO"),
        ("ar", "الأمم المتحدة", "UN"),
        ("ar", "المنظمة الدولية", "UN"),
        ("ar", "مجلس الأمن الدولي", "UNSC"),
        ("ar", "جامعة الدول العربية", "ARL"),
        ("ar", "الجامعة العربية", "ARL"),
        ("ar", "مجلس التعاون الخليجي", "GCC"),
        ("ar", "الاتحاد الإفريقي", "AU"),
        ("ar", "الوكالة الدولية للطاقة الذرية", "IAEA"),
        ("en", "G 7", "G7"),
        ("ar", "مجموعة 5 + 1", "P5+1"),
        ("ar", "أنصار الله", "HOUTHIS"),
        ("ar", "الحوثيون", "HOUTHIS"),
        ("ar", "داعش", "ISIS"),
        ("en", "Daesh", "ISIS"),
        ("ar", "حزب الله", "HEZBOLLAH"),
        ("ar", "حركة حماس", "HAMAS"),
        ("ar", "الائتلاف الوطني السوري", "SNC"),
        ("ar", "المعارضة السورية", "SYROPP"),
        ("en", "Polisario Front", "POLISARIO"),
    ],
)
def test_gazetteer_data_spot_check(lang: str, form: str, code: str) -> None:
    assert owners().get((lang, fold_key(form)), frozenset()) == frozenset({code})


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        ("ar", "القدس"),  # Jerusalem: disputed, mapped to no state
        ("ar", "كيف"),  # "how", not Kyiv
        ("ar", "الجامعة"),  # "the university", not the Arab League
        ("ar", "سيول"),  # "floods", not Seoul
        ("ar", "القاعدة"),  # "the base", not al-Qaeda
        ("ar", "فتح"),  # "opened", not Fatah
        ("ar", "المالية"),  # finance (ministry), not Mali
        ("ar", "الإنجليزية"),  # the English language
        ("en", "Korea"),  # North or South?
        ("en", "Jerusalem"),
    ],
)
def test_gazetteer_data_leaves_ambiguous_words_out(lang: str, form: str) -> None:
    assert (lang, fold_key(form)) not in owners()
