"""Upgrade drill: run every snippet under another torch and report what would
change. Writes no recorded output.

    python3 guide.py drill VERSION [--venv DIR] [--report FILE] [--publish]

A throwaway virtual environment gets torch==VERSION beside the pins of the
packages snippets import (SNIPPET_PACKAGES). Without --venv it lives in a
temporary folder and is deleted afterwards; with --venv DIR it is kept and
reused. The report sorts the snippets whose run changed by kind (KINDS) and
quotes the lines that changed. --publish also writes it for readers:
snippets/upgrade_drift.json (the measurement) and snippets/upgrade_drift.md
(its rendering, which docs/upgrade_drift.md includes).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

from verifier.check import judge, run_problems, structure
from verifier.facts import pinned_cpu_build, torch_build
from verifier.pins import pins, release
from verifier.runner import RunResult, SnippetRunner
from verifier.snippets import SNIPPETS_DIR, Snippet, discover, snippet_anchor

# What snippets import besides torch and the standard library, as
# requirements.txt names them (tests/test_drift_report.py keeps this whole).
SNIPPET_PACKAGES = ("numpy", "einops", "scikit-learn")

# What the published report is made of: the page docs/upgrade_drift.md
# includes the Markdown, which is rendered from the JSON.
PUBLISHED_DATA = SNIPPETS_DIR / "upgrade_drift.json"
PUBLISHED_PAGE = SNIPPETS_DIR / "upgrade_drift.md"

# How a snippet's run can change, worst first, with the heading it gets.
KINDS = {
    "fails": "Now fails: another error, no error, or a hang",
    "warns": "Now warns",
    "error message": "Error messages reworded",
    "text": "Other printed text changed",
    "numbers": "Numbers changed",
}
# A line that names an exception, as a traceback or a printed error ends.
_ERROR_LINE = re.compile(r"^[\w.]*(Error|Exception|Interrupt|Exit)\b")


def prepare(env_dir: Path, version: str) -> Path:
    python = env_dir / "bin" / "python"
    if not python.exists():
        venv.create(env_dir, with_pip=True)
    subprocess.run(
        [python, "-m", "pip", "install", "-q", f"torch=={version}", *pins(*SNIPPET_PACKAGES)],
        check=True,
    )
    return python


def changed_lines(snippet: Snippet, recorded: str, printed: str) -> list[str]:
    """The lines that differ, ``-`` as recorded and ``+`` as printed now
    (a measured snippet's numbers masked as ``#``, since they may differ)."""
    if snippet.measured:
        recorded, printed = structure(recorded), structure(printed)
    diff = difflib.unified_diff(recorded.splitlines(), printed.splitlines(), n=0, lineterm="")
    return [line for line in list(diff)[2:] if not line.startswith("@@")]


def classify(snippet: Snippet, result: RunResult) -> tuple[str, list[str]] | None:
    """(kind, lines) for a run that does not print what the page shows: its
    kind in KINDS and the lines a reader would see change. None when it
    prints what the page shows and runs cleanly (a verdict that failed on
    the recording itself, which verify reports, says nothing about torch)."""
    if not snippet.output_path("cpu").exists():
        return None  # a new snippet: nothing recorded to compare with yet
    recorded = snippet.output_path("cpu").read_text(encoding="utf-8")
    lines = changed_lines(snippet, recorded, result.shown_output)
    quiet = dataclasses.replace(result, warnings=[], stderr="")
    if failures := run_problems(snippet, quiet):  # hang, crash, another error
        return "fails", [f.splitlines()[0] for f in failures] + lines
    if result.warnings or result.stderr:
        said = [f"warning (snippet line {w['line']}): {w['text']}" for w in result.warnings]
        said += [f"stderr: {line}" for line in result.stderr.splitlines()]
        return "warns", said + lines
    if not lines:
        return None
    spacing_only = recorded.split() == result.shown_output.split()
    if structure(recorded) == structure(result.shown_output) and not spacing_only:
        return "numbers", lines
    if all(_ERROR_LINE.match(line[1:]) for line in lines):
        return "error message", lines
    return "text", lines


def measure(python: Path, root: Path = SNIPPETS_DIR) -> dict:
    """Run every CPU snippet under ``root`` with ``python`` and compare each
    with its recording. Returns the report's data: torch and machine facts,
    the date, run time in seconds, counts, and ``changes`` (one
    ``{"snippet", "kind", "lines"}`` per snippet whose run changed, by name)."""
    started = time.monotonic()
    changes, unchanged = [], []
    with SnippetRunner(str(python)) as runner:
        facts = runner.probe()
        snippets = [s for s in discover(root) if "cpu" in s.devices]
        for snippet in snippets:
            result = runner.run(snippet)
            verdict = judge(snippet, "cpu", result, facts)
            change = None if verdict.ok else classify(snippet, result)
            if change is None:
                unchanged.append(snippet.name)
            else:
                changes.append({"snippet": snippet.name, "kind": change[0], "lines": change[1]})
    gpu = facts["gpu"] or "no GPU"
    return {
        "torch": facts["torch"],
        "torch_build": torch_build(facts),
        "recorded_with": pinned_cpu_build(),
        "date": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "machine": f"{facts['cpu']} ({facts['cpu_capability']}), {gpu}",
        "threads": facts["threads"],
        "python": facts["python"],
        "seconds": round(time.monotonic() - started),
        "snippets": len(snippets),
        "unchanged": unchanged,
        "changes": changes,
    }


def refresh_command(data: dict) -> str:
    return f"python3 guide.py drill {release(data['torch'])} --publish"


def render(data: dict) -> str:
    """The report in Markdown, for a terminal and for the site alike: facts
    and counts in a text block, then each kind's snippets with their lines
    (``-`` as the page shows, ``+`` as this torch prints, in a diff block so
    the site colours them), each headed by a link to the snippet's code on
    its chapter's page. Headings start at level two: the page including it
    has the title."""
    counts = {kind: sum(c["kind"] == kind for c in data["changes"]) for kind in KINDS}
    facts = [
        f"torch:         {data['torch_build']}, run on the CPU",
        f"compared with: {data['recorded_with']}, which recorded the outputs shown",
        f"measured:      {data['date']}, in {data['seconds']} s",
        f"machine:       {data['machine']}",
        f"threads:       {data['threads']}",
        f"python:        {data['python']}",
        f"snippets run:  {data['snippets']}",
        f"unchanged:     {len(data['unchanged'])}",
        *(f"{kind + ':':<15}{n}" for kind, n in counts.items()),
    ]
    # Titled blocks: the site's copy button sits in the title bar, not on
    # the first line.
    out = ["## Measured", "", '```text title="The run"', *facts, "```", ""]
    out += ["Refresh it with:", ""]
    out += ["```shell", refresh_command(data), "```"]
    diff = f'```diff title="- as the page shows, + as torch {release(data["torch"])} prints"'
    for kind, heading in KINDS.items():
        entries = [c for c in data["changes"] if c["kind"] == kind]
        if not entries:
            continue
        out += ["", f"## {heading}"]
        for c in entries:
            name = c["snippet"]
            link = f"{name.split('/')[0]}.md#{snippet_anchor(name)}"
            out += ["", f"### [{name}]({link})", "", diff, *c["lines"], "```"]
    return "\n".join(out) + "\n"


def load(path: Path = PUBLISHED_DATA) -> dict:
    """The published report's data; ValueError naming the file if it does
    not have what render needs."""
    data = json.loads(path.read_text(encoding="utf-8"))
    wanted = ("torch", "torch_build", "recorded_with", "date", "machine", "threads")
    wanted += ("python", "seconds", "snippets", "unchanged", "changes")
    missing = [key for key in wanted if key not in data]
    odd = [c.get("snippet") for c in data.get("changes", []) if c.get("kind") not in KINDS]
    if missing or odd:
        raise ValueError(
            f"{path}: not a drill report (missing {missing}, unknown kinds for {odd}); "
            "rewrite it with: python3 guide.py drill VERSION --publish"
        )
    return data


def by_outcome(data: dict) -> dict[str, list[str]]:
    """The snippets by what happened: unchanged, changed, warn or fail."""
    broken = ("fails", "warns")
    return {
        "unchanged": data["unchanged"],
        "changed": [c["snippet"] for c in data["changes"] if c["kind"] not in broken],
        "warn or fail": [c["snippet"] for c in data["changes"] if c["kind"] in broken],
    }


def report(data: dict) -> str:
    """The report as the drill prints it: a title, then render's body."""
    title = f"# Upgrade drill: torch {data['torch']} against outputs recorded with "
    return f"{title}{data['recorded_with']}\n\n{render(data)}"


def drill(python: Path) -> tuple[str, dict[str, list[str]]]:
    """(the report, the snippets by what happened: see by_outcome)."""
    data = measure(python)
    return report(data), by_outcome(data)


def publish(data: dict) -> None:
    """Write the report where docs/upgrade_drift.md shows it."""
    PUBLISHED_DATA.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    PUBLISHED_PAGE.write_text(render(data), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guide.py drill")
    parser.add_argument("version", help="the torch version to try, e.g. 2.12.1")
    parser.add_argument("--venv", type=Path, help="keep (and reuse) the environment here")
    parser.add_argument("--report", type=Path, help="also write the report to this file")
    parser.add_argument(
        "--publish", action="store_true", help=f"also write {PUBLISHED_PAGE.name} for the site"
    )
    args = parser.parse_args(argv)

    env_dir = args.venv or Path(tempfile.mkdtemp(prefix=f"drill-torch-{args.version}-"))
    try:
        print(f"drill: installing torch=={args.version} into {env_dir} ...", flush=True)
        data = measure(prepare(env_dir, args.version))
    finally:
        if args.venv is None:
            shutil.rmtree(env_dir, ignore_errors=True)
    text = report(data)
    print(text)
    if args.report:
        args.report.write_text(text)
    if args.publish:
        publish(data)
        print(f"drill: wrote {PUBLISHED_DATA.name} and {PUBLISHED_PAGE.name} under snippets/")
    counts = {label: len(names) for label, names in by_outcome(data).items()}
    print("drill: no recorded output was changed; counts:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
