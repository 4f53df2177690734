"""Actor names a researcher types, to the ids the graph stores: the gazetteer's names.

The graph keeps an actor's English name, its code and its id; the gazetteer knows more names:
Arabic names of states and organisations ("روسيا"), their short and long forms, and the family
names of the people it lists ("Putin"). ``kg timeline`` and :func:`kg.api.resolve_actor` use
this lookup when a name matches no actor of the graph.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from kg.resources.actors import load_gazetteer
from kg.text.normalize import fold_key


@cache
def _index() -> dict[str, frozenset[str]]:
    gazetteer = load_gazetteer()
    ids: dict[str, set[str]] = defaultdict(set)
    for code, state in gazetteer.states.items():
        for name in [*state.en.names, *state.ar.names, code]:
            ids[fold_key(name)].add(code)
    for code, org in gazetteer.organisations.items():
        for name in [*org.en.names, *org.ar.names, code]:
            ids[fold_key(name)].add(code)
    family: dict[str, set[str]] = defaultdict(set)
    for person in gazetteer.people.values():
        actor_id = f"person:{person.id}"  # as kg.extract.mentions names people
        for name in [*person.en, *person.ar]:
            ids[fold_key(name)].add(actor_id)
            words = fold_key(name).split()
            if 2 <= len(words) <= 3 and len(words[-1]) >= 4:
                family[words[-1]].add(actor_id)
    for surname, people in family.items():
        if surname not in ids:  # a family name alone, when it is nobody else's full name
            ids[surname] |= people
    return {key: frozenset(found) for key, found in ids.items()}


def gazetteer_ids(name: str) -> tuple[str, ...]:
    """The state or organisation codes, or the actor ids of people, the gazetteer knows
    ``name`` by (folded: case, Arabic letter variants and diacritics do not matter), sorted;
    empty when unknown.

    >>> gazetteer_ids("روسيا"), gazetteer_ids("united states"), gazetteer_ids("XYZ")
    (('RUS',), ('USA',), ())
    >>> gazetteer_ids("Putin"), gazetteer_ids("بوتين")
    (('person:Q7747',), ('person:Q7747',))
    """
    return tuple(sorted(_index().get(fold_key(name), ())))
