"""Regenerate ``kg/resources/actors/coded_people.yaml`` from the PETRARCH coder dictionaries.

Run from the repository root (the output is overwritten; review the diff before committing)::

    .venv/bin/python kg/resources/build_coded_people.py /path/to/reference/petrarch [--report]

Input: the TABARI-format actor dictionaries of PETRARCH2/Phoenix (Open Event Data Alliance, MIT):
``Phoenix.Countries.actors.txt`` (world leaders and officials, from CountryInfo),
``Phoenix.International.actors.txt`` and ``Phoenix.MilNonState.actors.txt`` (only the few people
there who also acted for a state), and UniversalPETRARCH's ``arabic.actors.txt`` (Arabic
spellings, matched to the English entries by country code and transliteration).

Output: a :class:`kg.resources.schema.CodedPeopleFile`: one entry per person with natural English
spellings, matched Arabic spellings and one spell per (valid ISO3) code line. People of the curated
``people.yaml`` are left out (the curated entry wins), as are names that clash with a state,
capital or organisation, people whose every spell ended before 1990, and names shared by people
of different countries (listed at the top of the YAML). ``--report`` prints what was dropped.

This script is a build tool: the package never imports it.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import msgspec

RESOURCES = Path(__file__).resolve().parent
OUT = RESOURCES / "actors" / "coded_people.yaml"
SOURCE = (
    "PETRARCH2/Phoenix CountryInfo-derived actor dictionaries (Open Event Data Alliance, MIT), "
    "converted by kg/resources/build_coded_people.py; Arabic spellings from UniversalPETRARCH "
    "arabic.actors.txt where matched"
)
ENGLISH_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
ARABIC_FILE = "arabic.actors.txt"
CUTOFF = date(1990, 1, 1)

# Old or non-ISO country prefixes that stand for a state kg knows. Soviet (USR, SUN), Yugoslav
# (YUG), Czechoslovak (CSK) and East German (DDR) codes are not mapped: those states are gone.
# Dependent territories (BMU, HKG, PRI, ...) and regions (MEA, WAF, ...) are dropped too.
COUNTRY_MAP = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
COUNTRYISH = {"USR", "SUN", "YUG", "DDR", "CSK", *COUNTRY_MAP}  # plus the states themselves
# Sub-codes of a state that name a territory, not a sector (GBRVGB: British Virgin Islands).
TERRITORY_SECTORS = {"VGB", "FRO", "FLK", "ASM", "IMY", "PRI", "ERI", "SSD", "TMP", "UNR", "OCC"}

# --- names ------------------------------------------------------------------------------------

# Leading words that are titles, ranks or descriptions, not names ("GEN._MUHAMMADU_BUHARI").
TITLES = set(
    """
    PRESIDENT PRES. PRIME MINISTER PM PREMIER CHANCELLOR VICE VICE-PRESIDENT DEPUTY ACTING FORMER
    EX EX-PRESIDENT LATE INTERIM ELECT PRESIDENT-ELECT GEN. GEN GENERAL LT. LT LIEUTENANT COL. COL
    COLONEL MAJ. MAJOR CAPT. CAPTAIN CPT. ADM. ADMIRAL MARSHAL FIELD BRIG. BRIGADIER SGT. SERGEANT
    CMDR. COMMANDER DR. DR MR. MR MRS. MRS MS. MS SIR DAME LORD LADY KING QUEEN PRINCE PRINCESS
    CROWN EMIR AMIR SHEIKH SHAIKH SHEIK SHAYKH SHEKH SENATOR SEN. REP. REPRESENTATIVE CONGRESSMAN
    CONGRESSWOMAN GOVERNOR GOV. AMBASSADOR AMB. ENVOY SECRETARY SECRETARY-GENERAL SEC. FOREIGN
    DEFENSE DEFENCE INTERIOR FINANCE LEADER CHIEF CHAIRMAN CHAIRWOMAN CHAIR SPEAKER MAYOR JUDGE
    JUSTICE AYATOLLAH AYATOLLA HOJATOLISLAM HOJATOLESLAM HOJJATOLESLAM GRAND MULLAH MAULANA MAWLAWI HIS HER MAJESTY HIGHNESS EXCELLENCY THE
    OPPOSITION PARTY COMMUNIST SOVIET MOSCOW STATE OF U.S. US UN U.N. PROF. PROFESSOR REV.
    REVEREND FATHER POPE CARDINAL BISHOP ARCHBISHOP PATRIARCH IMAM PRESIDENTIAL CANDIDATE
    MILITARY STRONGMAN DICTATOR REBEL WARLORD OFFICIAL SPOKESMAN SPOKESWOMAN ENG. ENGINEER
    """.split()
)
# Honorifics that, with one name, are how a person is known ("Sheikh Hasina", "Mullah Omar").
HONORIFICS = {"SHEIKH", "SHAIKH", "SHEIK", "SHAYKH", "MULLAH", "KING", "QUEEN", "PRINCE",
              "PRINCESS", "EMIR", "AMIR", "AYATOLLAH"}  # fmt: skip
# Title words that make a name a description when they stand inside it ("THE_US_SECRETARY_OF").
INNER_TITLES = set(
    """
    PRESIDENT MINISTER SECRETARY CHANCELLOR PREMIER LEADER CHIEF CHAIRMAN SPEAKER GOVERNOR
    AMBASSADOR SENATOR CONGRESSMAN REPRESENTATIVE DEPUTY ACTING FORMER MAYOR JUDGE OF THE U.S.
    GEN. DR. MR. MRS. COMMANDER SPOKESMAN OFFICIAL SECRETARY-GENERAL VICE-PRESIDENT
    """.split()
)
# Words that show an entry names an institution, group or place rather than a person.
ORG_WORDS = set(
    """
    ARMY FORCE FORCES COUNCIL PARTY CONGRESS ASSEMBLY MINISTRY DEPARTMENT AGENCY BUREAU OFFICE
    COMMISSION COURT GUARD GUARDS FRONT MOVEMENT BRIGADE BRIGADES BATTALION BATTALIONS ALLIANCE
    COALITION DECLARATION OBSERVATORY UNION SERVICE SERVICES PALACE YARD HEADQUARTERS
    INTELLIGENCE RIFLES SABHA KNESSET MOSSAD BET DGSE BUNDESRAT REICHSTAG VOLKSKAMMER KREMLIN
    ERGENEKON PESHMERGA TRANSNISTRIA AUTHORITY UNIVERSITY TANK RIOT REPUBLIC SFSR NATIONALITIES
    POLITBURO ADMINISTRATION GOVERNMENT REGIME CABINET RESERVE SYSTEM COMMUNITY TEAM COMMITTEE
    ORGANIZATION ORGANISATION GROUP ASSOCIATION INSTITUTE FOUNDATION COMPANY CORPORATION CORP
    INC LTD FUND NEWS AGENCY TIMES JOURNAL RADIO TELEVISION BROADCASTER NETWORK
    LEAGUE FEDERATION SOCIETY EMBASSY CONSULATE PARLIAMENT SENATE MILITIA MILITIAS
    FACTION LOYALISTS SUPPORTERS FOLLOWERS FAMILY CLAN TRIBE CAMP STATE STATES KINGDOM EMIRATE
    CALIPHATE JUNTA PROVINCE DISTRICT REGION CITY ISLAND ISLANDS SECURITY POLICE NAVY
    TROOPS SOLDIERS MINISTER PRESIDENT SECRETARY AMBASSADOR NATIONAL FEDERAL DEMOCRATIC
    REVOLUTIONARY LIBERATION ISLAMIC PEOPLES PEOPLE'S FORCES' WATCH MONITOR
    """.split()
)
# Lower-case name particles (not at the start of a name).
PARTICLES = {"DE", "DA", "DAS", "DO", "DOS", "DEL", "DELLA", "DER", "DEN", "DI", "DU", "VAN",
             "VON", "TER", "TEN", "BIN", "IBN", "BINT", "Y", "E", "LA", "LOS", "LAS"}  # fmt: skip
ARTICLES = {"AL", "EL"}  # joined to the next word: "AL_ABADI" -> "al-Abadi"
HYPHEN_ARTICLES = {"AL", "EL", "AS", "ASH", "AD", "AR", "AN", "AZ", "AT", "ADH", "AZ", "UL"}
PARTICLES_FOLDED = {p.lower() for p in PARTICLES} - {"bin", "ibn", "bint"}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}

# Single words that the source lists as a person's alias but that are common English words
# (reviewed by hand from the single-word aliases that simplemma knows as English words).
COMMON_WORDS: set[str] = set()  # filled in below after review
# Two first names that are one compound first name: not a person's name on their own.
COMPOUND_GIVEN = {
    "juan carlos", "ana maria", "jose luis", "jose maria", "maria jose", "jean pierre",
    "jean claude", "jean marie", "jean paul", "juan jose", "juan pablo", "luis alberto",
    "maria elena", "mohamed ali", "muhammad ali", "mohammad ali", "abdul ali", "maria luisa",
}  # fmt: skip
# One-word entry names that are real names (most one-word CountryInfo entries are a first
# initial glued to the family name: "BHORTEFEUX_", "PATTROVOADA_").
MONONYMS: set[str] = set()

SPECIAL_YAML = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}
DATE_RE = re.compile(r"^\d{6}$|^\d{8}$")
CODE_RE = re.compile(r"\[([^\]]*)\]")


def fold(name: str) -> str:
    """The comparison key of a name: no accents, case, hyphens, dots or apostrophes.

    >>> fold("Abdel Fattah el-Sisi") == fold("ABDEL FATTAH EL SISI")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("-", " ").replace("_", " ")
    text = re.sub(r"[.'’`]", "", text)
    return " ".join(text.split())


