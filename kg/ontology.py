"""The event ontology: kg's event types and every CAMEO code, loaded from ``ontology.yaml``.

``schemas/ontology.yaml`` (installed as the package ``kg.schemas``) gives each CAMEO code kg's
coarse ``type``, its PLOVER type, mode and context, its Goldstein score and its quad class. The
file is validated against the structs below on load; unknown keys, undeclared types and
duplicate codes are errors.

>>> load_ontology().event("041").plover.type
'CONSULT'
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Annotated

import msgspec
import msgspec.yaml

from kg.errors import ResourceError

__all__ = ["EventClass", "EventTypeDef", "Ontology", "PloverDef", "load_ontology"]

RESOURCE = "ontology.yaml"

CameoCode = Annotated[str, msgspec.Meta(pattern=r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")]
Goldstein = Annotated[float, msgspec.Meta(ge=-10.0, le=10.0)]
Quad = Annotated[int, msgspec.Meta(ge=1, le=4)]


class EventTypeDef(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One of kg's coarse event types (what ``type`` holds in an event record)."""

    name: str
    description: str
    symmetric: bool = False  # participants may stand on either side (calls, meetings)


class PloverDef(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The PLOVER category of a CAMEO code: event type, mode and context."""

    type: str
    mode: str | None = None
    context: str | None = None


class EventClass(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One CAMEO code. ``plover`` is None for CAMEO 01x and 02x, which PLOVER does not code."""

    cameo: CameoCode
    name: str
    type: str
    plover: PloverDef | None
    goldstein: Goldstein
    quad: Quad

    @property
    def root(self) -> str:
        """The two-digit CAMEO root ("04" for "041")."""
        return self.cameo[:2]


class Ontology(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, dict=True):
    """All event types and CAMEO event classes, with lookups by name and code."""

    source: str
    types: tuple[EventTypeDef, ...]
    events: tuple[EventClass, ...]

    @functools.cached_property
    def _types(self) -> dict[str, EventTypeDef]:
        return {t.name: t for t in self.types}

    @functools.cached_property
    def _events(self) -> dict[str, EventClass]:
        return {e.cameo: e for e in self.events}

    def event(self, cameo: str) -> EventClass:
        """The event class of a CAMEO code; ResourceError if the ontology has no such code."""
        try:
            return self._events[cameo]
        except KeyError:
            raise ResourceError(RESOURCE, f"unknown CAMEO code {cameo!r}") from None

    def type(self, name: str) -> EventTypeDef:
        """The event type called ``name``; ResourceError if it is not declared."""
        try:
            return self._types[name]
        except KeyError:
            raise ResourceError(RESOURCE, f"unknown event type {name!r}") from None

    def is_symmetric(self, type_name: str) -> bool:
        """Whether participants of events of this type may be listed on either side."""
        return self.type(type_name).symmetric


def _check(ontology: Ontology) -> None:
    """Cross-entry rules the struct types cannot express."""
    names = [t.name for t in ontology.types]
    if len(set(names)) != len(names):
        raise ResourceError(RESOURCE, "event type declared twice")
    seen: set[str] = set()
    for e in ontology.events:
        if e.cameo in seen:
            raise ResourceError(RESOURCE, f"CAMEO code {e.cameo} listed twice")
        seen.add(e.cameo)
        if e.type not in names:
            raise ResourceError(RESOURCE, f"CAMEO code {e.cameo}: undeclared type {e.type!r}")


@functools.cache
def load_ontology() -> Ontology:
    """Read and validate ``ontology.yaml`` once; ResourceError if it is missing or malformed."""
    try:
        data = files("kg.schemas").joinpath(RESOURCE).read_bytes()
        ontology = msgspec.yaml.decode(data, type=Ontology)
    except (OSError, msgspec.DecodeError) as e:  # ValidationError is a DecodeError
        raise ResourceError(RESOURCE, str(e)) from e
    _check(ontology)
    return ontology
