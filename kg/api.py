"""The Python API a notebook imports: connect, then ask for timelines and queries.

Typical use in a notebook::

    import kg
    g = kg.connect()               # the embedded database, started on demand
    g.timeline("USA", "RUS")       # a pandas DataFrame
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kg.store import GraphStore, QueryResult


def dyad_timeline(
    store: GraphStore,
    a: str,
    b: str,
    date_from: date | None = None,
    date_to: date | None = None,
    types: Sequence[str] | None = None,
) -> QueryResult:
    """Events between ``a`` and ``b`` (codes, ids or names), either direction, in date order."""
    return store.read_named(
        "dyad_timeline",
        {
            "a": a,
            "b": b,
            "from": date_from.isoformat() if date_from else None,
            "to": date_to.isoformat() if date_to else None,
            "types": list(types) if types else None,
        },
    )
