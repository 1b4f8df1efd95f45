"""Every chapter notebook on the site runs top to bottom in a fresh kernel and
prints what its recorded outputs say, judged by the rule every run is."""

import nbformat
import pytest
from nbclient import NotebookClient

from verifier.check import judge
from verifier.notebooks import chapters, split_recording
from verifier.runner import TERMINAL_STYLE, RunResult, verify_env
from verifier.snippets import REPO, parse_snippet

CHAPTERS = [p.stem for p in chapters(REPO / "docs")]


def as_run(cell, snippet) -> RunResult:
    """A notebook cell's outputs as a snippet run. A cell's error output has
    no line number; it is the declared error if its type and message match
    the recording's last line."""
    stdout = "".join(
        o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout"
    )
    stderr = "".join(
        o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"
    )
    errors = [o for o in cell.outputs if o.output_type == "error"]
    exception = None
    if errors:
        error = errors[0]
        _, recorded = split_recording(snippet.output_path("cpu").read_text(encoding="utf-8"))
        message = f"{error.ename}: {TERMINAL_STYLE.sub('', error.evalue)}"
        same = recorded is not None and recorded.rstrip("\n").endswith(message.rstrip("\n"))
        exception = {
            "type": error.ename,
            "line": snippet.raises_line if same else None,
            "text": recorded if same else message + "\n",
        }
    return RunResult(stdout=stdout, stderr=stderr, exception=exception)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_notebook_reproduces_its_outputs(
    site, chapter, tmp_path, monkeypatch, machine_facts
):
    for key, value in verify_env().items():
        monkeypatch.setenv(key, value)  # the kernel inherits the verify setup
    notebook = nbformat.read(site / "notebooks" / f"{chapter}.ipynb", as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code[0].metadata.get("setup"), "a chapter notebook starts with its setup cell"
    assert any("snippet" in c.metadata for c in code), "a chapter notebook without snippets"
    fresh = nbformat.from_dict(notebook)
    NotebookClient(
        fresh,
        timeout=300,
        skip_cells_with_tag="skip-execution",  # CUDA-only cells, on a CPU machine
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    for cell in fresh.cells:
        if "snippet" not in cell.metadata or "skip-execution" in cell.metadata.get("tags", []):
            continue
        snippet = parse_snippet(REPO / "snippets" / cell.metadata["snippet"])
        verdict = judge(snippet, "cpu", as_run(cell, snippet), machine_facts)
        assert verdict.ok, f"{snippet.name}: the notebook cell\n{verdict.message}"


def test_two_builds_write_the_same_notebooks(tmp_path):
    """Chapter notebooks are byte-identical from one build to the next (no
    random cell ids), so a rebuild of one commit changes no file."""
    from verifier.notebooks import write_all

    first = write_all(REPO / "docs", tmp_path / "a")
    second = write_all(REPO / "docs", tmp_path / "b")
    assert len(first) == len(CHAPTERS)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two builds"
