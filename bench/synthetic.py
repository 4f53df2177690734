"""A deterministic synthetic corpus of diplomatic events for the graph benchmarks.

Everything is drawn from one seeded generator and streamed: articles come one at a time in
publication order, so memory does not grow with the number of events. The actor population
(states and organisations of the gazetteer, plus synthetic people who hold roles for them) is
fixed by the *total* size, so the first k events of a corpus of N are the same whatever N is
larger than k (a prefix): that is what lets a benchmark read the loader's memory at two corpus
sizes within one load.

Shape, per ``N`` events: about N/20 actors (every state with its ISO3 code and the main
international organisations first, the rest people with a HOLDS_ROLE to their state), N/5
articles spread over ten years, about five events per article, a realistic type mix (statements,
meetings, calls and visits most common), dates of mixed precision, both sides filled (or, for a
share of symmetric events, every participant on the source side), and about one event in eight
a further report of an event already reported (so reports merge into one graph event).
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kg.graph import GraphBatch, build_batch
from kg.ontology import load_ontology
from kg.records import ActorRef, Event, Evidence, Modality, Precision, TimeSpan
from kg.resources.actors import load_gazetteer
from loaders.article import Article

FIRST_DAY = date(2014, 1, 1)
DAYS = 3652  # ten years
EVENTS_PER_ARTICLE = 5

# The most active states first (news volume); the rest follow in code order.
PROMINENT_STATES = (
    "USA RUS CHN UKR IRN ISR SAU TUR FRA GBR DEU EGY QAT ARE SYR IRQ JOR IND PAK JPN KOR PRK "
    "PSE LBN YEM LBY KWT OMN BHR DZA MAR TUN SDN ITA ESP POL CAN AUS BRA ZAF NGA ETH AFG"
).split()
PROMINENT_ORGS = "UN EU NATO ARL AU GCC OIC IAEA OPEC UNSC WHO ASEAN".split()

TYPE_MIX: tuple[tuple[str, float], ...] = (
    ("statement", 0.20),
    ("meeting", 0.10),
    ("visit", 0.07),
    ("call", 0.06),
    ("cooperation", 0.06),
    ("intent", 0.05),
    ("appeal", 0.05),
    ("accusation", 0.05),
    ("support", 0.05),
    ("military", 0.05),
    ("negotiation", 0.04),
    ("threat", 0.04),
    ("agreement", 0.04),
    ("proposal", 0.03),
    ("demand", 0.03),
    ("rejection", 0.03),
    ("aid", 0.03),
    ("sanction", 0.02),
)
SYMMETRIC = frozenset({"call", "meeting", "negotiation"})
PRECISION_MIX: tuple[tuple[Precision, float], ...] = (
    ("day", 0.65),
    ("month", 0.08),
    ("year", 0.04),
    ("range", 0.05),
    ("unknown", 0.18),
)
MODALITY_MIX: tuple[tuple[Modality, float], ...] = (
    ("asserted", 0.75),
    ("planned", 0.10),
    ("reported", 0.08),
    ("negated", 0.03),
    ("conditional", 0.02),
    ("hypothetical", 0.02),
)
ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "spokesperson",
)
OUTLETS = ("Al-Yaum", "Asharq Al-Awsat", "Reuters", "AFP", "Al Jazeera", "TASS", "AP", "SPA")
REREPORT_SHARE = 0.12
PERSON_SHARE = 0.45
ORG_SHARE = 0.07
STATEMENT_WITHOUT_TARGET = 0.5
SYMMETRIC_ALL_SOURCE = 0.3


@dataclass(frozen=True, slots=True)
class EventClassInfo:
    cameo: str
    plover_type: str | None
    plover_mode: str | None
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class Population:
    """The actors events are drawn from, with their activity weights."""

    states: tuple[ActorRef, ...]
    state_weights: tuple[float, ...]
    orgs: tuple[ActorRef, ...]
    people_by_state: dict[str, tuple[ActorRef, ...]]

    @property
    def size(self) -> int:
        return len(self.states) + len(self.orgs) + sum(map(len, self.people_by_state.values()))

    def dyads(self, count: int) -> list[tuple[str, str]]:
        """The ``count`` state pairs most likely to have events (for query benchmarks)."""
        codes = [s.id for s in self.states]
        pairs = [(codes[i], codes[j]) for i in range(len(codes)) for j in range(i + 1, len(codes))]
        weight = dict(zip(codes, self.state_weights, strict=True))
        pairs.sort(key=lambda p: -weight[p[0]] * weight[p[1]])
        return pairs[:count]


def _classes() -> dict[str, EventClassInfo]:
    """One CAMEO class per event type: the first code of the ontology with that type."""
    out: dict[str, EventClassInfo] = {}
    for e in load_ontology().events:
        if e.type not in out:
            out[e.type] = EventClassInfo(
                e.cameo,
                e.plover.type if e.plover else None,
                e.plover.mode if e.plover else None,
                e.goldstein,
                e.quad,
            )
    return out


def population(total_events: int, seed: int = 7) -> Population:
    """About ``total_events / 20`` actors: states and organisations first, then people."""
    rng = random.Random(seed)
    gaz = load_gazetteer()
    wanted = max(60, total_events // 20)
    state_codes = [c for c in PROMINENT_STATES if c in gaz.states]
    state_codes += sorted(c for c in gaz.states if c not in state_codes)
    org_codes = [c for c in PROMINENT_ORGS if c in gaz.organisations]
    n_states = min(len(state_codes), max(20, wanted // 3))
    n_orgs = min(len(org_codes), max(4, wanted // 50))
    states = tuple(
        ActorRef(id=c, name=gaz.name_of(c), kind="state", country=c, code=c, wikidata=None, text=c)
        for c in state_codes[:n_states]
    )
    orgs = tuple(
        ActorRef(id=c, name=gaz.name_of(c), kind="igo", code=c, text=c) for c in org_codes[:n_orgs]
    )
    weights = tuple(1.0 / (rank + 1) ** 1.1 for rank in range(n_states))
    people: dict[str, list[ActorRef]] = {s.id: [] for s in states}
    n_people = max(0, wanted - n_states - n_orgs)
    for i in range(n_people):
        state = rng.choices(states, weights)[0]
        since = FIRST_DAY - timedelta(days=1500) + timedelta(days=rng.randrange(DAYS + 1500))
        until = since + timedelta(days=rng.randrange(700, 3000)) if rng.random() < 0.7 else None
        people[state.id].append(
            ActorRef(
                id=f"person:SYN{i}",
                name=f"Person {i} of {state.name}",
                kind="person",
                country=state.id,
                code=state.id,
                sector="GOV",
                wikidata=f"Q9{i:07d}",
                role=rng.choice(ROLES),
                text=f"person {i}",
                role_since=since,
                role_until=until,
            )
        )
    return Population(states, weights, orgs, {k: tuple(v) for k, v in people.items()})


class Corpus:
    """Articles with their events, generated on demand (``articles()`` may be called again
    and yields exactly the same stream)."""

    def __init__(self, events: int, seed: int = 7) -> None:
        self.events = events
        self.seed = seed
        self.population = population(events, seed)
        self.n_articles = max(1, events // EVENTS_PER_ARTICLE)
        self._classes = _classes()

    def articles(self, limit_events: int | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) in publication order, until ``limit_events`` events (default:
        the whole corpus) have been produced."""
        rng = random.Random(self.seed * 1_000_003 + 1)
        budget = self.events if limit_events is None else min(limit_events, self.events)
        recent: deque[Event] = deque(maxlen=500)
        types = [t for t, _ in TYPE_MIX]
        type_w = [w for _, w in TYPE_MIX]
        made = 0
        i = 0
        while made < budget:
            published = FIRST_DAY + timedelta(days=i * DAYS // self.n_articles)
            lang = "ar" if rng.random() < 0.5 else "en"
            article = Article(
                id=f"syn:a{i}",
                text="",
                title=f"Synthetic article {i}",
                published=published,
                lang=lang,
                outlet=rng.choice(OUTLETS),
                url=f"https://example.org/syn/{i}",
            )
            k = min(budget - made, rng.randint(1, 2 * EVENTS_PER_ARTICLE - 1))
            events: list[Event] = []
            for j in range(k):
                if recent and rng.random() < REREPORT_SHARE:
                    base = recent[rng.randrange(len(recent))]
                    event = self._rereport(base, article, j, rng)
                else:
                    kind = rng.choices(types, type_w)[0]
                    event = self._event(kind, article, j, rng)
                    recent.append(event)
                events.append(event)
            made += k
            i += 1
            yield article, events

    # -- one event --------------------------------------------------------------------------

    def _actor(self, rng: random.Random, avoid: str | None = None) -> ActorRef:
        pop = self.population
        for _ in range(20):
            if rng.random() < ORG_SHARE and pop.orgs:
                actor = pop.orgs[min(int(rng.expovariate(0.5)), len(pop.orgs) - 1)]
            else:
                state = rng.choices(pop.states, pop.state_weights)[0]
                people = pop.people_by_state.get(state.id, ())
                actor = rng.choice(people) if people and rng.random() < PERSON_SHARE else state
            if avoid is None or (actor.code or actor.id) != avoid:
                return actor
        return pop.states[0] if pop.states[0].id != avoid else pop.states[1]

    def _time(self, published: date, rng: random.Random) -> TimeSpan:
        precision = rng.choices([p for p, _ in PRECISION_MIX], [w for _, w in PRECISION_MIX])[0]
        day = published - timedelta(days=rng.randrange(4))
        if precision == "day":
            return TimeSpan(day, day, "day", day.isoformat())
        if precision == "month":
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return TimeSpan(start, end, "month", start.strftime("%B %Y"))
        if precision == "year":
            return TimeSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year", str(day.year))
        if precision == "range":
            return TimeSpan(day, day + timedelta(days=2), "range", f"{day} to 3 days")
        return TimeSpan()

    def _event(self, kind: str, article: Article, j: int, rng: random.Random) -> Event:
        cls = self._classes[kind]
        source = self._actor(rng)
        source_code = source.code or source.id
        if kind == "statement" and rng.random() < STATEMENT_WITHOUT_TARGET:
            sources: tuple[ActorRef, ...] = (source,)
            targets: tuple[ActorRef, ...] = ()
        elif kind in SYMMETRIC and rng.random() < SYMMETRIC_ALL_SOURCE:
            sources, targets = (source, self._actor(rng, avoid=source_code)), ()
        else:
            sources, targets = (source,), (self._actor(rng, avoid=source_code),)
        names = " and ".join(a.name for a in (*sources, *targets))
        text = f"{names}: {kind} reported by {article.outlet} ({article.id}, sentence {j})."
        evidence = Evidence(text, 100 * j, 100 * j + len(text), kind, 100 * j, 100 * j + 5, j)
        return Event(
            id=f"{article.id}:e{j}",
            article_id=article.id,
            type=kind,
            cameo=cls.cameo,
            plover_type=cls.plover_type,
            plover_mode=cls.plover_mode,
            goldstein=cls.goldstein,
            quad=cls.quad,
            source=sources,
            target=targets,
            time=self._time(article.published or FIRST_DAY, rng),
            modality=rng.choices([m for m, _ in MODALITY_MIX], [w for _, w in MODALITY_MIX])[0],
            evidence=evidence,
            confidence=round(0.5 + 0.5 * rng.random(), 3),
            lang=article.lang or "en",
        )

    @staticmethod
    def _rereport(base: Event, article: Article, j: int, rng: random.Random) -> Event:
        """Another article's report of ``base``: same type, parties and dates."""
        text = f"{base.evidence.text} (again in {article.id})"
        evidence = Evidence(text, 100 * j, 100 * j + len(text), base.type, 100 * j, 100 * j + 5, j)
        return Event(
            id=f"{article.id}:e{j}",
            article_id=article.id,
            type=base.type,
            cameo=base.cameo,
            plover_type=base.plover_type,
            plover_mode=base.plover_mode,
            goldstein=base.goldstein,
            quad=base.quad,
            source=base.source,
            target=base.target,
            time=base.time,
            modality=base.modality,
            evidence=evidence,
            confidence=round(0.5 + 0.5 * rng.random(), 3),
            lang=article.lang or "en",
        )


def batches(
    corpus: Corpus, batch_events: int, limit_events: int | None = None
) -> Iterator[tuple[GraphBatch, int]]:
    """The corpus as :class:`GraphBatch` es of about ``batch_events`` event reports each
    (whole articles; kg.graph.build_batch per article), with the number of reports in each."""
    batch = GraphBatch()
    pending = 0
    for article, events in corpus.articles(limit_events):
        batch.extend(build_batch(article, events))
        pending += len(events)
        if pending >= batch_events:
            yield batch, pending
            batch, pending = GraphBatch(), 0
    if pending:
        yield batch, pending


def bare_event_rows(corpus: Corpus, batch_events: int) -> Iterator[list[dict[str, object]]]:
    """The corpus's events as flat property maps (no relationships, no merging): the rows of
    the baseline ``UNWIND $rows AS row CREATE (e:Event) SET e = row``."""
    rows: list[dict[str, object]] = []
    for _, events in corpus.articles():
        for e in events:
            rows.append(
                {
                    "id": "bare:" + e.id,
                    "type": e.type,
                    "cameo": e.cameo,
                    "plover": e.plover_type,
                    "plover_mode": e.plover_mode,
                    "goldstein": e.goldstein,
                    "quad": e.quad,
                    "start": e.time.start,
                    "end": e.time.end,
                    "precision": e.time.precision,
                    "modality": e.modality,
                    "confidence": e.confidence,
                }
            )
            if len(rows) >= batch_events:
                yield rows
                rows = []
    if rows:
        yield rows
