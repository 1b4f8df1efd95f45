"""Judge a snippet run: the problems that fail it, and what to record."""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from pathlib import Path

from verifier.runner import RunResult
from verifier.snippets import Snippet

UPDATE_COMMAND = "python3 guide.py update"


def update_command(snippet: Snippet, device: str) -> str:
    gpu = " --gpu" if device == "cuda" else ""
    return f"{UPDATE_COMMAND}{gpu} {snippet.display_path}"


def verify_command(snippet: Snippet) -> str:
    return f"python3 guide.py verify {snippet.display_path}"


def hang_line(snippet: Snippet, dump: str) -> int | None:
    """The snippet line a timed-out run was stuck on, from faulthandler's
    dump (most recent call first)."""
    pattern = rf'File "{re.escape(str(snippet.path))}", line (\d+)'
    m = re.search(pattern, dump)
    return int(m[1]) if m else None


def _source(snippet: Snippet, line: int) -> str:
    return snippet.path.read_text(encoding="utf-8").splitlines()[line - 1].strip()


def run_problems(snippet: Snippet, result: RunResult) -> list[str]:
    """Everything wrong with a run except drift from the recorded output.

    A run with any of these problems must never be recorded as content.
    """
    where = snippet.display_path
    recheck = f"then run: {verify_command(snippet)}"
    if result.timed_out:
        line = hang_line(snippet, result.hang_dump)
        stuck = f" while running `{_source(snippet, line)}`" if line else ""
        return [
            f"{where}:{line or 1}: killed after {snippet.timeout_s:g} s (timeout)"
            f"{stuck}. Fix the hang, or if it really needs longer put "
            f"'# snippet: timeout=SECONDS' at its top; {recheck}"
        ]
    if not result.completed:
        how = f"signal {result.signal}" if result.signal else "an early exit"
        return [f"{where}:1: the snippet process died ({how}) before finishing."]
    problems = [
        f"{where}:{w['line'] or 1}: emitted a warning: {w['text']} "
        f"(warned in {w['origin']}). Change the code so it does not warn; "
        f"{recheck}"
        for w in result.warnings
    ]
    if result.stderr:
        problems.append(
            f"{where}:1: wrote to stderr (a page shows stdout only):\n"
            f"{result.stderr.rstrip()}\nPrint to stdout instead; {recheck}"
        )
    problems += _error_problems(snippet, result.exception)
    return problems


def _error_problems(snippet: Snippet, exc: dict | None) -> list[str]:
    where = snippet.display_path
    if snippet.raises is None:
        if exc is None:
            return []
        return [
            f"{where}:{exc['line']}: raised an unexpected {exc['type']}:\n"
            f"{exc['text'].rstrip()}\nFix the code; or, if the page is meant "
            f"to show this error, end that line with '# raises {exc['type']}' "
            f"and run: {update_command(snippet, 'cpu')}"
        ]
    expected = f"{where}:{snippet.raises_line}: expected {snippet.raises}"
    fix = (
        "Fix the code, or the '# raises' marker if the error really changed; "
        f"then run: {update_command(snippet, 'cpu')}"
    )
    if exc is None:
        return [f"{expected} from this line, but the snippet raised nothing. {fix}"]
    if exc["type"] != snippet.raises.rsplit(".", 1)[-1]:
        return [f"{expected}, got {exc['type']}:\n{exc['text'].rstrip()}\n{fix}"]
    if exc["line"] != snippet.raises_line:
        return [
            f"{expected} from this line, but it came from line {exc['line']}:"
            f"\n{exc['text'].rstrip()}\n{fix}"
        ]
    return []


def drift(snippet: Snippet, device: str, shown: str) -> str | None:
    """A unified diff if ``shown`` differs from the recorded output."""
    recorded_path = snippet.expected_output_path(device)
    rel = snippet.display_sibling(recorded_path)
    fix = update_command(snippet, device)
    if not recorded_path.exists():
        return (
            f"{snippet.display_path}:1: no recorded output ({rel} is missing).\n"
            f"Record it with: {fix}"
        )
    recorded = recorded_path.read_text(encoding="utf-8")
    if recorded == shown:
        return None
    old, new = recorded.splitlines(), shown.splitlines()
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
    line = (first if first is not None else min(len(old), len(new))) + 1
    diff = "".join(
        difflib.unified_diff(
            recorded.splitlines(keepends=True),
            shown.splitlines(keepends=True),
            fromfile=f"{rel} (recorded)",
            tofile=f"{snippet.display_path} on {device} (printed now)",
        )
    )
    return (
        f"{rel}:{line}: {snippet.display_path} printed something else on "
        f"{device} than this recording.\n{diff}\n"
        f"If the change is intended, re-record with: {fix}"
    )


def write_atomically(path: Path, text: str) -> None:
    """Write all of ``text`` or nothing: a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def record(snippet: Snippet, device: str, shown: str) -> str | None:
    """Store ``shown`` as the recorded output for ``device``.

    Returns the repo-relative path written or removed, or None if nothing
    changed. A GPU run gets its own file only where it differs from the CPU
    recording; a GPU file that has become identical is removed.
    """
    own = snippet.output_path(device)
    if device != "cpu" and not snippet.requires_cuda:
        cpu = snippet.output_path("cpu")
        if cpu.exists() and cpu.read_text(encoding="utf-8") == shown:
            if own.exists():
                own.unlink()
                return f"{snippet.display_sibling(own)} (removed: same as CPU)"
            return None
    if own.exists() and own.read_text(encoding="utf-8") == shown:
        return None
    write_atomically(own, shown)
    return snippet.display_sibling(own)
