"""A Python-Markdown extension: expand the guide's page markers.

``<!-- snippet: chapter/topic.py -->`` becomes the snippet's code block
followed directly by its recorded output, both pulled in by
pymdownx.snippets (``check_paths: true``), so the page always shows exactly
the files the tests compare. Where a GPU prints something else, the output
becomes CPU / GPU tabs. A GPU output, and a measured one, is titled with the
machine and torch that recorded it (from the facts file beside it).
``:section`` after the file name shows only that named section of the code.

``<!-- provenance: chapter -->`` (under a chapter page's title) becomes the
box that says what verified the chapter's snippets, with the chapter's
notebook links.

A Markdown extension rather than an engine plugin, so that every engine that
builds from Python-Markdown (MkDocs, ProperDocs, Zensical) shows the same
pages. Enable it in mkdocs.yml as ``verifier.markdown_markers`` with
``snippets_dir`` (relative to the working directory, like pymdownx.snippets'
``base_path``). It runs before pymdownx.snippets (priority 32), which then
pulls in the files it names.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor

from verifier import provenance
from verifier.charts import mermaid_block
from verifier.check import measurement_problem
from verifier.commands import update_command
from verifier.facts import recording_facts
from verifier.notebooks import colab_url
from verifier.pages import find_markers
from verifier.snippets import (
    SNIPPETS_DIR,
    SnippetError,
    cell_text,
    read_snippet,
    snippet_anchor,
)

try:  # MkDocs prints its own errors as a message, others with a traceback.
    from mkdocs.exceptions import PluginError as _EngineError
except ImportError:  # another engine
    _EngineError = Exception


class MarkerError(_EngineError):
    """A marker the build cannot expand; says which page and line and what to do."""


# What a reader without a GPU gets from a CUDA-only example (chapter pages
# all sit at the top of docs/, so the link works from each).
CPU_ONLY_READER = [
    "    On a computer without a CUDA GPU it stops at its first CUDA call:",
    "    [what that looks like](devices.md#without-a-gpu).",
]
SECTION_NAME = re.compile(r"[a-z][-_0-9a-z]*", re.IGNORECASE)
# Runs before pymdownx.snippets (32), which includes the files we name.
PRIORITY = 33


class MarkerPreprocessor(Preprocessor):
    def __init__(self, md, snippets_dir: str) -> None:
        super().__init__(md)
        self.snippets_dir = snippets_dir

    def run(self, lines: list[str]) -> list[str]:
        return expand_page(lines, Path(self.snippets_dir).resolve(), page_name(self.md))


def page_name(md) -> str:
    """The page being converted, as a path from the working directory
    ("docs/tensors.md"), so an error names it as an editor opens it.
    Python-Markdown passes an extension no page; MkDocs and ProperDocs keep
    it in their 'relpath' tree processor. '' where an engine does not."""
    try:
        return Path(os.path.relpath(md.treeprocessors["relpath"].file.abs_src_path)).as_posix()
    except (KeyError, AttributeError, TypeError, ValueError):
        return ""


class MarkerExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {"snippets_dir": ["snippets", "the folder snippets live in"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        processor = MarkerPreprocessor(md, self.getConfig("snippets_dir"))
        md.preprocessors.register(processor, "guide_markers", PRIORITY)


def makeExtension(**kwargs) -> MarkerExtension:  # noqa: N802 (Python-Markdown's name)
    return MarkerExtension(**kwargs)


def expand_page(lines: list[str], root: Path, page: str = "") -> list[str]:
    """A page's Markdown lines with every marker replaced by what it shows;
    ``page`` names the page in errors ("docs/x.md:LINE", else "line LINE")."""
    text = "\n".join(lines)
    out = list(lines)
    kinds = ("snippet", "provenance")
    markers = find_markers(text, Path(page or "page.md"), page, kinds)
    # A snippet's first block on the page carries its anchor (one id each).
    names = [m.ref.partition(":")[0] if m.kind == "snippet" else None for m in markers]
    first = {names.index(name) for name in names if name}
    for number, marker in reversed(list(enumerate(markers))):
        if marker.kind == "provenance":
            block = provenance_box(marker.ref, marker.where, root)
        else:
            block = expand(marker.ref, marker.where, root, marker.options, number in first)
        out[marker.line - 1 : marker.line] = [marker.indent + x for x in block]
    return out


def provenance_box(chapter: str, where: str, root: Path) -> list[str]:
    """What verified this chapter, and its notebook, as Markdown lines."""
    if not (root / chapter).is_dir():
        raise MarkerError(f"{where}: <!-- provenance: {chapter} -->: no folder snippets/{chapter}/")
    record = current_record(root)
    if record is None and os.environ.get("GUIDE_REQUIRE_RECORD"):
        raise MarkerError(
            f"{where}: no verification record covers the snippets as they are "
            "now; `python3 guide.py build` verifies, then builds"
        )
    box = provenance.summary(chapter, record) if record else provenance.unverified()
    # Raw HTML: the notebook is written after the build, so the engine's
    # link validation cannot know it.
    return [
        *box,
        f'    <a href="../notebooks/{chapter}.ipynb" download>Download this chapter '
        f'as a Jupyter notebook</a> or <a href="{colab_url(chapter)}">open it in '
        "Colab</a> (every snippet as a cell, with its verified output).",
        "",
    ]


def expand(
    ref: str,
    where: str,
    root: Path = SNIPPETS_DIR,
    options: tuple[str, ...] = (),
    anchored: bool = False,
) -> list[str]:
    """The Markdown a marker stands for: code, then recorded output; an
    anchor above the code (snippet_anchor's id) when ``anchored``.

    With the option ``mermaid`` the output is Mermaid source printed by the
    snippet: the page renders it as a diagram and keeps the text one click
    away, so the diagram is as verified as any output.
    """
    if unknown := set(options) - {"mermaid"}:
        raise MarkerError(f"{where}: unknown snippet option(s) {sorted(unknown)}")
    name, _, section = ref.partition(":")
    if section and not SECTION_NAME.fullmatch(section):
        raise MarkerError(
            f"{where}: {ref!r}: show part of a snippet by a named section "
            "(# --8<-- [start:name] ... [end:name] in the file), never by line "
            "numbers, which silently drift when the file changes"
        )
    path = root / name
    if not path.is_file():
        raise MarkerError(f"{where}: no snippet snippets/{name}")
    try:
        snippet = read_snippet(path, root)
    except SnippetError as exc:
        raise MarkerError(f"{where}: {exc}") from None
    part = (f" · cell {section}" if snippet.cells else " (excerpt)") if section else ""
    title = " · ".join([f"snippets/{name}{part}", *snippet.labels])
    # Directives are told in the title; the code starts below them.
    include = ref if section or snippet.code_start == 1 else f"{name}:{snippet.code_start}:"
    # The anchor is an element of its own: an id in the fence's attributes
    # would be on the page but unknown to MkDocs' check of links to anchors.
    # Inline, so that inside an admonition its paragraph is valid HTML.
    anchor = [f'<span id="{snippet_anchor(name)}"></span>', ""] if anchored else []
    out = [*anchor, *fenced(".python", title, include), ""]
    # Output blocks are styled apart from code (and errors apart from both).
    style = ".text .snippet-output" + (" .snippet-error" if snippet.raises else "")

    cpu, cuda = snippet.output_path("cpu"), snippet.output_path("cuda")

    def output(device: str) -> list[str]:
        """The fenced output of one device, titled with its recording's machine."""
        path = snippet.output_path(device)
        # A lab's cell shows what that cell printed: its section of the output.
        shown = _rel(path, root) + (f":{section}" if snippet.cells and section else "")
        if not snippet.needs_facts(device):
            return fenced(style, "Output", shown)
        # Verify skips a GPU measurement where no GPU is: the build still
        # refuses to publish one that update did not make.
        if problem := measurement_problem(snippet, device):
            raise MarkerError(f"{where}: {problem}")
        try:
            facts = recording_facts(snippet, device) or {}
        except ValueError:  # not JSON
            facts = {}
        if not {"device", "torch", "recorded"} <= facts.keys():
            raise MarkerError(
                f"{where}: snippets/{_rel(path, root)} needs its machine's facts in "
                f"snippets/{_rel(snippet.facts_path(device), root)}; "
                f"re-record with: {update_command(snippet, device)}"
            )
        machine = facts["device"]
        if device == "cpu" and facts.get("cpu_capability"):
            # On a CPU the kernels PyTorch picked and the threads decide the
            # digits and the timings: one model name covers several of both.
            threads = facts.get("threads")
            machine += (
                f" ({facts['cpu_capability']} kernels, "
                f"{threads} thread{'s' if threads != 1 else ''})"
            )
        if snippet.varies and device == "cpu":
            return fenced(
                style,
                f"Output on {machine}, torch {facts['torch']}: "
                "the last digits vary with CPU and thread count",
                shown,
            )
        verb = "Measured" if snippet.measured else "Output"
        return fenced(
            style, f"{verb} on {machine}, torch {facts['torch']}, {facts['recorded']}", shown
        )

    measured_note = []
    if snippet.measured:
        measured_note = [
            "",
            '!!! info "A measurement"',
            "",
            "    These numbers were measured once, on the machine named above the",
            "    output; a rerun prints other numbers. Verification checks the",
            "    rest of the output, the text and layout around the numbers.",
        ]
    if snippet.varies:
        atol, rtol = snippet.tolerance
        measured_note = [
            "",
            '!!! info "Digits that vary from machine to machine"',
            "",
            f"    {snippet.varies_because[0].upper()}{snippet.varies_because[1:]}: on another",
            "    CPU, or with another thread count, the numbers above come out a little",
            "    different. Verification compares them exactly on the machine named",
            "    above and elsewhere allows each number to differ by",
            f"    {atol:g} + {rtol:g} × its value. [Why digits vary]"
            "(reproducibility.md#other-machines-other-digits).",
        ]
    if snippet.requires_cuda:
        if not cuda.exists():
            return out + [
                '!!! warning "Output not recorded yet"',
                "",
                "    This example needs a CUDA GPU and has not yet been run on",
                "    one, so no output is shown rather than an invented one, and",
                "    the text around it describes what PyTorch documents, not a",
                "    checked result.",
                *CPU_ONLY_READER,
            ]
        return out + output("cuda") + measured_note + ["", *(x[4:] for x in CPU_ONLY_READER)]
    if not cpu.exists():
        raise MarkerError(
            f"{where}: snippets/{name} has no recorded output; record it "
            f"with: {update_command(snippet, 'cpu')}"
        )
    if "mermaid" in options:
        return (
            out
            + mermaid_block(_rel(cpu, root), cpu.read_text(encoding="utf-8"))
            + [
                '??? note "Recorded output: the diagram\'s Mermaid source"',
                "",
                *("    " + x for x in output("cpu")),
                *measured_note,
            ]
        )
    if snippet.cells and section and not cell_text(cpu.read_text(encoding="utf-8"), section):
        return out  # a cell that prints nothing shows no empty output
    if not cuda.exists():
        return out + output("cpu") + measured_note
    tabs = []
    for label, device in (("CPU", "cpu"), ("GPU (CUDA)", "cuda")):
        tabs += [f'=== "{label}"', ""]
        tabs += ["    " + x for x in output(device)]
        tabs.append("")
    return out + tabs + measured_note


# A build converts every page with a fresh Markdown instance: this cache
# makes the record read once per build. It is keyed on modification times,
# so `serve` rebuilding after an edit never shows a stale record.
@functools.cache
def _record(root: Path, stamp: tuple) -> dict | None:
    return provenance.load(root)


def current_record(root: Path) -> dict | None:
    """provenance.load(root), read once per state of the files it covers."""
    files = [p.stat().st_mtime_ns for p in root.glob("[!.]*/*")]
    record = provenance.record_path()
    mtime = record.stat().st_mtime_ns if record.exists() else None
    return _record(root, (str(record), mtime, len(files), max(files, default=0)))


def fenced(classes: str, title: str, include: str) -> list[str]:
    return [f'```{{{classes} title="{title}"}}', f'--8<-- "{include}"', "```"]


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
