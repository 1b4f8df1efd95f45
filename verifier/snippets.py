"""Find the guide's snippets and read the few directives a snippet may carry.

A snippet is any ``snippets/<chapter>/<topic>.py``. Its recorded outputs sit
beside it: ``<topic>.out`` (CPU) and, only where a GPU prints something else,
``<topic>.cuda.out``. A recording that depends on the machine (every GPU
output, and every measured one) has its facts beside it: ``<topic>.cuda.json``
or ``<topic>.json`` (torch version, device, date). Two directives exist, both
plain comments so the file still runs and reads normally:

* ``# snippet: timeout=120 requires=cuda measured`` on the file's first line
  (directives come before any code; pages show them as a label, not as code);
  ``measured`` marks output whose numbers are measurements (timings, say):
  only its text around the numbers is checked;
* ``# snippet: varies atol=0.01 -- REASON`` for output whose last digits
  depend on the CPU kernels or thread count: compared exactly on the machine
  and settings that recorded it, and elsewhere number by number within the
  tolerance (``|recorded - printed| <= atol + rtol * |recorded|``, the rule
  of scipy-doctest and ``numpy.isclose``);
* ``# snippet: cells`` for a notebook-like lab: each named section
  (``# --8<-- [start:name]`` ... ``[end:name]`` at the top level) is a cell,
  and the recording marks what each cell printed with the same section
  lines, so a page shows every cell with its own output;
* ``x.add_(1)  # raises RuntimeError`` at the end of the last statement, for a
  snippet whose point is the error that line raises.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = REPO / "snippets"
DEFAULT_TIMEOUT_S = 60.0
DEVICES = ("cpu", "cuda")

_DIRECTIVE = re.compile(r"#\s*snippet:\s*(?P<body>.*)$")
# Code that starts worker processes, whose start method differs by platform.
STARTS_PROCESSES = re.compile(r"\bnum_workers\b|\bmultiprocessing\b")
# pymdownx.snippets' section lines, as a cells snippet uses them.
SECTION_LINE = re.compile(
    r"^(?P<indent>\s*)#\s*-+8<-+\s+\[\s*(?P<kind>start|end)\s*:\s*(?P<name>[-\w]+)\s*\]\s*$"
)
_RAISES = re.compile(r"#\s*raises\s+(?P<name>[A-Za-z_][\w.]*)\s*$")


class SnippetError(Exception):
    """A snippet file that the verifier cannot accept; names file and line."""


@dataclass(frozen=True)
class Snippet:
    path: Path  # absolute path of the .py file
    name: str  # path relative to snippets/, e.g. "tensors/create.py"
    timeout_s: float = DEFAULT_TIMEOUT_S
    requires_cuda: bool = False
    raises: str | None = None  # exception class name the snippet must raise
    raises_line: int | None = None  # ...from this line
    measured: bool = False  # numbers in the output are measurements
    # Declared machine-dependent digits: (atol, rtol) and why; see ``varies``.
    tolerance: tuple[float, float] | None = None
    varies_because: str = ""
    starts_processes: bool = False  # DataLoader workers or multiprocessing
    cells: bool = False  # sections are notebook cells, each with its output
    # The first line a reader sees: the directive lines above it are told
    # by ``labels`` (in the code block's title), not shown as code.
    code_start: int = 1

    @property
    def varies(self) -> bool:
        """Its printed digits depend on the CPU kernels and thread count:
        compared exactly where it was recorded, within ``tolerance`` elsewhere."""
        return self.tolerance is not None

    @property
    def reader_code(self) -> str:
        """The code as a reader sees and copies it: without the directives."""
        lines = self.path.read_text(encoding="utf-8").splitlines(keepends=True)
        return "".join(lines[self.code_start - 1 :])

    @property
    def labels(self) -> list[str]:
        """What the directives say, in a reader's words."""
        labels = []
        if self.requires_cuda:
            labels.append("needs a CUDA GPU")
        if self.measured:
            labels.append("prints measurements")
        if self.varies:
            labels.append("last digits vary by machine")
        if self.timeout_s != DEFAULT_TIMEOUT_S:
            labels.append(f"may run up to {self.timeout_s:g} s")
        return labels

    @property
    def chapter(self) -> str:
        return self.name.split("/", 1)[0]

    @property
    def display_path(self) -> str:
        return f"snippets/{self.name}"

    def display_sibling(self, path: Path) -> str:
        """A file beside the snippet, named as the repo shows it."""
        return self.display_path.rsplit("/", 1)[0] + "/" + path.name

    def output_path(self, device: str) -> Path:
        """Where its output recorded on ``device`` is kept (see ``output_file``)."""
        return output_file(self.path, device)

    def facts_path(self, device: str) -> Path:
        """Where the facts of the machine that recorded an output are kept."""
        return facts_file(self.output_path(device))

    def needs_facts(self, device: str) -> bool:
        """A recording only one kind of machine can reproduce says which."""
        return device != "cpu" or self.measured or self.varies

    def expected_output_path(self, device: str) -> Path:
        """The recorded output a run on ``device`` is compared with.

        A GPU run falls back to the CPU recording: a separate ``.cuda.out``
        exists only where the GPU legitimately prints something else.
        """
        own = self.output_path(device)
        if device == "cpu" or own.exists() or self.requires_cuda:
            return own
        return self.output_path("cpu")

    @property
    def devices(self) -> tuple[str, ...]:
        return ("cuda",) if self.requires_cuda else DEVICES


