"""A broken resource file (a broken install) stops the run; a bad article does not."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import kg.extract
import kg.parallel
from kg.cli import app
from kg.errors import ResourceError
from kg.pipeline import extract_to_jsonl
from kg.samples import sample_paths


def _broken_lexicon(lang: str) -> object:
    raise ResourceError(f"kg/resources/{lang}/triggers.yaml", "cannot be read: missing")


@pytest.fixture()
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.extract, "_extractor", _broken_lexicon)


def test_resource_error_stops_serial_run(broken: None) -> None:
    with pytest.raises(ResourceError, match=r"triggers\.yaml"):
        extract_to_jsonl(sample_paths(), io.StringIO())


def test_resource_error_stops_parallel_run(broken: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.parallel, "_START_METHOD", "fork")  # workers inherit the patch
    with pytest.raises(ResourceError, match=r"triggers\.yaml"):
        extract_to_jsonl(sample_paths(), io.StringIO(), workers=2)


def test_resource_error_cli_is_one_error_not_one_per_article(broken: None) -> None:
    result = CliRunner().invoke(app, ["extract", *sample_paths()])
    assert isinstance(result.exception, ResourceError)
    assert "failed:" not in result.output


def test_resource_error_message_says_install_is_broken() -> None:
    code = (
        "import kg.extract, kg.errors\n"
        "def broken(lang):\n"
        "    raise kg.errors.ResourceError('kg/resources/en/triggers.yaml', 'cannot be read')\n"
        "kg.extract._extractor = broken\n"
        "from kg.cli import main; main()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "extract", *sample_paths()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("triggers.yaml") == 1, proc.stderr
    assert "reinstall kg" in proc.stderr
    assert "Traceback" not in proc.stderr
