"""Every snippet, run in isolation and compared with its recorded output.

Parametrized from snippets/ by conftest.py: adding a snippet needs no test
code.
"""

import pytest
from verifier.check import drift, run_problems


def test_snippet(snippet, device, runner, machine_facts, request):
    if device == "cuda" and not machine_facts["cuda_available"]:
        if request.config.getoption("--require-gpu"):
            pytest.fail("--require-gpu was given but no CUDA GPU is visible")
        pytest.skip("needs a CUDA GPU; verify on one with --require-gpu")
    result = runner.run(snippet, device)
    problems = run_problems(snippet, result)
    if not problems:
        diff = drift(snippet, device, result.shown_output)
        problems = [diff] if diff else []
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)
