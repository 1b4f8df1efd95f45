"""Each chapter as a Jupyter notebook, made from its page and its snippets.

Prose becomes Markdown cells, each snippet a code cell holding the snippet
file, with its recorded (verified) output attached. The build writes them to
``site/notebooks/<chapter>.ipynb``; tests/test_notebooks.py runs every one
top to bottom in a fresh kernel and compares what it prints with those
recordings.

A notebook is read without the site around it (Jupyter, Colab, GitHub's
viewer): admonitions become blockquotes, folded answers move to an Answers
section at the end, and links to other pages point at the published site
(mkdocs.yml's site_url). "Open in Colab" opens the copy that the workflow
pushes to the ``notebooks`` branch of repo_url.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from nbformat import NotebookNode, from_dict

from verifier.pages import find_markers
from verifier.pins import pinned_torch
from verifier.snippets import REPO, SNIPPETS_DIR, cell_text, read_snippet

# The branch .github/workflows/site.yml pushes the built notebooks to, so
# that Colab, which opens notebooks from GitHub paths only, can open them.
NOTEBOOKS_BRANCH = "notebooks"

TRACEBACK = "Traceback (most recent call last):\n"
# Code that starts worker processes with "spawn" whatever the platform.
SPAWNS = re.compile(r"""multiprocessing_context=["']spawn|set_start_method\(["']spawn""")
# A heading's explicit anchor, `## Title {#anchor}` (attr_list): the site
# needs it, a notebook would show it as text.
HEADING_ANCHOR = re.compile(r"^(#{1,6} .*?)\s*\{:?\s*#[\w-]+\s*\}\s*$")
# An admonition's first line: `!!! note "Title"`, `??? success "Answer"`.
ADMONITION = re.compile(
    r'^(?P<indent>[ \t]*)(?P<kind>!!!|\?\?\?\+?)\s+(?P<type>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$'
)
# A question on a practice or exercise list: "**3. Find the bug.** ...".
QUESTION = re.compile(r"^\*\*(?P<label>\d+\.[^*]*)\*\*")
# A link to another page or to a section, relative to the page.
RELATIVE_LINK = re.compile(
    r"\]\((?P<target>(?=[^)])(?:[\w./-]+\.(?:md|ipynb))?(?:#[\w-]*)?|\.\./[\w./-]*)\)"
)
PROVENANCE_LINE = re.compile(r"^\s*<!--\s*provenance:.*-->\s*$")
SCRIPT_ONLY = (
    "*The next cell starts its DataLoader workers with `spawn`. Spawned workers "
    "cannot find a class defined in a notebook cell, so in a notebook it fails with "
    "`AttributeError: Can't get attribute ...`: save it as `{name}` and run "
    "`python {name}`. The output under it is what that prints.*"
)


CONFIG = REPO / "mkdocs.yml"


def published(setting: str) -> str:
    """mkdocs.yml's ``site_url`` or ``repo_url``: the two lines a fork changes,
    and the one source of every absolute link the build writes."""
    # A top-level key read as text: the file's !!python/name tags stop
    # yaml.safe_load.
    match = re.search(rf"^{setting}:\s*(\S+)\s*$", CONFIG.read_text(encoding="utf-8"), re.M)
    if not match:
        raise LookupError(f"{CONFIG.name} sets no {setting}")
    return match[1].rstrip("/") + ("/" if setting == "site_url" else "")


def page_url(target: str, page: str = "index.md") -> str:
    """The published address of a link ``target`` written on docs/``page``,
    as MkDocs builds it: ``tensors.md#x`` becomes ``<site_url>tensors/#x``,
    and ``../x/`` (already a URL) is taken from the page's own URL."""
    site = published("site_url")
    path, _, anchor = target.partition("#")
    anchor = f"#{anchor}" if anchor else ""
    if not path or path.endswith((".md", ".ipynb")):  # a page: directory URLs
        source = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
        stem = posixpath.splitext(source)[0]
        return site + ("" if stem == "index" else stem.removesuffix("/index") + "/") + anchor
    if path.endswith("/"):
        return urljoin(page_url(page), path) + anchor
    return site + posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) + anchor


