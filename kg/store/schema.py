"""Neo4j 5 DDL for the graph model: uniqueness constraints on keys, indexes on lookups.

Labels and property names come from ``schemas/graph.yaml`` (our own file), never from user
input, so formatting them into DDL is safe; ``IF NOT EXISTS`` makes applying twice a no-op.
"""

from __future__ import annotations

from kg.graph_model import GraphModel


def schema_statements(model: GraphModel) -> list[str]:
    """The DDL statements for ``model``, constraints first.

    >>> from kg.graph_model import load_graph_model
    >>> schema_statements(load_graph_model())[0]
    'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE'
    """
    constraints = [
        f"CREATE CONSTRAINT {label.lower()}_{node.key} IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.{node.key} IS UNIQUE"
        for label, node in model.nodes.items()
    ]
    indexes = [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, node in model.nodes.items()
        for prop in node.indexes
    ]
    return constraints + indexes
