"""Break a throwaway copy of the guide in each way a contribution can, and
collect the message each breakage really gets.

CONTRIBUTING.md shows these messages; tests/test_contributing.py fails when
what it shows is no longer what the tools print, and tests/test_outputs.py
checks what each message says. After changing a message:

    .venv/bin/python -m verifier.failure_gallery --write
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from verifier import throwaway_site
from verifier.check import judge
from verifier.pages import coverage_problems, python_block_problems
from verifier.runner import SnippetRunner
from verifier.snippets import REPO, Snippet, parse_snippet
from verifier.update import record_all

CONTRIBUTING = REPO / "CONTRIBUTING.md"
BLOCK = re.compile(
    r"<!-- failure: (?P<name>[a-z-]+) -->\n```text\n(?P<text>.*?)^```$", re.DOTALL | re.MULTILINE
)


@dataclass(frozen=True)
class Breakage:
    """A small, realistic mistake in a snippet, and the command that catches it."""

    source: str  # the snippet's code; "import torch" goes above it unless it has a directive
    recorded: str | None = None  # its recorded output; None: never recorded
    # Written over the recording that update made (a measurement edited by hand).
    edited: str | None = None
    command: str = "verify"  # whose message it gets: "verify" (judge) or "update"


# The breakages that need a run. The tests run each one (tests/test_outputs.py)
# and CONTRIBUTING.md shows what each gets.
RUNS = {
    "drifted-output": Breakage("print(torch.arange(3) * 2)\n", recorded="tensor([0, 1, 2])\n"),
    "missing-output": Breakage("print(torch.arange(3))\n"),
    "unexpected-error": Breakage("x = torch.zeros(2, 3).t()\nprint(x.view(6))\n", recorded=""),
    "warning": Breakage("t = torch.ones(2)\nprint(torch.tensor(t))\n", recorded=""),
    "hung-snippet": Breakage("# snippet: timeout=1\nimport time\n\ntime.sleep(600)\n", recorded=""),
    "unseeded-snippet": Breakage(
        'print("weights:", torch.rand(3))\nprint("done")\n', command="update"
    ),
    "edited-measurement": Breakage(
        "# snippet: measured\n"
        "import time\n\n"
        "import torch\n"
        "t0 = time.perf_counter()\n"
        "x = torch.ones(100, 100) @ torch.ones(100, 100)\n"
        'print(f"matmul took {time.perf_counter() - t0:.6f} s")\n',
        edited="matmul took 0.000001 s\n",
    ),
}
# Messages that quote what unseeded runs drew: every run draws other numbers,
# so the page's copy matches a fresh one around its decimals.
DRAWN = {"unseeded-snippet"}
_DECIMAL = re.compile(r"[-+]?\d+\.\d+(?:[eE][-+]?\d+)?")


def write_broken(name: str, chapter: Path) -> Snippet:
    """Write breakage ``name`` (a key of RUNS) into ``chapter``, a folder
    ``<root>/<chapter>`` of snippets, as ``<name with _>.py`` with its recorded
    output, if any."""
    breakage = RUNS[name]
    path = chapter / f"{name.replace('-', '_')}.py"
    directive = breakage.source.startswith("# snippet:")
    path.write_text(breakage.source if directive else "import torch\n\n" + breakage.source)
    snippet = parse_snippet(path, chapter.parent)
    if breakage.recorded is not None:
        snippet.output_path("cpu").write_text(breakage.recorded)
    return snippet


def failure(runner: SnippetRunner, name: str, chapter: Path) -> str:
    """The message breakage ``name`` gets from its command, written into
    ``chapter`` (see ``write_broken``) and run by ``runner`` on the CPU: a
    verify's verdict, or what update prints when it refuses to record."""
    breakage = RUNS[name]
    snippet = write_broken(name, chapter)
    facts = runner.probe()
    quiet = contextlib.redirect_stdout(io.StringIO())  # update's "recorded ..." lines
    if breakage.command == "update":
        with quiet, contextlib.redirect_stderr(io.StringIO()) as printed:
            record_all(runner, [snippet], "cpu", facts)
        return printed.getvalue()
    if breakage.edited is not None:
        with quiet:
            record_all(runner, [snippet], "cpu", facts)
        snippet.output_path("cpu").write_text(breakage.edited)
    return judge(snippet, "cpu", runner.run(snippet), facts).message


def gallery() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        snippets, docs = root / "snippets" / "tensors", root / "docs"
        snippets.mkdir(parents=True)
        docs.mkdir()
        with SnippetRunner() as runner:
            messages = {name: failure(runner, name, snippets) for name in RUNS}
        (snippets / "forgotten.py").write_text("import torch\n")
        (snippets / "forgotten.out").write_text("")
        (docs / "tensors.md").write_text(
            "# Tensors\n\n" + "".join(f"<!-- snippet: tensors/{n}.py -->\n\n" for n in RUNS)
        )
        orphan = [p for p in coverage_problems(docs, root / "snippets") if "forgotten" in p]
        messages["orphan-snippet"] = "\n".join(orphan)
        page = docs / "tensors.md"
        page.write_text("# Tensors\n\n```python\nprint(1)\n```\n")
        messages["untested-block"] = python_block_problems(page)[0].replace(
            str(page), "docs/tensors.md"
        )
        page.write_text("# Tensors\n\n<!-- snippet: tensors/brodcast.py -->\n")
        messages["missing-include"] = _build_error(root)
    return {name: text.rstrip() + "\n" for name, text in messages.items()}


def stale(shown: dict[str, str], real: dict[str, str]) -> list[str]:
    """The names whose message as CONTRIBUTING.md shows it (``shown``) is not
    the real one (``real``, from ``gallery``). A message in DRAWN matches
    around the decimals its runs drew."""
    return [
        name for name in real if _comparable(name, shown.get(name)) != _comparable(name, real[name])
    ]


def _comparable(name: str, message: str | None) -> str | None:
    return _DECIMAL.sub("#", message) if name in DRAWN and message else message


def _build_error(root: Path) -> str:
    build = throwaway_site.build(root, ["tensors.md"])
    assert build.returncode != 0, "the broken include did not fail the build"
    return build.stderr.replace(str(root) + "/", "")


def shown_in_contributing() -> dict[str, str]:
    return {m["name"]: m["text"] for m in BLOCK.finditer(CONTRIBUTING.read_text())}


def write() -> None:
    """Write each real message into CONTRIBUTING.md, where its block shows
    another (a DRAWN one keeps the numbers it shows unless more changed)."""
    fresh, shown = gallery(), shown_in_contributing()
    text = CONTRIBUTING.read_text()
    for name in stale(shown, fresh):
        message = fresh[name]
        text = re.sub(
            rf"(<!-- failure: {name} -->\n```text\n).*?(^```$)",
            lambda m, message=message: m[1] + message + m[2],
            text,
            flags=re.DOTALL | re.MULTILINE,
        )
    CONTRIBUTING.write_text(text)


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        for name, message in gallery().items():
            print(f"<!-- failure: {name} -->\n```text\n{message}```\n")