def colab_url(chapter: str) -> str:
    """Colab's address of a chapter's notebook, from the notebooks branch."""
    owner_repo = published("repo_url").removeprefix("https://github.com/")
    return (
        f"https://colab.research.google.com/github/{owner_repo}/blob/"
        f"{NOTEBOOKS_BRANCH}/{chapter}.ipynb"
    )


def split_recording(text: str) -> tuple[str, str | None]:
    """(stdout, error text or None) of a recorded output."""
    stdout, sep, error = text.rpartition(TRACEBACK)
    return (stdout, sep + error) if sep else (text, None)


def reading_order(text: str, markers: dict, page: str) -> Iterator[tuple[str | None, object]]:
    """The page's lines as notebook Markdown, and its snippet markers, each
    paired with the question it answers when it sits in a collapsed block
    (None when it shows in place).

    An admonition becomes a blockquote under its bold title; a collapsed one
    (``???``) gives the answer away, so it moves to the Answers section and
    leaves a pointer. Links to other pages go to the published site."""
    question = None  # the last "**3. Title.**" question, or heading, above
    block = None  # (indent, body indent, answer key or None) of the open admonition
    blanks = 0  # blank lines seen inside a block, kept until it is known to go on
    for number, line in enumerate(text.splitlines(), start=1):
        if block and line.strip() and not line.startswith(block[1]):
            block, blanks = None, 0
            yield None, ""  # ends the blockquote, or the pointer's paragraph
        if block:
            indent, body, answer = block
            if not line.strip():
                blanks += 1
                continue
            for _ in range(blanks):
                yield answer, "" if answer else f"{indent}>"
            blanks = 0
            if number in markers:
                yield answer, markers[number]
            elif answer:
                yield answer, markdown(line[len(body) :], page)
            else:
                yield None, markdown(f"{indent}> {line[len(body) :]}", page)
            continue
        if number in markers:
            yield None, markers[number]
            continue
        if PROVENANCE_LINE.match(line):
            continue  # the site's provenance box
        if start := ADMONITION.match(line):
            indent, title = start["indent"], start["title"] or start["type"].capitalize()
            if start["kind"] == "???":
                answer = question or title
                block = (indent, indent + "    ", answer)
                yield None, f"{indent}*{title}: under **{answer}** in Answers, at the end.*"
            else:
                block = (indent, indent + "    ", None)
                yield None, markdown(f"{indent}> **{title}**", page)
                yield None, f"{indent}>"
            continue
        if line.startswith("#"):
            question = HEADING_ANCHOR.sub(r"\1", line).lstrip("#").strip()
        elif found := QUESTION.match(line):
            question = found["label"].strip()
        yield None, markdown(line, page)


def markdown(line: str, page: str) -> str:
    """A page's line as notebook Markdown: no attr_list anchors, and links
    to other pages or sections pointing at the published site."""
    line = HEADING_ANCHOR.sub(r"\1", line)
    return RELATIVE_LINK.sub(lambda m: f"]({page_url(m['target'], page)})", line)


def snippet_cells(marker, root: Path) -> list[NotebookNode]:
    """A snippet's code cell with its recorded output (and the note before
    it when it cannot run in a notebook)."""
    snippet = read_snippet(root / marker.snippet_name, root)
    recording = snippet.output_path("cuda" if snippet.requires_cuda else "cpu")
    text = recording.read_text(encoding="utf-8") if recording.exists() else ""
    code = snippet.reader_code
    section = marker.ref.partition(":")[2]
    if snippet.cells and section:
        # A lab's cell: its own code and what it printed. (An excerpt of
        # another snippet stays the whole file: a notebook runs it.)
        code, text = cell_text(code, section), cell_text(text, section)
    stdout, error = split_recording(text)
    outputs = (
        [from_dict({"output_type": "stream", "name": "stdout", "text": stdout})] if stdout else []
    )
    cell = code_cell(code.strip("\n"))
    if snippet.cells and section:
        cell.metadata["section"] = section
    cells = [cell]
    if error:
        evalue = error.rstrip("\n").rsplit("\n", 1)[-1].split(": ", 1)[-1]
        outputs.append(
            from_dict(
                {
                    "output_type": "error",
                    "ename": snippet.raises,
                    "evalue": evalue,
                    "traceback": error.splitlines(),
                }
            )
        )
        cell.metadata["tags"] = ["raises-exception"]  # nbclient runs on past it
    if snippet.requires_cuda:
        # Runs only where there is a GPU: skipped by tests on the CPU, and
        # "Run all" goes on past it.
        cell.metadata["tags"] = ["skip-execution", "raises-exception"]
    elif SPAWNS.search(cell.source):
        # A spawned worker imports the script again, and a notebook has
        # none: it cannot find a Dataset class defined in a cell.
        cells.insert(0, markdown_cell(SCRIPT_ONLY.format(name=snippet.path.name)))
        cell.metadata["tags"] = ["skip-execution", "raises-exception"]
    cell.outputs = outputs
    cell.metadata["snippet"] = snippet.name
    return cells


