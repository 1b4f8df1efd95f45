"""How long the site build takes: the whole command, and the rendering alone.

    .venv/bin/python benchmarks/build_time.py [--rounds N]

"Rendering" is MkDocs' build() in a process that has already imported
everything (pages converted, search index, theme, notebooks written): what
the build does on top of starting Python. "Command" is the whole
`python -m mkdocs build` a contributor waits for. Snippets are not run: the
build only renders recordings (verification is `guide.py verify`). Prints
numbers; asserts nothing (a benchmark, not a test). Issue 14's target:
rendering under 3 s on 2 cores.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def render_once(out: str) -> float:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(REPO / "mkdocs.yml"), site_dir=out)
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


def command_once(out: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", out],
        cwd=REPO,
        check=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    os.chdir(REPO)  # the config's relative paths (snippets) are the repo's
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as out:
        render_once(out)  # warm-up: imports, first-time caches
        render = [render_once(out) for _ in range(rounds)]
        command = [command_once(out) for _ in range(rounds)]
    cores = os.cpu_count()
    print(f"site build on {cores} cores, {rounds} rounds (median, then each round):")
    print(f"  rendering  {statistics.median(render):6.2f} s  ", *(f"{t:.2f}" for t in render))
    print(f"  command    {statistics.median(command):6.2f} s  ", *(f"{t:.2f}" for t in command))


if __name__ == "__main__":
    main()
