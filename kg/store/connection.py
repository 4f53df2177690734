"""Connecting to the graph: the embedded server by default, or a user's Neo4j by URI.

Only ``kg/store`` imports the ``neo4j`` driver. :func:`open_store` resolves the settings
(arguments, then ``KG_NEO4J_*`` environment variables, then the embedded default), starts the
embedded server on demand, connects, and applies the schema once per connection.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from kg.errors import StoreError
from kg.store.embedded import EmbeddedServer
from kg.store.graph_store import Flavor, GraphStore


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """Where the graph lives. ``uri`` None means the embedded server of ``data_dir``."""

    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None
    data_dir: Path | None = None
    bolt_port: int | None = None
    http_port: int | None = None
    heap: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> StoreSettings:
        """Settings from ``KG_NEO4J_URI/USER/PASSWORD/DATABASE`` with explicit overrides
        (None values do not override)."""
        values: dict[str, object] = {
            "uri": os.environ.get("KG_NEO4J_URI") or None,
            "user": os.environ.get("KG_NEO4J_USER") or None,
            "password": os.environ.get("KG_NEO4J_PASSWORD") or None,
            "database": os.environ.get("KG_NEO4J_DATABASE") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def embedded(self) -> bool:
        return not self.uri


def open_store(settings: StoreSettings | None = None, *, apply_schema: bool = True) -> GraphStore:
    """Connect to the configured graph (starting the embedded server if needed)."""
    settings = settings or StoreSettings.from_env()
    if settings.embedded:
        server = EmbeddedServer(
            settings.data_dir,
            bolt_port=settings.bolt_port,
            http_port=settings.http_port,
            heap=settings.heap,
        )
        status = server.start()
        uri, auth = status.uri, ("root", server.password())
        database: str | None = status.database
        flavor: Flavor = "arcadedb"
        where = f"embedded database in {server.data_dir}"
    else:
        uri = str(settings.uri)
        auth = (settings.user or "neo4j", settings.password or "")
        database = settings.database
        flavor = "neo4j"
        where = uri
    driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    try:
        driver.verify_connectivity()
    except AuthError as e:
        driver.close()
        raise StoreError(f"{where}: authentication failed ({e.message})") from e
    except (ServiceUnavailable, OSError, ValueError) as e:
        driver.close()
        raise StoreError(f"{where}: cannot connect ({e})") from e
    if flavor == "neo4j" and "ArcadeDB" in driver.get_server_info().agent:
        flavor = "arcadedb"
    store = GraphStore(driver, database=database, flavor=flavor)
    if apply_schema:
        store.apply_schema()
    return store
