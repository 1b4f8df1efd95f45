"""Every chapter notebook on the site runs top to bottom in a fresh kernel and
prints what its recorded outputs say, judged by the rule every run is. A
notebook that passed before, byte for byte the same, in the same
environment, is not run again (tests/conftest.py's pass_memo)."""

import re
from pathlib import Path

import nbformat
import pytest
from markdown_it import MarkdownIt
from nbclient import NotebookClient

import verifier.notebooks as notebooks_module
from verifier.check import judge
from verifier.notebooks import chapter_notebook, chapters, colab_url, published, split_recording
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
    site, chapter, tmp_path, monkeypatch, machine_facts, pass_memo
):
    path = site / "notebooks" / f"{chapter}.ipynb"
    if pass_memo.passed_before(path.read_bytes()):
        return  # this very notebook ran and passed here before (conftest.py)
    for key, value in verify_env().items():
        monkeypatch.setenv(key, value)  # the kernel inherits the verify setup
    notebook = nbformat.read(path, as_version=4)
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
    lab_cells = {}  # a lab's cells are judged together, as its recording is one
    for cell in fresh.cells:
        if "snippet" not in cell.metadata or "skip-execution" in cell.metadata.get("tags", []):
            continue
        snippet = parse_snippet(REPO / "snippets" / cell.metadata["snippet"])
        if "section" in cell.metadata:
            lab_cells.setdefault(snippet.name, (snippet, []))[1].append(cell)
            continue
        verdict = judge(snippet, "cpu", as_run(cell, snippet), machine_facts)
        assert verdict.ok, f"{snippet.name}: the notebook cell\n{verdict.message}"
    for snippet, cells in lab_cells.values():
        printed = "".join(
            f"# --8<-- [start:{c.metadata['section']}]\n"
            + as_run(c, snippet).stdout
            + f"# --8<-- [end:{c.metadata['section']}]\n"
            for c in cells
        )
        verdict = judge(
            snippet, "cpu", RunResult(stdout=printed, stderr="", exception=None), machine_facts
        )
        assert verdict.ok, f"{snippet.name}: the notebook's cells\n{verdict.message}"


def test_two_builds_write_the_same_notebooks(tmp_path):
    """Chapter notebooks are byte-identical from one build to the next (no
    random cell ids), so a rebuild of one commit changes no file."""
    from verifier.notebooks import write_all

    first = write_all(REPO / "docs", tmp_path / "a")
    second = write_all(REPO / "docs", tmp_path / "b")
    assert len(first) == len(CHAPTERS)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two builds"


# How the notebooks read in Jupyter and Colab: Markdown without the site's
# extensions, links that leave the notebook, answers kept apart.

ADMONITION_LINE = re.compile(r"^\s*(!!!|\?\?\?\+?) ")
MD_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def notebooks():
    return {c: chapter_notebook(REPO / "docs" / f"{c}.md") for c in CHAPTERS}


def markdown_cells(notebook):
    return [c.source for c in notebook.cells if c.cell_type == "markdown"]


