"""Each chapter as a Jupyter notebook, made from its page and its snippets.

Prose becomes Markdown cells, each snippet a code cell holding the snippet
file, with its recorded (verified) output attached. The build writes them to
``site/notebooks/<chapter>.ipynb``; tests/test_notebooks.py runs every one
top to bottom in a fresh kernel and compares what it prints with those
recordings.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from verifier.pages import find_markers
from verifier.pins import pinned_torch
from verifier.snippets import REPO, SNIPPETS_DIR, parse_snippet

# The branch .github/workflows/site.yml pushes the built notebooks to, so
# that Colab, which opens notebooks from GitHub paths only, can open them.
NOTEBOOKS_BRANCH = "notebooks"

TRACEBACK = "Traceback (most recent call last):\n"
# Code that starts worker processes with "spawn" whatever the platform.
SPAWNS = re.compile(r"""multiprocessing_context=["']spawn|set_start_method\(["']spawn""")
# A heading's explicit anchor, `## Title {#anchor}` (attr_list): the site
# needs it, a notebook would show it as text.
HEADING_ANCHOR = re.compile(r"^(#{1,6} .*?)\s*\{:?\s*#[\w-]+\s*\}\s*$")
SCRIPT_ONLY = (
    "*The next cell starts its DataLoader workers with `spawn`. Spawned workers "
    "cannot find a class defined in a notebook cell, so in a notebook it fails with "
    "`AttributeError: Can't get attribute ...`: save it as `{name}` and run "
    "`python {name}`. The output under it is what that prints.*"
)


def published(setting: str, config: Path = REPO / "mkdocs.yml") -> str:
    """mkdocs.yml's ``site_url`` or ``repo_url``: the two lines a fork changes,
    and the one source of every absolute link the build writes."""
    # A top-level key read as text: the file's !!python/name tags stop
    # yaml.safe_load.
    match = re.search(rf"^{setting}:\s*(\S+)\s*$", config.read_text(encoding="utf-8"), re.M)
    if not match:
        raise LookupError(f"{config.name} sets no {setting}")
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


def chapter_notebook(page: Path, root: Path = SNIPPETS_DIR) -> nbformat.NotebookNode:
    text = page.read_text(encoding="utf-8")
    markers = {m.line: m for m in find_markers(text, page, page.name)}
    cells, prose = [], []

    def flush():
        body = "\n".join(prose).strip()
        if body:
            cells.append(new_markdown_cell(body))
        prose.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if number not in markers:
            prose.append(HEADING_ANCHOR.sub(r"\1", line))
            continue
        flush()
        snippet = parse_snippet(root / markers[number].snippet_name, root)
        recording = snippet.output_path("cuda" if snippet.requires_cuda else "cpu")
        text = recording.read_text(encoding="utf-8") if recording.exists() else ""
        stdout, error = split_recording(text)
        outputs = [new_output("stream", name="stdout", text=stdout)] if stdout else []
        cell = new_code_cell(snippet.reader_code.rstrip("\n"))
        if error:
            evalue = error.rstrip("\n").rsplit("\n", 1)[-1].split(": ", 1)[-1]
            outputs.append(
                new_output(
                    "error", ename=snippet.raises, evalue=evalue, traceback=error.splitlines()
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
            cells.append(new_markdown_cell(SCRIPT_ONLY.format(name=snippet.path.name)))
            cell.metadata["tags"] = ["skip-execution", "raises-exception"]
        cell.outputs = outputs
        cell.metadata["snippet"] = snippet.name
        cells.append(cell)
    flush()
    intro = new_markdown_cell(
        f"*Generated from the verified snippets of the guide's `{page.stem}` chapter. "
        "Each code cell is one snippet file; the output under it is the recorded, "
        "verified output.*"
    )
    notebook = new_notebook(cells=[intro, setup_cell(), *cells])
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


def setup_cell() -> nbformat.NotebookNode:
    """The first code cell: the settings the recorded outputs were made with."""
    pin = pinned_torch()
    cell = new_code_cell(
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