# The one place that knows a recording's file names ------------------------


def output_file(snippet_file: Path, device: str) -> Path:
    """Where the output of ``snippet_file`` (``<topic>.py``) recorded on
    ``device`` is kept: ``<topic>.out`` for the CPU, ``<topic>.<device>.out``
    (``<topic>.cuda.out``) for another device."""
    return snippet_file.with_suffix(".out" if device == "cpu" else f".{device}.out")


def facts_file(recording: Path) -> Path:
    """The facts file of a recorded output: ``<topic>.json`` beside
    ``<topic>.out``, ``<topic>.cuda.json`` beside ``<topic>.cuda.out``."""
    return recording.with_suffix(".json")


def snippet_file_of(path: Path) -> Path | None:
    """The snippet (``<topic>.py``) that a file in a chapter folder belongs
    to: the file itself if it is one, else the snippet whose recorded output
    (or that output's facts file) it is. None for a file that belongs to no
    snippet: the recording of a deleted or renamed snippet, facts whose
    output is gone, any other name. Only existing files belong."""
    if path.suffix == ".py":
        return path if path.exists() else None
    snippet_file = path.with_name(path.name.split(".", 1)[0] + ".py")
    for device in DEVICES:
        output = output_file(snippet_file, device)
        if path in (output, facts_file(output)):
            return snippet_file if snippet_file.exists() and output.exists() else None
    return None


def repo_path(path: Path) -> str:
    """``path`` as the repo names it (``snippets/tensors/create.py``); in
    full where it lies outside the repo (a test's throwaway tree)."""
    try:
        return path.relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def snippet_anchor(name: str) -> str:
    """The HTML id of a snippet's first code block on a page, from its name
    (``tensors/mean_needs_float.py`` -> ``snippet-tensors-mean_needs_float``),
    so a link can land on the code rather than the top of its chapter."""
    return "snippet-" + name.removesuffix(".py").replace("/", "-")


def read_snippet(path: Path, root: Path = SNIPPETS_DIR) -> Snippet:
    """parse_snippet(path, root), parsed once per version of the file.

    A build reads every snippet twice (its page, its chapter's notebook) and
    converts each page with a fresh Markdown instance; keyed on the file's
    modification time, so `serve` rebuilding after an edit never shows a
    stale snippet."""
    return _parsed(path.resolve(), root, path.stat().st_mtime_ns)


@functools.cache
def _parsed(path: Path, root: Path, mtime_ns: int) -> Snippet:
    return parse_snippet(path, root)


def parse_snippet(path: Path, root: Path = SNIPPETS_DIR) -> Snippet:
    path = path.resolve()
    source = path.read_text(encoding="utf-8")
    where = repo_path(path)
    try:
        tree = ast.parse(source, filename=where)
    except SyntaxError as exc:
        raise SnippetError(f"{where}:{exc.lineno}: {exc.msg}") from None

    options: dict[str, object] = {}
    raises: tuple[str, int] | None = None
    directives = 0  # the file's opening lines that are directives
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT:
            continue
        line = tok.start[0]
        if m := _DIRECTIVE.match(tok.string):
            if line != directives + 1 or tok.start[1] != 0:
                raise SnippetError(
                    f"{where}:{line}: a '# snippet:' directive goes on a line of its "
                    "own at the top of the file, above the code: the page shows it as "
                    "a label, not as code"
                )
            directives += 1
            options.update(_parse_directive(m["body"], f"{where}:{line}"))
        elif m := _RAISES.search(tok.string):
            if raises:
                raise SnippetError(
                    f"{where}:{line}: a second '# raises' marker (first on "
                    f"line {raises[1]}); a snippet can end in one error only"
                )
            raises = (m["name"], line)

    if raises:
        last = tree.body[-1]
        if not last.lineno <= raises[1] <= (last.end_lineno or last.lineno):
            raise SnippetError(
                f"{where}:{raises[1]}: '# raises' must mark the last statement;"
                " code after the raising line would never run"
            )

    if options.get("cells"):
        for number, line in enumerate(source.splitlines(), start=1):
            if (m := SECTION_LINE.match(line)) and m["indent"]:
                raise SnippetError(
                    f"{where}:{number}: in a 'cells' snippet a section line starts a "
                    "cell, so it goes at the top level, not inside a block"
                )
    return Snippet(
        path=path,
        name=path.relative_to(root.resolve()).as_posix(),
        timeout_s=float(options.get("timeout", DEFAULT_TIMEOUT_S)),
        requires_cuda=options.get("requires") == "cuda",
        raises=raises[0] if raises else None,
        raises_line=raises[1] if raises else None,
        measured=bool(options.get("measured")),
        tolerance=options.get("tolerance"),  # type: ignore[arg-type]
        varies_because=str(options.get("because", "")),
        starts_processes=bool(STARTS_PROCESSES.search(source)),
        cells=bool(options.get("cells")),
        code_start=_first_code_line(source, directives),
    )


