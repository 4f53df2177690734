"""The only package that talks to the graph database (the official neo4j driver)."""

from kg.store.connection import StoreSettings, open_store
from kg.store.embedded import EmbeddedServer, ServerStatus, default_data_dir
from kg.store.graph_store import GraphStore, QueryResult

__all__ = [
    "EmbeddedServer",
    "GraphStore",
    "QueryResult",
    "ServerStatus",
    "StoreSettings",
    "default_data_dir",
    "open_store",
]
