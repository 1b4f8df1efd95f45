"""Re-record snippet outputs: the only writer of ``snippets/**/*.out``.

    python3 guide.py update [--gpu] [PATH ...]

PATH may be a snippet (``snippets/tensors/create.py``) or a chapter folder
(``snippets/tensors``); without PATH every snippet is re-recorded. A run that
warns, times out or raises an error its snippet does not declare is never
recorded: the old output stays as it was. Nor is a snippet that prints
something else when run again in a fresh process (unseeded random numbers,
say): a run that does not print its recording is repeated in a second fork
server, and the two runs must agree (a measurement, around its numbers).

With --gpu (on a GPU machine) each device-agnostic snippet runs on CUDA and,
for comparison, on this machine's CPU with the same torch: only where the two
differ is the GPU output kept, as ``<topic>.cuda.out`` with the machine's
facts (GPU model, torch, date) in ``<topic>.cuda.json``. Measurements
(``# snippet: measured``) are re-taken only for the snippets named by PATH,
where their shape changed, or where their facts lack the right fingerprint
(the sha256 of the output, which ``verify`` checks).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from verifier.check import judge, run_problems, same_output, unrepeatable
from verifier.commands import python_command, update_command
from verifier.facts import (
    FINGERPRINT,
    fingerprint,
    fingerprint_fault,
    pinned_cpu_build,
    torch_build,
)
from verifier.pins import pinned_torch, release
from verifier.recording import record, write_atomically
from verifier.runner import RunResult, SnippetRunner
from verifier.selection import SelectionError, select
from verifier.snippets import REPO, Snippet, discover, facts_file


def record_all(
    runner: SnippetRunner,
    snippets: list[Snippet],
    device: str,
    facts: dict,
    remeasure: bool = True,
    tally: Counter | None = None,
) -> tuple[list[str], list[Snippet]]:
    """Run and record each snippet; returns (files changed, not recorded).

    A run that does not print its recording is repeated in a second fork
    server (``runner.sibling``, started for the first such run); a snippet
    whose two runs differ is not recorded. ``tally`` counts, for a GPU
    recording, how each snippet's CUDA output compared with its CPU output
    on this machine.
    """
    written, failed = [], []
    tally = Counter() if tally is None else tally
    again: SnippetRunner | None = None
    try:
        for snippet in snippets:
            result = runner.run(snippet, device)
            verdict = judge(snippet, device, result, facts)
            problem = None if verdict.recordable else verdict.message
            if problem is None and not is_recorded(snippet, device, result.shown_output):
                again = again or runner.sibling()
                problem = repeat_problem(snippet, device, result, again.run(snippet, device))
            if problem:
                failed.append(snippet)
                print("NOT RECORDED " + problem, file=sys.stderr)
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
    finally:
        if again:
            again.close()
    return written, failed


def is_recorded(snippet: Snippet, device: str, shown: str) -> bool:
    """Whether ``shown`` is what the recording it is compared with holds (a
    measurement: around its numbers). That recording was printed by an
    earlier run in another process, so two runs agree already."""
    recording = snippet.expected_output_path(device)
    return recording.exists() and same_output(snippet, recording.read_text(encoding="utf-8"), shown)


def repeat_problem(
    snippet: Snippet, device: str, first: RunResult, second: RunResult
) -> str | None:
    """Why ``first`` may not be recorded, given a ``second`` run of the
    snippet in another process; None if the two agree."""
    if problems := run_problems(snippet, second):
        return "\n\n".join(problems) + "\n(on a second run; the first was good)"
    return unrepeatable(snippet, device, first.shown_output, second.shown_output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guide.py update")
    parser.add_argument(
        "--gpu",
        action="store_true",
        help="record CUDA outputs (on a GPU machine); default: CPU outputs",
    )
    parser.add_argument(
        "--fingerprint-committed",
        action="store_true",
        help="one-off, for the named measurements recorded before fingerprints: "
        "fingerprint them as committed, without measuring again",
    )
    parser.add_argument("paths", nargs="*", help="snippet files or folders")
    args = parser.parse_args(argv)
    device = "cuda" if args.gpu else "cpu"
    if args.fingerprint_committed and not args.paths:
        parser.error("--fingerprint-committed needs the snippets it is for")
    try:
        chosen = select(discover(), args.paths) if args.paths else discover()
    except SelectionError as exc:
        print(f"update: {exc}", file=sys.stderr)
        return 2
    snippets = [s for s in chosen if device in s.devices]
    if args.fingerprint_committed:  # hashes only: needs neither torch nor a GPU
        written, refused = fingerprint_committed(snippets, device)
        for path in written:
            print(f"fingerprinted {path}")
        for problem in refused:
            print("NOT FINGERPRINTED " + problem, file=sys.stderr)
        return 1 if refused else 0

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
        print(review_advice(written))
    return 1 if failed else 0


def review_advice(written: list[str], repo: Path = REPO) -> str:
    """How to read what ``record_all`` wrote (``written``: the outputs it
    names, relative to ``repo``): ``git diff`` shows changes to files git
    tracks, and nothing at all of a new one."""
    outputs = [w for w in written if (repo / w).is_file()]  # not "... (removed: ...)"
    files = outputs + [
        facts.relative_to(repo).as_posix()
        for w in outputs
        if (facts := facts_file(repo / w)).is_file()
    ]
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--", *files], cwd=repo, capture_output=True, text=True
    )
    tracked = set(listed.stdout.split("\0")) if listed.returncode == 0 else set()
    new = [f for f in files if f not in tracked]
    advice = []
    if new:
        advice.append("New files, which git diff does not show; read them whole: " + " ".join(new))
    if len(outputs) < len(written) or len(new) < len(files):
        advice.append("Review the changes with: git diff -- snippets/")
    return "\n".join(advice)


def fingerprint_committed(
    snippets: list[Snippet], device: str, repo: Path = REPO
) -> tuple[list[str], list[str]]:
    """The one-off path for a measurement recorded before fingerprints
    existed, kept because the prose describes its numbers and a measurement
    on another machine would contradict it: adds to its facts the sha256 of
    the recording as the last commit holds it (``git show HEAD:...``),
    measuring nothing. Works for GPU recordings on any machine.

    Refuses a recording that differs from the last commit (an edit since) or
    whose fingerprint does not match, and one without a facts file; skips
    one already fingerprinted. Returns (facts files written, refusals), paths
    relative to ``repo``.
    """
    written, refused = [], []
    for snippet in snippets:
        recording = snippet.output_path(device)
        if not snippet.measured or not recording.exists():
            continue
        rel = snippet.display_sibling(recording)
        facts_path = snippet.facts_path(device)
        fault = fingerprint_fault(recording)
        if fault is None:
            continue
        if fault == "changed":
            why = "has a fingerprint, and the file no longer matches it"
        elif not facts_path.exists():
            why = f"has no facts file ({snippet.display_sibling(facts_path)})"
        elif (committed := _committed(rel, repo)) != recording.read_bytes():
            why = "is not the file the last commit holds"
        else:
            label = json.loads(facts_path.read_text(encoding="utf-8"))
            label[FINGERPRINT] = fingerprint(committed)
            write_atomically(facts_path, json.dumps(label, indent=2) + "\n")
            written.append(snippet.display_sibling(facts_path))
            continue
        refused.append(
            f"{rel}:1: {why}; only a measurement committed as update recorded it can "
            f"be fingerprinted without measuring. Re-measure with: "
            f"{update_command(snippet, device)}"
        )
    return written, refused


def _committed(path: str, repo: Path) -> bytes | None:
    """The bytes of ``path`` (relative to ``repo``) in its last commit, if any."""
    shown = subprocess.run(["git", "show", f"HEAD:{path}"], cwd=repo, capture_output=True)
    return None if shown.returncode else shown.stdout


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
            f"build: {python_command()} -m pip install torch=={pinned} "
            "--index-url https://download.pytorch.org/whl/cpu"
        )
    return None


if __name__ == "__main__":
    sys.exit(main())
