"""What a page becomes: each marker expands to its snippet's code and recorded
output (titled with the machine that made a machine-dependent one), every
snippet is shown and every marker is real, and the strict build fails on a
marker it cannot expand. Also what a chapter's notebook keeps of the page.

The snippets and pages here are written into a temporary tree, never into
snippets/ or docs/.
"""

import json
from textwrap import dedent

import pytest

from tests.harness_fixtures import (
    CPU_FACTS,
    GPU_FACTS,
    LEAF_INPLACE,
    build_demo_page,
    make,
)
from verifier.check import run_problems
from verifier.pages import coverage_problems, python_block_problems
from verifier.recording import record
from verifier.snippets import SnippetError


def test_marker_expands_to_code_then_output(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "print(1)\n", out="1\n")
    assert expand("demo/example.py", "page.md:1", tmp_path / "snippets") == [
        '```{.python title="snippets/demo/example.py"}',
        '--8<-- "demo/example.py"',
        "```",
        "",
        '```{.text .snippet-output title="Output"}',
        '--8<-- "demo/example.out"',
        "```",
    ]


def test_directives_are_a_label_and_the_code_below_them_is_what_readers_run(runner, tmp_path):
    """The page shows no `# snippet:` line: its title says it in words, the
    copied code starts below it, and an error's traceback counts lines as the
    copied code does."""
    from verifier.markdown_markers import expand

    source = "# snippet: timeout=90\n" + LEAF_INPLACE.format(name="RuntimeError")
    s = make(tmp_path, source)
    assert s.code_start == 3 and s.labels == ["may run up to 90 s"]
    assert s.reader_code == LEAF_INPLACE.format(name="RuntimeError").lstrip()
    result = runner.run(s)
    assert run_problems(s, result) == []  # the marker's line is still the file's
    assert '  File "example.py", line 4, in <module>\n' in result.shown_output
    s.output_path("cpu").write_text(result.shown_output)
    code = expand("demo/example.py", "page.md:1", tmp_path / "snippets")[:2]
    assert code == [
        '```{.python title="snippets/demo/example.py · may run up to 90 s"}',
        '--8<-- "demo/example.py:3:"',
    ]
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    assert "snippet:" not in html and "timeout=90" not in html
    assert "may run up to 90 s" in html

    with pytest.raises(SnippetError, match="example.py:2: a '# snippet:' directive goes"):
        make(tmp_path, "print(1)\n# snippet: measured\n")


def test_a_snippets_first_block_on_a_page_carries_its_anchor(tmp_path):
    """Links to a snippet (the drift page's) land on its code: one anchor,
    above the first block that shows it, whole or in part."""
    from verifier.markdown_markers import expand_page

    make(tmp_path, "# --8<-- [start:a]\nprint(1)\n# --8<-- [end:a]\n", out="1\n")
    page = ["<!-- snippet: demo/example.py:a -->", "", "<!-- snippet: demo/example.py -->"]
    lines = expand_page(page, tmp_path / "snippets", "docs/demo.md")
    anchor = '<span id="snippet-demo-example"></span>'
    assert lines.count(anchor) == 1
    assert lines.index(anchor) < lines.index('--8<-- "demo/example.py:a"')


def test_gpu_output_that_differs_becomes_tabs(tmp_path):
    from verifier.markdown_markers import expand

    s = make(tmp_path, "print(1)\n", out="1\n")
    record(s, "cuda", "1 on cuda\n", GPU_FACTS)
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '=== "CPU"' in lines and '=== "GPU (CUDA)"' in lines
    assert '    --8<-- "demo/example.cuda.out"' in lines
    day = json.loads(s.facts_path("cuda").read_text())["recorded"]
    title = f'title="Output on NVIDIA H200, torch 2.11.0+cu130, {day}"}}'
    assert f"    ```{{.text .snippet-output {title}" in lines
    assert '```{.text .snippet-output title="Output"}' in [x.strip() for x in lines]


def test_a_gpu_recording_without_its_facts_is_refused(tmp_path):
    from verifier.markdown_markers import MarkerError, expand

    s = make(tmp_path, "print(1)\n", out="1\n")
    s.output_path("cuda").write_text("1 on cuda\n")  # by hand: no facts file
    with pytest.raises(MarkerError, match=r"needs its machine's facts in snippets/demo/example"):
        expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text("<!-- snippet: demo/example.py -->\n")
    assert any(
        "example.cuda.out: recorded without its machine's facts" in p
        for p in coverage_problems(tmp_path / "docs", tmp_path / "snippets")
    )


def test_a_varying_output_says_so_with_its_machine_and_tolerance(tmp_path):
    from verifier.markdown_markers import expand

    s = make(tmp_path, "# snippet: varies atol=0.02 -- long training\nprint(0.5)\n")
    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, kernel_env={})
    record(s, "cpu", "0.5\n", facts)  # update writes the facts beside it
    assert json.loads(s.facts_path("cpu").read_text())["cpu_capability"] == "AVX2"
    text = "\n".join(expand("demo/example.py", "page.md:1", tmp_path / "snippets"))
    assert (
        f'title="Output on AMD EPYC (AVX2 kernels, 1 thread), torch {CPU_FACTS["torch"]}: '
        'the last digits vary with CPU and thread count"' in text
    )
    assert "Long training: on another" in text
    assert "0.02 + 0 × its value" in text


