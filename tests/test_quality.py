"""Lint, format and type checks run as part of the test suite (the CI runs only pytest)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "kg", "loaders", "tests", "bench"),
        ("ruff", "format", "--check", "kg", "loaders", "tests", "bench"),
        ("mypy",),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_quality_tool_passes(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_quality_every_package_is_installed() -> None:
    """Each folder of kg/ with Python modules is listed in pyproject.toml, so `pip install .`
    ships it (the package list is explicit because schemas/ is mapped to kg.schemas)."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    for init in (ROOT / "kg").rglob("__init__.py"):
        package = ".".join(init.parent.relative_to(ROOT).parts)
        assert package in listed, package
    assert "kg.schemas" in listed and "loaders" in listed


_NEO4J_IMPORT = re.compile(r"^\s*(import neo4j\b|from neo4j\b)", re.MULTILINE)
_PRIVATE_STORE_IMPORT = re.compile(r"from kg\.store(\.\w+)* import [^\n]*\b_\w+")


@pytest.mark.parametrize("folder", ["kg", "loaders", "bench"])
def test_quality_only_kg_store_imports_neo4j(folder: str) -> None:
    """The driver stays inside kg/store (ARCHITECTURE.md), and nothing outside reaches for
    the store's private names."""
    offenders = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("kg/store/"):
            continue
        text = path.read_text(encoding="utf-8")
        if _NEO4J_IMPORT.search(text) or _PRIVATE_STORE_IMPORT.search(text):
            offenders.append(relative)
    assert offenders == []
