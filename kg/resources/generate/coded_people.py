"""Regenerate ``kg/resources/actors/coded_people.yaml`` from the PETRARCH coder dictionaries.

Run from the repository root; the YAML is overwritten (review the diff before committing)::

    .venv/bin/python kg/resources/generate/coded_people.py /path/to/reference/petrarch [--report]

Input: PETRARCH2/Phoenix's TABARI-format ``Phoenix.Countries.actors.txt`` (world leaders and
officials, from CountryInfo; Open Event Data Alliance, MIT), a reviewed few state people of its
International and MilNonState files, and UniversalPETRARCH's ``arabic.actors.txt`` (Arabic
spellings, matched to English entries by country code and transliteration). Output: a
:class:`kg.resources.schema.CodedPeopleFile` without the curated ``people.yaml`` people, names
that clash with a state, capital or organisation, people whose every spell ended before 1990,
and names that people of different countries share (listed at the top of the YAML).
``--report`` prints what was dropped and why. A build tool: the package never imports it.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import unicodedata
from calendar import monthrange
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from difflib import SequenceMatcher
from itertools import product
from pathlib import Path

import msgspec

RESOURCES = Path(__file__).resolve().parents[1]  # kg/resources
OUT = RESOURCES / "actors" / "coded_people.json"
SOURCE = (
    "PETRARCH2/Phoenix CountryInfo-derived actor dictionaries (Open Event Data Alliance, MIT), "
    "converted by kg/resources/generate/coded_people.py; Arabic spellings from UniversalPETRARCH "
    "arabic.actors.txt where matched"
)
COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
OTHER_FILES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
ARABIC_FILE = "arabic.actors.txt"
CUTOFF = date(1990, 1, 1)


# Old or odd prefixes that stand for a state kg knows. Soviet (USR, SUN), Yugoslav (YUG),
# Czechoslovak (CSK) and East German (DDR) codes are not mapped: those states are gone.
# Dependent territories (BMU, HKG, ...) and regions (MEA, WAF, ...) are not states either.
COUNTRY_MAP = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
OLD_STATES = {"USR", "SUN", "YUG", "DDR", "CSK"}
# Sub-codes of a state that name a territory or a status, not a sector (GBRVGB: British Virgin
# Islands, USAPRI: Puerto Rico, ETHERI: Eritrea under Ethiopia, ...OCC: occupied).
TERRITORY_SECTORS = {"VGB", "FRO", "FLK", "ASM", "IMY", "PRI", "ERI", "SSD", "TMP", "UNR", "OCC"}
# A state and its successor: people who served both are listed under each (Salva Kiir).
SUCCESSORS = {("SDN", "SSD"), ("ETH", "ERI"), ("IDN", "TLS"), ("SRB", "MNE"), ("SRB", "XKX")}


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
    JUSTICE AYATOLLAH AYATOLLA HOJATOLISLAM HOJATOLESLAM HOJJATOLESLAM GRAND MULLAH MAULANA MAWLAWI
    HIS HER MAJESTY HIGHNESS EXCELLENCY THE OPPOSITION PARTY COMMUNIST SOVIET MOSCOW STATE OF U.S.
    US UN U.N. PROF. PROFESSOR REV. REVEREND FATHER POPE CARDINAL BISHOP ARCHBISHOP PATRIARCH IMAM
    PRESIDENTIAL CANDIDATE MILITARY STRONGMAN DICTATOR REBEL WARLORD OFFICIAL SPOKESMAN
    SPOKESWOMAN ENG. ENGINEER
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
    INC LTD FUND NEWS TIMES JOURNAL RADIO TELEVISION BROADCASTER NETWORK LEAGUE FEDERATION
    SOCIETY EMBASSY CONSULATE PARLIAMENT SENATE MILITIA MILITIAS FACTION LOYALISTS SUPPORTERS
    FOLLOWERS FAMILY CLAN TRIBE CAMP STATE STATES KINGDOM EMIRATE CALIPHATE JUNTA PROVINCE
    DISTRICT REGION CITY ISLAND ISLANDS SECURITY POLICE NAVY TROOPS SOLDIERS MINISTER PRESIDENT
    SECRETARY AMBASSADOR NATIONAL FEDERAL DEMOCRATIC REVOLUTIONARY LIBERATION ISLAMIC PEOPLES
    PEOPLE'S WATCH MONITOR
    """.split()
)
PARTICLES = {"DE", "DA", "DAS", "DO", "DOS", "DEL", "DELLA", "DER", "DEN", "DI", "DU", "VAN",
             "VON", "TER", "TEN", "BIN", "IBN", "BINT", "Y", "E", "LA", "LOS", "LAS"}  # fmt: skip
ARTICLES = {"AL", "EL"}  # joined to the next word: "HAIDAR_AL_ABADI" -> "Haidar al-Abadi"
HYPHEN_ARTICLES = {"AL", "EL", "AS", "ASH", "AD", "AR", "AN", "AZ", "AT", "ADH", "UL"}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}
# One-word names that are common English words: never a person's name on their own.
COMMON_WORDS = set(
    """
    bush rice brown young king major ford white black green gates hope may moon price rich long
    short little love power snow wood stone hill field bond cash chance fox rose wise page bell
    hunt march mark lord bishop castle church street frank grant hall house lane low mills
    baker carter cook hunter miller smith taylor turner walker ward webb wells west north south
    best good rush bird lamb swift sharp strong noble light day knight gay joy hardy
    """.split()
)
# Two first names that make one compound first name: not a person's name on their own.
COMPOUND_GIVEN = {
    "juan carlos", "ana maria", "jose luis", "jose maria", "maria jose", "jean pierre",
    "jean claude", "jean marie", "jean paul", "juan jose", "juan pablo", "luis alberto",
    "maria elena", "mohamed ali", "muhammad ali", "mohammad ali", "abdul ali", "maria luisa",
}  # fmt: skip
# One-word entry names that are real names. Most one-word CountryInfo entries are a first
# initial glued to the family name ("BHORTEFEUX_", "PATTROVOADA_") and are not used.
MONONYMS = {"suharto", "sugiharto", "mardiyanto", "siddaramaiah", "khodaidad", "rafsanjani",
            "fielakepa", "tuipelehake", "tuivakano"}  # fmt: skip