# --- reading TABARI dictionaries --------------------------------------------------------------


@dataclass
class Block:
    """One dictionary entry: its names (entry lines and ``+`` aliases) and its code lines."""

    file: str
    line: int
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # subset of names that came from "+"
    codes: list[str] = field(default_factory=list)
    inline: bool = False  # the entry line itself carried codes (country blocks, groups)
    comment: str = ""


def read_tabari(path: Path) -> list[Block]:
    """Entries of a TABARI actor file. Consecutive entry lines without codes are synonyms that
    share the code lines that follow (as PETRARCH reads them)."""
    blocks: list[Block] = []
    cur: Block | None = None
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        body, _, comment = s.partition("#")
        codes = [c.strip() for c in CODE_RE.findall(body)]
        name = CODE_RE.sub(" ", body).strip()
        if s.startswith("["):
            if cur is not None:
                cur.codes += codes
            continue
        if s.startswith("+"):
            if cur is not None:
                alias = name[1:].strip()
                if alias:
                    cur.names.append(alias)
                    cur.aliases.append(alias)
                cur.codes += codes
            continue
        if cur is None or cur.codes or cur.inline:
            cur = Block(path.name, no, comment=comment.strip())
            blocks.append(cur)
        if name:
            cur.names.append(name)
        if codes:
            cur.codes += codes
            cur.inline = True
    return blocks


@dataclass(frozen=True)
class RawSpell:
    of: str
    sector: str
    since: date | None
    until: date | None


def parse_date(text: str) -> date | None:
    """A TABARI date: YYMMDD (00-30 -> 20xx) or YYYYMMDD; an impossible day is moved to the
    last day of its month.

    >>> parse_date("831231"), parse_date("070529"), parse_date("19270101"), parse_date("990231")
    (datetime.date(1983, 12, 31), datetime.date(2007, 5, 29), datetime.date(1927, 1, 1), \
datetime.date(1999, 2, 28))
    """
    if not DATE_RE.match(text):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    if not 1 <= month <= 12 or day < 1:
        raise ValueError(f"bad date {text!r}")
    for d in range(min(day, 31), 27, -1) if day > 28 else (day,):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"bad date {text!r}")


def parse_code(raw: str, stats: Counter[str]) -> tuple[str, date | None, date | None] | None:
    """``NGAGOV 19831231-19850827`` -> (code, since, until); None for unreadable lines.

    >>> parse_code("NGAGOV >070529", Counter())
    ('NGAGOV', datetime.date(2007, 5, 29), None)
    >>> parse_code("USRARM <900823", Counter())
    ('USRARM', None, datetime.date(1990, 8, 23))
    """
    parts = raw.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        stats["code: unreadable"] += 1
        return None
    code = parts[0]
    spec = parts[1].replace(" ", "") if len(parts) > 1 else ""
    try:
        if not spec:
            return code, None, None
        if spec.startswith(">"):
            return code, parse_date(spec[1:]), None
        if spec.startswith("<"):
            return code, None, parse_date(spec[1:])
        if "-" in spec:
            a, b = spec.split("-", 1)
            return code, parse_date(a), parse_date(b)
        return code, parse_date(spec), None  # "[MNEGOV 20121204]": a start date alone
    except ValueError:
        stats["code: bad date, spell dropped"] += 1
        return None


