"""The Python API a notebook imports: connect, then ask the query library for DataFrames.

Typical use in a notebook::

    import kg
    g = kg.connect()                              # the embedded database, started on demand
    g.timeline("USA", "RUS", start="2021-12-01")  # a pandas DataFrame, one row per event
    g.escalation("USA", "RUS")                    # Goldstein sum/mean and quad counts per month
    g.network(types=["meeting", "call"])          # a networkx MultiDiGraph, one edge per event
    g.cypher("MATCH (e:Event) RETURN e.type AS type, count(*) AS n")

Every method runs one query of the library (``kg/store/cypher/NAME.cypher``; ``g.query(NAME,
...)`` runs any of them). A query file declares its parameters in its leading comment, one
``// @param NAME[:KIND] DEFAULT  description`` line each, where DEFAULT is a JSON value or
``required`` and KIND one of str, int, float, date, list: :func:`query_spec` reads them, and
:func:`bind_params` fills in the defaults and converts values (a date or ``"2022-01-31"`` for a
date, ``"call,visit"`` or a list for a list). pandas and networkx are imported when a method
needs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from kg.errors import ConfigError, QueryNotFound, ResourceError, UnknownActor
from kg.store import GraphStore, QueryResult, StoreSettings, open_store
from kg.store.queries import named_query, query_names
from kg.store.readonly import write_clause

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kg.pipeline import RunSummary

__all__ = [
    "DemoRun",
    "Graph",
    "QueryParam",
    "QuerySpec",
    "bind_params",
    "connect",
    "demo",
    "dyad_timeline",
    "library_names",
    "plot_label",
    "query_spec",
    "resolve_actor",
    "run_query",
]

ParamKind = Literal["any", "str", "int", "float", "date", "list"]
DateLike = date | str | None
_KINDS: tuple[str, ...] = ("any", "str", "int", "float", "date", "list")
_PARAM_LINE = re.compile(r"@param\s+(?P<name>\w+)(?::(?P<kind>\w+))?\s+(?P<rest>.*)$")
_REQUIRED = "required"


# -- the query library: parameters declared in the query files -------------------------------


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One parameter of a library query, as its ``// @param`` comment line declares it."""

    name: str
    kind: ParamKind
    required: bool
    default: Any
    description: str


@dataclass(frozen=True, slots=True)
class QuerySpec:
    """A library query: its name, what it answers (``summary``), its parameters, its text."""

    name: str
    summary: str
    notes: str
    params: tuple[QueryParam, ...]
    text: str
    body: str = ""  # the text after the leading comment: the query itself

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the query's final RETURN (see :func:`return_columns`)."""
        return return_columns(self.text)


def parse_spec(name: str, text: str) -> QuerySpec:
    """Read the leading ``//`` comment of a query: what it answers (the first paragraph, the
    summary), notes (further paragraphs, after an empty ``//`` line), then ``@param`` lines.
    An indented line after a ``@param`` line continues its description; any other comment
    line ends the description (it belongs to the query, like the comments inside it).

    >>> spec = parse_spec("q", '''// Events of one actor.
    ... //
    ... // An actor is a code or a name.
    ... // @param actor:str required  the actor
    ... // @param types:list ["call", "visit"]  event types
    ... //   (any of the ontology's)
    ... // @param days:int 7  days
    ... // the actor first (a comment of the query)
    ... MATCH (e) RETURN e''')
    >>> spec.summary, spec.notes
    ('Events of one actor.', 'An actor is a code or a name.')
    >>> [(p.name, p.kind, p.required, p.default) for p in spec.params]
    [('actor', 'str', True, None), ('types', 'list', False, ['call', 'visit']),
     ('days', 'int', False, 7)]
    >>> spec.params[1].description, spec.params[2].description
    ("event types (any of the ontology's)", 'days')
    >>> spec.body.splitlines()
    ['// the actor first (a comment of the query)', 'MATCH (e) RETURN e']
    """
    paragraphs: list[list[str]] = [[]]
    params: list[QueryParam] = []
    decoder = json.JSONDecoder()
    lines = text.splitlines()
    header = 0
    for header, line in enumerate([*lines, ""]):  # noqa: B007 (header: where the query starts)
        if not line.startswith("//"):
            break
        body = line.removeprefix("//").strip()
        found = _PARAM_LINE.match(body)
        if found is None:
            if params and not line.startswith("//  "):
                break
            if params:
                params[-1] = replace(
                    params[-1], description=f"{params[-1].description} {body}".strip()
                )
            elif body:
                paragraphs[-1].append(body)
            elif paragraphs[-1]:
                paragraphs.append([])
            continue
        kind = found.group("kind") or "any"
        if kind not in _KINDS:
            raise ResourceError(
                f"query {name}", f"@param {found.group('name')}: unknown kind {kind}"
            )
        rest = found.group("rest")
        if rest.startswith(_REQUIRED):
            required, default, description = True, None, rest[len(_REQUIRED) :]
        else:
            try:
                default, end = decoder.raw_decode(rest)
            except json.JSONDecodeError as e:
                raise ResourceError(
                    f"query {name}",
                    f"@param {found.group('name')}: the default must be JSON or 'required': "
                    f"{rest!r}",
                ) from e
            required, description = False, rest[end:]
        params.append(
            QueryParam(
                found.group("name"), cast(ParamKind, kind), required, default, description.strip()
            )
        )
    texts = [" ".join(lines) for lines in paragraphs if lines] or [""]
    summary, *notes = texts
    body = "\n".join(lines[header:]).strip()
    return QuerySpec(name, summary, "\n".join(notes), tuple(params), text, body)