def _first_code_line(source: str, directives: int) -> int:
    """The line after the directives and the blank lines that follow them."""
    lines = source.splitlines()
    start = directives
    while directives and start < len(lines) and not lines[start].strip():
        start += 1
    return start + 1


KNOWN_OPTIONS = "timeout=SECONDS, requires=cuda, measured, cells, varies atol=X rtol=X -- REASON"


def _parse_directive(body: str, where: str) -> dict[str, object]:
    body, dashes, reason = body.partition(" -- ")
    options: dict[str, object] = {}
    tolerance = {}
    for item in body.split():
        key, _, value = item.partition("=")
        if key == "timeout":
            try:
                options["timeout"] = float(value)
            except ValueError:
                options["timeout"] = -1.0
            if not options["timeout"] > 0:  # type: ignore[operator]
                raise SnippetError(
                    f"{where}: timeout must be a positive number of seconds, got {value!r}"
                )
        elif key == "requires":
            if value != "cuda":
                raise SnippetError(
                    f"{where}: requires={value!r} is unknown; only requires=cuda exists"
                )
            options["requires"] = value
        elif key in ("measured", "varies", "cells") and not value:
            options[key] = True
        elif key in ("atol", "rtol"):
            try:
                tolerance[key] = float(value)
            except ValueError:
                tolerance[key] = -1.0
            if not tolerance[key] >= 0:
                raise SnippetError(f"{where}: {key} must be a number >= 0, got {value!r}")
        else:
            raise SnippetError(f"{where}: unknown snippet option {item!r}; known: {KNOWN_OPTIONS}")
    if options.pop("varies", False):
        # The rule of scipy-doctest: |recorded - printed| <= atol + rtol * |recorded|.
        if not tolerance or not reason.strip():
            raise SnippetError(
                f"{where}: 'varies' needs its tolerance and its reason, e.g. "
                "'# snippet: varies atol=0.01 -- training amplifies last-bit differences'"
            )
        options["tolerance"] = (tolerance.get("atol", 0.0), tolerance.get("rtol", 0.0))
        options["because"] = reason.strip()
    elif tolerance or dashes:
        raise SnippetError(f"{where}: atol, rtol and '-- REASON' belong to 'varies'")
    return options


def cell_text(text: str, name: str) -> str:
    """One cell of a "cells" snippet: the lines between its section lines,
    in the code (its source) or in the recording (what it printed)."""
    lines, inside = [], False
    for line in text.splitlines(keepends=True):
        if m := SECTION_LINE.match(line.rstrip("\n")):
            inside = m["name"] == name and m["kind"] == "start"
        elif inside:
            lines.append(line)
    return "".join(lines)


def planned_runs(
    snippets: list[Snippet], gpu_visible: bool, require_gpu: bool
) -> list[tuple[Snippet, str]]:
    """Which (snippet, device) runs a verification makes.

    Every snippet runs on the CPU unless it needs CUDA. Where a GPU is
    visible (or required), every snippet runs on CUDA as well; a snippet
    that needs CUDA always gets its CUDA run, to be skipped without a GPU.
    """
    gpu_runs = gpu_visible or require_gpu
    return [
        (s, device)
        for s in snippets
        for device in s.devices
        if device == "cpu" or gpu_runs or s.requires_cuda
    ]


def cuda_unavailable(require_gpu: bool) -> tuple[str, str]:
    """("skip" or "fail", reason) for a CUDA run on a machine without one."""
    if require_gpu:
        return "fail", "--require-gpu was given but no CUDA GPU is visible"
    return "skip", "needs a CUDA GPU; verify on one with --require-gpu"


def discover(root: Path = SNIPPETS_DIR) -> list[Snippet]:
    """Every snippet under ``root``, sorted by name."""
    snippets = []
    for path in sorted(root.rglob("*.py")):
        if len(path.relative_to(root).parts) != 2:
            raise SnippetError(
                f"{repo_path(path)}: snippets live exactly one folder deep, "
                "as snippets/<chapter>/<topic>.py"
            )
        snippets.append(parse_snippet(path, root))
    return snippets
