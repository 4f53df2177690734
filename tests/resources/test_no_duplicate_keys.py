"""No resource YAML repeats a key in one mapping: YAML keeps only the last value silently, so a
second ``honorifics:`` or a person's second ``roles:`` would drop reviewed data unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOTS = [Path(__file__).resolve().parents[2] / d for d in ("kg", "schemas", "loaders")]
FILES = sorted(p for root in ROOTS for p in root.rglob("*.yaml"))


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[object, object]:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise AssertionError(
                f"key {key!r} repeated at line {key_node.start_mark.line + 1} "
                f"(first at line {seen[key]})"
            )
        seen[key] = key_node.start_mark.line + 1
    mapping: dict[object, object] = loader.construct_mapping(node)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_yaml_resources() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_yaml_resource_has_no_repeated_key(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
