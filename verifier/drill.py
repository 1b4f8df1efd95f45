"""Upgrade drill: run every snippet under another torch and report what would
change. Writes no recorded output.

    python3 guide.py drill VERSION [--venv DIR] [--report FILE]

A throwaway virtual environment gets torch==VERSION beside the numpy and
einops pins of requirements.txt (only what snippets import). Without --venv
it lives in a temporary folder and is deleted afterwards; with --venv DIR it
is kept and reused. The report lists the snippets whose output changed (with
diffs) and those that now warn, fail or hang.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from verifier.check import PASSED, VARIES, judge
from verifier.pins import pinned_torch, pins
from verifier.runner import SnippetRunner
from verifier.snippets import discover


def prepare(env_dir: Path, version: str) -> Path:
    python = env_dir / "bin" / "python"
    if not python.exists():
        venv.create(env_dir, with_pip=True)
    subprocess.run(
        [python, "-m", "pip", "install", "-q", f"torch=={version}", *pins("numpy", "einops")],
        check=True,
    )
    return python


def drill(python: Path) -> tuple[str, dict[str, list[str]]]:
    """(the report, the snippets by what happened: unchanged, changed, warn or
    fail)."""
    changed, broken, unchanged = [], [], []
    with SnippetRunner(str(python)) as runner:
        facts = runner.probe()
        for snippet in discover():
            if "cpu" not in snippet.devices:
                continue
            verdict = judge(snippet, "cpu", runner.run(snippet), facts)
            if not verdict.recordable:
                broken.append((snippet.name, verdict.message))
            elif verdict.outcome in (PASSED, VARIES):
                unchanged.append(snippet.name)
            else:  # a difference: not comparable here, since the torch differs
                changed.append((snippet.name, verdict.message))
    recorded = pinned_torch()
    by_outcome = {
        "unchanged": unchanged,
        "changed": [name for name, _ in changed],
        "warn or fail": [name for name, _ in broken],
    }
    lines = [
        f"# Upgrade drill: torch {facts['torch']} against outputs recorded with {recorded}",
        "",
        "Summary: " + ", ".join(f"{len(n)} {label}" for label, n in by_outcome.items()),
        "",
        f"## Output changed ({len(changed)})",
        *(f"\n### snippets/{name}\n\n```diff\n{d.rstrip()}\n```" for name, d in changed),
        "",
        f"## Now warns, fails or hangs ({len(broken)})",
        *(f"\n### snippets/{name}\n\n```text\n{b.rstrip()}\n```" for name, b in broken),
    ]
    return "\n".join(lines) + "\n", by_outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guide.py drill")
    parser.add_argument("version", help="the torch version to try, e.g. 2.12.1")
    parser.add_argument("--venv", type=Path, help="keep (and reuse) the environment here")
    parser.add_argument("--report", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)

    env_dir = args.venv or Path(tempfile.mkdtemp(prefix=f"drill-torch-{args.version}-"))
    try:
        print(f"drill: installing torch=={args.version} into {env_dir} ...", flush=True)
        report, by_outcome = drill(prepare(env_dir, args.version))
    finally:
        if args.venv is None:
            shutil.rmtree(env_dir, ignore_errors=True)
    print(report)
    if args.report:
        args.report.write_text(report)
    counts = {label: len(names) for label, names in by_outcome.items()}
    print("drill: no recorded output was changed; counts:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
