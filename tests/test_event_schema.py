"""Real extractor output is valid against schemas/event.schema.json (the contract of kg extract)."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from kg.extract import extract_article
from kg.samples import sample_paths
from loaders import ReadOptions, read_articles
from loaders.article import Article


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(
        files("kg.schemas").joinpath("event.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _sample_articles() -> list[Article]:
    return [a for a in read_articles(sample_paths(), ReadOptions()) if isinstance(a, Article)]


def test_event_schema_validates_extractor_output(
    validator: jsonschema.Draft202012Validator,
) -> None:
    events = [e for a in _sample_articles() for e in extract_article(a)]
    assert len(events) >= 10
    for event in events:
        record = json.loads(json.dumps(event.to_json(), ensure_ascii=False))
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record['id']}: {errors[0].message}"


def test_event_schema_rejects_a_broken_record(validator: jsonschema.Draft202012Validator) -> None:
    event = next(e for a in _sample_articles() for e in extract_article(a))
    record = event.to_json()
    record["time"]["precision"] = "sometime"
    record["source"][0]["country"] = "usa"
    assert len(list(validator.iter_errors(record))) == 2
