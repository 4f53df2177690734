"""``kg export``: the graph of a set of articles as RDF or as Neo4j bulk-import CSV files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal

import typer

from kg.cli.app import KGTyper
from kg.graph import GraphBatch

export_app = KGTyper(
    help="Write the events of articles as RDF (Turtle, N-Triples, JSON-LD) or as CSV files for "
    "neo4j-admin database import (bulk loads of large corpora).",
    no_args_is_help=True,
)

Paths = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Article files, folders, globs or -.")
]
MinConfidence = Annotated[
    float,
    typer.Option(
        "--min-confidence", min=0.0, max=1.0, metavar="SCORE", help="Drop events below this."
    ),
]


def _batches(paths: list[str], min_confidence: float) -> Iterator[GraphBatch]:
    from kg.extract import extract_articles
    from kg.graph import build_batch
    from loaders import iter_articles

    for result in extract_articles(iter_articles(paths), min_confidence):
        if result.error is None:
            yield build_batch(result.article, result.events)


@export_app.command("rdf")
def rdf(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="PATH", help="The RDF file to write.")
    ],
    rdf_format: Annotated[
        Literal["turtle", "nt", "xml", "json-ld"],
        typer.Option("--rdf-format", metavar="FORMAT", help="turtle, nt, xml or json-ld."),
    ] = "turtle",
    min_confidence: MinConfidence = 0.5,
) -> None:
    """Events, actors, places, articles and every report's evidence as RDF."""
    from rdflib import Graph

    from kg.export.rdf import batch_to_rdf

    graph = Graph()
    for batch in _batches(paths, min_confidence):
        batch_to_rdf(batch, graph)
    graph.serialize(destination=str(output), format=rdf_format)
    typer.echo(f"{len(graph)} triples written to {output}")


@export_app.command("neo4j-csv")
def neo4j_csv(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FOLDER", help="Folder for the CSV files.")
    ],
    min_confidence: MinConfidence = 0.5,
) -> None:
    """CSV files with neo4j-admin import headers (see kg.export.neo4j_csv for the command)."""
    from kg.export.neo4j_csv import write_import_csv

    counts = write_import_csv(_batches(paths, min_confidence), output)
    for name, n in counts.items():
        typer.echo(f"{name}: {n}")
