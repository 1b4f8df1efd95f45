"""Every chapter notebook on the site runs top to bottom in a fresh kernel and
prints what its recorded outputs say."""

import nbformat
import pytest
from nbclient import NotebookClient

from verifier.check import same_output
from verifier.notebooks import chapters, split_recording
from verifier.runner import VERIFY_ENV
from verifier.snippets import REPO, parse_snippet

CHAPTERS = [p.stem for p in chapters(REPO / "docs")]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_notebook_reproduces_its_outputs(site, chapter, tmp_path, monkeypatch):
    for key, value in VERIFY_ENV.items():
        monkeypatch.setenv(key, value)  # the kernel inherits the verify setup
    notebook = nbformat.read(site / "notebooks" / f"{chapter}.ipynb", as_version=4)
    recorded = {c.metadata["snippet"]: c for c in notebook.cells if c.cell_type == "code"}
    assert recorded, "a chapter notebook without code cells"
    fresh = nbformat.from_dict(notebook)
    NotebookClient(
        fresh,
        timeout=300,
        skip_cells_with_tag="skip-execution",  # CUDA-only cells, on a CPU machine
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    for cell in fresh.cells:
        if cell.cell_type != "code" or "skip-execution" in cell.metadata.get("tags", []):
            continue
        name = cell.metadata["snippet"]
        stdout = "".join(o.text for o in cell.outputs if o.output_type == "stream")
        errors = [o.ename for o in cell.outputs if o.output_type == "error"]
        snippet = parse_snippet(REPO / "snippets" / name)
        want_stdout, want_error = split_recording(snippet.output_path("cpu").read_text())
        assert same_output(snippet, want_stdout, stdout), f"{name}: the cell printed something else"
        assert bool(errors) == bool(want_error), f"{name}: error expected {bool(want_error)}"
