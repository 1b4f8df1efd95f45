"""How long the README's test command takes: wall time, tests run, and the
slowest files and tests.

    python3 benchmarks/suite_time.py [PYTEST_ARGS ...]

Runs `python3 guide.py test` (extra arguments go to pytest) with a JUnit XML
report in a temporary folder, and prints the wall time, the machine's load
before and after (other work on the machine slows the suite down), the
count of tests by outcome, and the 10 slowest files and tests. A test's seconds are its setup,
call and teardown (a session fixture counts for the first test that needs
it); with pytest-xdist, tests run side by side, so the files add up to more
than the wall time. Prints numbers and exits with the suite's status;
asserts nothing (a benchmark, not a test). Issue 15's target: under 90 s on
2 cores.
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SLOWEST = 10


def run_suite(pytest_args: list[str], report: Path) -> tuple[int, float]:
    """(exit status, wall seconds)."""
    command = [sys.executable, "guide.py", "test", f"--junitxml={report}", *pytest_args]
    started = time.perf_counter()
    status = subprocess.run(command, cwd=REPO).returncode
    return status, time.perf_counter() - started


def read_report(report: Path) -> list[tuple[str, str, float, str]]:
    """(file, test, seconds, outcome) for every test case in a JUnit report."""
    cases = []
    for case in ET.parse(report).iter("testcase"):
        outcome = next((c.tag for c in case if c.tag in ("failure", "error", "skipped")), "passed")
        module = case.get("classname", "")
        path = module.replace(".", "/") + ".py" if module.startswith("tests.") else module
        cases.append((path, case.get("name", ""), float(case.get("time", 0)), outcome))
    return cases


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="suite-time-") as tmp:
        report = Path(tmp) / "junit.xml"
        load_before = os.getloadavg()[0]
        status, wall = run_suite(argv, report)
        load_after = os.getloadavg()[0]
        cases = read_report(report) if report.exists() else []
    outcomes = collections.Counter(outcome for *_, outcome in cases)
    per_file: dict[str, list[float]] = collections.defaultdict(list)
    for path, _, seconds, _ in cases:
        per_file[path].append(seconds)
    print()
    print(f"suite: python3 guide.py test {' '.join(argv)}".rstrip())
    print(f"wall time:   {wall:.1f} s on {os.cpu_count()} cores (exit status {status})")
    print(f"load:        {load_before:.1f} before, {load_after:.1f} after (1-minute average)")
    print(
        f"tests:       {len(cases)} ("
        + ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
        + ")"
    )
    print(f"\n{SLOWEST} slowest files (seconds, tests):")
    files = sorted(per_file.items(), key=lambda item: -sum(item[1]))
    for path, times in files[:SLOWEST]:
        print(f"  {sum(times):8.1f} {len(times):5}  {path}")
    print(f"\n{SLOWEST} slowest tests (seconds):")
    for path, name, seconds, _ in sorted(cases, key=lambda c: -c[2])[:SLOWEST]:
        print(f"  {seconds:8.1f}  {path}::{name}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
