"""MkDocs hook: write each chapter's notebook after the build.

Pages themselves come from the Markdown extension verifier.markdown_markers,
which every Python-Markdown engine runs; this hook is the one MkDocs-only
step (an engine without hooks needs verifier.notebooks.write_all run after
its build: see README, "Other engines").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifier.notebooks import write_all  # noqa: E402


def on_post_build(config):
    root = Path(config.mdx_configs["verifier.markdown_markers"]["snippets_dir"]).resolve()
    write_all(Path(config.docs_dir), Path(config.site_dir), root)
