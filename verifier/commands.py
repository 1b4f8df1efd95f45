"""The commands the verifier's messages tell a contributor to run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from verifier.snippets import Snippet


def update_command(snippet: Snippet, device: str) -> str:
    """The command that records ``snippet``'s output on ``device`` ("cpu", "cuda")."""
    gpu = " --gpu" if device == "cuda" else ""
    return f"python3 guide.py update{gpu} {snippet.display_path}"


def verify_command(snippet: Snippet) -> str:
    """The command that checks ``snippet`` again after a fix."""
    return f"python3 guide.py verify {snippet.display_path}"


def python_command() -> str:
    """The Python running now, as a contributor would type it: ``.venv/bin/python``
    from the repo's own .venv (relative to the working directory), else its full
    path (a GPU runner's ``--system-python``), so advice never names a .venv
    that is not there."""
    python = Path(sys.executable)
    try:
        relative = os.path.relpath(python)
    except ValueError:  # another drive (Windows)
        return str(python)
    return relative if not relative.startswith("..") else str(python)