_TOKENS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|[(\[{]|[)\]}]|,|\w+|\S""",
    re.DOTALL,
)
_CLAUSE_END = {"ORDER", "SKIP", "LIMIT", "UNION", "OFFSET"}
_BATCH_PARAMS = {"rows", "ids"}  # how the store's write path feeds its queries


def _code_tokens(text: str) -> list[tuple[str, int]]:
    """Tokens of Cypher text (strings and backticked names whole), comments left out."""
    return [
        (m.group(), m.start())
        for m in _TOKENS.finditer(text)
        if not m.group().startswith(("//", "/*"))
    ]


def query_parameters(text: str) -> frozenset[str]:
    """The ``$parameters`` a query uses (not those in strings or comments).

    >>> sorted(query_parameters("MATCH (e) WHERE e.a = $a AND e.b = '$no' // $c\\nRETURN $d"))
    ['a', 'd']
    """
    tokens = [tok for tok, _ in _code_tokens(text)]
    return frozenset(b for a, b in pairwise(tokens) if a == "$")


def return_columns(text: str) -> tuple[str, ...]:
    """The column names of a query's last top-level RETURN, read from its text: the alias
    after ``AS``, else the expression itself. Empty when there is no RETURN or it is ``*``.

    The embedded server sends no column names for a result without rows, so an empty
    DataFrame takes its columns from here.

    >>> return_columns("WITH {a: 1} AS m MATCH (e) RETURN e.id AS id, m, count(*) ORDER BY id")
    ('id', 'm', 'count(*)')
    >>> return_columns("CALL { MATCH (x) RETURN x AS y } RETURN DISTINCT y.name AS `the name`")
    ('the name',)
    >>> return_columns("MATCH (n) RETURN *")
    ()
    """
    tokens: list[tuple[int, str, int]] = []  # (depth, token, offset)
    depth = 0
    for token, offset in _code_tokens(text):
        if token in ")]}":
            depth -= 1
        tokens.append((depth, token, offset))
        if token in "([{":
            depth += 1
    starts = [i for i, (d, tok, _) in enumerate(tokens) if d == 0 and tok.upper() == "RETURN"]
    if not starts:
        return ()
    items: list[list[tuple[int, str, int]]] = [[]]
    previous = ""
    for d, token, offset in tokens[starts[-1] + 1 :]:
        if d == 0 and token.upper() in _CLAUSE_END and previous.upper() != "AS":
            break
        previous = token
        if d == 0 and token == ",":
            items.append([])
        else:
            items[-1].append((d, token, offset))
    columns: list[str] = []
    for item in items:
        if item and item[0][0] == 0 and item[0][1].upper() == "DISTINCT":
            item = item[1:]
        if not item or (len(item) == 1 and item[0][1] == "*"):
            return ()
        aliases = [i for i, (d, tok, _) in enumerate(item) if d == 0 and tok.upper() == "AS"]
        if aliases:
            columns.append(" ".join(tok for _, tok, _ in item[aliases[-1] + 1 :]).strip("`"))
        else:
            first, last = item[0][2], item[-1][2] + len(item[-1][1])
            columns.append(text[first:last])
    return tuple(columns)


def is_library_query(text: str) -> bool:
    """True for a query of the library: one that only reads, is not marked ``// @internal``
    and does not take the store's batch parameters (``$rows``, ``$ids``) of the write path."""
    return (
        write_clause(text) is None
        and not re.search(r"^//\s*@internal\b", text, re.MULTILINE)
        and not query_parameters(text) & _BATCH_PARAMS
    )


