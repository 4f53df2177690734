"""What the store writes is exactly the model declared in schemas/graph.yaml."""

from __future__ import annotations

from kg.graph_model import load_graph_model
from kg.pipeline import load_into_graph
from kg.samples import sample_paths
from kg.store import GraphStore


def test_graph_model_store_writes_only_declared_labels_and_properties(store: GraphStore) -> None:
    load_into_graph(sample_paths(), store)
    model = load_graph_model()
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, keys(n) AS keys").rows
    assert nodes
    for row in nodes:
        (label,) = row["labels"]
        assert label in model.nodes, label
        undeclared = set(row["keys"]) - set(model.nodes[label].properties)
        assert not undeclared, (label, undeclared)
    rels = store.read(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, keys(r) AS keys, "
        "labels(a)[0] AS start, labels(b)[0] AS end"
    ).rows
    seen_types = set()
    for row in rels:
        declared = model.relationships[row["type"]]
        seen_types.add(row["type"])
        assert (row["start"], row["end"]) == (declared.start, declared.to), row
        undeclared = set(row["keys"]) - set(declared.properties)
        assert not undeclared, (row["type"], undeclared)
    assert {"SOURCE", "TARGET", "REPORTED_IN", "HOLDS_ROLE", "AT"} <= seen_types


def test_graph_model_person_reaches_state_through_holds_role(store: GraphStore) -> None:
    load_into_graph(sample_paths(), store)
    rows = store.read(
        "MATCH (p:Actor {kind: 'person'})-[r:HOLDS_ROLE]->(s:Actor {id: 'USA'}) "
        "RETURN p.name AS name, r.role AS role"
    ).rows
    assert any(r["name"] == "Jake Sullivan" for r in rows)