def spells_of(block: Block, states: set[str], stats: Counter[str]) -> list[RawSpell]:
    out: list[RawSpell] = []
    for raw in block.codes:
        if not raw or raw.startswith("-"):
            continue
        parsed = parse_code(raw, stats)
        if parsed is None:
            continue
        code, since, until = parsed
        of = COUNTRY_MAP.get(code[:3], code[:3])
        if of not in states:
            stats[f"spell: not a state ({code[:3]})"] += 1
            continue
        sector = code[3:6] or "GOV"
        if sector in TERRITORY_SECTORS or not re.fullmatch(r"[A-Z]{3}", sector):
            stats[f"spell: territory or odd sector ({code[:6]})"] += 1
            continue
        if since and until and until < since:
            stats["spell: end before start, dates swapped"] += 1
            since, until = until, since
        spell = RawSpell(of, sector, since, until)
        if spell not in out:
            out.append(spell)
    return out


# --- natural spelling of names ----------------------------------------------------------------


def _cap(part: str) -> str:
    """Capitalise one word of an upper-case name: O'Neill, d'Escoto, McCain, Sha'bi."""
    if not part:
        return part
    if "'" in part:
        head, tail = part.split("'", 1)
        if head == "O":
            return "O'" + _cap(tail)
        if head in ("D", "L"):
            return head.lower() + "'" + _cap(tail)
        if head == "":
            return "'" + _cap(tail)
        return _cap(head) + "'" + tail.lower()
    if part.startswith("MC") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    return part[:1] + part[1:].lower()


def _word(tok: str, first: bool) -> str:
    if tok in ROMAN:
        return tok
    if re.fullmatch(r"([A-Z]\.)+", tok):
        return tok
    if re.fullmatch(r"[A-Z]", tok):
        return tok.lower() if tok in ("Y", "E") and not first else tok + "."
    if tok in ("JR", "JR."):
        return "Jr."
    if tok in ("SR", "SR."):
        return "Sr."
    if not first and tok in PARTICLES:
        return tok.lower()
    parts = tok.split("-")
    if len(parts) > 1 and parts[0] in HYPHEN_ARTICLES and parts[1]:
        head = parts[0].capitalize() if first else parts[0].lower()
        return head + "-" + "-".join(_cap(p) for p in parts[1:])
    return "-".join(_cap(p) for p in parts)


@dataclass(frozen=True)
class Name:
    text: str
    stripped: bool  # a title or description was removed from the front


def natural(raw: str, demonyms: set[str]) -> tuple[Name | None, str]:
    """A dictionary name in natural spelling, or None and the reason it is not a name.

    >>> natural("GEN._MUHAMMADU_BUHARI", set())[0]
    Name(text='Muhammadu Buhari', stripped=True)
    >>> natural("HAIDAR_AL_ABADI", set())[0].text
    'Haidar al-Abadi'
    >>> natural("MIGUEL_D'ESCOTO_BROCKMANN_", set())[0].text
    "Miguel d'Escoto Brockmann"
    >>> natural("RUSSIAN_PRESIDENT_MIKHAIL_S._GORBACHEV", {"RUSSIAN"})[0].text
    'Mikhail S. Gorbachev'
    >>> natural("GORBACHEV_ADMINISTRATION", set())
    (None, 'institution word')
    """
    text = raw.strip().strip("_").strip().upper().replace("`", "'")
    text = re.sub(r"\s*\(.*$", "", text)  # "STANKO_TODOROV (ACTING_"
    text = re.sub(r",[_ ]*(JR\.?|SR\.?)[_ ]*$", r"_\1", text)  # "ERIC_H._HOLDER,_JR._"
    text = re.sub(r"(?<=_)3D(?=_|$)", "III", text)  # "JAMES_A._BAKER_3D"
    if "," in text:  # "SECRETARY_OF_DEFENSE,_FRANK_C._CARLUCCI", "JOHN_ROBINSON, BARON_X"
        head, tail = text.split(",", 1)
        first, _ = natural(head, demonyms)
        return natural(tail if first is None else head, demonyms)
    if not text or re.search(r"[^\w .'\-]|\d", text):
        return None, "odd characters"
    text = re.sub(r"\b(AL|EL)-[_ ]+", r"\1-", text)  # "AL-_QASIMI"
    toks = [t for t in re.split(r"[_\s]+", text) if t and t not in ("-", ".")]
    stripped = False
    honorific = ""
    while toks:
        t = toks[0]
        nxt = toks[1] if len(toks) > 1 else ""
        if t in TITLES or t.startswith("EX-") or (t in demonyms and (nxt in TITLES)):
            honorific = t if t in HONORIFICS else ""
            toks.pop(0)
            stripped = True
        elif t == "U" and len(toks) >= 3:  # Burmese honorific "U Kyaw Thu"
            toks.pop(0)
            stripped = True
        else:
            break
    if not toks:
        return None, "title only"
    if any(t in ORG_WORDS for t in toks):
        return None, "institution word"
    if any(t in INNER_TITLES for t in toks):
        return None, "title inside the name"
    if stripped and len(toks) == 1 and honorific:
        toks.insert(0, honorific)  # "Sheikh Hasina", "Mullah Omar": the title is the name
        stripped = False
    words: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ARTICLES and i > 0 and i + 1 < len(toks):
            words.append(t.lower() + "-" + _word(toks[i + 1], False))
            i += 2
            continue
        words.append(_word(t, not words))
        i += 1
    name = " ".join(words)
    if sum(ch.isalpha() for ch in name) < 4:
        return None, "shorter than 4 letters"
    return Name(name, stripped), ""


# --- the gazetteer kg already has -------------------------------------------------------------


