"""Other machines: each execution variant really changes what it names, a
declared-varying output is exact where it was recorded and within its
tolerance elsewhere, and `verify --matrix` reports each snippet under each
variant with advice that fits.

The snippets here are written into a temporary tree, never into snippets/.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.harness_fixtures import (
    CPU_FACTS,
    make,
)
from verifier.snippets import REPO, SnippetError


def test_each_variant_really_changes_what_it_names(tmp_path):
    """Threads, CPU kernels and start method reach the snippet; a kernel
    setting the user exported does not reach the recording variant."""
    from verifier.runner import SnippetRunner
    from verifier.variants import by_name

    s = make(
        tmp_path,
        """
        import multiprocessing
        import sys

        import torch

        print(torch.get_num_threads(), torch.backends.cpu.get_cpu_capability())
        print(multiprocessing.get_start_method())
        print(sys.flags.hash_randomization)
        """,
    )
    seen = {}
    os.environ["ATEN_CPU_CAPABILITY"] = "default"  # as if a user had exported it
    try:
        for name in ("recording", "threads=4", "aten=default", "start=spawn", "hashseed=random"):
            with SnippetRunner(variant=by_name(name)) as runner:
                seen[name] = runner.run(s).stdout.split()
    finally:
        del os.environ["ATEN_CPU_CAPABILITY"]
    own = seen["recording"][1]
    assert own != "DEFAULT"
    assert seen["recording"] == ["1", own, "fork", "0"]
    assert seen["threads=4"] == ["4", own, "fork", "0"]
    assert seen["aten=default"] == ["1", "DEFAULT", "fork", "0"]
    assert seen["start=spawn"] == ["1", own, "spawn", "0"]
    assert seen["hashseed=random"] == ["1", own, "fork", "1"]


def test_varies_needs_a_tolerance_and_a_reason(tmp_path):
    for directive, error in (
        ("# snippet: varies", "needs its tolerance and its reason"),
        ("# snippet: varies atol=0.1", "needs its tolerance and its reason"),
        ("# snippet: varies atol=x -- why", "atol must be a number >= 0"),
        ("# snippet: atol=0.1", "belong to 'varies'"),
    ):
        with pytest.raises(SnippetError, match=error):
            make(tmp_path, f"{directive}\nprint(1)\n")
    s = make(tmp_path, "# snippet: varies atol=0.1 rtol=0.01 -- training\nprint(1)\n")
    assert (s.tolerance, s.varies_because) == ((0.1, 0.01), "training")


def test_a_varying_output_is_exact_where_recorded_and_within_tolerance_elsewhere(tmp_path):
    from verifier.check import FAILED, PASSED, VARIES, judge
    from verifier.runner import RunResult

    s = make(tmp_path, "# snippet: varies atol=0.01 -- training\n", out="loss 0.5000 of 10\n")
    here = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, kernel_env={})
    s.facts_path("cpu").write_text(json.dumps(here))

    def outcome(printed, machine):
        return judge(s, "cpu", RunResult(printed, "", None), machine)

    assert outcome("loss 0.5000 of 10\n", here).outcome == PASSED
    # Where it was recorded, any other digit fails.
    exact = outcome("loss 0.5040 of 10\n", here)
    assert exact.outcome == FAILED and "-loss 0.5000 of 10\n+loss 0.5040 of 10" in exact.message
    elsewhere = dict(here, threads=4)
    assert outcome("loss 0.5040 of 10\n", elsewhere).outcome == VARIES
    far = outcome("loss 0.5200 of 10\n", elsewhere)
    assert far.outcome == FAILED
    assert "0.5200 is not within atol=0.01, rtol=0 of the recorded 0.5000" in far.message
    assert outcome("loss 0.5040 in 10\n", elsewhere).outcome == FAILED  # the text around
    # Other convolution kernels on the same CPU are another machine too.
    onednn = dict(here, kernel_env={"ONEDNN_MAX_CPU_ISA": "SSE41"})
    assert outcome("loss 0.5040 of 10\n", onednn).outcome == VARIES


def test_matrix_reports_each_snippet_under_each_variant(tmp_path):
    """`verify --matrix` on a throwaway tree: a snippet whose output follows
    the thread count is named as differing, with a FAILED line per variant."""
    shutil.copytree(REPO / "verifier", tmp_path / "verifier")
    (tmp_path / "tests").mkdir()
    for name in ("conftest.py", "test_snippets.py"):
        shutil.copy(REPO / "tests" / name, tmp_path / "tests" / name)
    shutil.copy(REPO / "requirements.txt", tmp_path)
    make(tmp_path, "print(sum(range(10)))\n", name="demo/steady.py", out="45\n")
    make(
        tmp_path,
        "import torch\nprint(torch.get_num_threads())\n",
        name="demo/threads.py",
        out="1\n",
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-p", "no:cacheprovider"]
        + ["-p", "verifier.pytest_plugin", "-rfEsx", "tests/test_snippets.py"]
        + ["--variant", "threads=2", "--variant", "aten=default", "--variant", "start=spawn"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=dict(os.environ, GUIDE_RECORD=str(tmp_path / "record.json")),
    )
    out = run.stdout
    assert run.returncode == 1, out
    assert "  threads=2         1 failed, 1 passed" in out
    assert "  aten=default      2 passed" in out
    assert "  start=spawn       no runs" in out  # neither snippet starts processes
    assert "  ==.  demo/steady.py: identical under every variant" in out
    assert "  X=.  demo/threads.py: differs" in out
    assert "FAILED tests/test_snippets.py::test_snippet[demo/threads.py::cpu::threads=2]" in out
    assert "-1\n+2" in out
    # The failure names the variant, and does not send the reader to re-record.
    assert "Under the execution variant threads=2 (OMP_NUM_THREADS=2" in out
    assert "Re-recording does not help here" in out
    assert "re-record with" not in out


def test_a_variant_failure_gives_advice_that_fits_the_failure():
    """Another output under a variant cannot be re-recorded away; a hang or
    a warning under a variant keeps its own advice."""
    from verifier.check import FAILED, RERECORD, Verdict
    from verifier.pytest_plugin import under_variant
    from verifier.variants import by_name

    differs = Verdict(FAILED, f"demo.py: output differs\n{RERECORD}python3 guide.py update x")
    told = under_variant(differs, by_name("threads=2")).message
    assert told.startswith("Under the execution variant threads=2 (")
    assert "Re-recording does not help here" in told and RERECORD not in told
    hang = Verdict(FAILED, "demo.py:3: killed after 60 s (timeout)", recordable=False)
    told = under_variant(hang, by_name("threads=2")).message
    assert told.endswith("killed after 60 s (timeout)")
    assert "Re-recording does not help" not in told
