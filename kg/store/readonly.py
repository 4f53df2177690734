"""Telling whether user Cypher would write, before it runs.

The embedded server executes writes even in a read session and its EXPLAIN classifies every
query as a write, so ``kg cypher`` first scans the query text for write clauses (outside string
literals, comments and backticked names), then runs it in a transaction that is rolled back.
"""

from __future__ import annotations

import re

from kg.errors import ReadOnlyViolation

_LITERALS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/""", re.DOTALL
)
_WRITE_CLAUSES = re.compile(
    r"(?<![.\w$])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH|"
    r"IN\s+TRANSACTIONS|ALTER|GRANT|DENY|REVOKE|START\s+DATABASE|STOP\s+DATABASE)(?![\w$])",
    re.IGNORECASE,
)
_WRITING_PROCEDURES = re.compile(
    r"\bCALL\s+(db\.(?:create|drop|clear|index\.fulltext\.(?:create|drop))|apoc\.|gds\.)",
    re.IGNORECASE,
)


def write_clause(query: str) -> str | None:
    """The first write clause of ``query`` (upper-cased), or None for a read-only query.

    >>> write_clause("MATCH (n:Actor {name: 'SET'}) RETURN n.offset // CREATE nothing")
    >>> write_clause("match (n) detach delete n")
    'DETACH'
    >>> write_clause("CALL apoc.create.node(['X'], {})")
    'CALL apoc.'
    """
    code = _LITERALS.sub(" ", query)
    found = _WRITE_CLAUSES.search(code)
    if found:
        return " ".join(found.group(1).upper().split())
    procedure = _WRITING_PROCEDURES.search(code)
    return f"CALL {procedure.group(1)}" if procedure else None


def refuse_writes(query: str) -> None:
    """Raise :class:`ReadOnlyViolation` when ``query`` contains a write clause."""
    clause = write_clause(query)
    if clause:
        raise ReadOnlyViolation(
            f"kg cypher runs read-only queries; this one contains {clause}. "
            "Use the Python API (kg.connect) or Neo4j Browser for changes."
        )
