"""Graph rows as RDF (rdflib), for linked-data tools: Turtle, N-Triples, JSON-LD.

Every node becomes a resource under ``https://kg.example/id/``; actors with a Wikidata id are
linked with ``owl:sameAs``; each report of an event (sentence, offsets, trigger) is a
``kg:Report`` resource, so the evidence travels with the triples.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg.export.vocabulary import BASE, KG, WIKIDATA
from kg.graph import GraphBatch


def _node(ident: str) -> URIRef:
    return BASE[quote(ident, safe=":")]


def _add(graph: Graph, subject: URIRef, predicate: URIRef, value: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, date):
        graph.add((subject, predicate, Literal(value, datatype=XSD.date)))
    else:
        graph.add((subject, predicate, Literal(value)))


def batch_to_rdf(batch: GraphBatch, graph: Graph | None = None) -> Graph:
    """Add the rows of ``batch`` to ``graph`` (a new one by default) and return it.

    >>> from kg.graph import GraphBatch
    >>> g = batch_to_rdf(GraphBatch(actors=[{"id": "RUS", "name": "Russia",
    ...     "props": {"kind": "state", "country": "RUS", "code": "RUS"}}]))
    >>> len(g) > 0
    True
    """
    graph = graph if graph is not None else Graph()
    graph.bind("kg", str(KG._NS))
    graph.bind("kgid", str(BASE))
    graph.bind("wd", str(WIKIDATA))
    for row in batch.articles:
        subject = _node(f"article:{row['id']}")
        graph.add((subject, RDF.type, KG.Article))
        props = row["props"]
        _add(graph, subject, RDFS.label, props.get("title"))
        _add(graph, subject, KG.published, props.get("published"))
        _add(graph, subject, KG.lang, props.get("lang"))
        _add(graph, subject, KG.outlet, props.get("outlet"))
        if props.get("url"):
            graph.add((subject, RDFS.seeAlso, URIRef(props["url"])))
    for row in batch.actors:
        subject = _node(f"actor:{row['id']}")
        graph.add((subject, RDF.type, KG.Actor))
        _add(graph, subject, RDFS.label, row["name"])
        props = row["props"]
        for key, predicate in (("kind", KG.kind), ("code", KG.code), ("country", KG.country)):
            _add(graph, subject, predicate, props.get(key))
        _add(graph, subject, KG.sector, props.get("sector"))
        if props.get("wikidata"):
            graph.add((subject, OWL.sameAs, WIKIDATA[props["wikidata"]]))
    for row in batch.events:
        subject = _node(row["id"])
        graph.add((subject, RDF.type, KG.Event))
        props, time = row["props"], row["time"]
        for key, predicate in (
            ("type", KG.eventType),
            ("cameo", KG.cameo),
            ("plover", KG.plover),
            ("plover_mode", KG.ploverMode),
            ("goldstein", KG.goldstein),
            ("quad", KG.quadClass),
            ("modality", KG.modality),
        ):
            _add(graph, subject, predicate, props.get(key))
        _add(graph, subject, KG.start, time.get("start"))
        _add(graph, subject, KG.end, time.get("end"))
        _add(graph, subject, KG.precision, time.get("precision"))
        _add(graph, subject, KG.confidence, row.get("confidence"))
    for rows, predicate in ((batch.source, KG.source), (batch.target, KG.target)):
        for row in rows:
            graph.add((_node(row["event"]), predicate, _node(f"actor:{row['actor']}")))
    for row in batch.places:
        subject = _node(row["id"])
        graph.add((subject, RDF.type, KG.Place))
        _add(graph, subject, RDFS.label, row["name"])
        _add(graph, subject, KG.country, row["country"])
    for row in batch.at:
        graph.add((_node(row["event"]), KG.at, _node(row["place"])))
    for row in batch.reported_in:
        report = _node(f"report:{row['event']}:{row['article']}:{row['sentence']}")
        props = row["props"]
        graph.add((report, RDF.type, KG.Report))
        graph.add((report, KG.event, _node(row["event"])))
        graph.add((report, KG.article, _node(f"article:{row['article']}")))
        graph.add((_node(row["event"]), KG.reportedIn, _node(f"article:{row['article']}")))
        _add(graph, report, KG.sentence, row["sentence"])
        _add(graph, report, KG.startOffset, props.get("start"))
        _add(graph, report, KG.endOffset, props.get("end"))
        _add(graph, report, KG.trigger, props.get("trigger"))
        _add(graph, report, RDFS.comment, props.get("text"))
    for row in batch.holds_role:
        spell = _node(f"role:{row['person']}:{row['org']}:{row['role']}")
        graph.add((spell, RDF.type, KG.RoleSpell))
        graph.add((spell, KG.person, _node(f"actor:{row['person']}")))
        graph.add((spell, KG.organisation, _node(f"actor:{row['org']}")))
        graph.add((_node(f"actor:{row['person']}"), KG.holdsRole, spell))
        _add(graph, spell, KG.role, row.get("role"))
        _add(graph, spell, KG.since, row.get("since"))
        _add(graph, spell, KG.until, row.get("until"))
    return graph
