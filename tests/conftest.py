import functools
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from verifier.runner import SnippetRunner  # noqa: E402
from verifier.snippets import discover  # noqa: E402

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
    # Device-agnostic snippets get a CUDA run where a GPU can check it (or
    # must); snippets that need CUDA always get one, skipped without a GPU.
    gpu_runs = require_gpu or machine()["cuda_available"]
    params = []
    for snippet in discover():
        for device in snippet.devices:
            if device == "cuda" and not (gpu_runs or snippet.requires_cuda):
                continue
            params.append(
                pytest.param(snippet, device, id=f"{snippet.name}::{device}")
            )
    metafunc.parametrize(("snippet", "device"), params)
