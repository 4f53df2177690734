"""--workers: extraction in processes gives the same events in the same order."""

from __future__ import annotations

import io
import json

from kg.errors import ExtractionError
from kg.parallel import extract_in_workers
from kg.pipeline import extract_to_jsonl
from kg.samples import sample_paths
from loaders.article import Article


def test_parallel_matches_serial_extraction() -> None:
    serial, parallel = io.StringIO(), io.StringIO()
    extract_to_jsonl(sample_paths(), serial)
    extract_to_jsonl(sample_paths(), parallel, workers=2)
    assert serial.getvalue() == parallel.getvalue()
    assert len(serial.getvalue().splitlines()) > 5


def test_parallel_bad_article_is_reported_not_fatal() -> None:
    articles = [
        Article(id="ok", lang="en", text="Iran condemned the attack."),
        Article(id="bad", lang="fr", text="Le ministre a rencontré son homologue."),
        Article(id="ok2", lang="en", text="Russia condemned the strike."),
    ]
    results = list(extract_in_workers(articles, workers=2))
    assert [r.article.id for r in results] == ["ok", "bad", "ok2"]
    assert isinstance(results[1].error, ExtractionError)
    assert "not supported" in str(results[1].error)
    assert results[0].error is None and results[2].error is None
    assert json.dumps([e.to_json() for e in results[0].events])
