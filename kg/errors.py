"""The one error root of kg and its specific subclasses.

Every error a user can meet is a ``KGError``: the CLI prints it without a traceback, a batch
reports it for the one article it concerns and goes on. Subclasses carry the context needed to
find the cause (file, position, article id).
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class ConfigError(KGError):
    """A setting (CLI option, environment variable, config file) is missing or invalid."""


class ResourceError(KGError):
    """A language resource or schema file shipped with kg is missing or malformed."""

    def __init__(self, resource: str, reason: str) -> None:
        super().__init__(f"{resource}: {reason}")
        self.resource = resource
        self.reason = reason


class InputError(KGError):
    """An input record could not be read; carries where it came from."""

    def __init__(self, reason: str, *, source: str = "", position: str = "") -> None:
        where = ":".join(p for p in (source, position) if p)
        super().__init__(f"{where}: {reason}" if where else reason)
        self.reason = reason
        self.source = source
        self.position = position


class ExtractionError(KGError):
    """Extraction failed for one article (the batch goes on without it)."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"article {article_id}: {reason}")
        self.article_id = article_id
        self.reason = reason


class StoreError(KGError):
    """The graph database refused an operation or could not be reached."""


class EmbeddedServerError(StoreError):
    """The embedded ArcadeDB server could not be started, stopped or found."""


class ReadOnlyViolation(StoreError):
    """A query given to a read-only entry point (``kg cypher``) would write."""


class UnknownActor(KGError):
    """An actor parameter (a code, id or name) matches no actor of the graph."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"no actor matches {name!r}; try a code such as USA or a full name "
            "(kg query actors lists the actors of the graph)"
        )
        self.name = name


class QueryNotFound(StoreError):
    """No named query with that name exists in the query library."""


class EvaluationError(KGError):
    """Gold or prediction files for ``kg evaluate`` are malformed."""


class BulkLoadError(StoreError):
    """A bulk load (``kg load --bulk``) cannot run here or failed."""


class GraphNotEmpty(BulkLoadError):
    """A bulk load was asked to write into a database that already holds a graph."""
