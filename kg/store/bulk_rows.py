"""The graph a first load writes, computed in memory: :meth:`GraphStore.write` replayed.

A bulk load (:mod:`kg.store.bulk`) hands the finished graph to the database's own importer
instead of running ``UNWIND … MERGE`` per batch. To write exactly the graph the normal path
writes, :class:`ReplayedGraph` takes the same batches in the same order and applies, in Python,
what each step of ``GraphStore.write`` does on the server:

- the lookups of ``match_reports.cypher`` (a report already loaded goes back to its event) and
  ``match_events.cypher`` (same key, overlapping time window; the best ``(rank, id)`` wins),
  answered from an index of the events replayed so far;
- :func:`kg.graph.merge_reports` and :func:`kg.graph.compact`, the same functions;
- the ``SET``/``coalesce``/``CASE`` rules of every ``write_*.cypher`` file (a ``null`` removes a
  property, the first report creates an event, a more precisely dated one refines its time, the
  highest confidence and the earliest report date are kept, actor names accumulate) and
  ``refresh_events.cypher``.

Pure: no database. Memory grows with the graph (every node and relationship is held until the
import), unlike the normal path's, which is bounded by the batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.graph import GraphBatch, Row, Side, compact, dyad_pairs, merge_reports

Props = dict[str, Any]

# write_events.cypher: what the first report sets besides its props and time, and what a more
# precisely dated report replaces
_CREATED = ("key", "lo", "hi", "bucket", "rank", "confidence", "reported")
_REFINED = ("start", "end", "precision", "time_text")
# refresh_events.cypher: how an actor is shown on its side of an event (the first one set)
_SHOWN = ("code", "country", "name")


def _month(d: date) -> int:
    return d.year * 12 + d.month - 1


def _set(props: Props, name: str, value: Any) -> None:
    """Cypher's ``SET n.name = value``: a null removes the property."""
    if value is None:
        props.pop(name, None)
    else:
        props[name] = value


