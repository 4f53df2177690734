"""Keep the Cypher cookbook notebook in step with the query library.

``notebooks/03_cypher_cookbook.ipynb`` shows every library query as an editable Cypher cell: a
markdown cell (what it answers, its parameters) and a code cell (``params = {...}``, the query
text, ``g.cypher(...)``). The query text must be the library's, or the notebook teaches an old
query that answers differently from ``kg query``. :func:`sync_cookbook` rewrites the text and
the description of every query cell from ``kg/store/cypher/`` and keeps each cell's example
parameters; a test checks that the committed notebook is in step.

``python -m kg.cookbook [NOTEBOOK]``, run from a checkout (the notebook is not installed with the
package), rewrites the notebook in place.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from kg.api import QuerySpec, library_names, query_spec

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "03_cypher_cookbook.ipynb"


def describe(spec: QuerySpec) -> str:
    """The markdown cell of a query: heading, what it answers, parameters."""
    parts = [f"## `{spec.name}`", "", spec.summary]
    if spec.params:
        parts += ["", "Parameters:"]
        for p in spec.params:
            shown = json.dumps(p.default) if isinstance(p.default, str) else repr(p.default)
            default = "required" if p.required else f"default `{shown}`"
            parts.append(f"- `{p.name}` ({p.kind}, {default}): {p.description}")
    return "\n".join(parts)


def _query_cell(name: str) -> re.Pattern[str]:
    return re.compile(rf'^({re.escape(name)} = """\n)(.*?)(\n""")', re.S | re.M)


def sync_cookbook(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cells with every library query's text and description taken from the library.

    Raises ``ValueError`` naming a library query that has no cell (add one by hand: its
    example parameters are a choice, not something to generate)."""
    out = [dict(c) for c in cells]
    for name in library_names():
        spec = query_spec(name)
        heading = f"## `{name}`"
        md = next(
            (i for i, c in enumerate(out) if c["cell_type"] == "markdown"
             and _source(c).splitlines()[:1] == [heading]),
            None,
        )  # fmt: skip
        code = next(
            (i for i, c in enumerate(out) if c["cell_type"] == "code"
             and _query_cell(name).search(_source(c))),
            None,
        )  # fmt: skip
        if md is None or code is None:
            raise ValueError(f"the cookbook has no cell for the library query {name!r}")
        out[md] = {**out[md], "source": describe(spec)}
        found = _query_cell(name).search(_source(out[code]))
        assert found is not None  # the cell was chosen by this pattern
        source = _source(out[code])
        new = source[: found.start(2)] + spec.body + source[found.end(2) :]
        out[code] = {**out[code], "source": new}
    return out


def _source(cell: dict[str, Any]) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def main(path: Path = NOTEBOOK) -> None:
    import nbformat  # a dev dependency (notebooks): imported only by this maintenance command

    nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    nb.cells = [nbformat.from_dict(c) for c in sync_cookbook(nb.cells)]  # type: ignore[no-untyped-call]
    nbformat.write(nb, path)  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else NOTEBOOK)
