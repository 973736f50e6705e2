"""The notebooks in notebooks/ run from top to bottom without a cell error (nbclient), and
are stored with their outputs cleared.

The kernel is the interpreter running the tests (its ipykernel comes with the ``test``
extra): a kernel spec named ``python3`` pointing at ``sys.executable`` is put first on
``JUPYTER_PATH``, so a ``python3`` kernel of another Python on the machine (say in
``~/.local/share/jupyter``) is never picked up.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_both_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == ["01-explore.ipynb", "02-analysis.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (path.name, cell.source[:60])


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """A ``python3`` kernel spec for this interpreter, first on JUPYTER_PATH."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (kg tests)",
        "language": "python",
    }), encoding="utf-8")
    saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "MPLBACKEND", "PYDEVD_DISABLE_FILE_VALIDATION")}
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(root), saved["JUPYTER_PATH"]]))
    os.environ.pop("MPLBACKEND", None)  # the notebooks choose the (Agg-based) inline backend
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    yield "python3"
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def execute(path: Path, kernel_name: str):
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=kernel_name, timeout=120,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError on the first cell that fails
    return nb


def outputs(nb, mime: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            if mime in out.get("data", {}):
                found.append(out["data"][mime])
    return found


@pytest.mark.slow
def test_01_explore_runs(kernel):
    nb = execute(ROOT / "notebooks" / "01-explore.ipynb", kernel)
    pages = [h for h in outputs(nb, "text/html") if "<iframe srcdoc=" in h]
    assert len(pages) == 2
    assert any("Đỗ Văn Thiện" in h for h in outputs(nb, "text/html"))  # the DataFrames
    assert outputs(nb, "image/png")  # the org chart drawing


@pytest.mark.slow
def test_02_analysis_runs(kernel):
    nb = execute(ROOT / "notebooks" / "02-analysis.ipynb", kernel)
    assert len(outputs(nb, "image/png")) >= 4
    tables = "\n".join(outputs(nb, "text/html"))
    assert "betweenness" in tables and "shared events" in tables and "units reached" in tables