@cache
def library_names() -> tuple[str, ...]:
    """The queries of the library, by name (the store's internal queries are left out)."""
    return tuple(n for n in query_names() if is_library_query(named_query(n).text))


def query_spec(name: str) -> QuerySpec:
    """The library query ``name`` with its declared parameters.

    >>> [p.name for p in query_spec("dyad_timeline").params]
    ['a', 'b', 'from', 'to', 'types']
    """
    if name not in library_names():
        raise QueryNotFound(f"no query named {name!r}; known: {', '.join(library_names())}")
    return parse_spec(name, named_query(name).text)


def _convert(spec: QuerySpec, param: QueryParam, value: Any) -> Any:
    if value is None:
        return None
    where = f"query {spec.name}, parameter {param.name}"
    if param.kind == "date":
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError as e:
            raise ConfigError(f"{where}: not a date (YYYY-MM-DD): {value!r}") from e
    if param.kind == "list":
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, Iterable) and not isinstance(value, Mapping):
            return list(value)
        raise ConfigError(f"{where}: expected a list, got {value!r}")
    if param.kind in ("int", "float"):
        try:
            number = float(value)
        except (TypeError, ValueError) as e:
            raise ConfigError(f"{where}: expected a number, got {value!r}") from e
        if param.kind == "float":
            return number
        if not number.is_integer():
            raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        return int(number)
    if param.kind == "str":
        return str(value)
    return value


def bind_params(spec: QuerySpec, given: Mapping[str, Any]) -> dict[str, Any]:
    """Every parameter of ``spec``: the given value (converted to its kind) or the default.

    Unknown names and missing required parameters raise :class:`kg.errors.ConfigError`.

    >>> bind_params(query_spec("contact_gaps"), {"a": "USA", "b": "RUS", "types": "call,visit"})
    {'a': 'USA', 'b': 'RUS', 'min_days': 30, 'from': None, 'to': None, 'types': ['call', 'visit']}
    """
    known = {p.name for p in spec.params}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ConfigError(
            f"query {spec.name} has no parameter {', '.join(unknown)}; "
            f"its parameters: {', '.join(p.name for p in spec.params) or 'none'}"
        )
    bound: dict[str, Any] = {}
    for param in spec.params:
        if param.name in given and given[param.name] is not None:
            bound[param.name] = _convert(spec, param, given[param.name])
        elif param.required:
            raise ConfigError(f"query {spec.name} needs the parameter {param.name}")
        else:
            bound[param.name] = param.default
    return bound


