"""The project's corpus format loads as it is (skipped where the shared corpus is absent)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from loaders_testkit import read

SEED = Path("/work/shared/corpus/seed/article.json")


@pytest.mark.skipif(not Path("/work/shared").exists(), reason="the shared corpus is not here")
def test_corpus_seed_article_loads() -> None:
    raw = json.loads(SEED.read_text(encoding="utf-8"))
    [a], rejections = read([SEED])
    assert rejections == []
    assert (a.id, a.text, a.title, a.lang, a.outlet) == (
        raw["id"],
        raw["text"].strip(),
        raw["title"],
        "ar",
        raw["source"],
    )
    assert a.published == date.fromisoformat(raw["published"])
