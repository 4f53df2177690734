"""kg's language resources: YAML package data read through typed, strict structs."""

from __future__ import annotations

from importlib.resources import files
from typing import TypeVar

import msgspec

from kg.errors import ResourceError

T = TypeVar("T")


def load_resource(path: str, type_: type[T]) -> T:
    """Decode ``kg/resources/<path>`` (YAML) into ``type_``; unknown keys are errors.

    >>> import msgspec
    >>> class Tiny(msgspec.Struct):
    ...     related_headers: list[str]
    ...     agency_tags: list[str]
    ...     line_patterns: list[str]
    >>> len(load_resource("boilerplate.yaml", Tiny).agency_tags) > 10
    True
    """
    resource = files("kg.resources").joinpath(path)
    try:
        data = resource.read_bytes()
    except OSError as e:
        raise ResourceError(f"kg/resources/{path}", f"cannot be read: {e}") from e
    try:
        return msgspec.yaml.decode(data, type=type_)
    except (msgspec.ValidationError, msgspec.DecodeError) as e:
        raise ResourceError(f"kg/resources/{path}", str(e)) from e