def collapsed_blocks(page: Path) -> list[tuple[str, list[str]]]:
    """Each collapsed block's (first prose line, snippet files) on a page."""
    blocks, lines = [], page.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.lstrip().startswith("??? "):
            continue
        body = " " * (len(line) - len(line.lstrip()) + 4)
        inside = []
        for following in lines[number + 1 :]:
            if following.strip() and not following.startswith(body):
                break
            inside.append(following.strip())
        snippets = [m[1] for s in inside if (m := re.match(r"<!-- snippet: (\S+) -->", s))]
        prose = [s for s in inside if s and not s.startswith("<!--")]
        blocks.append((prose[0], snippets))
    return blocks


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_admonitions_read_as_notebook_markdown(notebooks, chapter):
    """Jupyter renders CommonMark: an admonition left as on the site shows
    its `!!!` line as text and its indented body as a code block."""
    source = (REPO / "docs" / f"{chapter}.md").read_text(encoding="utf-8")
    shown = len(re.findall(r"^\s*(?:!!!|\?\?\?\+) ", source, re.M))
    cells = markdown_cells(notebooks[chapter])
    renderer = MarkdownIt("commonmark").enable("table")
    for cell in cells:
        assert not any(ADMONITION_LINE.match(line) for line in cell.splitlines()), cell
        tokens = renderer.parse(cell)
        indented = [t.content for t in tokens if t.type == "code_block"]
        assert indented == [], f"indented text renders as code in a {chapter} cell"
    titles = sum(len(re.findall(r"^\s*> \*\*", cell, re.M)) for cell in cells)
    assert titles == shown, "each shown admonition becomes a blockquote under its bold title"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_answers_wait_at_the_end(notebooks, chapter):
    """On the site answers are folded; in a notebook nothing folds, so each
    collapsed block (its prose and its snippets' outputs) moves below the
    Answers heading, and no answer prints under its question."""
    blocks = collapsed_blocks(REPO / "docs" / f"{chapter}.md")
    cells = notebooks[chapter].cells
    answers = [i for i, c in enumerate(cells) if c.source.startswith("## Answers")]
    if not blocks:
        assert answers == []
        return
    assert len(answers) == 1, "one Answers section"
    before, after = cells[: answers[0]], cells[answers[0] :]
    for first_line, snippets in blocks:
        words = " ".join(first_line.split()[:6])
        assert not any(words in c.source for c in before), f"answer shown early: {words}"
        assert any(words in c.source for c in after), f"answer lost: {words}"
        for name in snippets:
            assert not any(c.metadata.get("snippet") == name for c in before), name
            assert any(c.metadata.get("snippet") == name for c in after), name


def test_practice_questions_come_without_their_answers(notebooks):
    """The practice page's questions come first; every answer is after all of
    them."""
    cells = notebooks["practice"].cells
    answers = next(i for i, c in enumerate(cells) if c.source.startswith("## Answers"))
    questions = [i for i, c in enumerate(cells) if re.search(r"^\*\*\d+\. ", c.source, re.M)]
    assert len(collapsed_blocks(REPO / "docs" / "practice.md")) >= 30
    assert questions and max(questions) < answers
    assert not any("snippet" in c.metadata for c in cells[:answers]), "an answer's output"


def test_notebook_links_lead_to_the_published_site(site):
    """Relative links mean nothing in a downloaded notebook or in Colab:
    every link is absolute, and each one into the site names a page and an
    anchor that the build really has."""
    prefix = published("site_url")
    checked = 0
    for path in sorted((site / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        for cell in markdown_cells(notebook):
            for target in MD_LINK.findall(cell):
                assert target.startswith("https://"), f"{path.name}: relative link {target}"
                if not target.startswith(prefix):
                    continue
                page, _, anchor = target.removeprefix(prefix).partition("#")
                html = site / page / "index.html"
                assert html.is_file(), f"{path.name}: {target} is no page"
                if anchor:
                    assert f'id="{anchor}"' in html.read_text(encoding="utf-8"), target
                checked += 1
    assert checked > 100  # the chapters link to each other about 150 times


def test_each_notebook_offers_open_in_colab(notebooks):
    """A plain link (no badge image: nothing is requested until a reader
    clicks it) to the notebook on the branch the workflow pushes."""
    for chapter, notebook in notebooks.items():
        intro = notebook.cells[0].source
        assert f"[Open in Colab]({colab_url(chapter)})" in intro
        for cell in markdown_cells(notebook):
            assert "<img" not in cell and "![" not in cell, chapter


def test_a_fork_moves_every_link_by_changing_two_lines(monkeypatch, tmp_path):
    """site_url and repo_url in mkdocs.yml are the one place URLs come from."""
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: https://someone.github.io/fork/\nrepo_url: https://github.com/someone/fork\n"
    )
    monkeypatch.setattr(notebooks_module, "CONFIG", config)
    notebook = chapter_notebook(REPO / "docs" / "autograd.md")
    links = [t for cell in markdown_cells(notebook) for t in MD_LINK.findall(cell)]
    assert "https://someone.github.io/fork/tensors/" in links
    assert (
        "https://colab.research.google.com/github/someone/fork/blob/notebooks/autograd.ipynb"
        in links
    )
    assert not [t for t in links if "pytorch-proven" in t]
