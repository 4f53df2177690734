"""The actor gazetteer: states, organisations, people and role titles, loaded once.

Data lives in ``kg/resources/actors/*.yaml`` and ``kg/resources/{lang}/titles.yaml`` (see
:mod:`kg.resources.schema`). This module only loads and looks up; matching in text is
:mod:`kg.extract.gazetteer`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from kg.resources import load_resource
from kg.resources.schema import (
    CodedPeopleFile,
    CodedPerson,
    OrgEntry,
    OrgsFile,
    PeopleFile,
    PersonEntry,
    Place,
    PlacesFile,
    RoleSpell,
    StateEntry,
    StatesFile,
    TitleEntry,
    TitlesFile,
)

LANGUAGES = ("ar", "en")


@dataclass(frozen=True)
class Gazetteer:
    states: dict[str, StateEntry]
    organisations: dict[str, OrgEntry]
    people: dict[str, PersonEntry]
    titles: dict[str, dict[str, TitleEntry]]  # lang -> role id -> entry
    places: tuple[Place, ...]
    coded: dict[str, CodedPerson]  # people from coder dictionaries: names and countries only
    _holders: dict[tuple[str, str], tuple[tuple[RoleSpell, PersonEntry], ...]]

    def name_of(self, code: str) -> str:
        """English name of a state or organisation code (the code itself when unknown).

        >>> load_gazetteer().name_of("RUS")
        'Russia'
        """
        if code in self.states:
            return self.states[code].en.names[0]
        if code in self.organisations:
            names = self.organisations[code].en.names
            return names[0] if names else code
        return code

    def kind_of(self, code: str) -> str | None:
        """``state``, ``igo``, ``organisation`` or ``group`` for a known code."""
        if code in self.states:
            return "state"
        if code in self.organisations:
            return self.organisations[code].kind
        return None

    def holders(self, role: str, of: str, on: date | None) -> tuple[PersonEntry, ...]:
        """People who held ``role`` for ``of`` on the date (every holder when the date is None).

        >>> [p.en[0] for p in load_gazetteer().holders("head_of_state", "USA", date(2021, 12, 20))]
        ['Joe Biden']
        """
        found = []
        for spell, person in self._holders.get((role, of), ()):
            if on is None or (
                (spell.since is None or spell.since <= on)
                and (spell.until is None or on <= spell.until)
            ):
                found.append(person)
        return tuple({p.id: p for p in found}.values())

    def role_spells(
        self,
    ) -> Iterable[tuple[tuple[str, str], tuple[tuple[RoleSpell, PersonEntry], ...]]]:
        """Every (role, of) with its dated holders."""
        return self._holders.items()

    def coded_country(self, person_id: str, on: date | None) -> tuple[str, str] | None:
        """(country, sector) of a coder-dictionary person on the date: the spell in force,
        else the nearest in time (dated spells preferred)."""
        person = self.coded.get(person_id)
        if person is None or not person.spells:
            return None

        def distance(spell: object) -> tuple[int, int]:
            since, until = spell.since, spell.until  # type: ignore[attr-defined]
            undated = int(since is None and until is None)
            if on is None:
                return undated, -((until or date.max).toordinal())
            if since and on < since:
                return undated, (since - on).days
            if until and on > until:
                return undated, (on - until).days
            return undated, 0

        spell = min(person.spells, key=distance)
        return spell.of, spell.sector

    def roles_of(self, person_id: str) -> tuple[RoleSpell, ...]:
        return tuple(self.people[person_id].roles)

    def role_on(self, person_id: str, on: date | None) -> RoleSpell | None:
        """The person's office on the date: the one in force, else the nearest in time."""
        spells = self.roles_of(person_id)
        if not spells:
            return None
        if on is None:
            return max(spells, key=lambda s: s.since or date.min)

        def distance(spell: RoleSpell) -> int:
            if spell.since and on < spell.since:
                return (spell.since - on).days
            if spell.until and on > spell.until:
                return (on - spell.until).days
            return 0

        return min(spells, key=lambda s: (distance(s), -(s.since or date.min).toordinal()))


@cache
def load_gazetteer() -> Gazetteer:
    """Read every actor resource (cached for the process)."""
    states = load_resource("actors/states.yaml", StatesFile).states
    orgs = load_resource("actors/organisations.yaml", OrgsFile).organisations
    people = load_resource("actors/people.yaml", PeopleFile).people
    titles = {
        lang: {t.role: t for t in load_resource(f"{lang}/titles.yaml", TitlesFile).titles}
        for lang in LANGUAGES
    }
    holders: dict[tuple[str, str], list[tuple[RoleSpell, PersonEntry]]] = defaultdict(list)
    for person in people:
        for spell in person.roles:
            holders[(spell.role, spell.of)].append((spell, person))
    return Gazetteer(
        states={s.code: s for s in states},
        organisations={o.code: o for o in orgs},
        people={p.id: p for p in people},
        titles=titles,
        places=tuple(load_resource("actors/places.yaml", PlacesFile).places),
        coded={p.id: p for p in load_resource("actors/coded_people.json", CodedPeopleFile).people},
        _holders={k: tuple(v) for k, v in holders.items()},
    )
