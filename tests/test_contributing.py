"""CONTRIBUTING.md shows the real failure messages and real commands."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guide import COMMANDS
from verifier.commands import python_command
from verifier.drill import by_outcome, measure
from verifier.drill import report as drill_report
from verifier.failure_gallery import CONTRIBUTING, gallery, shown_in_contributing, stale
from verifier.pins import pinned_torch
from verifier.snippets import REPO, SNIPPETS_DIR, discover


def test_every_failure_message_shown_is_the_real_one():
    real, shown = gallery(), shown_in_contributing()
    assert shown.keys() == real.keys()
    outdated = stale(shown, real)
    assert not outdated, (
        f"CONTRIBUTING.md shows outdated messages for {outdated}; regenerate with: "
        f"{python_command()} -m verifier.failure_gallery --write"
    )


def test_every_guide_command_it_names_exists():
    docs = CONTRIBUTING.read_text() + (REPO / "README.md").read_text()
    named = set(re.findall(r"python3 guide\.py (?:--\S+ )?(\w+)", docs))
    assert named and named <= COMMANDS.keys(), named - COMMANDS.keys()


# One snippet of each kind the drill judges differently: plain, raising,
# 'varies' (numbers within a tolerance), 'measured', a lab of cells, and one
# that starts workers. Every snippet is verify's; the drill's own logic is
# what this test is for.
DRILL_HANDFUL = [
    "tensors/casting.py",
    "autograd/backward_twice.py",
    "cnn/train_digits_cnn.py",
    "operations/vectorise_speed.py",
    "linear_regression_lab/lab.py",
    "data/num_workers.py",
]


def test_drill_reports_without_touching_recorded_outputs(tmp_path):
    # Run against this very torch: nothing may differ, and nothing is written.
    root = tmp_path / "snippets"
    for name in DRILL_HANDFUL:
        source = SNIPPETS_DIR / name
        (root / source.parent.name).mkdir(parents=True, exist_ok=True)
        for file in source.parent.glob(source.stem + ".*"):
            shutil.copy2(file, root / source.parent.name / file.name)
    found = discover(root)
    assert sorted(s.name for s in found) == sorted(DRILL_HANDFUL)
    for kind in ("raises", "tolerance", "measured", "cells", "starts_processes"):
        assert any(getattr(s, kind) for s in found), f"no {kind} snippet in the handful"
    files = sorted(root.rglob("*.*"))
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files}
    data = measure(Path(sys.executable), root)
    report, outcome = drill_report(data), by_outcome(data)
    # Names, not counts: a failure says which snippets changed.
    assert outcome["changed"] == []
    assert outcome["warn or fail"] == []
    assert outcome["unchanged"] == [s.name for s in discover(root) if "cpu" in s.devices]
    assert report.startswith(f"# Upgrade drill: torch {pinned_torch()}")
    assert sorted(root.rglob("*.*")) == files
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in files} == before


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
