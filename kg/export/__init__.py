"""Exports of graph rows: RDF (rdflib), CSV for ``neo4j-admin database import``."""