@dataclass
class ReplayedGraph:
    """Nodes by label and id, relationships by type and merge key, each with its properties."""

    articles: dict[str, Props] = field(default_factory=dict)
    actors: dict[str, Props] = field(default_factory=dict)
    events: dict[str, Props] = field(default_factory=dict)
    places: dict[str, Props] = field(default_factory=dict)
    dyads: dict[str, Props] = field(default_factory=dict)
    source: dict[tuple[str, str], Props] = field(default_factory=dict)
    target: dict[tuple[str, str], Props] = field(default_factory=dict)
    at: dict[tuple[str, str], Props] = field(default_factory=dict)
    between: dict[tuple[str, str], Props] = field(default_factory=dict)
    reported_in: dict[tuple[str, str, int], Props] = field(default_factory=dict)
    holds_role: dict[tuple[str, str, str], Props] = field(default_factory=dict)
    reports: int = 0  # event rows taken in (reports, before merging)
    # match_events: event ids by (key, month) for every month their window touches
    _by_month: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    # match_reports: (article id, record id) -> event id
    _by_record: dict[tuple[str, str], str] = field(default_factory=dict)
    _articles_of: dict[str, set[str]] = field(default_factory=dict)

    # -- one batch, as GraphStore.write ------------------------------------------------------

    def write(self, batch: GraphBatch) -> None:
        """Apply ``batch`` as ``GraphStore.write`` would apply it to this graph."""
        self.reports += len(batch.events)
        merged = compact(merge_reports(batch, self._known_events(batch)))
        for row in merged.articles:
            node = self.articles.setdefault(row["id"], {"id": row["id"]})
            for name, value in row["props"].items():
                _set(node, name, value)
        for row in merged.actors:
            self._write_actor(row)
        for row in merged.events:
            self._write_event(row)
        for rows, rels in (
            (merged.source, self.source),
            (merged.target, self.target),
        ):
            for row in rows:
                if row["event"] in self.events and row["actor"] in self.actors:
                    rels.setdefault((row["event"], row["actor"]), {})
        for row in merged.reported_in:
            self._write_reported_in(row)
        for row in merged.holds_role:
            self._write_holds_role(row)
        for row in merged.places:
            node = self.places.setdefault(row["id"], {"id": row["id"]})
            _set(node, "name", row["name"])
            _set(node, "country", row["country"])
        for row in merged.at:
            if row["event"] in self.events and row["place"] in self.places:
                self.at.setdefault((row["event"], row["place"]), {})
        for row in merged.events:  # refresh_events.cypher
            self.events[row["id"]]["sources"] = len(self._articles_of.get(row["id"], ()))

    def _known_events(self, batch: GraphBatch) -> dict[str, str]:
        """match_reports, then match_events for the rest (GraphStore._known_events)."""
        known: dict[str, str] = {}
        for row in batch.events:
            existing = self._by_record.get((row["article"], row["record"]))
            if existing is not None:
                known.setdefault(row["id"], existing)
        for row in batch.events:
            if row["lo"] is None or row["id"] in known:
                continue
            best: tuple[int, str] | None = None
            for ident in self._candidates(row["key"], row["lo"], row["hi"]):
                event = self.events[ident]
                if event["lo"] <= row["hi"] and event["hi"] >= row["lo"]:
                    candidate = (int(event.get("rank") or 0), ident)
                    if best is None or candidate > best:
                        best = candidate
            if best is not None:
                known[row["id"]] = best[1]
        return known

    def _candidates(self, key: str, lo: date, hi: date) -> set[str]:
        found: set[str] = set()
        for month in range(_month(lo), _month(hi) + 1):
            found |= self._by_month.get((key, month), set())
        return found

    def _index(self, ident: str, props: Props, add: bool) -> None:
        lo, hi = props.get("lo"), props.get("hi")
        if lo is None or hi is None:
            return
        for month in range(_month(lo), _month(hi) + 1):
            slot = self._by_month.setdefault((props["key"], month), set())
            if add:
                slot.add(ident)
            else:
                slot.discard(ident)

    # -- the write_*.cypher rules ------------------------------------------------------------

    def _write_actor(self, row: Row) -> None:
        node = self.actors.get(row["id"])
        if node is None:
            node = self.actors[row["id"]] = {"id": row["id"], "names": [row["name"]]}
            _set(node, "name", row["name"])
        props = row["props"]
        for name in ("kind", "country", "code", "sector", "wikidata"):
            if props.get(name) is not None:
                node[name] = props[name]
        if row["name"] not in node["names"]:
            node["names"] = [*node["names"], row["name"]]

    def _write_event(self, row: Row) -> None:
        ident = row["id"]
        node = self.events.get(ident)
        if node is None:  # ON CREATE
            created = {"id": ident, **row["props"], **row["time"]}
            for name in _CREATED:
                created[name] = row.get(name)
            node = self.events[ident] = {k: v for k, v in created.items() if v is not None}
            self._index(ident, node, add=True)
            return
        if row["rank"] > (node["rank"] if node.get("rank") is not None else -1):
            self._index(ident, node, add=False)
            for name in _REFINED:
                _set(node, name, row["time"][name])
            for name in ("lo", "hi", "bucket", "rank"):
                _set(node, name, row.get(name))
            self._index(ident, node, add=True)
        if row["confidence"] > node["confidence"]:
            node["confidence"] = row["confidence"]
        reported = node.get("reported")
        if reported is None or (row["reported"] is not None and row["reported"] < reported):
            _set(node, "reported", row["reported"])

    def _write_reported_in(self, row: Row) -> None:
        event, article = row["event"], row["article"]
        if event not in self.events or article not in self.articles:
            return
        key = (event, article, row["sentence"])
        rel = self.reported_in.get(key)
        if rel is None:
            created = {"sentence": row["sentence"], **row["props"]}
            self.reported_in[key] = {k: v for k, v in created.items() if v is not None}
        else:
            for name, value in row["props"].items():
                _set(rel, name, value)
        self._articles_of.setdefault(event, set()).add(article)
        record = row["props"].get("record_id")
        if record is not None:
            self._by_record.setdefault((article, record), event)

    def _write_holds_role(self, row: Row) -> None:
        if row["person"] not in self.actors or row["org"] not in self.actors:
            return
        rel = self.holds_role.setdefault((row["person"], row["org"], row["role"]), {})
        _set(rel, "role", row["role"])
        _set(rel, "title", row["title"])
        for name in ("since", "until"):
            if row[name] is not None:
                rel[name] = row[name]

    def _derive(self) -> None:
        """refresh_events.cypher and refresh_dyads.cypher for every event, from the final
        graph: the normal path runs them for each batch's events and for the events of actors
        a batch shows differently, so each event ends with what its final relationships and
        actors give."""
        sides: dict[str, tuple[set[str], set[str]]] = {e: (set(), set()) for e in self.events}
        names: dict[str, tuple[set[str], set[str]]] = {e: (set(), set()) for e in self.events}
        coded: dict[str, tuple[Side, Side]] = {e: ([], []) for e in self.events}
        for rels, side in ((self.source, 0), (self.target, 1)):
            for event, actor in rels:
                a = self.actors[actor]
                shown = next((a[k] for k in _SHOWN if a.get(k) is not None), None)
                if shown is not None:
                    sides[event][side].add(shown)
                if a.get("name") is not None:
                    names[event][side].add(a["name"])
                codes = frozenset(a[k] for k in ("code", "country") if a.get(k) is not None)
                coded[event][side].append((actor, codes))
        self.dyads, self.between = {}, {}
        for event, (src, tgt) in coded.items():
            for pair in dyad_pairs(src, tgt):
                first, second = pair.split("|")
                self.dyads.setdefault(pair, {"id": pair, "a": first, "b": second})
                self.between[(event, pair)] = {}
        best: dict[str, tuple[str, int, str | None]] = {}
        for (event, article, sentence), props in self.reported_in.items():
            published = self.articles[article].get("published")
            day = published.isoformat() if published else ""
            key = f"{day}|{article}|{props.get('record_id', '')}"
            candidate = (key, sentence, props.get("text"))
            if event not in best or candidate[:2] < best[event][:2]:
                best[event] = candidate
        for ident, node in self.events.items():
            source, target = sides[ident]
            node["source_list"] = sorted(source)
            node["target_list"] = sorted(target)
            node["source_names"] = sorted(names[ident][0])
            node["target_names"] = sorted(names[ident][1])
            _set(node, "evidence", best[ident][2] if ident in best else None)

    # -- the result --------------------------------------------------------------------------

    def nodes(self) -> Iterator[tuple[str, dict[str, Props]]]:
        """(label, nodes by id) for every label."""
        self._derive()  # first: the consumer may encode the nodes it has been given
        yield "Article", self.articles
        yield "Actor", self.actors
        yield "Event", self.events
        yield "Place", self.places
        yield "Dyad", self.dyads

    def relationships(self) -> Iterator[tuple[str, str, str, Iterator[tuple[str, str, Props]]]]:
        """(type, start label, end label, (start id, end id, properties) ...) for every type."""
        yield "SOURCE", "Event", "Actor", ((k[0], k[1], p) for k, p in self.source.items())
        yield "TARGET", "Event", "Actor", ((k[0], k[1], p) for k, p in self.target.items())
        yield (
            "REPORTED_IN",
            "Event",
            "Article",
            ((k[0], k[1], p) for k, p in self.reported_in.items()),
        )
        yield "HOLDS_ROLE", "Actor", "Actor", ((k[0], k[1], p) for k, p in self.holds_role.items())
        yield "AT", "Event", "Place", ((k[0], k[1], p) for k, p in self.at.items())
        yield "BETWEEN", "Event", "Dyad", ((k[0], k[1], p) for k, p in self.between.items())

    def __len__(self) -> int:
        """Nodes and relationships."""
        return sum(len(n) for _, n in self.nodes()) + sum(
            len(r)
            for r in (
                self.source,
                self.target,
                self.at,
                self.between,
                self.reported_in,
                self.holds_role,
            )
        )