# Names the source gives to the wrong person: Sami Abu Zuhri, a Hamas spokesman, is listed as an
# alias of Sheikh Ahmed Yassin.
DROP_NAMES = {"ABU_ZUHRI", "SAMI_ABU_ZUHRI"}
# People of the International and MilNonState files who acted for a state (those files are
# organisations and groups otherwise; IGO officials are curated).
OTHER_FILE_PEOPLE = {"ANN_VENEMAN", "B._LYNN_PASCOE", "MICHELE_MONTAS", "MURATBEK_IMANALIYEV",
                     "AMR_MOUSSA", "SHEIKH_AHMED_YASSIN"}  # fmt: skip

CODE_RE = re.compile(r"\[([^\]]*)\]")
SPECIAL_YAML = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}


def fold(name: str) -> str:
    """The comparison key of a name: no accents, case, hyphens, dots or apostrophes.

    >>> fold("Abdel Fattah el-Sisi") == fold("ABDEL FATTAH EL SISI")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[.'’`]", "", text.casefold().replace("-", " ").replace("_", " "))
    return " ".join(text.split())


@dataclass
class Block:
    """One dictionary entry: its names (entry lines, then ``+`` aliases) and code lines."""

    file: str
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    inline: bool = False  # the entry line itself carried codes (country blocks, groups)


def read_tabari(path: Path) -> list[Block]:
    """Entries of a TABARI actor file. Consecutive entry lines without codes are synonyms that
    share the code lines that follow, as PETRARCH reads them."""
    blocks: list[Block] = []
    cur: Block | None = None
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        body = s.partition("#")[0]
        codes = [c.strip() for c in CODE_RE.findall(body)]
        name = CODE_RE.sub(" ", body).strip()
        if s.startswith("[") or s.startswith("+"):
            if cur is not None:
                cur.codes += codes
                if s.startswith("+") and name[1:].strip():
                    cur.names.append(name[1:].strip())
            continue
        if cur is None or cur.codes or cur.inline:
            cur = Block(path.name, no)
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


def parse_date(text: str) -> date:
    """A TABARI date: YYMMDD (00-30 -> 20xx) or YYYYMMDD; a day past the month's end is moved
    to its last day.

    >>> parse_date("831231"), parse_date("070529"), parse_date("19270101"), parse_date("990231")
    (datetime.date(1983, 12, 31), datetime.date(2007, 5, 29), datetime.date(1927, 1, 1), \
datetime.date(1999, 2, 28))
    """
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        yy, month, day = int(text[:2]), int(text[2:4]), int(text[4:6])
        year = 2000 + yy if yy <= 30 else 1900 + yy
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"bad date {text!r}")
    return date(year, month, min(day, monthrange(year, month)[1]))


def parse_code(raw: str) -> tuple[str, date | None, date | None]:
    """``NGAGOV 19831231-19850827`` -> (code, since, until); ``>A`` open end, ``<B`` open start,
    no dates: always. Raises ValueError on a malformed line.

    >>> parse_code("NGAGOV >070529")
    ('NGAGOV', datetime.date(2007, 5, 29), None)
    >>> parse_code("USRARM <900823")
    ('USRARM', None, datetime.date(1990, 8, 23))
    """
    code, _, spec = raw.partition(" ")
    spec = spec.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3,}", code):
        raise ValueError(f"bad code {raw!r}")
    if not spec:
        return code, None, None
    if spec[0] in "<>":
        when = parse_date(spec[1:])
        return (code, when, None) if spec[0] == ">" else (code, None, when)
    if "-" in spec:
        a, b = spec.split("-", 1)
        return code, parse_date(a), parse_date(b)
    return code, parse_date(spec), None  # "[MNEGOV 20121204]": a start alone


def spells_of(block: Block, states: Container[str], stats: Counter[str]) -> list[RawSpell]:
    """One spell per code line that names a state of ``states.yaml`` and a sector."""
    out: list[RawSpell] = []
    for raw in block.codes:
        if not raw or raw.startswith("-"):
            continue
        try:
            code, since, until = parse_code(raw)
        except ValueError:
            stats["spell: malformed code line"] += 1
            continue
        of, sector = COUNTRY_MAP.get(code[:3], code[:3]), code[3:6] or "GOV"
        if of not in states:
            stats[f"spell: not a state ({code[:3]})"] += 1
        elif sector in TERRITORY_SECTORS or len(sector) < 3:
            stats[f"spell: a territory or an odd sector ({code[:6]})"] += 1
        elif since and until and until < since:
            stats["spell: ends before it starts"] += 1
        elif (spell := RawSpell(of, sector, since, until)) not in out:
            out.append(spell)
    return out


def _cap(part: str) -> str:
    """Capitalise one upper-case word: O'Neill, d'Escoto, McCain, Sha'bi."""
    if "'" in part:
        head, tail = part.split("'", 1)
        if head == "O":
            return "O'" + _cap(tail)
        if head in ("D", "L"):
            return head.lower() + "'" + _cap(tail)
        return (_cap(head) if head else "") + "'" + (tail.lower() if head else _cap(tail))
    if part.startswith("MC") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    return part[:1] + part[1:].lower()


