"""Sample articles written for kg's demo and tests (own text, in the style of wire news)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_paths() -> list[str]:
    """Paths of the sample article files."""
    folder = Path(str(files("kg.samples")))
    return sorted(str(p) for p in folder.glob("*.json"))