@dataclass
class Known:
    states: set[str]  # ISO3 codes
    demonyms: set[str]  # upper-case English demonyms, stripped as descriptions
    place_names: dict[str, str]  # folded state/capital/organisation name -> what it is
    curated: dict[str, str]  # folded English name of a curated person -> its id
    curated_loose: dict[str, set[str]]  # loose() key of a curated name -> ids
    curated_countries: dict[str, set[str]]  # curated id -> the codes of its roles
    curated_family: set[str]  # folded last word of curated names (added as names by kg)
    curated_ar: dict[str, str]  # ar_key of a curated person's Arabic name -> its id
    curated_people: list[tuple[str, set[str], list[str]]]  # id, countries, English names
    ar_demonyms: set[str]  # Arabic state names and demonyms (all forms), cut off Arabic names


def load_known(resources: Path) -> Known:
    from kg.resources.schema import Metonym, OrgsFile, PeopleFile, StatesFile

    def decode(name: str, kind: type[msgspec.Struct]) -> object:
        return msgspec.yaml.decode((resources / "actors" / name).read_bytes(), type=kind)

    states = decode("states.yaml", StatesFile)
    orgs = decode("organisations.yaml", OrgsFile)
    people = decode("people.yaml", PeopleFile)
    assert isinstance(states, StatesFile)
    assert isinstance(orgs, OrgsFile)
    assert isinstance(people, PeopleFile)
    places: dict[str, str] = {}
    demonyms: set[str] = {"AMERICAN", "SOVIET", "U.S.", "US", "UN", "U.N."}
    ar_demonyms: set[str] = set()
    for st in states.states:
        for d in st.ar.demonyms:
            d = ar_norm(d)
            ar_demonyms |= {d, "ال" + d, d + "ة", "ال" + d + "ة"}
        ar_demonyms |= {ar_norm(n) for n in [*st.ar.names, *st.ar.plural_demonyms]}
        for text in [*st.en.names, *st.en.capitals, *st.en.demonyms, *st.en.plural_demonyms]:
            places[fold(text)] = f"state {st.code}"
        for m in st.en.metonyms:
            places[fold(m.name if isinstance(m, Metonym) else m)] = f"metonym of {st.code}"
        demonyms |= {d.upper() for d in st.en.demonyms}
        places[fold(st.code)] = f"state {st.code}"
    for org in orgs.organisations:
        for text in [org.code, *org.en.names, *org.en.capitals]:
            places[fold(text)] = f"organisation {org.code}"
        for m in org.en.metonyms:
            places[fold(m.name if isinstance(m, Metonym) else m)] = f"organisation {org.code}"
    curated: dict[str, str] = {}
    family: set[str] = set()
    curated_ar: dict[str, str] = {}
    curated_loose: dict[str, set[str]] = defaultdict(set)
    for p in people.people:
        for n in p.en:
            curated[fold(n)] = p.id
            if " " in fold(n):
                curated_loose[loose(n)].add(p.id)
            family.add(fold(n).split()[-1])
        for n in p.ar:
            curated_ar[ar_key(n)] = p.id
    return Known(
        states={st.code for st in states.states},
        demonyms=demonyms,
        place_names=places,
        curated=curated,
        curated_loose=dict(curated_loose),
        curated_countries={p.id: {r.of for r in p.roles} for p in people.people},
        curated_people=[(p.id, {r.of for r in p.roles}, list(p.en)) for p in people.people],
        ar_demonyms=ar_demonyms,
        curated_family=family,
        curated_ar=curated_ar,
    )


# --- people from the English dictionaries -----------------------------------------------------


@dataclass
class Person:
    names: list[str]  # natural English spellings, the main one first
    spells: list[RawSpell]
    where: str  # file:line of the first source entry
    derived: set[str] = field(default_factory=set)  # folded names made by removing a title
    ar: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def countries(self) -> set[str]:
        return {s.of for s in self.spells}

    def main_country(self) -> str:
        """The country of the latest spell (open spells count as the latest)."""
        dated = [s for s in self.spells if s.since or s.until] or self.spells
        return max(dated, key=lambda s: (s.until or date.max, s.since or date.min)).of

    def ended_before(self, cutoff: date) -> bool:
        return all(s.until is not None and s.until < cutoff for s in self.spells)


# People in the International and MilNonState files who also acted for a state: those files are
# mostly organisations and groups, so people there are taken from this reviewed list only.
ELSEWHERE_PEOPLE = {
    "ANN_VENEMAN",
    "B._LYNN_PASCOE",
    "MICHELE_MONTAS",
    "MURATBEK_IMANALIYEV",
    "AMR_MOUSSA",
    "SHEIKH_AHMED_YASSIN",
}


def people_from_blocks(
    blocks: Iterable[Block], known: Known, given: set[str], report: Report
) -> Iterator[Person]:
    for block in blocks:
        where = f"{block.file}:{block.line}"
        if block.file != ENGLISH_FILES[0]:
            if block.names[0].strip("_ ") not in ELSEWHERE_PEOPLE:
                continue
        elif block.inline:
            continue  # a country block with its cities and provinces
        if any(
            re.fullmatch(r"[A-Z]{3}(\s.*)?", c) and c[:3] in COUNTRYISH | known.states
            for c in block.codes
        ):
            report.drop("not a person (bare country code)", block.names[0], where)
            continue
        main, why = natural(block.names[0], known.demonyms)
        if main is None and why == "institution word":
            report.drop("not a person (institution)", block.names[0], where)
            continue
        spells = spells_of(block, known.states, report.stats)
        if not spells:
            report.drop("no spell for a state in kg", block.names[0], where)
            continue
        names: list[str] = []
        derived: set[str] = set()
        for i, raw in enumerate(block.names):
            for variant in expand_nickname(raw):
                name, why = natural(variant, known.demonyms)
                if name is None:
                    report.name(why, raw)
                    continue
                if accept(name, i > 0, known, given, report, raw) and fold(name.text) not in {
                    fold(n) for n in names
                }:
                    names.append(name.text)
                    if name.stripped and i > 0:  # the headword is the person, titled or not
                        derived.add(fold(name.text))
        if not names:
            report.drop("no usable name", block.names[0], where)
            continue
        countries = {s.of for s in spells}
        curated = {known.curated[fold(n)] for n in names if fold(n) in known.curated}
        curated |= {
            pid
            for n in names
            for pid in known.curated_loose.get(loose(n), set())
            if countries & known.curated_countries[pid]
        }
        if curated:
            report.drop(f"curated as {sorted(curated)[0]}", names[0], where)
            continue
        yield Person(names, spells, where, derived)