def test_cuda_only_snippet_without_recording_says_so(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "# snippet: requires=cuda\nprint(1)\n")
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '!!! warning "Output not recorded yet"' in lines
    assert not any(".out" in line for line in lines)


def test_error_output_is_marked(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "1 / 0  # raises ZeroDivisionError\n", out="...")
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '```{.text .snippet-output .snippet-error title="Output"}' in lines


def test_named_section_shows_only_that_part(tmp_path):
    source = """
    import torch

    # --8<-- [start:core]
    x = torch.arange(3)
    # --8<-- [end:core]
    print("x =", x)
    """
    make(tmp_path, source, out="x = tensor([0, 1, 2])\n")
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py:core -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    code = html.split("example.py (excerpt)")[1].split("Output")[0]
    assert "arange" in code and "import" not in code and "start:core" not in code
    assert "x = tensor([0, 1, 2])" in html


def test_mermaid_option_renders_the_recorded_output_as_a_diagram(tmp_path):
    source = 'print("flowchart BT")\nprint(\'  n1["AddBackward0"] --> n0["MulBackward0"]\')\n'
    make(tmp_path, source, out='flowchart BT\n  n1["AddBackward0"] --> n0["MulBackward0"]\n')
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py mermaid -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    # Not a line chart: no chart style, which would replace Material's CSS.
    assert '<pre class="mermaid"><code>flowchart BT\n' in html
    assert "snippet-output" in html  # the raw output stays on the page


def test_unknown_marker_option_fails_the_build(tmp_path):
    make(tmp_path, "print(1)\n", out="1\n")
    build, _ = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py svg -->\n")
    assert build.returncode != 0
    assert "unknown snippet option(s) ['svg']" in build.stderr


@pytest.mark.parametrize(
    ("marker", "error"),
    [
        ("demo/no_such_file.py", "docs/demo.md:3: no snippet snippets/demo/no_such"),
        ("demo/example.py:no_such_section", "Snippet section 'no_such_section'"),
        ("demo/example.py:3:5", "never by line numbers"),
    ],
)
def test_missing_include_fails_the_strict_build(tmp_path, marker, error):
    make(tmp_path, "print(1)\n", out="1\n")
    build, _ = build_demo_page(tmp_path, f"# Demo\n\n<!-- snippet: {marker} -->\n")
    assert build.returncode != 0
    assert error in build.stderr + build.stdout


def test_orphan_snippet_and_dangling_include_are_reported(tmp_path):
    make(tmp_path, "print(1)\n", name="demo/shown.py", out="1\n")
    make(tmp_path, "print(2)\n", name="demo/forgotten.py", out="2\n")
    (tmp_path / "snippets/demo/gone.out").write_text("stale\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "demo.md").write_text(
        "# Demo\n\n<!-- snippet: demo/shown.py -->\n\n<!-- snippet: demo/typo.py -->\n"
    )
    problems = "\n".join(coverage_problems(docs, tmp_path / "snippets"))
    assert "snippets/demo/forgotten.py:1: no page shows it (orphan snippet)" in problems
    assert "demo.md:5: <!-- snippet: demo/typo.py --> names no file" in problems
    assert "gone.out: belongs to no snippet" in problems
    assert "shown.py" not in problems


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        ("", "docs/demo.md:1: a chapter page carries one line <!-- provenance: demo -->"),
        ("<!-- provenance: other -->\n", ", not other"),
        ("<!-- provenance: demo -->\n" * 2, "; found 2"),
        ("<!-- provenance: demo -->\n", None),
    ],
)
def test_a_chapter_page_must_carry_its_own_provenance_box(tmp_path, boxes, expected):
    make(tmp_path, "print(1)\n", name="demo/shown.py", out="1\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text(f"# Demo\n\n{boxes}\n<!-- snippet: demo/shown.py -->\n")
    problems = "\n".join(coverage_problems(tmp_path / "docs", tmp_path / "snippets"))
    if expected is None:
        assert problems == ""
    else:
        assert expected in problems


def test_every_python_block_typed_into_a_page_is_refused(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        dedent(
            """
            ```python
            print("its output would never be compared")
            ```

            ```python title="x.py"
            print(1)
            ```

            ```{.py}
            print(2)
            ```

            ```text
            print("just text")
            ```

            ```shell
            python3 guide.py build
            ```
            """
        )
    )
    problems = python_block_problems(page)
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "6", "10"]
    assert all("snippets/<chapter>/<topic>.py" in p and "guide.py update" in p for p in problems)


def test_a_chapter_notebook_drops_heading_anchors(tmp_path):
    # `## Title {#anchor}` keeps a link target on the site; in a notebook the
    # braces would be text.
    from verifier.notebooks import chapter_notebook

    (tmp_path / "snippets").mkdir()
    page = tmp_path / "demo.md"
    page.write_text("# Demo\n\n## Strides (optional) {#strides}\n\nText {#kept}\n")
    cells = chapter_notebook(page, tmp_path / "snippets").cells
    prose = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert "## Strides (optional)\n" in prose
    assert "{#strides}" not in prose and "Text {#kept}" in prose
