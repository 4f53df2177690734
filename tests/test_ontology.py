"""The event ontology: loads, is complete against the CAMEO codebook and the PLOVER table, and
agrees with the annotation guide's types.

The reference texts are read from ``$KG_REFERENCE_DIR`` (default ``/work/shared/reference``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg import ontology as ontology_module
from kg.errors import ResourceError
from kg.ontology import Ontology, load_ontology

REFERENCE = Path(os.environ.get("KG_REFERENCE_DIR", "/work/shared/reference"))

ANNOTATION_TYPES = [
    "call",
    "visit",
    "meeting",
    "negotiation",
    "proposal",
    "threat",
    "agreement",
    "intent",
    "demand",
    "appeal",
    "accusation",
    "rejection",
    "support",
    "sanction",
    "military",
    "aid",
    "cooperation",
    "statement",
]
EXTRA_TYPES = ["yield", "investigate", "protest", "coerce"]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _reference(name: str) -> str:
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"reference text {path} not available")
    return path.read_text(encoding="utf-8")


def _plover_table() -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode) from CAMEO2PLOVER-2021.txt; the first row wins."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in _reference("CAMEO2PLOVER-2021.txt").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if m:
            parts = [p.strip() for p in m.group(2).split(",")]
            mode = parts[1] if len(parts) > 1 and parts[1] else None
            table.setdefault(m.group(1), (parts[0], mode))
    return table


def _manual_codes() -> set[str]:
    """Every event code of the codebook: the chapter 6 list and the chapter 2 headings."""
    text = _reference("CAMEO-manual-1.1b3.txt")
    chapter6 = text[text.index("Chapter 6\nCAMEO EVENT CODES") : text.index("Chapter 7\n")]
    listed = set(re.findall(r"^(\d{2,4}): ", chapter6, flags=re.M))
    headed = set(re.findall(r"^CAMEO (\d{2,4})\s*$", text, flags=re.M))
    return listed | headed


def test_ontology_plover_matches_table(onto: Ontology) -> None:
    table = _plover_table()
    assert len(table) > 250
    for code, (ptype, mode) in table.items():
        plover = onto.event(code).plover
        assert plover is not None, code
        assert (plover.type, plover.mode) == (ptype, mode), code


def test_ontology_has_every_manual_code(onto: Ontology) -> None:
    codes = _manual_codes()
    assert len(codes) > 300
    assert codes <= {e.cameo for e in onto.events}


def test_ontology_has_nothing_outside_manual_and_table(onto: Ontology) -> None:
    known = _manual_codes() | set(_plover_table())
    assert {e.cameo for e in onto.events} <= known


def test_ontology_codes_unique_and_well_formed(onto: Ontology) -> None:
    codes = [e.cameo for e in onto.events]
    assert len(codes) == len(set(codes)) == 318
    assert all(re.fullmatch(r"\d{2,4}", c) and 1 <= int(c[:2]) <= 20 for c in codes)
    # every 3- and 4-digit code sits under a parent that is also listed
    assert all(c[:-1] in codes for c in codes if len(c) == 4)
    assert all(c[:2] in codes for c in codes if len(c) == 3)


def test_ontology_types_declared_and_used(onto: Ontology) -> None:
    declared = [t.name for t in onto.types]
    assert declared == ANNOTATION_TYPES + EXTRA_TYPES
    used = {e.type for e in onto.events}
    assert used <= set(declared)
    assert set(ANNOTATION_TYPES) <= used
    assert "assault" not in declared


def test_ontology_goldstein_in_range(onto: Ontology) -> None:
    for e in onto.events:
        assert -10.0 <= e.goldstein <= 10.0, e.cameo
        assert round(e.goldstein, 1) == e.goldstein, e.cameo


def test_ontology_quad_matches_root(onto: Ontology) -> None:
    for e in onto.events:
        root = int(e.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert e.quad == expected, e.cameo


def test_ontology_plover_null_only_for_statements(onto: Ontology) -> None:
    """PLOVER dropped CAMEO 01 comments and folds 02 appeals into REQUEST, like 10 demands."""
    for e in onto.events:
        assert (e.plover is None) == (e.root == "01"), e.cameo
        if e.root == "02":
            assert e.plover is not None
            assert e.plover.type == "REQUEST"


@pytest.mark.parametrize(
    ("code", "type_", "plover", "mode", "goldstein"),
    [
        ("010", "statement", None, None, 0.0),
        ("016", "rejection", None, None, -2.0),
        ("020", "appeal", "REQUEST", None, 3.0),
        ("026", "proposal", "REQUEST", "meet", 4.0),
        ("036", "intent", "AGREE", None, 4.0),
        ("040", "meeting", "CONSULT", None, 1.0),
        ("041", "call", "CONSULT", "phone", 1.0),
        ("042", "visit", "CONSULT", "visit", 1.9),
        ("043", "visit", "CONSULT", "visit", 2.8),
        ("044", "meeting", "CONSULT", "third-party", 2.5),
        ("045", "meeting", "CONSULT", None, 5.0),
        ("046", "negotiation", "CONSULT", None, 7.0),
        ("051", "support", "SUPPORT", None, 3.4),
        ("057", "agreement", "SUPPORT", None, 8.0),
        ("061", "cooperation", "COOPERATE", None, 6.4),
        ("072", "military", "AID", None, 8.3),
        ("073", "aid", "AID", None, 7.4),
        ("0813", "yield", "RETREAT", None, 5.0),
        ("0841", "yield", "RETREAT", "release", 7.0),
        ("0871", "yield", "RETREAT", "ceasefire", 9.0),
        ("0874", "yield", "RETREAT", "disarm", 10.0),
        ("091", "investigate", "ACCUSE", "investigate", -2.0),
        ("100", "demand", "REQUEST", None, -5.0),
        ("111", "accusation", "ACCUSE", "disapprove", -2.0),
        ("112", "accusation", "ACCUSE", "disapprove", -2.0),
        ("1213", "rejection", "REJECT", "assist", -4.0),
        ("125", "rejection", "REJECT", "meet", -5.0),
        ("138", "threat", "THREATEN", "violence", -7.0),
        ("141", "protest", "PROTEST", "demo", -6.5),
        ("154", "military", "MOBILIZE", "troops", -7.2),
        ("161", "sanction", "SANCTION", "withdraw", -4.0),
        ("163", "sanction", "COERCE", "restrict", -8.0),
        ("173", "coerce", "COERCE", "arrest", -5.0),
        ("175", "coerce", "ASSAULT", "pro_autocracy", -9.0),
        ("1834", "military", "ASSAULT", "explosives", -10.0),
        ("190", "military", "ASSAULT", None, -10.0),
        ("191", "military", "COERCE", "restrict", -9.5),
        ("195", "military", "ASSAULT", "heavy-weapons", -10.0),
        ("2041", "military", "ASSAULT", "unconventional", -10.0),
    ],
)
def test_ontology_spot_checks(
    onto: Ontology, code: str, type_: str, plover: str | None, mode: str | None, goldstein: float
) -> None:
    e = onto.event(code)
    assert e.type == type_
    assert (e.plover.type if e.plover else None) == plover
    assert (e.plover.mode if e.plover else None) == mode
    assert e.goldstein == goldstein


@pytest.mark.parametrize("code", ["999", "41", "0410", "", "CONSULT"])
def test_ontology_unknown_code_raises(onto: Ontology, code: str) -> None:
    with pytest.raises(ResourceError, match="unknown CAMEO code"):
        onto.event(code)


def test_ontology_unknown_type_raises(onto: Ontology) -> None:
    with pytest.raises(ResourceError, match="unknown event type"):
        onto.type("assault")


def test_ontology_symmetric_types(onto: Ontology) -> None:
    assert {t.name for t in onto.types if t.symmetric} == {"call", "meeting", "negotiation"}
    assert onto.is_symmetric("meeting")
    assert not onto.is_symmetric("visit")


def test_ontology_load_is_cached() -> None:
    assert load_ontology() is load_ontology()


def _load_from(monkeypatch: pytest.MonkeyPatch, text: str) -> Ontology:
    fake = SimpleNamespace(joinpath=lambda name: SimpleNamespace(read_bytes=text.encode))
    monkeypatch.setattr(ontology_module, "files", lambda package: fake)
    return ontology_module.load_ontology.__wrapped__()


_TYPES = "types: [{name: call, symmetric: true, description: x}]\n"
_EVENT = (
    '{cameo: "041", name: n, type: call, plover: {type: CONSULT, mode: phone, context: null},'
    " goldstein: 1.0, quad: 1}"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("source: s\n" + _TYPES + f"events: [{_EVENT}]\nextra: 1\n", "extra"),
        ("source: s\n" + _TYPES + f"events: [{_EVENT.replace('quad: 1', 'quad: 5')}]\n", "quad"),
        ("source: s\n" + _TYPES + f"events: [{_EVENT.replace('1.0', '11.0')}]\n", "goldstein"),
        ("source: s\n" + _TYPES + f"events: [{_EVENT.replace('call,', 'assault,')}]\n", "assault"),
        ("source: s\n" + _TYPES + f"events: [{_EVENT}, {_EVENT}]\n", "twice"),
        ("source: s\n" + _TYPES + "events: [{cameo: 41}]\n", "cameo"),
        ("source: [unclosed\n", "ontology.yaml"),
    ],
)
def test_ontology_malformed_file_raises(
    monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    with pytest.raises(ResourceError, match=message) as info:
        _load_from(monkeypatch, text)
    assert info.value.resource == "ontology.yaml"