def run_query(store: GraphStore, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run library query ``name`` with ``params`` (defaults filled in, values converted).

    The columns are the query's even without rows (the embedded server sends none then)."""
    spec = query_spec(name)
    result = store.read(spec.text, bind_params(spec, params or {}))
    return result if result.columns else replace(result, columns=spec.columns)


def resolve_actor(store: GraphStore, name: str) -> str:
    """``name`` as the library queries read an actor parameter: ``name`` itself when it matches
    an actor of the graph (a code, id or name, as the ``actors`` query reads it), else the code
    or id the gazetteer knows it by (an Arabic name of a state, "روسيا"; a family name,
    "Putin") when that matches one. Raises :class:`kg.errors.UnknownActor` otherwise.
    """
    from kg.actor_names import gazetteer_ids

    if run_query(store, "actors", {"actor": name, "limit": 1}).rows:
        return name
    candidates = gazetteer_ids(name)
    if (
        len(candidates) == 1
        and run_query(store, "actors", {"actor": candidates[0], "limit": 1}).rows
    ):
        return candidates[0]
    raise UnknownActor(name)


def dyad_timeline(
    store: GraphStore,
    a: str,
    b: str,
    date_from: date | None = None,
    date_to: date | None = None,
    types: Sequence[str] | None = None,
) -> QueryResult:
    """Events between ``a`` and ``b`` (codes, ids or names), either direction, in date order.

    Each actor goes through :func:`resolve_actor`: :class:`kg.errors.UnknownActor` when one
    matches no actor of the graph."""
    a, b = resolve_actor(store, a), resolve_actor(store, b)
    return run_query(
        store,
        "dyad_timeline",
        {"a": a, "b": b, "from": date_from, "to": date_to, "types": list(types) if types else None},
    )


@dataclass(frozen=True, slots=True)
class DemoRun:
    """What :func:`demo` did: the load's summary and the timeline it printed."""

    summary: RunSummary
    timeline: QueryResult
    a: str = "USA"
    b: str = "RUS"

    @property
    def ok(self) -> bool:
        """False when an article failed or was rejected, or when nothing came out of the samples
        (no article processed, no event, an empty timeline): a broken install, not a demo."""
        s = self.summary
        return s.ok and s.articles_done > 0 and s.events > 0 and len(self.timeline) > 0


def demo(store: GraphStore, a: str = "USA", b: str = "RUS") -> DemoRun:
    """Load the sample articles shipped with kg (Arabic and English) into ``store`` and return
    the load's summary with the ``a``–``b`` timeline (``kg demo``; re-running changes
    nothing in the graph)."""
    from kg.pipeline import load_into_graph
    from kg.samples import sample_paths

    summary = load_into_graph(sample_paths(), store)
    # the library query itself: an empty graph gives an empty timeline (DemoRun.ok is False)
    timeline = run_query(store, "dyad_timeline", {"a": a, "b": b})
    return DemoRun(summary, timeline, a, b)


# -- DataFrames ---------------------------------------------------------------------------------


def to_frame(result: QueryResult, query: str = "") -> pd.DataFrame:
    """Rows as a DataFrame with the query's columns (read from ``query``'s RETURN when the
    result has none: no rows on the embedded server); columns of dates become datetime64."""
    import pandas as pd

    columns = result.columns or (return_columns(query) if query else ())
    frame = pd.DataFrame(list(result.rows), columns=list(columns))
    for column in frame.columns:
        values = [v for v in frame[column] if v is not None]
        if values and all(isinstance(v, date) for v in values):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def _types(types: str | Sequence[str] | None) -> list[str] | None:
    if types is None:
        return None
    return [types] if isinstance(types, str) else list(types)


class Graph:
    """A session on the graph: each method runs a library query and returns a DataFrame.

    Build it with :func:`connect` (or ``Graph(store)`` around an open
    :class:`kg.store.GraphStore`); use it as a context manager or call :meth:`close`. Actor
    arguments are codes (``"USA"``, ``"NATO"``), actor ids or names (``"Russia"``, ``"Sergey
    Lavrov"``); a state stands for the people who acted for it. Dates are ``datetime.date``
    values or ISO strings; an event's date is its start, else the first date it was reported.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic ---------------------------------------------------------------------------

    @staticmethod
    def queries() -> pd.DataFrame:
        """The query library: name, what it answers, parameters (``name=default``)."""
        import pandas as pd

        rows = []
        for name in library_names():
            spec = query_spec(name)
            params = ", ".join(
                p.name if p.required else f"{p.name}={json.dumps(p.default)}" for p in spec.params
            )
            rows.append({"name": name, "summary": spec.summary, "params": params})
        return pd.DataFrame(rows, columns=["name", "summary", "params"])

    def query(self, name: str, **params: Any) -> pd.DataFrame:
        """Run any query of the library by name; missing parameters take their defaults.

        ``from`` is a Python keyword: pass it as ``**{"from": "2022-01-01"}``.

        Example::

            g.query("top_dyads", limit=1).loc[0, ["a", "b"]].tolist()
        """
        return to_frame(run_query(self.store, name, params), query_spec(name).text)

    def cypher(self, query: str, **params: Any) -> pd.DataFrame:
        """Run ad-hoc read-only Cypher (write clauses are refused; the transaction is rolled
        back).

        Example::

            g.cypher("MATCH (e:Event {type: $t}) RETURN count(e) AS n", t="call")
        """
        return to_frame(self.store.read_only(query, params), query)

    # -- timelines ---------------------------------------------------------------------------

    def timeline(
        self,
        a: str,
        b: str,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Events between ``a`` and ``b``, either direction, in date order (``dyad_timeline``).

        Example::

            g.timeline("USA", "RUS", start="2022-01-01", types=["meeting"])

        Raises :class:`kg.errors.UnknownActor` when ``a`` or ``b`` matches no actor (see
        :func:`resolve_actor`: Arabic state names and family names are understood).
        """
        a, b = resolve_actor(self.store, a), resolve_actor(self.store, b)
        return self.query(
            "dyad_timeline", a=a, b=b, **{"from": start, "to": end}, types=_types(types)
        )

    def actor_timeline(
        self,
        actor: str,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
        role: Literal["source", "target"] | None = None,
    ) -> pd.DataFrame:
        """Every event of ``actor`` (as source, target or both: the ``role`` column).

        Example::

            g.actor_timeline("Sergey Lavrov", role="source")
        """
        return self.query(
            "actor_timeline",
            actor=actor,
            **{"from": start, "to": end},
            types=_types(types),
            role=role,
        )

    def events(
        self,
        type: str | None = None,
        start: DateLike = None,
        end: DateLike = None,
        actor: str | None = None,
        role: Literal["source", "target"] | None = None,
        place: str | None = None,
    ) -> pd.DataFrame:
        """Events of a type in a period, optionally touching an actor (on one side) or place.

        Example::

            g.events("threat", "2021-01-01", "2021-12-31", actor="UKR", role="target")
            g.events("visit", actor="RUS", role="target")  # every visit to Moscow
        """
        return self.query(
            "events_of_type",
            type=type,
            **{"from": start, "to": end},
            actor=actor,
            role=role,
            place=place,
        )

    def around(
        self, actor: str, date: date | str, days: int = 7, types: str | Sequence[str] | None = None
    ) -> pd.DataFrame:
        """Events touching ``actor`` within ``days`` days of ``date`` (``offset``: signed days).

        Example::

            g.around("RUS", "2022-01-10", days=3)
        """
        return self.query("around_date", actor=actor, date=date, days=days, types=_types(types))

    # -- dyads -----------------------------------------------------------------------------------

    def first_last_contact(
        self,
        a: str,
        b: str,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """First and last event between ``a`` and ``b``: one row, or none if they never met.

        Example::

            g.first_last_contact("SAU", "RUS").loc[0, "first_type"]
        """
        return self.query(
            "first_last_contact", a=a, b=b, **{"from": start, "to": end}, types=_types(types)
        )

    def gaps(
        self,
        a: str,
        b: str,
        min_days: int = 30,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Gaps longer than ``min_days`` days between consecutive events of the dyad.

        Example::

            g.gaps("USA", "RUS", min_days=10)
        """
        return self.query(
            "contact_gaps",
            a=a,
            b=b,
            min_days=min_days,
            **{"from": start, "to": end},
            types=_types(types),
        )

    def escalation(
        self,
        a: str,
        b: str,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Per month: events, Goldstein sum and mean, counts by quad class (quad1..quad4).

        Example::

            g.escalation("USA", "RUS").plot(x="month", y="goldstein_sum")
        """
        return self.query("escalation", a=a, b=b, **{"from": start, "to": end}, types=_types(types))

    def top_dyads(
        self,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
        limit: int = 10,
        level: Literal["state", "actor"] = "state",
    ) -> pd.DataFrame:
        """The ``limit`` most active dyads of a period (unordered pairs ``a < b``).

        Example::

            g.top_dyads("2022-01-01", "2022-12-31", limit=5)
        """
        return self.query(
            "top_dyads",
            **{"from": start, "to": end},
            types=_types(types),
            limit=limit,
            level=level,
        )

    def common_counterparts(
        self,
        a: str,
        b: str,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Counterparts (state or organisation codes) both ``a`` and ``b`` have events with.

        Example::

            g.common_counterparts("USA", "SAU")
        """
        return self.query(
            "common_counterparts", a=a, b=b, **{"from": start, "to": end}, types=_types(types)
        )

    def shortest_path(self, a: str, b: str, max_hops: int = 8) -> pd.DataFrame:
        """The shortest chain of events (and roles) linking two actors: one row, or none.

        Example::

            g.shortest_path("Adel al-Jubeir", "Joe Biden").loc[0, "path"]
        """
        return self.query("shortest_path", a=a, b=b, max_hops=max_hops)

    # -- events and actors ------------------------------------------------------------------------

    def evidence(self, event_id: str) -> pd.DataFrame:
        """The sentences and articles reporting one event (``event_id`` from any timeline).

        Example::

            g.evidence(g.timeline("USA", "RUS").event_id[0])
        """
        return self.query("event_evidence", event_id=event_id)

    def profile(self, actor: str, start: DateLike = None, end: DateLike = None) -> pd.DataFrame:
        """An actor's profile, one row per fact; the ``aspect`` column says which: ``actor``
        (totals), ``role`` (roles over time), ``counterpart``, ``type`` (the event mix).

        Example::

            p = g.profile("RUS"); p[p.aspect == "counterpart"]
        """
        return self.query("actor_profile", actor=actor, **{"from": start, "to": end})

    def actors(self, actor: str | None = None, limit: int = 100) -> pd.DataFrame:
        """The actors a code, id or name stands for (every actor without one).

        Example::

            g.actors("Russia")
        """
        return self.query("actors", actor=actor, limit=limit)

    def contacts(
        self,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
        level: Literal["actor", "state"] = "actor",
    ) -> pd.DataFrame:
        """Who met/called/visited whom: rows source, target, type, count, first, last.

        Example::

            g.contacts(types=["meeting", "call", "visit"])
        """
        return self.query("network", **{"from": start, "to": end}, types=_types(types), level=level)

    def network(
        self,
        start: DateLike = None,
        end: DateLike = None,
        types: str | Sequence[str] | None = None,
        level: Literal["actor", "state"] = "actor",
    ) -> nx.MultiDiGraph:
        """The event network as a networkx MultiDiGraph: nodes are actors (attributes name,
        kind, country, code), one edge per event and (source, target) pair, keyed by event id,
        with attributes event_id, type, date, cameo, goldstein, quad, modality, symmetric.

        Example::

            G = g.network(types=["meeting", "call"]); nx.degree_centrality(G)
        """
        result = run_query(
            self.store,
            "network_edges",
            {"from": start, "to": end, "types": _types(types), "level": level},
        )
        return edges_to_graph(result.rows)


def edges_to_graph(rows: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """Rows of the ``network_edges`` query as a MultiDiGraph (one edge per event and pair)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for row in rows:
        for side in ("source", "target"):
            node = row[f"{side}_id"]
            if node not in graph:
                graph.add_node(
                    node,
                    name=row[f"{side}_name"],
                    kind=row[f"{side}_kind"],
                    country=row[f"{side}_country"],
                    code=row[f"{side}_code"],
                )
        graph.add_edge(
            row["source_id"],
            row["target_id"],
            key=row["event_id"],
            event_id=row["event_id"],
            type=row["type"],
            date=row["date"],
            cameo=row["cameo"],
            goldstein=row["goldstein"],
            quad=row["quad"],
            modality=row["modality"],
            symmetric=row["symmetric"],
        )
    return graph


def connect(
    uri: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    data_dir: str | Path | None = None,
) -> Graph:
    """Open the graph: the embedded database (of ``data_dir``, else ``$KG_DATA_DIR``, else
    your user data folder; started on demand) or, with ``uri``, your Neo4j 5. Unset
    arguments fall back to ``KG_NEO4J_URI/USER/PASSWORD/DATABASE``.

    Example::

        with kg.connect() as g:
                g.timeline("USA", "RUS")
    """
    settings = StoreSettings.from_env(
        uri=uri,
        user=user,
        password=password,
        database=database,
        data_dir=Path(data_dir).expanduser() if data_dir is not None else None,
    )
    return Graph(open_store(settings))


# -- plotting -------------------------------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def plot_label(text: str | None) -> str:
    """Text as matplotlib should draw it: matplotlib neither joins Arabic letters nor lays
    them out right to left, so Arabic text is reshaped (arabic-reshaper) and put in visual
    order (python-bidi) when those packages are installed; other text is returned as is.

    >>> plot_label("Sergey Lavrov")
    'Sergey Lavrov'
    >>> plot_label(None)
    ''
    """
    if not text:
        return ""
    if not _ARABIC.search(text):
        return text
    try:
        import arabic_reshaper  # type: ignore[import-not-found,import-untyped,unused-ignore]
        from bidi.algorithm import get_display  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return text
    return str(get_display(arabic_reshaper.reshape(text)))
