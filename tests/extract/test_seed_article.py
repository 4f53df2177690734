"""The seed article end to end: extraction, then the graph and the timeline (only where the
shared corpus is present; the project's own samples cover the same path everywhere)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.api import dyad_timeline
from kg.extract import extract_article
from kg.graph import build_batch
from kg.store import GraphStore
from loaders.article import Article
from tests.extract.helpers import codes as _codes

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "article.json"
pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason="the shared corpus is not on this machine"
)


def _seed() -> Article:
    raw = json.loads(SEED.read_text(encoding="utf-8"))
    return Article(
        id=raw["id"],
        text=raw["text"],
        title=raw["title"],
        lang=raw["lang"],
        published=date.fromisoformat(raw["published"]),
        outlet=raw["source"],
    )


def test_seed_required_events_found() -> None:
    events = extract_article(_seed(), min_confidence=0.5)
    call = [e for e in events if e.type == "call" and _codes(e.source + e.target) >= {"USA", "RUS"}]
    assert call and "هاتفيا" in call[0].evidence.text
    proposal = [e for e in events if e.type == "proposal" and e.time.start == date(2021, 12, 17)]
    assert proposal and "RUS" in _codes(proposal[0].source)
    assert _codes(proposal[0].target) & {"USA", "NATO"}
    visit = [e for e in events if e.type == "visit" and e.time.start == date(2021, 12, 13)]
    assert visit and visit[0].time.end == date(2021, 12, 15)
    assert visit[0].modality == "planned"
    assert _codes(visit[0].target) == {"UKR", "RUS"}
    threat = [e for e in events if e.type == "threat"]
    assert threat and _codes(threat[0].source) == {"USA"} and _codes(threat[0].target) == {"RUS"}


def test_seed_related_headlines_yield_nothing() -> None:
    events = extract_article(_seed(), min_confidence=0.0)
    forbidden = {"ITA", "LBY", "EGY"}
    for event in events:
        assert not (_codes(event.source + event.target) & forbidden), event.evidence.text


def test_seed_timeline_in_date_order(store: GraphStore) -> None:
    article = _seed()
    store.write(build_batch(article, extract_article(article, min_confidence=0.5)))
    rows = dyad_timeline(store, "USA", "RUS").rows
    types = [r["type"] for r in rows]
    assert "call" in types and "proposal" in types
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
