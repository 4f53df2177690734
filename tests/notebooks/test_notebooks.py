"""The notebooks run end to end (nbclient) against the session's embedded database, on the
sample corpus: no cell fails, the plots are drawn, and the files are committed without
outputs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kg.api import library_names
from kg.cookbook import sync_cookbook
from kg.store import StoreSettings, open_store

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
# notebook -> how many plots it draws
PLOTS = {"01_dyad_timeline.ipynb": 2, "02_actor_network.ipynb": 2, "03_cypher_cookbook.ipynb": 0}


@pytest.fixture(scope="module")
def empty_graph(settings: StoreSettings) -> None:
    """The notebooks start from an empty graph: 01 loads the samples, 02 and 03 load them
    only when the graph is empty (so each also runs on its own)."""
    with open_store(settings) as store:
        store.run_write("MATCH (n) DETACH DELETE n")


@pytest.fixture()
def kernel_env(db_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The kernel inherits this environment: the notebooks read KG_DATA_DIR."""
    monkeypatch.setenv("KG_DATA_DIR", str(db_dir))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.delenv("KG_NEO4J_URI", raising=False)
    yield


def test_notebooks_are_all_tested() -> None:
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(PLOTS)


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_notebooks_are_stripped_of_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, name


def test_notebooks_cookbook_has_every_library_query() -> None:
    nb = nbformat.read(NOTEBOOKS / "03_cypher_cookbook.ipynb", as_version=4)
    headings = {c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"}
    assert {f"## `{name}`" for name in library_names()} <= headings


def test_notebooks_cookbook_cells_are_the_library_queries_of_today() -> None:
    # a stale copy would teach a query that answers differently from `kg query`;
    # `python -m kg.cookbook` brings the notebook in step
    nb = nbformat.read(NOTEBOOKS / "03_cypher_cookbook.ipynb", as_version=4)
    assert [c["source"] for c in sync_cookbook(nb.cells)] == [c["source"] for c in nb.cells]


def test_notebooks_cookbook_sync_rewrites_a_stale_query() -> None:
    nb = nbformat.read(NOTEBOOKS / "03_cypher_cookbook.ipynb", as_version=4)
    (i, cell) = next((i, c) for i, c in enumerate(nb.cells) if 'counts = """' in c.source)
    nb.cells[i] = {**cell, "source": cell.source.replace("count(*)", "42")}
    assert sync_cookbook(nb.cells)[i]["source"] == cell.source


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_notebooks_run_end_to_end(
    name: str, empty_graph: None, kernel_env: None, tmp_path: Path
) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError (with the traceback) when a cell fails
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) == PLOTS[name], name
    frames = [out for out in outputs if "text/html" in out.get("data", {})]
    assert frames, f"{name} shows no DataFrame"
