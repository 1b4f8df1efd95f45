import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from verifier import provenance  # noqa: E402
from verifier.runner import SnippetRunner  # noqa: E402
from verifier.selection import SelectionError, changed_since, select  # noqa: E402
from verifier.snippets import discover, planned_runs  # noqa: E402

_runner: SnippetRunner | None = None
_planned: set[tuple[str, str]] = set()  # (snippet name, device) runs collected
_outcomes: dict[tuple[str, str], str] = {}  # ...and how each ended


def pytest_addoption(parser):
    parser.addoption(
        "--require-gpu",
        action="store_true",
        help="GPU verification: run every snippet on CUDA too, and fail "
        "instead of skipping when no GPU is visible.",
    )
    parser.addoption(
        "--snippet",
        action="append",
        default=[],
        metavar="PATH",
        help="verify only these: snippet files, outputs, chapter folders or "
        "docs pages (repeatable)",
    )
    parser.addoption(
        "--changed",
        nargs="?",
        const="main",
        default=None,
        metavar="BASE",
        help="verify only snippets touched since BASE (default main): changed "
        "snippets and outputs, and the snippets of changed pages",
    )


def shared_runner() -> SnippetRunner:
    """The session's one fork server, started on first use."""
    global _runner
    if _runner is None:
        _runner = SnippetRunner()
    return _runner


@functools.cache
def machine() -> dict:
    """torch version and CUDA facts of this verification run."""
    return shared_runner().probe()


@pytest.fixture(scope="session")
def runner() -> SnippetRunner:
    return shared_runner()


@pytest.fixture(scope="session")
def machine_facts() -> dict:
    return machine()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once per session with --strict."""
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-d", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    assert build.returncode == 0, build.stderr
    return out


def pytest_runtest_logreport(report):
    if "test_snippet[" not in report.nodeid:
        return
    name, device = report.nodeid.split("[", 1)[1].rstrip("]").rsplit("::", 1)
    if report.when == "call" or report.outcome != "passed":
        # An xfail here is a recording made with another torch build.
        outcome = "torch-differs" if hasattr(report, "wasxfail") else report.outcome
        _outcomes.setdefault((name, device), outcome)


def pytest_terminal_summary(terminalreporter):
    """How many snippets ran on each device, and how each run ended."""
    if not _outcomes:
        return
    write = terminalreporter.write_line
    write("")
    write(
        f"Snippet runs with torch {machine()['torch']}"
        + (f" on {machine()['gpu']}" if machine()["gpu"] else "")
    )
    for line in provenance.run_counts(_outcomes):
        write("  " + line)


def pytest_sessionfinish(session):
    # Only a run that checked every planned snippet may speak for the site.
    if _planned and _planned <= _outcomes.keys():
        provenance.save(provenance.build_record(_outcomes, machine()))


def pytest_unconfigure(config):
    if _runner is not None:
        _runner.close()


def chosen_snippets(config) -> list:
    snippets = discover()
    targets = list(config.getoption("--snippet"))
    if base := config.getoption("--changed"):
        changed = changed_since(base)
        if changed is None:
            print(f"\nverify --changed: the verifier changed since {base}; all snippets")
            return snippets
        targets += changed
        if not targets:
            return []
    if not targets:
        return snippets
    try:
        return select(snippets, targets)
    except SelectionError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_generate_tests(metafunc):
    """Parametrize ``snippet``/``device`` tests over every snippet."""
    if "snippet" not in metafunc.fixturenames:
        return
    require_gpu = metafunc.config.getoption("--require-gpu")
    snippets = chosen_snippets(metafunc.config)
    runs = planned_runs(snippets, machine()["cuda_available"], require_gpu)
    if not (metafunc.config.getoption("--snippet") or metafunc.config.getoption("--changed")):
        _planned.update((s.name, d) for s, d in runs)
    metafunc.parametrize(
        ("snippet", "device"),
        [pytest.param(s, d, id=f"{s.name}::{d}") for s, d in runs],
    )
