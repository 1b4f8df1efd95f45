"""CONTRIBUTING.md shows the real failure messages and real commands."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide import COMMANDS
from verifier.commands import python_command
from verifier.drill import drill
from verifier.failure_gallery import CONTRIBUTING, gallery, shown_in_contributing
from verifier.snippets import REPO, discover


def test_every_failure_message_shown_is_the_real_one():
    real, shown = gallery(), shown_in_contributing()
    assert shown.keys() == real.keys()
    stale = [name for name in real if shown[name] != real[name]]
    assert not stale, (
        f"CONTRIBUTING.md shows outdated messages for {stale}; regenerate with: "
        f"{python_command()} -m verifier.failure_gallery --write"
    )


def test_every_guide_command_it_names_exists():
    docs = CONTRIBUTING.read_text() + (REPO / "README.md").read_text()
    named = set(re.findall(r"python3 guide\.py (?:--\S+ )?(\w+)", docs))
    assert named and named <= COMMANDS.keys(), named - COMMANDS.keys()


def test_drill_reports_without_touching_recorded_outputs():
    # Run against this very torch: nothing may differ, and nothing is written.
    outputs = sorted((REPO / "snippets").glob("*/*.out"))
    before = {p: p.stat().st_mtime_ns for p in outputs}
    report, by_outcome = drill(Path(sys.executable))
    # Names, not counts: a failure says which snippets changed.
    assert by_outcome["changed"] == []
    assert by_outcome["warn or fail"] == []
    assert by_outcome["unchanged"] == [s.name for s in discover() if "cpu" in s.devices]
    assert report.startswith("# Upgrade drill: torch 2.13.0")
    assert {p: p.stat().st_mtime_ns for p in outputs} == before


@pytest.mark.parametrize("quick", [True, False])
def test_verify_checks_the_pages_and_its_quick_form_the_linters(quick):
    # `verify --changed` is the check CONTRIBUTING recommends before `test`:
    # an orphan snippet, a stale prose number or a lint error must fail it.
    args = ["--changed"] if quick else ["snippets/tensors"]
    collected = subprocess.run(
        [sys.executable, "guide.py", "--system-python", "verify", *args, "--collect-only"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout
    assert "tests/test_pages.py::test_every_snippet_shown_and_every_include_real" in collected
    assert ("tests/test_lint.py::test_ruff_lint" in collected) == quick
