"""Snippets that start worker processes print their recorded output as
`python file.py`, whichever way the platform starts workers: fork (Linux up
to Python 3.13), spawn (macOS, Windows) or forkserver (Linux from 3.14).
A snippet that passed before, its files and the environment unchanged, is
not run again (tests/conftest.py's pass_memo)."""

import subprocess
import sys

import pytest

from verifier.check import judge
from verifier.runner import RunResult, verify_env
from verifier.snippets import discover

WORKER_SNIPPETS = [s for s in discover() if s.starts_processes and "cpu" in s.devices]

# Python reads sitecustomize at start-up, in the main process and in every
# spawned worker: the platform default is replaced before the script runs.
SITECUSTOMIZE = """
import multiprocessing, os
multiprocessing.set_start_method(os.environ["START_METHOD"], force=True)
"""


@pytest.mark.parametrize("method", ["spawn", "forkserver"])  # fork: every verify run
@pytest.mark.parametrize("snippet", WORKER_SNIPPETS, ids=[s.name for s in WORKER_SNIPPETS])
def test_worker_snippet_as_a_script(snippet, method, tmp_path, machine_facts, pass_memo):
    recorded = sorted(snippet.path.parent.glob(snippet.path.stem + ".*"))  # .py, .out, .json
    if pass_memo.passed_before(*(p.name.encode() + p.read_bytes() for p in recorded)):
        return  # this very snippet ran and passed here before (conftest.py)
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = dict(verify_env(), PYTHONPATH=str(tmp_path), START_METHOD=method)
    run = subprocess.run(
        [sys.executable, str(snippet.path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    # judge lets Python's resource-tracker race pass (check.RESOURCE_TRACKER_RACE).
    verdict = judge(snippet, "cpu", RunResult(run.stdout, run.stderr, None), machine_facts)
    assert verdict.ok, verdict.message


def test_worker_snippets_are_found():
    names = {s.name for s in WORKER_SNIPPETS}
    assert {"data/num_workers.py", "practice/dataloader_workers_are_processes.py"} <= names
