"""Every snippet, run in isolation and compared with its recorded output.

Parametrized from snippets/ by conftest.py: adding a snippet needs no test
code.

A recording made with another torch build than this machine's (the CPU build
of the pinned torch for ``.out`` files; the facts file beside a GPU
recording says which for ``.cuda.out``) cannot settle whether a difference is
a fault: such a run is reported as xfail, with its diff, never as passed.
"""

import pytest

from verifier.check import build_gap, device_difference, drift, run_problems, torch_build
from verifier.snippets import cuda_unavailable


def test_snippet(snippet, device, runner, machine_facts, request):
    if device == "cuda" and not machine_facts["cuda_available"]:
        require_gpu = request.config.getoption("--require-gpu")
        verdict, reason = cuda_unavailable(require_gpu)
        getattr(pytest, verdict)(reason)
    result = runner.run(snippet, device)
    if problems := run_problems(snippet, result):
        pytest.fail("\n\n".join(problems), pytrace=False)
    diff = drift(snippet, device, result.shown_output)
    if diff is None:
        return
    recorded_with = build_gap(snippet, device, machine_facts)
    if recorded_with is None:
        pytest.fail(diff, pytrace=False)
    compared_with_cpu_recording = snippet.expected_output_path(device) == snippet.output_path("cpu")
    if device == "cuda" and compared_with_cpu_recording:
        # Same machine, same torch: what differs here is the GPU's doing.
        cpu = runner.run(snippet, "cpu")
        if not run_problems(snippet, cpu):
            if gpu_only := device_difference(snippet, cpu.shown_output, result.shown_output):
                pytest.fail(gpu_only, pytrace=False)
    pytest.xfail(
        f"torch build differs: recorded with {recorded_with}, this is "
        f"{torch_build(machine_facts)}; not comparable, so not passed.\n{diff}"
    )
