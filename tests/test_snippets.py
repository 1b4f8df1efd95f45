"""Every snippet, run in isolation and compared with its recorded output.

Parametrized from snippets/ by conftest.py: adding a snippet needs no test
code.
"""

import pytest

from verifier.check import drift, run_problems
from verifier.snippets import cuda_unavailable


def test_snippet(snippet, device, runner, machine_facts, request):
    if device == "cuda" and not machine_facts["cuda_available"]:
        require_gpu = request.config.getoption("--require-gpu")
        verdict, reason = cuda_unavailable(require_gpu)
        getattr(pytest, verdict)(reason)
    result = runner.run(snippet, device)
    problems = run_problems(snippet, result)
    if not problems:
        diff = drift(snippet, device, result.shown_output)
        problems = [diff] if diff else []
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)
