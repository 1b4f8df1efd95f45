"""Re-record snippet outputs: the only writer of ``snippets/**/*.out``.

    python3 guide.py update [--gpu] [PATH ...]

PATH may be a snippet (``snippets/tensors/create.py``) or a chapter folder
(``snippets/tensors``); without PATH every snippet is re-recorded. A run that
warns, times out or raises an error its snippet does not declare is never
recorded: the old output stays as it was.
"""

from __future__ import annotations

import argparse
import sys

from verifier.check import record, run_problems
from verifier.runner import SnippetRunner
from verifier.selection import SelectionError, select
from verifier.snippets import REPO, Snippet, discover


def record_all(
    runner: SnippetRunner, snippets: list[Snippet], device: str
) -> tuple[list[str], list[Snippet]]:
    """Run and record each snippet; returns (files changed, not recorded)."""
    written, failed = [], []
    for snippet in snippets:
        result = runner.run(snippet, device)
        problems = run_problems(snippet, result)
        if problems:
            failed.append(snippet)
            print("NOT RECORDED " + "\n".join(problems), file=sys.stderr)
            continue
        change = record(snippet, device, result.shown_output)
        if change:
            written.append(change)
            print(f"recorded {change}")
    return written, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guide.py update")
    parser.add_argument(
        "--gpu",
        action="store_true",
        help="record CUDA outputs (on a GPU machine); default: CPU outputs",
    )
    parser.add_argument("paths", nargs="*", help="snippet files or folders")
    args = parser.parse_args(argv)
    device = "cuda" if args.gpu else "cpu"
    try:
        chosen = select(discover(), args.paths) if args.paths else discover()
    except SelectionError as exc:
        print(f"update: {exc}", file=sys.stderr)
        return 2
    snippets = [s for s in chosen if device in s.devices]

    with SnippetRunner() as runner:
        facts = runner.probe()
        if args.gpu and not facts["cuda_available"]:
            print("update --gpu: no CUDA GPU is visible here", file=sys.stderr)
            return 2
        pinned = pinned_torch()
        if device == "cpu" and pinned and facts["torch"].split("+")[0] != pinned:
            print(
                f"update: CPU outputs are recorded with torch {pinned} (the "
                f"pin in requirements.txt); this is torch {facts['torch']}",
                file=sys.stderr,
            )
            return 2
        written, failed = record_all(runner, snippets, device)
    print(
        f"update ({device}, torch {facts['torch']}): {len(snippets)} snippet(s) "
        f"run, {len(written)} outputs changed, {len(failed)} not recorded"
    )
    if written:
        print("Review the change with: git diff -- snippets/")
    return 1 if failed else 0


def pins(*names: str) -> list[str]:
    """The requirements.txt lines (``name==version``) pinning ``names``."""
    lines = (REPO / "requirements.txt").read_text().splitlines()
    return [line for line in lines if line.split("==")[0].lower() in names]


def pinned_torch() -> str | None:
    torch = pins("torch")
    return torch[0].split("==", 1)[1].strip() if torch else None


if __name__ == "__main__":
    sys.exit(main())
