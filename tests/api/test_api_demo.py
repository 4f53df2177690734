"""kg.api.demo: the work of ``kg demo`` as a function a notebook can call."""

from __future__ import annotations

from datetime import date

from kg.api import demo
from kg.store import GraphStore


def test_api_demo_returns_summary_and_dated_timeline(store: GraphStore) -> None:
    run = demo(store)
    assert run.ok
    assert run.summary.articles_done > 0 and run.summary.events > 0
    assert run.timeline.rows
    assert all(isinstance(r["date"], date) for r in run.timeline.rows)
    again = demo(store)
    assert again.timeline.rows == run.timeline.rows
