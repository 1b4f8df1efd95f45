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

from verifier.check import write_atomically
from verifier.snippets import REPO, SNIPPETS_DIR


def record_path() -> Path:
    return Path(os.environ.get("GUIDE_RECORD", REPO / ".verification" / "record.json"))


def digest(root: Path = SNIPPETS_DIR) -> str:
    """One hash over every snippet and recorded output under ``root``."""
    h = hashlib.sha256()
    for path in sorted(root.glob("[!.]*/*")):
        if path.suffix in (".py", ".out", ".json"):
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
            own = (root / name).with_suffix(".cuda.out").exists()
            counts["matched a GPU recording" if own else "matched the CPU recording"] += 1
    return {device: dict(counts) for device, counts in sorted(totals.items())}


def run_counts(outcomes: dict[tuple[str, str], str], root: Path = SNIPPETS_DIR) -> list[str]:
    """One line per device: how many snippets ran there and how each ended."""
    lines = []
    for device, c in device_totals(outcomes, root).items():
        ran = sum(c.get(k, 0) for k in ("passed", "failed", "skipped", "torch-differs"))
        text = f"{device}: {ran} snippets, {c.get('passed', 0)} passed"
        if device == "cuda" and c.get("passed"):
            text += (
                f" ({c.get('matched the CPU recording', 0)} printing what the CPU "
                f"recording shows, {c.get('matched a GPU recording', 0)} their own "
                "GPU recording)"
            )
        for key, label in (
            ("torch-differs", "not comparable (recorded with another torch build)"),
            ("failed", "failed"),
            ("skipped", "skipped"),
        ):
            if c.get(key):
                text += f", {c[key]} {label}"
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
    """The Markdown a chapter page shows about its own verification."""
    counts = record["chapters"].get(chapter, {})

    def status(device: str) -> str:
        c = counts.get(device, {})
        total = sum(c.values())
        if not total:
            return "not run"
        text = f"{c.get('passed', 0)} of {total} passed"
        if c.get("torch-differs"):
            text += f", {c['torch-differs']} not comparable (recorded with another torch build)"
        if c.get("skipped"):
            text += f", {c['skipped']} skipped"
        return text

    gpu = f" on {record['gpu']}" if record["gpu"] else " (no GPU in this run)"
    return [
        '!!! success "Verified"',
        "",
        f"    Every output on this page was printed by the code above it when "
        f"the guide was verified on {record['when']} with torch "
        f"{record['torch']} (Python {record['python']}): CPU runs "
        f"{status('cpu')}; CUDA runs {status('cuda')}{gpu}.",
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
