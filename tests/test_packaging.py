"""`pip install .` (not editable) ships everything kg reads at run time.

The suite itself runs on an editable install, which reads data files from the checkout and so
cannot see a data file that pyproject.toml forgets to ship (it happened: the actor table
coded_people.json was left out of the wheel and the installed CLI found no events). These
tests build the wheel from a copy of the sources, check that it holds every data file, and
run the CLI from the unpacked wheel in another folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# source folder -> its package name in the wheel (schemas/ is installed as kg/schemas)
SHIPPED = {"kg": "kg", "loaders": "loaders", "schemas": "kg/schemas"}
BUILD_ONLY = ("kg/resources/generate/",)  # build-time scripts, not read at run time


def _data_files() -> list[str]:
    """Every file under the shipped folders that is not Python source, as its wheel path."""
    out = []
    for folder, installed in SHIPPED.items():
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT / folder).as_posix()
            if (
                path.is_dir()
                or "__pycache__" in path.parts
                or path.suffix in (".py", ".pyc")
                or f"{folder}/{relative}".startswith(BUILD_ONLY)
            ):
                continue
            out.append(f"{installed}/{relative}")
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` would install, built from a copy (the build writes build/
    and *.egg-info next to the sources)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in SHIPPED:
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    build = ["pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    result = subprocess.run(
        [sys.executable, "-m", *build, "-w", str(work / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = (work / "dist").glob("*.whl")
    return built


def test_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = _data_files()
    assert "kg/resources/actors/coded_people.json" in data  # the list is not vacuous
    assert [f for f in data if f not in names] == []


def test_installed_cli_extracts_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    """The CLI of the unpacked wheel, run from a folder that is not the checkout, finds the
    events of a sample article (every lexicon, gazetteer and schema read from the wheel)."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    sample = next((site / "kg" / "samples").glob("en-*.json"))
    script = (
        "import kg, sys; assert kg.__file__.startswith(sys.argv[1]), kg.__file__; "
        "from kg.cli import main; sys.argv = ['kg', 'extract', sys.argv[2]]; main()"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(site), str(sample)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert events and all(e["evidence"]["text"] for e in events)
