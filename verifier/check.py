"""Judge a snippet run: the problems that fail it, and what to record."""

from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path

from verifier.runner import RunResult
from verifier.snippets import REPO, Snippet

UPDATE_COMMAND = "python3 guide.py update"


def update_command(snippet: Snippet, device: str) -> str:
    gpu = " --gpu" if device == "cuda" else ""
    return f"{UPDATE_COMMAND}{gpu} {snippet.display_path}"


def run_problems(snippet: Snippet, result: RunResult) -> list[str]:
    """Everything wrong with a run except drift from the recorded output.

    A run with any of these problems must never be recorded as content.
    """
    where = snippet.display_path
    if result.timed_out:
        return [
            f"{where}: killed after {snippet.timeout_s:g} s (timeout). If it "
            "really needs longer, put '# snippet: timeout=SECONDS' at its top."
        ]
    if not result.completed:
        how = f"signal {result.signal}" if result.signal else "an early exit"
        return [f"{where}: the snippet process died ({how}) before finishing."]
    problems = [f"{where}: emitted a warning: {w}" for w in result.warnings]
    if result.stderr:
        problems.append(f"{where}: wrote to stderr:\n{result.stderr.rstrip()}")
    problems += _error_problems(snippet, result.exception)
    return problems


def _error_problems(snippet: Snippet, exc: dict | None) -> list[str]:
    where = snippet.display_path
    if snippet.raises is None:
        if exc is None:
            return []
        return [
            f"{where}:{exc['line']}: raised an unexpected {exc['type']}:\n"
            f"{exc['text'].rstrip()}\nIf the page is meant to show this "
            f"error, end that line with '# raises {exc['type']}'."
        ]
    expected = f"{where}:{snippet.raises_line}: expected {snippet.raises}"
    if exc is None:
        return [f"{expected} from this line, but the snippet raised nothing."]
    if exc["type"] != snippet.raises.rsplit(".", 1)[-1]:
        return [f"{expected}, got {exc['type']}:\n{exc['text'].rstrip()}"]
    if exc["line"] != snippet.raises_line:
        return [
            f"{expected} from this line, but it came from line {exc['line']}:"
            f"\n{exc['text'].rstrip()}"
        ]
    return []


def drift(snippet: Snippet, device: str, shown: str) -> str | None:
    """A unified diff if ``shown`` differs from the recorded output."""
    recorded_path = snippet.expected_output_path(device)
    rel = _rel(recorded_path)
    fix = update_command(snippet, device)
    if not recorded_path.exists():
        return (
            f"{snippet.display_path}: no recorded output ({rel} is missing).\nRecord it with: {fix}"
        )
    recorded = recorded_path.read_text(encoding="utf-8")
    if recorded == shown:
        return None
    diff = "".join(
        difflib.unified_diff(
            recorded.splitlines(keepends=True),
            shown.splitlines(keepends=True),
            fromfile=f"{rel} (recorded)",
            tofile=f"{snippet.display_path} on {device} (printed now)",
        )
    )
    return (
        f"{snippet.display_path}: output on {device} differs from {rel}.\n"
        f"{diff}\nIf this change is intended, re-record with: {fix}"
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
                return f"{_rel(own)} (removed: same as CPU)"
            return None
    if own.exists() and own.read_text(encoding="utf-8") == shown:
        return None
    write_atomically(own, shown)
    return _rel(own)


def _rel(path: Path) -> str:
    try:
        return path.relative_to(REPO).as_posix()
    except ValueError:
        return str(path)
