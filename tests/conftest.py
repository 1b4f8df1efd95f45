import functools
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from verifier.runner import SnippetRunner  # noqa: E402
from verifier.snippets import discover, planned_runs  # noqa: E402

_runner: SnippetRunner | None = None


def pytest_addoption(parser):
    parser.addoption(
        "--require-gpu",
        action="store_true",
        help="GPU verification: run every snippet on CUDA too, and fail "
        "instead of skipping when no GPU is visible.",
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


def pytest_unconfigure(config):
    if _runner is not None:
        _runner.close()


def pytest_generate_tests(metafunc):
    """Parametrize ``snippet``/``device`` tests over every snippet."""
    if "snippet" not in metafunc.fixturenames:
        return
    require_gpu = metafunc.config.getoption("--require-gpu")
    runs = planned_runs(discover(), machine()["cuda_available"], require_gpu)
    metafunc.parametrize(
        ("snippet", "device"),
        [pytest.param(s, d, id=f"{s.name}::{d}") for s, d in runs],
    )
