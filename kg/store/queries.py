"""Named Cypher: every query kg runs lives in ``kg/store/cypher/NAME.cypher``.

The first comment lines of each file say what it answers; parameters are always passed as
parameters, never formatted into the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kg.errors import QueryNotFound


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    description: str


@cache
def query_names() -> tuple[str, ...]:
    """Every query of the library, by name."""
    folder = files("kg.store").joinpath("cypher")
    return tuple(
        sorted(
            p.name.removesuffix(".cypher") for p in folder.iterdir() if p.name.endswith(".cypher")
        )
    )


@cache
def named_query(name: str) -> NamedQuery:
    """The query ``NAME`` with the description from its leading ``//`` comment lines."""
    if name not in query_names():
        raise QueryNotFound(f"no query named {name!r}; known: {', '.join(query_names())}")
    text = files("kg.store").joinpath("cypher", f"{name}.cypher").read_text(encoding="utf-8")
    description_lines = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        description_lines.append(line.removeprefix("//").strip())
    return NamedQuery(name, text, " ".join(description_lines))


def cypher(name: str) -> str:
    """The text of query ``NAME``.

    >>> "MERGE (a:Article" in cypher("write_articles")
    True
    """
    return named_query(name).text
