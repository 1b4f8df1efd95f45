"""Read the Markdown pages: which snippets they show, which code they hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verifier.commands import update_command
from verifier.snippets import DEVICES, REPO, SNIPPETS_DIR, discover, repo_path, snippet_file_of

DOCS_DIR = REPO / "docs"
MARKER = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*(?P<kind>snippet|provenance):\s*(?P<ref>\S+)"
    r"(?P<options>(?:\s+[a-z]+)*)\s*-->\s*$"
)
# The line under a chapter page's title that becomes its provenance box.
PROVENANCE = "<!-- provenance: {chapter} -->"
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon", "ipython"}


@dataclass(frozen=True)
class Marker:
    page: Path
    display: str  # the page as the repo names it, e.g. "docs/tensors.md"
    line: int
    indent: str
    ref: str  # "chapter/topic.py" or "chapter/topic.py:section"; a chapter
    options: tuple[str, ...] = ()  # e.g. ("mermaid",)
    kind: str = "snippet"  # or "provenance"

    @property
    def snippet_name(self) -> str:
        return self.ref.partition(":")[0]

    @property
    def where(self) -> str:
        # No display: the engine names the page (the Markdown extension).
        return f"{self.display}:{self.line}" if self.display else f"line {self.line}"


@dataclass(frozen=True)
class Fence:
    line: int
    info: str  # everything after the backticks, e.g. 'python title="x"'
    preceded_by: str  # the nearest non-blank line above the fence


def fences(text: str) -> Iterator[Fence]:
    """Fenced code blocks, outermost only (a fence inside a fence is text)."""
    return (fence for fence, _ in _fence_spans(text))


def fenced_lines(text: str) -> set[int]:
    """Numbers (from 1) of the lines of fenced blocks, their fence lines
    included: what is code or output on a page, not prose or markers."""
    lines = set()
    for fence, end in _fence_spans(text):
        lines.update(range(fence.line, end + 1))
    return lines


def _fence_spans(text: str) -> Iterator[tuple[Fence, int]]:
    """Each outermost fenced block and the number of its closing line (the
    last line where it is never closed)."""
    fence, previous = None, ""
    count = 0
    for count, line in enumerate(text.splitlines(), start=1):
        m = FENCE.match(line)
        if fence is None:
            if m:
                fence = Fence(count, m["info"].strip(), previous)
                opening = m["fence"]
            elif line.strip():
                previous = line.strip()
        elif m and m["fence"].startswith(opening) and not m["info"].strip():
            yield fence, count
            fence, previous = None, ""
    if fence is not None:
        yield fence, count


def find_markers(
    text: str, page: Path, display: str, kinds: tuple[str, ...] = ("snippet",)
) -> list[Marker]:
    """Markers of ``kinds`` (snippet, provenance) outside fenced blocks."""
    fenced = fenced_lines(text)
    return [
        Marker(page, display, number, m["indent"], m["ref"], tuple(m["options"].split()), m["kind"])
        for number, line in enumerate(text.splitlines(), start=1)
        if number not in fenced and (m := MARKER.match(line)) and m["kind"] in kinds
    ]


def markdown_files(docs_dir: Path = DOCS_DIR) -> list[Path]:
    return sorted(docs_dir.rglob("*.md"))


def all_markers(docs_dir: Path = DOCS_DIR) -> list[Marker]:
    return [
        marker
        for page in markdown_files(docs_dir)
        for marker in find_markers(
            page.read_text(encoding="utf-8"), page, f"docs/{page.relative_to(docs_dir).as_posix()}"
        )
    ]


def python_block_problems(path: Path) -> list[str]:
    """Python blocks typed into a Markdown file, one problem each ("FILE:LINE: ...").

    Nothing runs a block typed into a page, and nothing could compare what it
    prints with the output shown beside it: every Python example on the site
    is a snippet under snippets/, run and compared by the tests.
    """
    problems = []
    for fence in fences(path.read_text(encoding="utf-8")):
        words = fence.info.lstrip("{.").split()
        if words and words[0].rstrip("}").lower() in PYTHON_LANGUAGES:
            problems.append(
                f"{repo_path(path)}:{fence.line}: a ```{fence.info} block is Python that no test "
                "runs, and its output is never compared. Move the code to "
                "snippets/<chapter>/<topic>.py, record its output with "
                "`python3 guide.py update snippets/<chapter>/<topic>.py` and show both "
                "with <!-- snippet: <chapter>/<topic>.py -->."
            )
    return problems


# A number the prose quotes: a decimal (0.8945, 1e-3), a whole number of four
# or more digits (70144) or a percentage (34%). Small whole numbers are left
# out: they count things (3 layers, dim 0) far more often than they report.
PROSE_NUMBER = re.compile(
    r"(?<![\w.])-?(?P<number>\d+\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\d{4,}|\d+(?=%))"
    r"(?P<percent>%?)(?![\w.]*\w)"
)
PRINTED_NUMBER = re.compile(r"\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+")
# Where a number is not a claim about what code prints: comments (markers),
# HTML tags and autolinks, link targets, and versions.
NOT_PROSE = re.compile(
    r"<!--.*?-->|<[^>\n]+>|\]\([^)\n]*\)|\b(?:Python|PyTorch|torch)\s+\d+(?:\.\d+)+", re.DOTALL
)
# The one exception list: numbers in a page's prose that are not results of
# any code (an input for the reader to try, arithmetic worked in the
# sentence). Page -> {number as written: why}.
NOT_RESULTS = {
    "docs/linear_regression_lab.md": {"1.1": "a learning rate for the reader to try"},
    "docs/optimizers.md": {"4160": "arithmetic worked out in the sentence: 64 * 64 + 64"},
}


def prose_number_problems(
    docs_dir: Path = DOCS_DIR, snippets_dir: Path = SNIPPETS_DIR
) -> list[str]:
    """Numbers in a page's prose that none of the page's snippets prints or
    contains, one problem each ("docs/PAGE.md:LINE: ...").

    A quoted number matches a printed one that rounds to it at the written
    precision (0.89 quotes 0.8945; 34% quotes 0.3412 or 34.1), sign aside. So
    after a re-recording changes a result, the prose that still quotes the old
    value fails here instead of going out unchecked.
    """
    problems = []
    snippets = {s.name: s for s in discover(snippets_dir)}
    for page in markdown_files(docs_dir):
        display = f"docs/{page.relative_to(docs_dir).as_posix()}"
        text = page.read_text(encoding="utf-8")
        printed = set()
        for marker in find_markers(text, page, display):
            if not (snippet := snippets.get(marker.snippet_name)):
                continue  # coverage_problems names it
            for path in (snippet.path, *map(snippet.output_path, DEVICES)):
                if path.is_file():
                    printed |= {float(n) for n in PRINTED_NUMBER.findall(path.read_text())}
        allowed = NOT_RESULTS.get(display, {})
        for m in PROSE_NUMBER.finditer(_prose_only(text)):
            if m["number"] in allowed or _quotes(m["number"], bool(m["percent"]), printed):
                continue
            line = text.count("\n", 0, m.start()) + 1
            problems.append(
                f"{display}:{line}: the prose quotes {m[0]}, which no snippet on this "
                "page prints (or holds in its code). Quote what the output now shows; "
                "a number that is not a result goes in verifier/pages.py NOT_RESULTS, "
                "with why."
            )
    return problems


def _prose_only(text: str) -> str:
    """``text`` with fenced blocks and NOT_PROSE blanked, lines kept in place."""
    fenced = fenced_lines(text)
    lines = ["" if n in fenced else x for n, x in enumerate(text.split("\n"), start=1)]
    return NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), "\n".join(lines))


def _quotes(written: str, percent: bool, printed: set[float]) -> bool:
    """Whether a number as written rounds from one of ``printed`` (sign aside)."""
    mantissa, _, exponent = written.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    half_unit = 0.5 * 10.0 ** (int(exponent or 0) - decimals)
    value = float(written)
    scales = (1, 100) if percent else (1,)
    return any(abs(abs(p) * k - value) <= half_unit * (1 + 1e-9) for p in printed for k in scales)


def orphan_files(snippets_dir: Path = SNIPPETS_DIR) -> list[Path]:
    """Files in chapter folders that belong to no snippet (``snippet_file_of``):
    the outputs of a deleted or renamed snippet, say."""
    files = sorted(p for p in snippets_dir.glob("[!.]*/*") if p.is_file())
    return [path for path in files if snippet_file_of(path) is None]


def coverage_problems(docs_dir: Path = DOCS_DIR, snippets_dir: Path = SNIPPETS_DIR) -> list[str]:
    """Snippets no page shows, markers naming no snippet, chapters with no
    page, files under snippets/ that belong to no snippet, recordings that do
    not say which machine made them, and numbers in prose that no output shows."""
    snippets = discover(snippets_dir)
    markers = all_markers(docs_dir)
    problems = []
    chapters = (p for p in snippets_dir.iterdir() if p.is_dir())
    for d in sorted(d for d in chapters if not d.name.startswith(".")):
        page = docs_dir / f"{d.name}.md"
        if not page.exists():
            problems.append(f"snippets/{d.name}/ has no page docs/{d.name}.md")
            continue
        boxes = find_markers(page.read_text(encoding="utf-8"), page, "", ("provenance",))
        wanted = PROVENANCE.format(chapter=d.name)
        if [m.ref for m in boxes] != [d.name]:
            problems.append(
                f"docs/{d.name}.md:1: a chapter page carries one line {wanted} "
                "under its title (the box saying what verified its snippets)"
                + (f"; found {len(boxes)}" if len(boxes) != 1 else f", not {boxes[0].ref}")
            )
    for snippet in snippets:
        page = docs_dir / f"{snippet.chapter}.md"
        if not any(m.snippet_name == snippet.name and m.page == page for m in markers):
            problems.append(
                f"{snippet.display_path}:1: no page shows it (orphan snippet). "
                f"Add <!-- snippet: {snippet.name} --> to "
                f"docs/{snippet.chapter}.md, or delete the snippet."
            )
        for device in ("cpu", "cuda"):
            recording, facts = snippet.output_path(device), snippet.facts_path(device)
            if recording.exists() and snippet.needs_facts(device) and not facts.exists():
                problems.append(
                    f"{repo_path(recording)}: recorded without its machine's facts "
                    f"({facts.name} is missing); re-record with: "
                    f"{update_command(snippet, device)}"
                )
    names = {s.name for s in snippets}
    problems += [
        f"{m.where}: <!-- snippet: {m.ref} --> names no file snippets/{m.snippet_name}"
        for m in markers
        if m.snippet_name not in names
    ]
    problems += [
        f"{repo_path(p)}: belongs to no snippet (output of a deleted or renamed "
        "snippet?); delete it"
        for p in orphan_files(snippets_dir)
    ]
    return problems + prose_number_problems(docs_dir, snippets_dir)