def expand_nickname(raw: str) -> list[str]:
    """``TZIPORA_"TZIPI"_LIVNI_`` -> the name without the nickname, and the nickname with the
    family name.

    >>> expand_nickname('TZIPORA_"TZIPI"_LIVNI_')
    ['TZIPORA__LIVNI_', 'TZIPI_LIVNI_']
    """
    m = re.fullmatch(r'(.*?)"([^"]+)"(.*)', raw)
    if m is None:
        return [raw]
    before, nick, after = m.groups()
    out = [before + after]
    if after.strip("_ "):
        out.append(nick + "_" + after.strip("_ ") + "_")
    return out


def accept(
    name: Name, listed: bool, known: Known, given: set[str], report: Report, raw: str
) -> bool:
    """Whether a converted name may stand for the person (``listed``: the source gives it as an
    alias or synonym rather than as the entry's main name)."""
    key = fold(name.text)
    if key in known.place_names:
        report.name(f"clashes with {known.place_names[key]}", raw)
        return False
    if key in COMPOUND_GIVEN:
        report.name("first names only", raw)
        return False
    if " " in key:
        return True
    if name.stripped:
        report.name("bare name made by removing a title", raw)
    elif key in COMMON_WORDS:
        report.name("common English word", raw)
    elif key in given:
        report.name("a first name alone", raw)
    elif key in known.curated_family:
        report.name("family name of a curated person", raw)
    elif not listed and key not in MONONYMS:
        report.name("one word as the main name (not a known mononym)", raw)
    else:
        return True
    return False


def loose(name: str) -> str:
    """A looser key for spotting a curated person under another transliteration: articles
    dropped, a consonant skeleton (only used together with a shared country, against the few
    hundred curated people).

    >>> loose("Muhammad al-Baradei") == loose("Mohamed ElBaradei")
    True
    >>> loose("Sabah al-Ahmad al-Jabir al-Sabah") == loose("Sabah Al-Ahmad Al-Jaber Al-Sabah")
    True
    """
    words = []
    for w in fold(name).split():
        if w in ("al", "el", "ad", "as", "ash", "ar", "an", "az", "at"):
            continue
        if len(w) > 5:
            w = re.sub(r"^(al|el)(?=[bcdfghjklmnpqrstvwxz][aeiouy])", "", w)
        w = w.replace("ph", "f").replace("q", "k").replace("dh", "d").replace("th", "t")
        w = w[0] + re.sub(r"[aeiouyw]", "", w[1:])
        w = re.sub(r"(.)\1+", r"\1", w)
        words.append(w)
    return " ".join(words)


def given_names(blocks: Iterable[Block], demonyms: set[str]) -> set[str]:
    """Words that open at least three multi-word names: first names, not to be used alone."""
    firsts: Counter[str] = Counter()
    for block in blocks:
        for raw in block.names:
            name, _ = natural(raw, demonyms)
            if name is not None and " " in name.text:
                firsts[fold(name.text).split()[0]] += 1
    return {w for w, n in firsts.items() if n >= 3}


# --- report -----------------------------------------------------------------------------------


@dataclass
class Report:
    stats: Counter[str] = field(default_factory=Counter)
    dropped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def drop(self, why: str, name: str, where: str) -> None:
        self.stats[f"person: {why.split(' as ')[0]}"] += 1
        self.dropped[why.split(" as ")[0]].append(f"{name} ({where})")

    def name(self, why: str, raw: str) -> None:
        self.stats[f"name: {why}"] += 1
        self.names[why].append(raw)


# --- Arabic spellings ------------------------------------------------------------------------
# UniversalPETRARCH's arabic.actors.txt is lemma-based: titles and nationality words are glued
# to names ("رئيس_سوداني_عمر_البشير_"), and the article or a final alef is sometimes lost
# ("عبد_سلام", "ألف_عمر_كوناري" for Alpha Oumar Konaré). An entry lends its spelling to an
# English person only when, once titles are cut off, every word of it lines up with a word of one
# of the person's English names (consonant skeletons), the person acts for a country the entry's
# code names, and no other person (curated ones included) comes close.

