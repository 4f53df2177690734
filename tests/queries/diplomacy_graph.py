"""A small hand-made diplomatic graph with known answers, shared by the query, API and CLI tests.

Import it as ``tests.queries.diplomacy_graph``. Every event comes from its own article, so the
event's ``reported`` date is that article's publication date. The events (state codes are what
the people stand for):

====  ==========  ==========  ===================================  ======  =====  =========
 n    date        type        source -> target                     quad    g      article
====  ==========  ==========  ===================================  ======  =====  =========
 1    2021-03-10  call        Blinken (USA) -> Lavrov (RUS)        1       1.0    a01
 2    2021-03-20  threat      RUS -> UKR                           3      -4.4    a02
 3    2021-06-15  meeting     Blinken + Lavrov (both SOURCE)       1       1.0    a03
 4    undated     sanction    USA -> RUS (reported 2021-07-02)     4      -8.0    a04
 5    2021-11-05  visit       SAU -> RUS (a visit to Moscow)       1       1.9    a05
 6    2021-11-20  threat      RUS -> UKR                           3      -4.4    a06
 7    2022-01-12  meeting     Stoltenberg (NATO) -> Lavrov (RUS)   1       1.0    a07
 8    2021-12-01  visit       Blinken (USA) -> UKR                 1       1.9    a08
 9    2021-09-01  aid         USA + FRA (both SOURCE) -> UKR       2       7.4    a09
 10   2022-02-10  call        Blinken (USA) -> Lavrov (RUS)        1       1.0    a10
====  ==========  ==========  ===================================  ======  =====  =========

Event 1 has two evidence sentences; event 5 is linked AT a Place "Moscow" (written here, the
builder does not make places yet).
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.graph import build_batch
from kg.records import ActorRef, Event, Evidence, TimeSpan
from kg.store import GraphStore
from loaders.article import Article

USA = ActorRef(id="USA", name="United States", kind="state", country="USA", code="USA")
RUS = ActorRef(id="RUS", name="Russia", kind="state", country="RUS", code="RUS")
UKR = ActorRef(id="UKR", name="Ukraine", kind="state", country="UKR", code="UKR")
SAU = ActorRef(id="SAU", name="Saudi Arabia", kind="state", country="SAU", code="SAU")
FRA = ActorRef(id="FRA", name="France", kind="state", country="FRA", code="FRA")
BLINKEN = ActorRef(
    id="person:t:antony-blinken",
    name="Antony Blinken",
    kind="person",
    country="USA",
    code="USA",
    role="foreign_minister",
)
LAVROV = ActorRef(
    id="person:t:sergey-lavrov",
    name="Sergey Lavrov",
    kind="person",
    country="RUS",
    code="RUS",
    role="foreign_minister",
)
STOLTENBERG = ActorRef(
    id="person:t:jens-stoltenberg",
    name="Jens Stoltenberg",
    kind="person",
    country=None,
    code="NATO",
    role="secretary_general",
)

# type -> (cameo, plover, goldstein, quad)
CODES = {
    "call": ("041", "CONSULT", 1.0, 1),
    "meeting": ("040", "CONSULT", 1.0, 1),
    "visit": ("042", "CONSULT", 1.9, 1),
    "threat": ("130", "THREATEN", -4.4, 3),
    "sanction": ("163", "COERCE", -8.0, 4),
    "aid": ("070", "AID", 7.4, 2),
}

# n: (type, start or None, sources, targets, publication date when undated)
EVENTS: dict[int, tuple[str, date | None, tuple[ActorRef, ...], tuple[ActorRef, ...]]] = {
    1: ("call", date(2021, 3, 10), (BLINKEN,), (LAVROV,)),
    2: ("threat", date(2021, 3, 20), (RUS,), (UKR,)),
    3: ("meeting", date(2021, 6, 15), (BLINKEN, LAVROV), ()),
    4: ("sanction", None, (USA,), (RUS,)),
    5: ("visit", date(2021, 11, 5), (SAU,), (RUS,)),
    6: ("threat", date(2021, 11, 20), (RUS,), (UKR,)),
    7: ("meeting", date(2022, 1, 12), (STOLTENBERG,), (LAVROV,)),
    8: ("visit", date(2021, 12, 1), (BLINKEN,), (UKR,)),
    9: ("aid", date(2021, 9, 1), (USA, FRA), (UKR,)),
    10: ("call", date(2022, 2, 10), (BLINKEN,), (LAVROV,)),
}
UNDATED_PUBLISHED = date(2021, 7, 2)  # event 4 is known only by this article's date


def published(n: int) -> date:
    """Dated events are reported the next day; the undated one on UNDATED_PUBLISHED."""
    start = EVENTS[n][1]
    return start + timedelta(days=1) if start else UNDATED_PUBLISHED


def article(n: int) -> Article:
    return Article(
        id=f"a{n:02d}",
        text="...",
        published=published(n),
        lang="en",
        title=f"Report {n}",
        outlet="test wire",
        url=f"https://example.org/report-{n}",
    )


def sentence(n: int, i: int = 0) -> str:
    return f"Sentence {i} of report {n}."


def event(n: int) -> Event:
    type_, start, sources, targets = EVENTS[n]
    cameo, plover, goldstein, quad = CODES[type_]
    time = TimeSpan(start, start, "day", start.isoformat()) if start else TimeSpan()
    evidence = [
        Evidence(sentence(n, i), 40 * i, 40 * i + 30, type_, 40 * i, 40 * i + 4, i)
        for i in range(2 if n == 1 else 1)
    ]
    return Event(
        id=f"t-event-{n}",
        article_id=f"a{n:02d}",
        type=type_,
        cameo=cameo,
        plover_type=plover,
        plover_mode=None,
        goldstein=goldstein,
        quad=quad,
        source=sources,
        target=targets,
        time=time,
        modality="asserted",
        evidence=evidence[0],
        confidence=0.9,
        lang="en",
        more_evidence=tuple(evidence[1:]),
    )


def build_diplomacy_graph(store: GraphStore) -> None:
    """Empty the graph, then write the ten events (one article each) and the Moscow place."""
    store.run_write("MATCH (n) DETACH DELETE n")
    for n in EVENTS:
        store.write(build_batch(article(n), [event(n)]))
    store.run_write(
        "MERGE (p:Place {id: 'place:moscow'}) SET p.name = 'Moscow', p.country = 'RUS' "
        "WITH p MATCH (e:Event {type: 'visit'})-[:TARGET]->(:Actor {id: 'RUS'}) "
        "MERGE (e)-[:AT]->(p)"
    )