def as_cells(items, root: Path) -> list[NotebookNode]:
    """Markdown lines joined into cells, each marker its snippet's cells."""
    cells, prose = [], []
    for item in [*items, None]:
        if isinstance(item, str):
            prose.append(item)
            continue
        if body := "\n".join(prose).strip():
            cells.append(markdown_cell(body))
        prose.clear()
        if item is not None:
            cells.extend(snippet_cells(item, root))
    return cells


def chapter_notebook(page: Path, root: Path = SNIPPETS_DIR) -> NotebookNode:
    text = page.read_text(encoding="utf-8")
    markers = {m.line: m for m in find_markers(text, page, page.name)}
    shown, answers = [], []
    for answer, item in reading_order(text, markers, page.name):
        if answer is None:
            shown.append(item)
            continue
        if not answers or answers[-1][0] != answer:
            if not answers:
                answers.append((answer, "## Answers"))
            answers.append((answer, f"\n### {answer}\n"))
        answers.append((answer, item))
    cells = as_cells(shown, root) + as_cells([item for _, item in answers], root)
    intro = markdown_cell(
        f"*Generated from the verified snippets of the guide's chapter "
        f"[{page.stem}]({page_url(page.name)}). Each code cell is one snippet file; "
        "the output under it is the recorded, verified output. "
        f"[Open in Colab]({colab_url(page.stem)}).*"
    )
    notebook = from_dict(
        {
            "nbformat": nbformat.v4.nbformat,
            "nbformat_minor": nbformat.v4.nbformat_minor,
            "metadata": {},
            "cells": [intro, setup_cell(), *cells],
        }
    )
    for number, cell in enumerate(notebook.cells):
        # nbformat draws random ids; numbered ones make two builds of one
        # commit byte-identical.
        cell.id = f"{page.stem}-{number}"
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return notebook


# nbformat.v4's new_code_cell and friends validate each cell, and
# nbformat.write validates the whole notebook again: cells made here are
# validated once, when written (0.2 s of every build).
def code_cell(source: str) -> NotebookNode:
    return from_dict(
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": None,
            "outputs": [],
            "source": source,
        }
    )


def markdown_cell(source: str) -> NotebookNode:
    return from_dict({"cell_type": "markdown", "metadata": {}, "source": source})


def setup_cell() -> NotebookNode:
    """The first code cell: the settings the recorded outputs were made with."""
    pin = pinned_torch()
    cell = code_cell(
        "# The outputs below were recorded with this torch and one thread.\n"
        "import torch\n\n"
        f'if torch.__version__.split("+")[0] != "{pin}":\n'
        f'    print("Recorded with torch {pin}; this is", torch.__version__)\n'
        "torch.set_num_threads(1)  # more threads can change the last digits"
    )
    cell.metadata["setup"] = True
    return cell


def chapters(docs_dir: Path, root: Path = SNIPPETS_DIR) -> list[Path]:
    """The pages that are chapters: those with a snippets folder."""
    return [p for p in sorted(docs_dir.glob("*.md")) if (root / p.stem).is_dir()]


def write_all(docs_dir: Path, site_dir: Path, root: Path = SNIPPETS_DIR) -> list[Path]:
    out_dir = site_dir / "notebooks"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for page in chapters(docs_dir, root):
        path = out_dir / f"{page.stem}.ipynb"
        nbformat.write(chapter_notebook(page, root), path)
        written.append(path)
    return written
