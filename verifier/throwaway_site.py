"""Build a throwaway site from ``root``/docs and ``root``/snippets with the
guide's real configuration: how tests and the failure gallery see what a
broken page does to the build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from verifier.snippets import REPO


def build(root: Path, nav: list[str]) -> subprocess.CompletedProcess:
    """mkdocs build of ``root``/docs into ``root``/site (output captured)."""
    config = root / "mkdocs.yml"
    # Paths in the inherited config are relative to the repo: give them here.
    theme = REPO / "overrides"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: {root / 'docs'}\n"
        f"site_dir: {root / 'site'}\nnav: [{', '.join(nav)}]\n"
        f"hooks: [{REPO / 'verifier/mkdocs_hook.py'}]\nwatch: []\n"
        + (f"theme:\n  custom_dir: {theme}\n" if theme.is_dir() else "")
    )
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)],
        cwd=root,  # pymdownx.snippets' base_path, snippets, is relative to it
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )


def build_guide(out: Path, engine: str = "mkdocs") -> Path:
    """A strict build of the guide itself into ``out`` by ``engine`` (mkdocs,
    or properdocs: MkDocs' fork, same command line), dated by the commit as
    `guide.py build` dates it; fails (assert) with its stderr."""
    from guide import build_env

    result = subprocess.run(
        [sys.executable, "-m", engine, "build", "-q", "--strict", "-d", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", **build_env()),
    )
    assert result.returncode == 0, f"{engine} build failed:\n{result.stderr}"
    return out
