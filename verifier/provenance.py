"""The verification record: what a full verification run checked, with what.

A complete snippet run (every planned snippet, no selection) writes
``.verification/record.json``; the site build reads it and shows each chapter
what verified it. The record carries a digest of every snippet and recorded
output, so a record from before an edit is never shown as if it covered the
edit. ``GUIDE_RECORD`` points elsewhere (the tests use it).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from verifier.recording import write_atomically
from verifier.snippets import REPO, SNIPPETS_DIR, output_file, snippet_file_of


def record_path() -> Path:
    return Path(os.environ.get("GUIDE_RECORD", REPO / ".verification" / "record.json"))


def digest(root: Path = SNIPPETS_DIR) -> str:
    """One hash over every snippet and its recordings (outputs and facts)
    under ``root``."""
    h = hashlib.sha256()
    for path in sorted(root.glob("[!.]*/*")):
        if snippet_file_of(path):
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def build_record(
    outcomes: dict[tuple[str, str], str], facts: dict, root: Path = SNIPPETS_DIR
) -> dict:
    """``outcomes`` maps (snippet name, device) to passed/failed/skipped."""
    chapters: dict[str, dict[str, Counter]] = {}
    for (name, device), outcome in outcomes.items():
        chapter = chapters.setdefault(name.split("/", 1)[0], {})
        chapter.setdefault(device, Counter())[outcome] += 1
    now = datetime.datetime.now(datetime.UTC)
    totals = device_totals(outcomes, root)
    return {
        "when": now.strftime("%Y-%m-%d %H:%M UTC"),
        "torch": facts["torch"],
        "python": facts["python"],
        "gpu": facts["gpu"],
        # What else decides the last digits and how workers start.
        "environment": environment(facts),
        "digest": digest(root),
        "devices": totals,
        "chapters": {
            ch: {dev: dict(counts) for dev, counts in devs.items()}
            for ch, devs in sorted(chapters.items())
        },
    }


def device_totals(
    outcomes: dict[tuple[str, str], str], root: Path = SNIPPETS_DIR
) -> dict[str, dict[str, int]]:
    """Outcomes per device; a passing CUDA run is counted by what it matched:
    the CPU recording, or a GPU recording of its own."""
    totals: dict[str, Counter] = {}
    for (name, device), outcome in sorted(outcomes.items()):
        counts = totals.setdefault(device, Counter())
        counts[outcome] += 1
        if device == "cuda" and outcome == "passed":
            own = output_file(root / name, "cuda").exists()
            counts["matched a GPU recording" if own else "matched the CPU recording"] += 1
    return {device: dict(counts) for device, counts in sorted(totals.items())}


# How each outcome reads (check.py's outcome names).
LABELS = {
    "passed": "passed",
    "varies": "passed within their declared tolerance",
    "torch-differs": "not comparable (recorded with another torch build)",
    "failed": "failed",
    "skipped": "not run here (no GPU)",
}


def environment(facts: dict) -> str:
    """The execution environment of a run, in words: torch build, CPU and
    its kernels, threads, process start method."""
    build = f"torch {facts['torch']}" + (
        f" (CUDA {facts['cuda_version']})" if facts.get("cuda_version") else " (CPU build)"
    )
    parts = [build, f"{facts.get('cpu') or 'CPU'} with {facts.get('cpu_capability')} kernels"]
    parts.append(f"{facts.get('threads')} thread{'s' if facts.get('threads') != 1 else ''}")
    parts.append(f"'{facts.get('start_method')}' worker start")
    if facts.get("gpu"):
        parts.append(facts["gpu"])
    return ", ".join(parts)


def _status(c: dict[str, int]) -> str:
    """One device's counts, e.g. '12 of 14 passed, 2 failed'."""
    ran = sum(c.get(k, 0) for k in ("passed", "varies", "torch-differs", "failed"))
    passed = c.get("passed", 0) + c.get("varies", 0)
    if not ran:
        return f"{c.get('skipped', 0)} not run here (no GPU)" if c.get("skipped") else "none"
    text = f"{passed} of {ran} passed"
    if c.get("varies"):
        text += f" ({c['varies']} within their declared tolerance)"
    for key in ("torch-differs", "failed", "skipped"):
        if c.get(key):
            text += f", {c[key]} {LABELS[key]}"
    return text


def run_counts(outcomes: dict[tuple[str, str], str], root: Path = SNIPPETS_DIR) -> list[str]:
    """One line per device: how many snippets ran there and how each ended."""
    lines = []
    for device, c in device_totals(outcomes, root).items():
        text = f"{device}: {_status(c)}"
        if device == "cuda" and c.get("passed"):
            text += (
                f" ({c.get('matched the CPU recording', 0)} printing what the CPU "
                f"recording shows, {c.get('matched a GPU recording', 0)} their own "
                "GPU recording)"
            )
        lines.append(text)
    return lines


def save(record: dict) -> None:
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(record, indent=2) + "\n")


def load(root: Path = SNIPPETS_DIR) -> dict | None:
    """The record, if there is one and it covers the snippets as they are."""
    try:
        record = json.loads(record_path().read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return record if record.get("digest") == digest(root) else None


def summary(chapter: str, record: dict) -> list[str]:
    """The Markdown a chapter page shows about its own verification: a
    success box only when every run that could run here passed."""
    counts = record["chapters"].get(chapter, {})
    cpu, cuda = counts.get("cpu", {}), counts.get("cuda", {})
    bad = sum(c.get(k, 0) for c in (cpu, cuda) for k in ("failed", "torch-differs"))
    if cuda and not set(cuda) - {"skipped"}:
        gpu = f"its {cuda['skipped']} CUDA-only examples were not run here (no GPU in this run)"
    elif cuda:
        gpu = f"CUDA runs {_status(cuda)} on {record['gpu'] or 'no GPU'}"
    else:
        gpu = "no example here needs a GPU"
    kind, title = ("success", "Verified") if not bad else ("failure", "Not fully verified")
    env = record.get("environment") or f"torch {record['torch']}"
    return [
        f'!!! {kind} "{title}"',
        "",
        f"    Each output on this page is what the code above it printed when the "
        f"guide was verified on {record['when']} (Python {record['python']}; {env}): "
        f"CPU runs {_status(cpu) if cpu else 'none'}; {gpu}. "
        "[Getting the same output yourself](introduction.md#getting-the-output-shown-here).",
        "",
    ]


def unverified() -> list[str]:
    return [
        '!!! warning "Not verified in this build"',
        "",
        "    This copy of the site was built without a verification run that "
        "covers the snippets as they are now. `python3 guide.py build` "
        "verifies first.",
        "",
    ]
