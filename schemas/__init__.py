"""Data package: the ontology, graph model and JSON Schemas, installed as ``kg.schemas``."""
