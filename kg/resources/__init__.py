"""kg's language resources: YAML (or generated JSON) package data read through typed, strict
structs, with a compiled cache so large files load fast after the first time."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

import msgspec

from kg.errors import ResourceError

T = TypeVar("T")

_CACHE_FORMAT = "1"


def cache_dir() -> Path:
    """Where compiled resources are cached: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``,
    else ``~/.cache/kg``."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kg"


def load_resource(path: str, type_: type[T]) -> T:
    """Decode ``kg/resources/<path>`` (YAML, or JSON for large generated files) into
    ``type_``; unknown keys are errors.

    YAML is slow to parse, so the decoded value is cached as msgpack, keyed by a hash of the
    file's bytes and of the type: an edited file is parsed again, an unwritable cache costs only
    time.

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
    key = hashlib.sha1(
        data + f"|{type_.__module__}.{type_.__qualname__}|{_CACHE_FORMAT}".encode()
    ).hexdigest()[:20]
    cached = cache_dir() / "resources" / f"{Path(path).name}.{key}.msgpack"
    with contextlib.suppress(OSError, msgspec.DecodeError, msgspec.ValidationError):
        return msgspec.msgpack.decode(cached.read_bytes(), type=type_)
    try:
        if path.endswith(".json"):
            value = msgspec.json.decode(data, type=type_)
        else:
            value = msgspec.yaml.decode(data, type=type_)
    except (msgspec.ValidationError, msgspec.DecodeError) as e:
        raise ResourceError(f"kg/resources/{path}", str(e)) from e
    _write_cache(cached, msgspec.msgpack.encode(value))
    return value


def _write_cache(path: Path, payload: bytes) -> None:
    """Write atomically; a cache that cannot be written is only a missed speed-up."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
