"""A run passes only when it prints its recording (a measurement: around its
numbers; another torch build's recording: never, it is not comparable), and
raises, warns or writes to stderr nothing it does not declare. Each failure
names the file and line and the command that fixes it.

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
    GPU_FACTS,
    LEAF_INPLACE,
    make,
    verdict,
)
from verifier.check import run_problems
from verifier.failure_gallery import RUNS, failure, stale
from verifier.recording import record
from verifier.snippets import REPO, SnippetError


def test_matching_output_passes(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.arange(3))\n", out="tensor([0, 1, 2])\n")
    assert verdict(runner, s) == ""


# What each breakage CONTRIBUTING.md shows must get: verifier/failure_gallery.py
# RUNS, the one source of those snippets, written here into snippets/tensors/.
GALLERY = {
    "drifted-output": [
        "snippets/tensors/drifted_output.out:1: snippets/tensors/drifted_output.py printed "
        "something else on cpu than this recording.",
        "-tensor([0, 1, 2])\n+tensor([0, 2, 4])",
        "re-record with: python3 guide.py update snippets/tensors/drifted_output.py",
    ],
    "missing-output": [
        "snippets/tensors/missing_output.py:1: no recorded output "
        "(snippets/tensors/missing_output.out is missing)",
        "Record it with: python3 guide.py update snippets/tensors/missing_output.py",
    ],
    "unexpected-error": [
        "snippets/tensors/unexpected_error.py:4: raised an unexpected RuntimeError",
        "end that line with '# raises RuntimeError'",
    ],
    "warning": [
        "snippets/tensors/warning.py:4: emitted a warning: UserWarning: To copy construct "
        "from a tensor",
        "then run: python3 guide.py verify snippets/tensors/warning.py",
    ],
    "hung-snippet": [
        "snippets/tensors/hung_snippet.py:4: killed after 1 s (timeout) while running "
        "`time.sleep(600)`",
    ],
    "unseeded-snippet": [
        "NOT RECORDED snippets/tensors/unseeded_snippet.py:1: printed something else when "
        "run again on cpu in a fresh process",
        "\nsnippets/tensors/unseeded_snippet.out:1: first run:  weights: tensor([",
        "\nsnippets/tensors/unseeded_snippet.out:1: second run: weights: tensor([",
        "torch.manual_seed(0) at the snippet's top",
        "then run: python3 guide.py update snippets/tensors/unseeded_snippet.py",
    ],
    "edited-measurement": [
        "snippets/tensors/edited_measurement.out:1: changed since update measured it: its "
        "sha256 is not the output_sha256 in snippets/tensors/edited_measurement.json.",
        "Re-measure with: python3 guide.py update snippets/tensors/edited_measurement.py",
    ],
}


@pytest.mark.parametrize("name", RUNS)
def test_each_breakage_contributing_shows_gets_its_message(runner, tmp_path, name):
    assert GALLERY.keys() == RUNS.keys()  # a new breakage needs its expectations here
    chapter = tmp_path / "snippets" / "tensors"
    chapter.mkdir(parents=True)
    message = failure(runner, name, chapter)
    for part in GALLERY[name]:
        assert part in message, message


def test_a_message_quoting_drawn_numbers_is_compared_around_them():
    """CONTRIBUTING.md keeps the numbers one real run drew: a fresh run draws
    others, and only a change in the rest of the message makes it outdated."""
    shown = "first run:  weights: tensor([0.7215, 0.7726])\nseed them: 1.5e-05\n"
    redrawn = shown.replace("0.7215", "0.1042").replace("1.5e-05", "3.25e-01")
    assert stale({"unseeded-snippet": shown}, {"unseeded-snippet": redrawn}) == []
    reworded = {"unseeded-snippet": redrawn.replace("seed them", "seed it")}
    assert stale({"unseeded-snippet": shown}, reworded) == ["unseeded-snippet"]
    assert stale({"drifted-output": "0.5\n"}, {"drifted-output": "0.6\n"}) == ["drifted-output"]
    assert stale({}, {"drifted-output": "0.6\n"}) == ["drifted-output"]  # not shown at all


def test_multiline_tensor_repr_is_recorded_verbatim(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.ones(2, 3) / 3)\n")
    result = runner.run(s)
    assert result.shown_output == (
        "tensor([[0.3333, 0.3333, 0.3333],\n        [0.3333, 0.3333, 0.3333]])\n"
    )


def test_declared_error_is_shown_with_the_real_message(runner, tmp_path):
    s = make(tmp_path, LEAF_INPLACE.format(name="RuntimeError"))
    result = runner.run(s)
    assert run_problems(s, result) == []
    assert result.shown_output == (
        "before\n"
        "Traceback (most recent call last):\n"
        '  File "example.py", line 4, in <module>\n'
        "    w.add_(1)  # raises RuntimeError\n"
        "RuntimeError: a leaf Variable that requires grad is being used in an "
        "in-place operation.\n"
    )


def test_different_error_fails(runner, tmp_path):
    s = make(tmp_path, LEAF_INPLACE.format(name="ValueError"))
    message = verdict(runner, s)
    assert "example.py:4: expected ValueError, got RuntimeError" in message


def test_missing_error_fails(runner, tmp_path):
    s = make(tmp_path, "x = 1\nprint(x + 1)  # raises RuntimeError\n")
    assert "expected RuntimeError from this line, but the snippet raised nothing" in (
        verdict(runner, s)
    )


def test_error_from_another_line_of_the_statement_fails(runner, tmp_path):
    source = "for i in range(2):  # raises ZeroDivisionError\n    print(1 / i)\n"
    s = make(tmp_path, source)
    assert "but it came from line 2" in verdict(runner, s)


def test_raises_marker_must_be_on_the_last_statement(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:1: '# raises' must mark"):
        make(tmp_path, "1 / 0  # raises ZeroDivisionError\nprint('never')\n")


def test_a_python_deprecation_warning_fails(runner, tmp_path):
    source = "import warnings\nwarnings.warn('old API', DeprecationWarning)\n"
    message = verdict(runner, make(tmp_path, source, out=""))
    assert "emitted a warning: DeprecationWarning: old API" in message


def test_writing_to_stderr_fails(runner, tmp_path):
    source = "import sys\nprint('oops', file=sys.stderr)\n"
    message = verdict(runner, make(tmp_path, source, out=""))
    assert "example.py:1: wrote to stderr (a page shows stdout only):\noops" in message


def test_terminal_formatting_codes_are_not_shown(runner, tmp_path):
    s = make(tmp_path, "print('\\x1b[1mbold\\x1b[0m and plain')\n")
    assert runner.run(s).shown_output == "bold and plain\n"


def test_measured_output_checks_the_text_around_the_numbers(runner, tmp_path):
    from verifier.check import structure

    assert structure("fp16  12.5 ms  x -3e-05\n") == "fp16 # ms x #\n"
    source = """\
        # snippet: measured
        import time
        print(f"NAME  {time.perf_counter() % 1000:9.3f} ms")
    """
    s = make(tmp_path, source.replace("NAME", "fp32"))
    record(s, "cpu", "fp32   0.125 ms\n", CPU_FACTS)  # as update does: with its fingerprint
    assert verdict(runner, s) == ""  # other numbers, same shape: passes
    s = make(tmp_path, source.replace("NAME", "tf32"))
    message = verdict(runner, s)
    assert "printed a differently shaped measurement (numbers shown as #)" in message
    assert "-fp32 # ms\n+tf32 # ms" in message


def test_which_torch_build_made_a_recording(tmp_path):
    from verifier.check import device_difference
    from verifier.facts import build_gap, torch_build
    from verifier.pins import pinned_torch

    s = make(tmp_path, "print(1)\n", out="1\n")
    pinned_cpu = {"torch": f"{pinned_torch()}+cpu", "cuda_version": None}
    assert torch_build(GPU_FACTS) == "2.11.0 (CUDA 13.0 build)"
    # A plain .out was made by `update` with the CPU build of the pinned torch.
    assert build_gap(s, "cpu", pinned_cpu) is None
    assert build_gap(s, "cpu", GPU_FACTS) == f"{pinned_torch()} (CPU build)"
    assert build_gap(s, "cuda", GPU_FACTS) == f"{pinned_torch()} (CPU build)"
    record(s, "cuda", "1 on cuda\n", GPU_FACTS)  # the facts file now decides
    assert build_gap(s, "cuda", GPU_FACTS) is None
    newer_gpu = dict(GPU_FACTS, torch=f"{pinned_torch()}+cu130")
    assert build_gap(s, "cuda", newer_gpu) == "2.11.0 (CUDA 13.0 build)"
    assert device_difference(s, "1\n", "1\n") is None
    assert "update --gpu snippets/demo/example.py" in device_difference(s, "1\n", "2\n")


def test_a_recording_from_another_torch_build_is_reported_not_passed(tmp_path, machine_facts):
    """The snippet test itself, run on a copy: same build and a difference
    fails; another build and a difference is an xfail with its diff, and the
    verification record counts it apart from passes."""
    from verifier.facts import torch_build

    shutil.copytree(REPO / "verifier", tmp_path / "verifier")
    (tmp_path / "tests").mkdir()
    for name in ("conftest.py", "test_snippets.py"):
        shutil.copy(REPO / "tests" / name, tmp_path / "tests" / name)
    s = make(tmp_path, "print('printed now')\n", out="printed by another torch\n")

    def verify(facts: dict) -> str:
        s.facts_path("cpu").write_text(json.dumps(facts))
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-o", "addopts=", "-p", "no:cacheprovider"]
            + ["-p", "verifier.pytest_plugin", "-rx", "tests/test_snippets.py"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=dict(os.environ, GUIDE_RECORD=str(tmp_path / "record.json")),
        ).stdout

    assert "1 failed" in verify(machine_facts)
    other = verify({"torch": "2.0.0", "cuda_version": None})
    assert "1 xfailed" in other
    here = torch_build(machine_facts)
    assert f"recorded with 2.0.0 (CPU build), this is {here}; not comparable" in other
    assert "-printed by another torch\n+printed now" in other
    assert "cpu: 0 of 1 passed, 1 not comparable (recorded with another torch build)" in other
    record = json.loads((tmp_path / "record.json").read_text())
    assert record["devices"] == {"cpu": {"torch-differs": 1}}
