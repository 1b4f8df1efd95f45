"""CONTRIBUTING.md shows the real failure messages and real commands."""

import re
import sys
from pathlib import Path

from verifier.drill import drill
from verifier.failure_gallery import CONTRIBUTING, gallery, shown_in_contributing
from verifier.snippets import REPO, discover


def test_every_failure_message_shown_is_the_real_one():
    real, shown = gallery(), shown_in_contributing()
    assert shown.keys() == real.keys()
    stale = [name for name in real if shown[name] != real[name]]
    assert not stale, (
        f"CONTRIBUTING.md shows outdated messages for {stale}; regenerate with: "
        ".venv/bin/python -m verifier.failure_gallery --write"
    )


def test_every_guide_command_it_names_exists():
    guide = (REPO / "guide.py").read_text()
    known = set(re.findall(r'if command == "(\w+)"', guide))
    known |= set(re.findall(r"if command in \(([^)]*)\)", guide)[0].replace('"', "").split(", "))
    named = set(re.findall(r"python3 guide\.py (?:--\S+ )?(\w+)", CONTRIBUTING.read_text()))
    assert named and named <= known, named - known


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
