"""The only package that talks to the graph database (the official neo4j driver)."""

from kg.store.connection import StoreSettings, open_store
from kg.store.embedded import EmbeddedServer, ServerStatus, default_data_dir
from kg.store.graph_store import WRITE_STEPS, GraphStore, QueryResult, Transaction

__all__ = [
    "WRITE_STEPS",
    "EmbeddedServer",
    "GraphStore",
    "QueryResult",
    "ServerStatus",
    "StoreSettings",
    "Transaction",
    "default_data_dir",
    "open_store",
]
