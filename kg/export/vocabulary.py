"""The kg RDF vocabulary. A DefinedNamespace with ``_fail = True``: a typo raises."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    """Classes and properties of kg's event graph (https://kg.example/ns#)."""

    _NS = Namespace("https://kg.example/ns#")
    _fail = True

    # classes
    Article: URIRef
    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Report: URIRef  # one sentence of an article reporting an event (the REPORTED_IN edge)
    RoleSpell: URIRef  # a person holding a role for a state or organisation (HOLDS_ROLE)

    # event properties
    eventType: URIRef
    cameo: URIRef
    plover: URIRef
    ploverMode: URIRef
    goldstein: URIRef
    quadClass: URIRef
    start: URIRef
    end: URIRef
    precision: URIRef
    modality: URIRef
    confidence: URIRef
    source: URIRef
    target: URIRef
    at: URIRef
    reportedIn: URIRef

    # report (evidence) properties
    event: URIRef
    article: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    trigger: URIRef

    # actor, place and article properties
    kind: URIRef
    code: URIRef
    country: URIRef
    sector: URIRef
    holdsRole: URIRef
    person: URIRef
    organisation: URIRef
    role: URIRef
    since: URIRef
    until: URIRef
    published: URIRef
    lang: URIRef
    outlet: URIRef


BASE = Namespace("https://kg.example/id/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
