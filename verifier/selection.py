"""Pick the snippets a command should run: by path, or by what changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from verifier.pages import find_markers
from verifier.snippets import REPO, SNIPPETS_DIR, Snippet, snippet_file_of

# A change to any of these can change every snippet's verdict.
AFFECTS_ALL = ("verifier/", "tests/conftest.py", "tests/test_snippets.py", "requirements.txt")


class SelectionError(Exception):
    pass


def select(snippets: list[Snippet], targets: list[str]) -> list[Snippet]:
    """Snippets named by ``targets``: a snippet file, one of its recordings
    (an output or its facts), a chapter folder, or a docs page (the snippets
    it shows)."""
    chosen: list[Snippet] = []
    for raw in targets:
        hits = _resolve(snippets, raw)
        if not hits:
            raise SelectionError(f"no snippet at {raw!r}")
        chosen += [s for s in hits if s not in chosen]
    return chosen


def _resolve(snippets: list[Snippet], raw: str) -> list[Snippet]:
    target = (REPO / raw).resolve() if not Path(raw).is_absolute() else Path(raw)
    if target.suffix == ".md":
        if not target.exists():
            return []
        refs = {m.snippet_name for m in find_markers(target.read_text(), target, raw)}
        return [s for s in snippets if s.name in refs]
    if not target.exists() and (SNIPPETS_DIR / raw).exists():
        target = (SNIPPETS_DIR / raw).resolve()
    if target.is_file():  # x.out, x.cuda.out, x.json... belong to x.py
        target = snippet_file_of(target) or target
    return [s for s in snippets if s.path == target or target in s.path.parents]


def changed_since(base: str = "main") -> list[str] | None:
    """Files changed against ``base`` (committed, staged, unstaged and
    untracked), or None when the change touches the verifier itself."""
    changed = _git("diff", "--name-only", base) + _git("ls-files", "--others", "--exclude-standard")
    if any(path.startswith(AFFECTS_ALL) for path in changed):
        return None
    return [
        p
        for p in changed
        if (p.startswith("snippets/") and snippet_file_of(REPO / p))
        or (p.startswith("docs/") and p.endswith(".md") and (REPO / p).exists())
    ]


def _git(*args: str) -> list[str]:
    out = subprocess.run(
        ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines() if line]
