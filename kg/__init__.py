"""kg: turn Arabic and English news articles into a diplomatic-event graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.api import Graph

__version__ = "0.1.0"
__all__ = ["__version__", "connect"]


def connect(
    uri: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    data_dir: str | Path | None = None,
) -> Graph:
    """Open the graph and return a :class:`kg.api.Graph` session (DataFrames, networkx).

    The embedded database by default (``data_dir``, else ``$KG_DATA_DIR``, else your user data
    folder), or your Neo4j 5 with ``uri``. The API is imported here, on first use, so that
    ``import kg`` stays light. See :func:`kg.api.connect`.
    """
    from kg.api import connect as _connect

    return _connect(uri, user=user, password=password, database=database, data_dir=data_dir)
