"""Re-record snippet outputs: the only writer of ``snippets/**/*.out``.

    python3 guide.py update [--gpu] [PATH ...]

PATH may be a snippet (``snippets/tensors/create.py``) or a chapter folder
(``snippets/tensors``); without PATH every snippet is re-recorded. A run that
warns, times out or raises an error its snippet does not declare is never
recorded: the old output stays as it was.

With --gpu (on a GPU machine) each device-agnostic snippet runs on CUDA and,
for comparison, on this machine's CPU with the same torch: only where the two
differ is the GPU output kept, as ``<topic>.cuda.out`` with the machine's
facts (GPU model, torch, date) in ``<topic>.cuda.json``. Measurements
(``# snippet: measured``) are re-taken only for the snippets named by PATH,
or where their shape changed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from verifier.check import judge, pinned_cpu_build, record, torch_build
from verifier.pins import pinned_torch, release
from verifier.runner import SnippetRunner
from verifier.selection import SelectionError, select
from verifier.snippets import Snippet, discover


def record_all(
    runner: SnippetRunner,
    snippets: list[Snippet],
    device: str,
    facts: dict,
    remeasure: bool = True,
    tally: Counter | None = None,
) -> tuple[list[str], list[Snippet]]:
    """Run and record each snippet; returns (files changed, not recorded).

    ``tally`` counts, for a GPU recording, how each snippet's CUDA output
    compared with its CPU output on this machine.
    """
    written, failed = [], []
    tally = Counter() if tally is None else tally
    for snippet in snippets:
        result = runner.run(snippet, device)
        verdict = judge(snippet, device, result, facts)
        if not verdict.recordable:
            failed.append(snippet)
            print("NOT RECORDED " + verdict.message, file=sys.stderr)
            continue
        same_as_cpu = False
        if device == "cuda" and not snippet.requires_cuda:
            # Exact, even for a measurement: a GPU's timings are its own.
            cpu = runner.run(snippet, "cpu")
            same_as_cpu = (
                judge(snippet, "cpu", cpu, facts).recordable
                and cpu.shown_output == result.shown_output
            )
        tally["same as CPU" if same_as_cpu else "GPU output of its own"] += 1
        change = record(snippet, device, result.shown_output, facts, same_as_cpu, remeasure)
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
        if device == "cpu" and (refusal := cpu_recording_refusal(facts)):
            print(f"update: {refusal}", file=sys.stderr)
            return 2
        tally: Counter = Counter()
        remeasure = bool(args.paths)
        written, failed = record_all(runner, snippets, device, facts, remeasure, tally)
    where = f"{facts['gpu']}, " if device == "cuda" else ""
    print(
        f"update ({device}, {where}torch {facts['torch']}): {len(snippets)} snippet(s) "
        f"run, {len(written)} outputs changed, {len(failed)} not recorded"
    )
    if device == "cuda":
        print("  on CUDA: " + ", ".join(f"{n} {what}" for what, n in sorted(tally.items())))
    if written:
        print("Review the change with: git diff -- snippets/")
    return 1 if failed else 0


def cpu_recording_refusal(facts: dict) -> str | None:
    """Why this torch may not record CPU outputs, if it may not.

    CPU outputs are what CI's torch prints: the CPU build of the pinned
    release. A CUDA build prints some messages differently even with no GPU.
    """
    if torch_build(facts) == pinned_cpu_build():
        return None
    pinned = pinned_torch()
    if pinned and release(facts["torch"]) != pinned:
        return (
            f"CPU outputs are recorded with torch {pinned} (the pin in "
            f"requirements.txt); this is torch {facts['torch']}"
        )
    if facts["cuda_version"]:
        return (
            f"CPU outputs are recorded with the CPU build of torch, as CI runs "
            f"it; this is a CUDA {facts['cuda_version']} build. Install the CPU "
            f"build: .venv/bin/python -m pip install torch=={pinned} "
            "--index-url https://download.pytorch.org/whl/cpu"
        )
    return None


if __name__ == "__main__":
    sys.exit(main())
