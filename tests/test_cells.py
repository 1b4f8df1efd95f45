"""A lab is one snippet whose sections are notebook cells: its recording marks
what each cell printed, a page shows each cell with only its own output, and
errors name the file's own lines.

The snippets and pages here are written into a temporary tree, never into
snippets/ or docs/.
"""

import pytest

from tests.harness_fixtures import (
    build_demo_page,
    make,
)
from verifier.snippets import SnippetError

CELLS_SNIPPET = """
# snippet: cells

# --8<-- [start:make]
x = [1, 2, 3]
print("made", x)
# --8<-- [end:make]

# --8<-- [start:quiet]
total = sum(x)
# --8<-- [end:quiet]

# --8<-- [start:show]
print("total", total)
# --8<-- [end:show]
"""


def test_a_cells_snippet_records_each_cell_output_and_shows_it_under_its_cell(runner, tmp_path):
    """A lab is one snippet whose sections are notebook cells: the run marks
    each cell's output with the cell's section lines, and each marker on the
    page shows that cell's code and only its output (none when it printed
    nothing)."""
    s = make(tmp_path, CELLS_SNIPPET)
    result = runner.run(s)
    assert result.shown_output == (
        "# --8<-- [start:make]\nmade [1, 2, 3]\n# --8<-- [end:make]\n"
        "# --8<-- [start:quiet]\n# --8<-- [end:quiet]\n"
        "# --8<-- [start:show]\ntotal 6\n# --8<-- [end:show]\n"
    )
    s.output_path("cpu").write_text(result.shown_output)
    page = "".join(f"<!-- snippet: demo/example.py:{c} -->\n\n" for c in ("make", "quiet", "show"))
    build, site = build_demo_page(tmp_path, "# Demo\n\n" + page)
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    assert html.count("snippet-output") == 2  # the quiet cell shows no output
    make_cell = html.split("cell make")[1].split("cell quiet")[0]
    assert "made [1, 2, 3]" in make_cell and "total 6" not in make_cell
    assert "8&lt;" not in html and "--8<--" not in html


def test_a_cells_snippet_reports_errors_at_the_files_own_lines(runner, tmp_path):
    s = make(tmp_path, CELLS_SNIPPET.replace("total = sum(x)", "total = sum(x) / 0"))
    result = runner.run(s)
    assert result.exception["type"] == "ZeroDivisionError"
    assert result.exception["line"] == 9  # the file's line, marker lines included
    assert "made [1, 2, 3]" in result.stdout and "total" not in result.stdout


def test_a_cells_section_line_inside_a_block_is_refused(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:4: in a 'cells' snippet"):
        make(tmp_path, "# snippet: cells\n\nif True:\n    # --8<-- [start:x]\n    pass\n")
