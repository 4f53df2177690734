"""The graph model declared in ``schemas/graph.yaml``: labels, keys, indexes, properties."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

import msgspec

from kg.errors import ResourceError

PropertyType = Literal["string", "integer", "float", "date", "list", "boolean"]


class NodeDef(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    key: str
    properties: dict[str, PropertyType]
    indexes: list[str] = []


class RelDef(msgspec.Struct, frozen=True, forbid_unknown_fields=True, rename={"start": "from"}):
    start: str
    to: str
    properties: dict[str, PropertyType] = {}


class GraphModel(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    nodes: dict[str, NodeDef]
    relationships: dict[str, RelDef]


@cache
def load_graph_model() -> GraphModel:
    """Read and validate ``schemas/graph.yaml``.

    >>> load_graph_model().relationships["SOURCE"].to
    'Actor'
    """
    resource = files("kg.schemas").joinpath("graph.yaml")
    try:
        return msgspec.yaml.decode(resource.read_bytes(), type=GraphModel)
    except (OSError, msgspec.ValidationError, msgspec.DecodeError) as e:
        raise ResourceError("schemas/graph.yaml", str(e)) from e