def _word(tok: str, first: bool, last: bool) -> str:
    if tok in ROMAN or re.fullmatch(r"([A-Z]\.)+", tok) or (tok == "I" and last and not first):
        return tok  # "TUPOU_IV", "A.H.", "BOKASSA_I"
    if re.fullmatch(r"[A-Z]", tok):
        return tok.lower() if tok in ("Y", "E") and not first else tok + "."
    if tok in ("JR", "JR.", "SR", "SR."):
        return tok[0] + tok[1].lower() + "."
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
    """A dictionary name in natural spelling, or None and why it is not a name.

    >>> natural("GEN._MUHAMMADU_BUHARI", set())[0]
    Name(text='Muhammadu Buhari', stripped=True)
    >>> natural("HAIDAR_AL_ABADI", set())[0].text
    'Haidar al-Abadi'
    >>> natural("MIGUEL_D'ESCOTO_BROCKMANN_", set())[0].text
    "Miguel d'Escoto Brockmann"
    >>> natural("RUSSIAN_PRESIDENT_MIKHAIL_S._GORBACHEV", {"RUSSIAN"})[0].text
    'Mikhail S. Gorbachev'
    >>> natural("ERIC_H._HOLDER,_JR._", set())[0].text
    'Eric H. Holder Jr.'
    >>> natural("GORBACHEV_ADMINISTRATION", set())
    (None, 'institution word')
    """
    text = raw.strip().strip("_").strip().upper().replace("`", "'")
    text = re.sub(r"\s*\(.*$", "", text)  # "STANKO_TODOROV (ACTING_"
    text = re.sub(r",[_ ]*(JR\.?|SR\.?)[_ ]*$", r"_\1", text)
    text = re.sub(r"(?<=_)3D(?=_|$)", "III", text)  # "JAMES_A._BAKER_3D"
    if "," in text:  # "SECRETARY_OF_DEFENSE,_FRANK_C._CARLUCCI", "JOHN_ROBINSON, BARON_X"
        head, tail = text.split(",", 1)
        return natural(tail if natural(head, demonyms)[0] is None else head, demonyms)
    if not text or re.search(r"[^\w .'\-]|\d", text):
        return None, "odd characters"
    text = re.sub(r"\b(AL|EL)-[_ ]+", r"\1-", text)  # "AL-_QASIMI"
    toks = [t for t in re.split(r"[_\s]+", text) if t and t not in ("-", ".")]
    stripped, honorific = False, ""
    while toks:
        nxt = toks[1] if len(toks) > 1 else ""
        if (
            toks[0] in TITLES
            or toks[0].startswith("EX-")
            or (toks[0] in demonyms and nxt in TITLES)
        ):
            honorific = toks[0] if toks[0] in HONORIFICS else ""
        elif not (toks[0] == "U" and len(toks) >= 3):  # "U": Burmese honorific, "U Kyaw Thu"
            break
        toks.pop(0)
        stripped = True
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
        if toks[i] in ARTICLES and 0 < i < len(toks) - 1:
            words.append(toks[i].lower() + "-" + _word(toks[i + 1], False, i + 1 == len(toks) - 1))
            i += 2
        else:
            words.append(_word(toks[i], not words, i == len(toks) - 1))
            i += 1
    name = " ".join(words)
    if sum(ch.isalpha() for ch in name) < 4:
        return None, "shorter than 4 letters"
    return Name(name, stripped), ""


def expand_nickname(raw: str) -> list[str]:
    """The name without its quoted nickname, and the nickname with the family name.

    >>> expand_nickname('TZIPORA_"TZIPI"_LIVNI_')
    ['TZIPORA__LIVNI_', 'TZIPI_LIVNI_']
    """
    m = re.fullmatch(r'(.*?)"([^"]+)"(.*)', raw)
    if m is None:
        return [raw]
    before, nick, after = m.groups()
    return [before + after] + ([f"{nick}_{after.strip('_ ')}_"] if after.strip("_ ") else [])