AR_TITLES = set(
    """
    رئيس رئيسة وزير وزيرة أمير أميرة امير ملك ملكة شيخ شيخة جنرال عاهل ولي عهد نائب نائبة سفير
    سفيرة مبعوث مبعوثة سيد سيدة دكتور لواء عميد عقيد فريق مشير آية حجة إسلام إمام قائد زعيم
    زعيمة مرشد بابا سابق أسبق مستشار مستشارة ناطق متحدث رسمي باسم حكومة وزراء أول خارجية دفاع
    داخلية داخلي مالية ممثل مساعد مندوب عضو لجنة وكيل وزارة مجلس دولة و
    """.split()
)
AR_PREFIX_WORDS = {"عبد", "ابو", "أبو", "بو", "بن", "ابن", "نور", "سيف"}  # may fuse with next
AR_SUFFIX_WORDS = {"الدين", "الله", "بك", "زاد"}  # may fuse with the previous word
LA_PREFIX_WORDS = {"abd", "abu", "abou", "bin", "ben", "ibn", "nur", "nour", "bu", "saif", "seif"}
LA_SUFFIX_WORDS = {"din", "eddin", "eddine", "uddin", "allah", "ullah", "bek", "zad", "zadeh"}
AR_CLASSES = str.maketrans(
    {
        **dict.fromkeys("بپ", "B"), **dict.fromkeys("تثط", "T"), **dict.fromkeys("جچ", "J"),
        **dict.fromkeys("حه", "H"), "خ": "K", **dict.fromkeys("دذض", "D"), "ر": "R",
        **dict.fromkeys("زظ", "Z"), **dict.fromkeys("سص", "S"), "ش": "X", **dict.fromkeys("غگ", "G"),
        **dict.fromkeys("فڤ", "F"), **dict.fromkeys("قك", "K"), "ل": "L", "م": "M", "ن": "N",
        **dict.fromkeys("ةويىاأإآءئؤع", ""),
    }
)  # fmt: skip
LA_DIGRAPHS = (("sch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("gh", "G"), ("th", "T"),
               ("dh", "D"), ("ph", "F"), ("dj", "J"), ("ck", "K"), ("ts", "S"), ("tz", "S"),
               ("x", "KS"))  # fmt: skip
LA_CLASSES = str.maketrans(
    {**dict.fromkeys("bp", "B"), "t": "T", "j": "J", "h": "H", "d": "D", "r": "R", "z": "Z",
     "s": "S", **dict.fromkeys("ckq", "K"), **dict.fromkeys("fv", "F"), "l": "L", "m": "M",
     "n": "N", **dict.fromkeys("aeiouyw", "")}
)  # fmt: skip
# Names whose skeletons would otherwise coincide: محمد/محمود, حسن/حسين, سعد/سعيد.
AR_CANON = {"محمد": "#MHMD", "محمود": "#MHMWD", "حسين": "#HSYN", "الحسين": "#HSYN",
            "حسن": "#HSN", "الحسن": "#HSN", "سعيد": "#SYD", "سعد": "#SD"}  # fmt: skip
LA_CANON = [(r"m[uo]h+[ae]m+[ae]d", "#MHMD"), (r"mahm(ou|u|oo)d", "#MHMWD"),
            (r"h[ou]s+(a|e)?[iy]n|hussain|hussien", "#HSYN"), (r"has+an", "#HSN"),
            (r"sa(e|ee|i)d", "#SYD"), (r"sa(a|')?d", "#SD")]  # fmt: skip


def ar_norm(text: str) -> str:
    """Arabic text as written: no vocalisation, tatweel or direction marks.

    >>> ar_norm("عبد_اللٰه_ثاني_")
    'عبد الله ثاني'
    """
    text = unicodedata.normalize("NFC", text.replace("\u0670", "").replace("\u0640", ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return " ".join(text.replace("_", " ").split())


def ar_key(text: str) -> str:
    """Comparison key of an Arabic name (alef forms, taa marbuta and yaa folded)."""
    text = re.sub("[أإآ]", "ا", ar_norm(text)).replace("ة", "ه").replace("ى", "ي")
    return text


def ar_core(text: str, demonyms: set[str]) -> str | None:
    """The name inside an Arabic entry: titles and nationality words cut off, and the article
    the lemmatiser dropped put back where it is certain ("عبد سلام" -> "عبد السلام").

    >>> ar_core("رئيس سوداني عمر البشير", {"سوداني"})
    'عمر البشير'
    >>> ar_core("جون هاتون وزير دفاع بريطاني", set())
    'جون هاتون'
    >>> ar_core("نور دين يزيد زرهوني", set())
    'نور الدين يزيد زرهوني'
    """
    toks = ar_norm(text).split()
    if any(t.startswith("وو") for t in toks):
        return None  # a conjunction glued on by the lemmatiser
    while toks and (toks[0] in AR_TITLES or toks[0] in demonyms or toks[0][2:] in AR_TITLES):
        toks.pop(0)
    for i, t in enumerate(toks):
        if i >= 2 and (t in AR_TITLES or t in demonyms):
            toks = toks[:i]
            break
    out: list[str] = []
    for i, t in enumerate(toks):
        if t in AR_TITLES or t in demonyms or len(t) < 2 and t != "ال":
            return None
        if not re.fullmatch(r"[\u0621-\u064A]+", t):
            return None
        if t == "ال":
            t = "آل"  # "آل خليفة": the family, not the article
        elif i > 0 and t == "دين":
            t = "الدين"
        elif i > 0 and toks[i - 1] == "عبد" and not t.startswith("ال") and t not in ("ربه", "ربو"):
            t = "ال" + t
        out.append(t)
    return " ".join(out) if out else None


def ar_skeletons(tok: str) -> set[str]:
    """Consonant skeletons of an Arabic word (with and without its article)."""
    forms = {tok}
    if tok.startswith("ال") and tok != "الله" and len(tok) > 3:
        forms.add(tok[2:])
    out = set()
    for f in forms:
        if f in AR_CANON:
            out.add(AR_CANON[f])
            continue
        head = "A" if f[0] in "اأإآع" else ""
        out.add(head + re.sub(r"(.)\1+", r"\1", f.translate(AR_CLASSES)))
    return out


def la_skeletons(tok: str) -> set[str]:
    """Consonant skeletons of a folded Latin word; "g" may stand for ج, ق or غ."""
    for pattern, canon in LA_CANON:
        if re.fullmatch(pattern, tok):
            return {canon}
    head = "A" if tok[0] in "aeiou" else ""
    t = tok
    for a, c in LA_DIGRAPHS:
        t = t.replace(a, c)
    t = head + t.translate(LA_CLASSES)
    out = {t}
    for _ in range(min(t.count("g"), 3)):
        out = {v.replace("g", c, 1) for v in out for c in "JKG"}
    return {re.sub(r"(.)\1+", r"\1", v) for v in out}


@dataclass(frozen=True)
class LaWord:
    skeletons: frozenset[str]
    text: str  # folded word
    article: bool  # written with al-/el- in English


def la_words(name: str) -> tuple[LaWord, ...]:
    words = []
    toks = fold(name).split()
    for i, tok in enumerate(toks):
        if tok in ("al", "el") or tok in PARTICLES_FOLDED or len(tok) == 1:
            continue
        if tok in ("abdul", "abdel", "abdal", "abdol", "abdoul"):
            tok = "abd"
        article = i > 0 and toks[i - 1] in ("al", "el")
        words.append(LaWord(frozenset(la_skeletons(tok)), tok, article))
    return tuple(words)


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    if a.startswith("#") or b.startswith("#"):  # a canonical form only matches itself
        return float(a == b)
    return SequenceMatcher(None, a, b).ratio() if a and b else float(a == b)


# summed score, weight, lowest score, score of the last step, 1:1 pairs
Step = tuple[float, int, float, float, tuple[tuple[int, int], ...]]


def align(words: list[str], la: tuple[LaWord, ...]) -> tuple[float, list[str]] | None:
    """Line up Arabic words with English words (one to one, or a compound such as عبد الرحمن /
    Abdelrahman two to one). Returns the mean similarity and the Arabic words with an article
    put back where English has one and the lemmatiser dropped it; None when no alignment holds
    or an Arabic word lost its final alef ("ألف" for Alpha)."""
    idx = [k for k, w in enumerate(words) if w != "آل"]
    ar = tuple(words[k] for k in idx)
    n, m = len(ar), len(la)
    memo: dict[tuple[int, int], Step | None] = {}

    def go(i: int, j: int) -> Step | None:
        if (i, j) in memo:
            return memo[i, j]
        best: Step | None = (0.0, 0, 1.0, 1.0, ()) if i == n and j == m else None
        for di, dj in ((1, 1), (2, 1), (1, 2)):
            if i + di > n or j + dj > m:
                continue
            if di == 2 and not (ar[i] in AR_PREFIX_WORDS or ar[i + 1] in AR_SUFFIX_WORDS):
                continue
            if dj == 2 and not (la[j].text in LA_PREFIX_WORDS or la[j + 1].text in LA_SUFFIX_WORDS):
                continue
            if di == 1:
                left = ar_skeletons(ar[i])
            else:
                left = {x + y for x in ar_skeletons(ar[i]) for y in ar_skeletons(ar[i + 1])}
            right = (
                la[j].skeletons
                if dj == 1
                else {x + y for x in la[j].skeletons for y in la[j + 1].skeletons}
            )
            score = max(_ratio(x, y) for x in left for y in right)
            if score < (0.8 if di == dj else 0.85):
                continue
            rest = go(i + di, j + dj)
            if rest is None:
                continue
            w = max(di, dj)
            pairs = ((i, j),) if di == dj else ()
            last = score if i + di == n else rest[3]
            total = (rest[0] + score * w, rest[1] + w, min(rest[2], score), last, pairs + rest[4])
            if best is None or total[0] / total[1] > best[0] / best[1]:
                best = total
        memo[i, j] = best
        return best

    found = go(0, 0)
    if found is None or found[1] == 0 or found[3] < 0.9:  # the family name must agree
        return None
    out = list(words)
    for i, j in found[4]:
        k = idx[i]
        if la[j].text.endswith("a") and out[k][-1] not in "اىةهء":
            return None  # "سلف كير" for Salva Kiir: a lemma, not a spelling
        if la[j].article and not out[k].startswith("ال") and (k == 0 or out[k - 1] != "آل"):
            out[k] = "ال" + out[k]
    return found[0] / found[1], out


def attach_arabic(people: list[Person], known: Known, blocks: list[Block], report: Report) -> None:
    """Give people the Arabic spellings of the entries that match them unambiguously."""
    candidates: dict[str, list[tuple[str, str, tuple[LaWord, ...]]]] = defaultdict(list)
    for p in people:
        for c in p.countries:
            candidates[c] += [(p.id, n, la_words(n)) for n in p.names]
    for pid, countries, names in known.curated_people:
        for c in countries:
            candidates[c] += [(pid, n, la_words(n)) for n in names if " " in n.strip()]
    found: dict[str, set[str]] = defaultdict(set)  # ar_key -> person ids
    spelled: dict[str, str] = {}
    for block in blocks:
        countries = {COUNTRY_MAP.get(c[:3], c[:3]) for c in block.codes} & known.states
        for raw in block.names:
            core = ar_core(raw, known.ar_demonyms)
            if core is None or not countries:
                continue
            if ar_key(core) in known.curated_ar:
                report.stats["arabic: a curated person's spelling"] += 1
                continue
            words = core.split()
            single = len([w for w in words if w != "آل"]) == 1
            if single and len(words[0]) < 4:
                continue
            scores: dict[str, tuple[float, list[str]]] = {}
            for c in countries:
                for pid, _, la in candidates[c]:
                    if not la or single != (len(la) == 1) or abs(len(words) - len(la)) > 2:
                        continue
                    got = align(words, la)
                    if got is not None and got[0] > scores.get(pid, (0.0, []))[0]:
                        scores[pid] = got
            ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
            if not ranked or ranked[0][1][0] < (1.0 if single else 0.9):
                report.stats["arabic: no English person matched"] += 1
                continue
            if len(ranked) > 1 and ranked[1][1][0] > ranked[0][1][0] - 0.1:
                report.stats["arabic: two people matched as well"] += 1
                continue
            pid, (_, spelling) = ranked[0]
            if not pid.startswith("phx:"):
                report.stats["arabic: matched a curated person"] += 1
                continue
            name = " ".join(spelling)
            found[ar_key(name)].add(pid)
            spelled.setdefault(ar_key(name), name)
    by_id = {p.id: p for p in people}
    for key, pids in sorted(found.items()):
        if len(pids) > 1:
            report.stats["arabic: spelling matched two people, dropped"] += 1
            continue
        person = by_id[next(iter(pids))]
        if key not in {ar_key(a) for a in person.ar}:
            person.ar.append(spelled[key])
            report.stats["arabic: spelling added"] += 1


# --- one person per name ----------------------------------------------------------------------


# A state and its successor: people who served both are listed under each (Salva Kiir).
SUCCESSORS = {("SDN", "SSD"), ("ETH", "ERI"), ("IDN", "TLS"), ("SRB", "MNE"), ("SRB", "XKX")}


def related(a: set[str], b: set[str]) -> bool:
    """Whether two sets of countries overlap or hold a state and its successor."""
    return bool(a & b) or any((x, y) in SUCCESSORS or (y, x) in SUCCESSORS for x in a for y in b)


def merge_and_disambiguate(people: list[Person], report: Report) -> tuple[list[Person], list[str]]:
    """Merge entries of one person listed twice (same full name, a shared country); drop names
    that two people of different countries share. Returns the people and the dropped names."""
    merged: list[Person] = []
    owner: dict[str, Person] = {}  # folded multi-word name -> person
    for person in people:
        target = None
        for n in person.names:
            key = fold(n)
            other = owner.get(key)
            if (
                other is not None
                and " " in key
                and related(other.countries, person.countries)
                and key in (fold(other.names[0]), fold(person.names[0]))
                and key not in other.derived | person.derived
            ):  # one headword is the other's name as listed: one person entered twice
                target = other
                break
        if target is None:
            merged.append(person)
            target = person
        else:
            report.drop("merged with an entry of the same name and country", n, person.where)
            for n in person.names:
                if fold(n) not in {fold(m) for m in target.names}:
                    target.names.append(n)
            for s in person.spells:
                if s not in target.spells:
                    target.spells.append(s)
            target.derived |= person.derived
        for n in target.names:
            owner.setdefault(fold(n), target)
    holders: dict[str, list[Person]] = defaultdict(list)
    for person in merged:
        for n in person.names:
            holders[fold(n)].append(person)
    ambiguous: list[str] = []
    for key, who in sorted(holders.items()):
        if len(who) < 2:
            continue
        spelled = next(n for n in who[0].names if fold(n) == key)
        countries = sorted({p.main_country() for p in who})
        if len(countries) > 1:
            ambiguous.append(f"{spelled} ({', '.join(countries)})")
            report.stats["name: shared by people of different countries"] += 1
        else:
            report.stats["name: one word shared by two people of one country"] += 1
        for p in who:
            p.names = [n for n in p.names if fold(n) != key]
    kept = []
    for person in merged:
        if person.names:
            kept.append(person)
        else:
            report.drop("every name ambiguous", "?", person.where)
    return kept, ambiguous


def slug(text: str) -> str:
    """An ASCII id part.

    >>> slug("Miguel d'Escoto Brockmann")
    'miguel-descoto-brockmann'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’`.]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --- output -----------------------------------------------------------------------------------

PLAIN = re.compile(r"[^\W\d][\w .'\-:]*[\w.]", re.UNICODE)


def scalar(text: str) -> str:
    """A YAML flow scalar: plain when safe, else double-quoted."""
    if PLAIN.fullmatch(text) and text.lower() not in SPECIAL_YAML and ": " not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(items: Iterable[str]) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


def spell_yaml(s: RawSpell) -> str:
    parts = [f"of: {s.of}", f"sector: {s.sector}"]
    if s.since:
        parts.append(f"since: {s.since.isoformat()}")
    if s.until:
        parts.append(f"until: {s.until.isoformat()}")
    return "{" + ", ".join(parts) + "}"


def render(people: list[Person], ambiguous: list[str], state_names: dict[str, str]) -> str:
    lines = [
        "# People from the PETRARCH coder dictionaries: GENERATED by kg/resources/build_coded_people.py",
        "# (do not edit by hand; change the script and re-run it). Format:",
        "# kg.resources.schema.CodedPeopleFile. One spell per CAMEO code line of the source:",
        "# of = ISO3 of the state the person acted for, sector = CAMEO agent code (GOV, MIL, ELI,",
        "# OPP, LEG, JUD, ...), since/until absent = open. People of the curated people.yaml are",
        "# not repeated here; people whose every spell ended before 1990 are left out.",
        "#",
        "# Names dropped because people of different countries share them (main country of each):",
    ]
    line = "#  "
    for item in ambiguous:
        if len(line) + len(item) + 2 > 99:
            lines.append(line.rstrip(" ;"))
            line = "#  "
        line += " " + item + ";"
    if ambiguous:
        lines.append(line.rstrip(" ;"))
    lines += ["source: >-", f"  {SOURCE}", "people:"]
    current = ""
    for p in people:
        country = p.main_country()
        if country != current:
            lines.append(f"  # --- {country} {state_names.get(country, '')}".rstrip())
            current = country
        lines.append(f"  - id: {scalar(p.id)}")
        lines.append(f"    en: {flow(p.names)}")
        if p.ar:
            lines.append(f"    ar: {flow(p.ar)}")
        if len(p.spells) == 1:
            lines.append(f"    spells: [{spell_yaml(p.spells[0])}]")
        else:
            lines.append("    spells:")
            lines += [f"      - {spell_yaml(s)}" for s in p.spells]
    return "\n".join(lines) + "\n"


# --- driver -----------------------------------------------------------------------------------


def build(petrarch: Path, report: Report) -> tuple[list[Person], list[str], Known]:
    known = load_known(RESOURCES)
    blocks = {name: read_tabari(petrarch / name) for name in ENGLISH_FILES}
    given = given_names(blocks[ENGLISH_FILES[0]], known.demonyms)
    people: list[Person] = []
    for name in ENGLISH_FILES:
        people += people_from_blocks(blocks[name], known, given, report)
    recent = []
    for person in people:
        if person.ended_before(CUTOFF):
            report.drop("every spell ended before 1990", person.names[0], person.where)
        else:
            recent.append(person)
    people, ambiguous = merge_and_disambiguate(recent, report)
    for person in people:
        person.spells.sort(key=lambda s: (s.since or date.min, s.until or date.max, s.of))
    people.sort(key=lambda p: (p.main_country(), fold(p.names[0])))
    ids: set[str] = set()
    for person in people:
        base = "phx:" + slug(person.names[0])
        pid = base if base not in ids else f"{base}-{person.main_country().lower()}"
        n = 2
        while pid in ids:
            pid = f"{base}-{n}"
            n += 1
        ids.add(pid)
        person.id = pid
    attach_arabic(people, known, read_tabari(petrarch / ARABIC_FILE), report)
    return people, ambiguous, known


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("petrarch", type=Path, help="folder with the PETRARCH dictionaries")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print what was dropped and why")
    args = parser.parse_args(argv)
    report = Report()
    people, ambiguous, known = build(args.petrarch, report)
    from kg.resources.schema import CodedPeopleFile, StatesFile

    states = msgspec.yaml.decode(
        (RESOURCES / "actors" / "states.yaml").read_bytes(), type=StatesFile
    )
    text = render(people, ambiguous, {s.code: s.en.names[0] for s in states.states})
    msgspec.yaml.decode(text.encode(), type=CodedPeopleFile)  # the output must load
    args.out.write_text(text, encoding="utf-8")
    names = sum(len(p.names) for p in people)
    arabic = sum(len(p.ar) for p in people)
    print(f"{args.out}: {len(people)} people, {names} English names, {arabic} Arabic names")
    if args.report:
        for key, count in sorted(report.stats.items()):
            print(f"{count:6d}  {key}")
        for why, items in sorted(report.dropped.items()):
            print(f"\n## dropped: {why} ({len(items)})")
            print("\n".join(f"   {i}" for i in items[:400]))
        for why, raws in sorted(report.names.items()):
            print(f"\n## name dropped: {why} ({len(raws)})")
            print("   " + "; ".join(raws[:400]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