def loose(name: str) -> str:
    """A consonant skeleton to spot a curated person under another transliteration (used only
    together with a shared country, against the few hundred curated people).

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
        words.append(re.sub(r"(.)\1+", r"\1", w[0] + re.sub(r"[aeiouyw]", "", w[1:])))
    return " ".join(words)


@dataclass
class Known:
    states: dict[str, str]  # ISO3 code -> English name
    demonyms: set[str]  # upper-case English demonyms, cut off the front of names
    place_names: dict[str, str]  # folded state/capital/organisation name -> what it is
    curated: dict[str, str]  # folded English name of a curated person -> id
    curated_loose: dict[str, set[str]]  # loose() key -> ids
    curated_family: set[str]  # last words of curated names (kg adds them as names)
    curated_people: list[tuple[str, set[str], list[str]]]  # id, countries, English names
    curated_ar: set[str]  # ar_key() of curated Arabic names
    ar_demonyms: set[str]  # Arabic state names and demonyms, cut off Arabic names


def load_known(resources: Path) -> Known:
    from kg.resources.schema import Metonym, OrgsFile, PeopleFile, StatesFile

    actors = resources / "actors"
    states = msgspec.yaml.decode((actors / "states.yaml").read_bytes(), type=StatesFile).states
    orgs = msgspec.yaml.decode((actors / "organisations.yaml").read_bytes(), type=OrgsFile)
    people = msgspec.yaml.decode((actors / "people.yaml").read_bytes(), type=PeopleFile).people
    places: dict[str, str] = {}
    demonyms = {"AMERICAN", "SOVIET", "U.S.", "US", "UN", "U.N."}
    ar_demonyms: set[str] = set()
    for st in states:
        for text in [st.code, *st.en.names, *st.en.capitals, *st.en.demonyms,
                     *st.en.plural_demonyms]:  # fmt: skip
            places[fold(text)] = f"state {st.code}"
        for m in st.en.metonyms:
            places[fold(m.name if isinstance(m, Metonym) else m)] = f"metonym of {st.code}"
        demonyms |= {d.upper() for d in st.en.demonyms}
        for d in map(ar_norm, st.ar.demonyms):
            ar_demonyms |= {d, "ال" + d, d + "ة", "ال" + d + "ة"}
        ar_demonyms |= {ar_norm(n) for n in [*st.ar.names, *st.ar.plural_demonyms]}
    for org in orgs.organisations:
        for text in [org.code, *org.en.names, *org.en.capitals]:
            places[fold(text)] = f"organisation {org.code}"
        for m in org.en.metonyms:
            places[fold(m.name if isinstance(m, Metonym) else m)] = f"organisation {org.code}"
    curated_loose: dict[str, set[str]] = defaultdict(set)
    for pid, n in ((p.id, n) for p in people for n in p.en if " " in fold(n)):
        curated_loose[loose(n)].add(pid)
    return Known(
        states={st.code: st.en.names[0] for st in states},
        demonyms=demonyms,
        place_names=places,
        curated={fold(n): p.id for p in people for n in p.en},
        curated_loose=dict(curated_loose),
        curated_family={fold(n).split()[-1] for p in people for n in p.en},
        curated_people=[(p.id, {r.of for r in p.roles}, list(p.en)) for p in people],
        curated_ar={ar_key(n) for p in people for n in p.ar},
        ar_demonyms=ar_demonyms,
    )


@dataclass
class Report:
    stats: Counter[str] = field(default_factory=Counter)
    lists: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def drop(self, why: str, name: str, where: str) -> None:
        self.stats[f"person: {why}"] += 1
        self.lists[f"person dropped: {why}"].append(f"{name} ({where})")

    def name(self, why: str, raw: str) -> None:
        self.stats[f"name: {why}"] += 1
        self.lists[f"name dropped: {why}"].append(raw)


@dataclass
class Person:
    names: list[str]  # natural English spellings, the main one first
    spells: list[RawSpell]
    where: str  # file:line of the (first) source entry
    derived: set[str] = field(default_factory=set)  # folded aliases made by removing a title
    ar: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def countries(self) -> set[str]:
        return {s.of for s in self.spells}

    def main_country(self) -> str:
        """The country of the latest spell (an open spell counts as the latest)."""
        dated = [s for s in self.spells if s.since or s.until] or self.spells
        return max(dated, key=lambda s: (s.until or date.max, s.since or date.min)).of


def given_names(blocks: Iterable[Block], demonyms: set[str]) -> set[str]:
    """Words that open at least three multi-word names: first names, not names on their own."""
    names = (natural(raw, demonyms)[0] for block in blocks for raw in block.names)
    firsts = Counter(fold(n.text).split()[0] for n in names if n and " " in n.text)
    return {w for w, count in firsts.items() if count >= 3}


def rejected(name: Name, listed: bool, known: Known, given: set[str]) -> str:
    """Why a converted name may not stand for the person, or "" (``listed``: the source gives it
    as an alias or synonym, not as the entry's main name)."""
    key = fold(name.text)
    one = " " not in key
    return next(
        (why for bad, why in [
            (key in known.place_names, f"clashes with {known.place_names.get(key)}"),
            (key in COMPOUND_GIVEN, "first names only"),
            (one and name.stripped, "one word left once a title is removed"),
            (one and key in COMMON_WORDS, "common English word"),
            (one and key in given, "a first name alone"),
            (one and key in known.curated_family, "family name of a curated person"),
            (one and not listed and key not in MONONYMS, "one word as the main name"),
        ] if bad),
        "",
    )  # fmt: skip


def people_from(
    blocks: Iterable[Block], known: Known, given: set[str], report: Report
) -> Iterator[Person]:
    countryish = OLD_STATES | COUNTRY_MAP.keys() | known.states.keys()
    for block in blocks:
        where = f"{block.file}:{block.line}"
        if block.file != COUNTRIES_FILE:
            if block.names[0].strip("_ ") not in OTHER_FILE_PEOPLE:
                continue
        elif block.inline:
            continue  # a country with its cities and provinces
        spells = spells_of(block, known.states, report.stats)
        if any(len(c.split()[0]) == 3 and c[:3] in countryish for c in block.codes if c):
            why = "not a person (a country code alone)"
        elif natural(block.names[0], known.demonyms)[1] == "institution word":
            why = "not a person (institution)"
        else:
            why = "" if spells else "no spell for a state of states.yaml"
        if why:
            report.drop(why, block.names[0], where)
            continue
        names: list[str] = []
        derived: set[str] = set()
        for i, raw in enumerate(block.names):
            if raw.strip("_ ") in DROP_NAMES:
                report.name("given to the wrong person in the source", raw)
                continue
            for variant in expand_nickname(raw):
                name, why = natural(variant, known.demonyms)
                why = rejected(name, i > 0, known, given) if name else why
                if why or name is None:
                    report.name(why, raw)
                elif fold(name.text) not in map(fold, names):
                    names.append(name.text)
                    if name.stripped and i > 0:  # a headword is the person, titled or not
                        derived.add(fold(name.text))
        if not names:
            report.drop("no usable name", block.names[0], where)
            continue
        countries = {s.of for s in spells}
        curated = {known.curated[fold(n)] for n in names if fold(n) in known.curated} | {
            pid
            for pid, roles, _ in known.curated_people
            if roles & countries
            and any(pid in known.curated_loose.get(loose(n), ()) for n in names)
        }
        if curated:
            report.drop("in people.yaml", f"{names[0]} = {min(curated)}", where)
            continue
        yield Person(names, spells, where, derived)


def related(a: set[str], b: set[str]) -> bool:
    """Whether two sets of countries share one or hold a state and its successor."""
    return bool(a & b) or any((x, y) in SUCCESSORS or (y, x) in SUCCESSORS for x in a for y in b)


def close_for_successor(person: Person) -> None:
    """End an open spell for a state the day before the person's first spell for its successor
    starts (Salva Kiir: Sudan from 2005, South Sudan from its independence in 2011)."""
    for old, new in SUCCESSORS:
        if starts := [s.since for s in person.spells if s.of == new and s.since]:
            end = min(starts) - timedelta(days=1)
            for i, s in enumerate(person.spells):
                if s.of == old and s.until is None and s.since and s.since <= end:
                    person.spells[i] = replace(s, until=end)


def merge_and_disambiguate(people: list[Person], report: Report) -> tuple[list[Person], list[str]]:
    """Merge entries of one person listed twice (the headword of one is a full name of the other,
    a country in common); drop names that two people share. Returns the people and the names
    dropped because people of different countries share them."""
    merged: list[Person] = []
    owner: dict[str, Person] = {}  # folded multi-word name -> first person with it
    for person in people:
        target = None
        for n in person.names:
            key, other = fold(n), owner.get(fold(n))
            if (
                other is not None
                and " " in key
                and related(other.countries, person.countries)
                and key in (fold(other.names[0]), fold(person.names[0]))
                and key not in other.derived | person.derived
            ):
                target = other
                break
        if target is None:
            merged.append(person)
            target = person
        else:
            report.drop("merged with another entry of them", person.names[0], person.where)
            target.names += [n for n in person.names if fold(n) not in map(fold, target.names)]
            target.spells += [s for s in person.spells if s not in target.spells]
            target.derived |= person.derived
        for n in target.names:
            owner.setdefault(fold(n), target)
    holders: dict[str, list[Person]] = defaultdict(list)
    for person, n in ((p, n) for p in merged for n in p.names):
        holders[fold(n)].append(person)
    ambiguous: list[str] = []
    for key, who in sorted((k, w) for k, w in holders.items() if len(w) > 1):
        spelled = next(n for n in who[0].names if fold(n) == key)
        countries = sorted({p.main_country() for p in who})
        if len(countries) > 1:
            ambiguous.append(f"{spelled} ({', '.join(countries)})")
        kind = "different countries" if len(countries) > 1 else "one country"
        report.name(f"shared by two people of {kind}", spelled)
        for p in who:
            p.names = [n for n in p.names if fold(n) != key]
    for person in (p for p in merged if not p.names):
        report.drop("every name shared with another person", "-", person.where)
    return [p for p in merged if p.names], ambiguous


# --- Arabic spellings -------------------------------------------------------------------------
# UniversalPETRARCH's arabic.actors.txt is lemma-based: titles and nationality words are glued to
# names ("رئيس_سوداني_عمر_البشير_"), and the article or a final alef is sometimes lost
# ("عبد_سلام"; "ألف_عمر_كوناري" for Alpha Oumar Konaré). An entry lends its spelling to a person
# only when, titles cut off, every word of it lines up with a word of one of the person's English
# names (consonant skeletons), the person acts for a country of the entry's codes, and no other
# person, curated ones included, matches nearly as well.

AR_TITLES = set(
    """
    رئيس رئيسة وزير وزيرة أمير أميرة امير ملك ملكة شيخ شيخة جنرال عاهل ولي عهد نائب نائبة سفير
    سفيرة مبعوث مبعوثة سيد سيدة دكتور لواء عميد عقيد فريق مشير آية حجة إسلام إمام قائد زعيم
    زعيمة مرشد بابا سابق أسبق مستشار مستشارة ناطق متحدث رسمي باسم حكومة وزراء أول خارجية دفاع
    داخلية داخلي مالية ممثل مساعد مندوب عضو لجنة وكيل وزارة مجلس دولة و
    """.split()
)
# Words that may fuse with the next / the previous one into one word of the other script.
AR_FUSING = ({"عبد", "ابو", "أبو", "بو", "بن", "ابن", "نور", "سيف"}, {"الدين", "الله", "بك", "زاد"})
LA_FUSING = (
    {"abd", "abu", "abou", "bin", "ben", "ibn", "nur", "nour", "bu", "saif", "seif"},
    {"din", "eddin", "eddine", "uddin", "allah", "ullah", "bek", "zad", "zadeh"},
)
AR_CLASSES = str.maketrans(
    {**dict.fromkeys("بپ", "B"), **dict.fromkeys("تثط", "T"), **dict.fromkeys("جچ", "J"),
     **dict.fromkeys("حه", "H"), "خ": "K", **dict.fromkeys("دذض", "D"), "ر": "R",
     **dict.fromkeys("زظ", "Z"), **dict.fromkeys("سص", "S"), "ش": "X", **dict.fromkeys("غگ", "G"),
     **dict.fromkeys("فڤ", "F"), **dict.fromkeys("قك", "K"), "ل": "L", "م": "M", "ن": "N",
     **dict.fromkeys("ةويىاأإآءئؤع", "")}
)  # fmt: skip
LA_DIGRAPHS = (("sch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("gh", "G"), ("th", "T"),
               ("dh", "D"), ("ph", "F"), ("dj", "J"), ("ck", "K"), ("ts", "S"), ("tz", "S"),
               ("x", "KS"))  # fmt: skip
LA_CLASSES = str.maketrans(
    {**dict.fromkeys("bp", "B"), "t": "T", "j": "J", "h": "H", "d": "D", "r": "R", "z": "Z",
     "s": "S", **dict.fromkeys("ckq", "K"), **dict.fromkeys("fv", "F"), "l": "L", "m": "M",
     "n": "N", **dict.fromkeys("aeiouyw", "")}
)  # fmt: skip
# Names whose skeletons would coincide (محمد/محمود, حسن/حسين, سعد/سعيد) match only themselves.
AR_CANON = {"محمد": "#MHMD", "محمود": "#MHMWD", "حسين": "#HSYN", "الحسين": "#HSYN",
            "حسن": "#HSN", "الحسن": "#HSN", "سعيد": "#SYD", "سعد": "#SD"}  # fmt: skip
LA_CANON = [(r"m[uo]h+[ae]m+[ae]d", "#MHMD"), (r"mahm(ou|u|oo)d", "#MHMWD"),
            (r"h[ou]s+(a|e)?[iy]n|hussain|hussien", "#HSYN"), (r"has+an", "#HSN"),
            (r"sa(e|ee|i)d", "#SYD"), (r"sa(a|')?d", "#SD"), (r"francois", "FRNSW")]  # fmt: skip
# Matches that pass the tests but were found wrong on review: (English name, Arabic entry).
AR_REJECT = {("Nesreen Berwari", "نصار البريعي")}


def ar_norm(text: str) -> str:
    """Arabic as written: no vocalisation, tatweel, direction marks or underscores.

    >>> ar_norm("عبد_اللٰه_ثاني_")
    'عبد الله ثاني'
    """
    text = unicodedata.normalize("NFC", text.replace("\u0670", "").replace("\u0640", ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return " ".join(text.replace("_", " ").split())


def ar_key(text: str) -> str:
    """Comparison key of an Arabic name: alef forms, taa marbuta and alef maqsura folded."""
    return re.sub("[أإآ]", "ا", ar_norm(text)).replace("ة", "ه").replace("ى", "ي")


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
    cut = [i for i, t in enumerate(toks) if i >= 2 and (t in AR_TITLES or t in demonyms)]
    toks = toks[: cut[0]] if cut else toks
    out: list[str] = []
    for i, t in enumerate(toks):
        if t in AR_TITLES or t in demonyms or not re.fullmatch(r"[\u0621-\u064A]{2,}", t):
            return None
        if t == "ال":
            t = "آل"  # "آل خليفة": the family, not the article
        elif i > 0 and t == "دين":
            t = "الدين"
        elif i > 0 and toks[i - 1] == "عبد" and not t.startswith("ال") and t not in ("ربه", "ربو"):
            t = "ال" + t
        out.append(t)
    return " ".join(out) or None


def ar_skeletons(word: str) -> set[str]:
    """Consonant skeletons of an Arabic word, with and without its article; a leading vowel
    letter or ع shows as "A"."""
    forms = (
        {word, word[2:]} if word.startswith("ال") and word != "الله" and len(word) > 3 else {word}
    )
    return {
        AR_CANON.get(f)
        or ("A" if f[0] in "اأإآع" else "") + re.sub(r"(.)\1+", r"\1", f.translate(AR_CLASSES))
        for f in forms
    }


def la_skeletons(word: str) -> set[str]:
    """Consonant skeletons of a folded Latin word; "g" may stand for ج, ق or غ."""
    for pattern, canon in LA_CANON:
        if re.fullmatch(pattern, word):
            return {canon}
    text = word
    for digraph, cls in LA_DIGRAPHS:
        text = text.replace(digraph, cls)
    out = {("A" if word[0] in "aeiou" else "") + text.translate(LA_CLASSES)}
    for _ in range(min(text.count("g"), 3)):
        out = {v.replace("g", c, 1) for v in out for c in "JKG"}
    return {re.sub(r"(.)\1+", r"\1", v) for v in out}


ABD = dict.fromkeys(("abdul", "abdel", "abdal", "abdol", "abdoul"), "abd")


@dataclass(frozen=True)
class LaWord:
    skeletons: frozenset[str]
    text: str  # folded
    article: bool  # written with al-/el- in English


def la_words(name: str) -> tuple[LaWord, ...]:
    toks = fold(name).split()
    skip = {"al", "el", *(p.lower() for p in PARTICLES - {"BIN", "IBN", "BINT"})}
    return tuple(
        LaWord(frozenset(la_skeletons(w := ABD.get(t, t))), w, toks[i - 1] in ("al", "el"))
        for i, t in enumerate(toks)
        if t not in skip and len(t) > 1
    )


def _ratio(a: str, b: str) -> float:
    if a.startswith("#") or b.startswith("#"):  # a canonical form matches only itself
        return float(a == b)
    return SequenceMatcher(None, a, b).ratio() if a and b else float(a == b)


Step = tuple[float, int, float, tuple[tuple[int, int], ...]]  # sum, weight, last score, 1:1 pairs


def align(words: list[str], la: tuple[LaWord, ...]) -> tuple[float, list[str]] | None:
    """Line up Arabic words with English ones, one to one or, for compounds (عبد الرحمن /
    Abdelrahman, نور الدين / Nourredine), two to one. Returns the mean similarity and the
    Arabic words with the article put back where English has one; None when no alignment holds,
    the family name disagrees, or an Arabic word lost its final alef (a lemma, not a spelling).

    >>> align(["هوشيار", "زيباري"], la_words("Hoshyar Zebari"))
    (1.0, ['هوشيار', 'زيباري'])
    >>> align(["طارق", "هاشمي"], la_words("Tariq al-Hashimi"))
    (1.0, ['طارق', 'الهاشمي'])
    >>> align(["محمد", "الزعبي"], la_words("Mahmoud Zuabi")) is None
    True
    """
    idx = [k for k, w in enumerate(words) if w != "آل"]
    ar = [words[k] for k in idx]
    n, m = len(ar), len(la)
    memo: dict[tuple[int, int], Step | None] = {}

    def go(i: int, j: int) -> Step | None:
        if (i, j) not in memo:
            best: Step | None = (0.0, 0, 1.0, ()) if i == n and j == m else None
            for di, dj in ((1, 1), (2, 1), (1, 2)):
                if i + di > n or j + dj > m or not (di == 1 or _fuses(ar[i : i + 2], AR_FUSING)):
                    continue
                if dj == 2 and not _fuses([w.text for w in la[j : j + 2]], LA_FUSING):
                    continue
                left = {"".join(p) for p in product(*map(ar_skeletons, ar[i : i + di]))}
                right = {"".join(p) for p in product(*(w.skeletons for w in la[j : j + dj]))}
                score = max(_ratio(x, y) for x in left for y in right)
                rest = go(i + di, j + dj) if score >= (0.8 if di == dj else 0.85) else None
                if rest is None:
                    continue
                w, last = max(di, dj), score if i + di == n else rest[2]
                pairs = ((i, j),) if di == dj else ()
                step = (rest[0] + score * w, rest[1] + w, last, pairs + rest[3])
                if best is None or step[0] / step[1] > best[0] / best[1]:
                    best = step
            memo[i, j] = best
        return memo[i, j]

    found = go(0, 0)
    if found is None or found[1] == 0 or found[2] < 0.9:  # the family name must agree
        return None
    out = list(words)
    for i, j in found[3]:
        k = idx[i]
        if la[j].text.endswith("a") and out[k][-1] not in "اىةهء":
            return None  # "سلف كير" for Salva Kiir
        if la[j].article and not out[k].startswith("ال") and (k == 0 or out[k - 1] != "آل"):
            out[k] = "ال" + out[k]
    return found[0] / found[1], out


def _fuses(pair: list[str], fusing: tuple[set[str], set[str]]) -> bool:
    return len(pair) == 2 and (pair[0] in fusing[0] or pair[1] in fusing[1])


def attach_arabic(people: list[Person], known: Known, blocks: list[Block], report: Report) -> None:
    """Give people the Arabic spellings of the entries that match them and no one else."""
    candidates: dict[str, list[tuple[str, tuple[LaWord, ...]]]] = defaultdict(list)
    everyone = [(p.id, p.countries, p.names) for p in people] + known.curated_people
    for pid, countries, names in everyone:
        for c in countries:
            candidates[c] += [(pid, la_words(n)) for n in names]
    by_id = {p.id: p for p in people}
    found: dict[str, set[str]] = defaultdict(set)  # ar_key -> person ids
    spelled: dict[str, str] = {}
    for block in blocks:
        countries = {COUNTRY_MAP.get(c[:3], c[:3]) for c in block.codes} & known.states.keys()
        for core in filter(None, (ar_core(raw, known.ar_demonyms) for raw in block.names)):
            words = core.split()
            single = len([w for w in words if w != "آل"]) == 1
            if ar_key(core) in known.curated_ar:
                report.stats["arabic: a spelling of people.yaml"] += 1
                continue
            if not countries or (single and len(core) < 4):
                continue
            scores: dict[str, tuple[float, list[str]]] = {}
            for c in countries:
                for pid, la in candidates[c]:
                    if la and single == (len(la) == 1) and abs(len(words) - len(la)) <= 2:
                        got = align(words, la)
                        if got is not None and got[0] > scores.get(pid, (0.0, []))[0]:
                            scores[pid] = got
            ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
            if not ranked or ranked[0][1][0] < (1.0 if single else 0.9):
                report.stats["arabic: no English person matched"] += 1
            elif len(ranked) > 1 and ranked[1][1][0] > ranked[0][1][0] - 0.1:
                report.stats["arabic: two people matched about as well"] += 1
            elif ranked[0][0] not in by_id:
                report.stats["arabic: matched a person of people.yaml"] += 1
            elif any((n, core) in AR_REJECT for n in by_id[ranked[0][0]].names):
                report.stats["arabic: rejected on review"] += 1
            else:
                name = " ".join(ranked[0][1][1])
                found[ar_key(name)].add(ranked[0][0])
                spelled.setdefault(ar_key(name), name)
    for key, pids in sorted(found.items()):
        if len(pids) > 1:
            report.stats["arabic: one spelling matched two people"] += 1
        elif key not in map(ar_key, (person := by_id[min(pids)]).ar):
            person.ar.append(spelled[key])
            report.stats["arabic: spelling added"] += 1


def slug(text: str) -> str:
    """An ASCII id part.

    >>> slug("Miguel d'Escoto Brockmann")
    'miguel-descoto-brockmann'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’`.]", "", text)).strip("-")


def scalar(text: str) -> str:
    """A YAML flow scalar: plain when that is safe, else double-quoted.

    >>> scalar("phx:ann-veneman"), scalar("'Isa ibn Sulman al-Khalifah")
    ('phx:ann-veneman', '"\\'Isa ibn Sulman al-Khalifah"')
    """
    plain = re.fullmatch(r"[^\W\d][\w .'\-:]*[\w.]", text) and ": " not in text
    if plain and text.lower() not in SPECIAL_YAML:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def spell_yaml(s: RawSpell) -> str:
    parts = [f"of: {s.of}", f"sector: {s.sector}"]
    parts += [f"since: {s.since.isoformat()}"] if s.since else []
    parts += [f"until: {s.until.isoformat()}"] if s.until else []
    return "{" + ", ".join(parts) + "}"


HEADER = """\
# People of the PETRARCH coder dictionaries, GENERATED by kg/resources/generate/coded_people.py
# (change the script and re-run it; do not edit by hand). kg.resources.schema.CodedPeopleFile:
# one spell per CAMEO code line; of = the state acted for, sector = the CAMEO agent code (GOV,
# ELI, MIL, OPP, ...), since/until absent = open or undated (the source ends in 2014). Without
# the people of people.yaml and those whose every spell ended before 1990; grouped by the
# country of the latest spell.
#
# Names dropped because people of different countries share them (countries):"""


def render(people: list[Person], ambiguous: list[str], state_names: dict[str, str]) -> str:
    lines = HEADER.splitlines()
    lines += textwrap.wrap("; ".join(ambiguous) or "(none in this build)", 96,
                           initial_indent="#   ", subsequent_indent="#   ")  # fmt: skip
    lines += ["source: >-", *textwrap.wrap(SOURCE, 96, initial_indent="  ", subsequent_indent="  ")]
    lines.append("people:")
    current = ""
    for p in people:
        if (country := p.main_country()) != current:
            lines.append(f"  # --- {country} {state_names.get(country, '')}".rstrip())
            current = country
        lines.append(f"  - id: {scalar(p.id)}")
        lines.append("    en: [" + ", ".join(map(scalar, p.names)) + "]")
        if p.ar:
            lines.append("    ar: [" + ", ".join(map(scalar, p.ar)) + "]")
        if len(p.spells) == 1:
            lines.append(f"    spells: [{spell_yaml(p.spells[0])}]")
        else:
            lines += ["    spells:", *(f"      - {spell_yaml(s)}" for s in p.spells)]
    return "\n".join(lines) + "\n"


def build(petrarch: Path, known: Known, report: Report) -> tuple[list[Person], list[str]]:
    """The people of the dictionaries in ``petrarch``, with ids, in output order."""
    countries = read_tabari(petrarch / COUNTRIES_FILE)
    given = given_names(countries, known.demonyms)
    people: list[Person] = []
    for blocks in [countries, *(read_tabari(petrarch / f) for f in OTHER_FILES)]:
        for person in people_from(blocks, known, given, report):
            if all(s.until is not None and s.until < CUTOFF for s in person.spells):
                report.drop("every spell ended before 1990", person.names[0], person.where)
            else:
                people.append(person)
    people, ambiguous = merge_and_disambiguate(people, report)
    for person in people:
        close_for_successor(person)
        person.spells.sort(key=lambda s: (s.since or date.min, s.until or date.max, s.of))
    people.sort(key=lambda p: (p.main_country(), fold(p.names[0])))
    ids: set[str] = set()
    for person in people:
        base = "phx:" + slug(person.names[0])
        person.id = base if base not in ids else f"{base}-{person.main_country().lower()}"
        person.id += "" if person.id not in ids else f"-{len(ids)}"
        ids.add(person.id)
    attach_arabic(people, known, read_tabari(petrarch / ARABIC_FILE), report)
    return people, ambiguous


def to_json_lines(data: msgspec.Struct) -> str:
    """The people file as JSON with one person per line (readable diffs)."""
    encoded = msgspec.to_builtins(data)
    lines = ",\n".join(msgspec.json.encode(person).decode() for person in encoded["people"])
    source = msgspec.json.encode(encoded["source"]).decode()
    return f'{{"source": {source},\n"people": [\n{lines}\n]}}\n'


def main(argv: list[str] | None = None) -> int:
    from kg.resources.schema import CodedPeopleFile

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("petrarch", type=Path, help="folder with the PETRARCH dictionaries")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    parser.add_argument("--report", action="store_true", help="print what was dropped and why")
    args = parser.parse_args(argv)
    report = Report()
    people, ambiguous = build(args.petrarch, known := load_known(RESOURCES), report)
    text = render(people, ambiguous, known.states)
    data = msgspec.yaml.decode(text.encode(), type=CodedPeopleFile)  # the output must load
    # shipped as JSON, one person per line: 17k people decode in milliseconds, not seconds
    args.out.write_text(to_json_lines(data), encoding="utf-8")
    names, arabic = sum(len(p.names) for p in people), sum(len(p.ar) for p in people)
    print(f"{args.out}: {len(people)} people, {names} English names, {arabic} Arabic names")
    if args.report:
        print("\n".join(f"{count:6d}  {key}" for key, count in sorted(report.stats.items())))
        for why, items in sorted(report.lists.items()):
            print(f"\n## {why} ({len(items)})\n   " + "\n   ".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
