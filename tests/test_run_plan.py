"""Which runs a command makes: the snippets it names (a file, a recording, a
chapter, a page) and the devices each runs on, with and without a GPU.

The snippets here are written into a temporary tree, never into snippets/.
"""

import subprocess
import sys

import pytest

from tests.harness_fixtures import (
    make,
)
from verifier.selection import SelectionError, select
from verifier.snippets import REPO


def test_a_command_names_a_snippet_by_its_file_a_recording_its_chapter_or_its_page(tmp_path):
    s = make(tmp_path, "print(1)\n", out="1\n")
    other = make(tmp_path, "print(2)\n", name="demo/other.py")
    s.facts_path("cpu").write_text("{}")
    s.output_path("cuda").write_text("1 on cuda\n")

    def named(path):
        return [x.name for x in select([s, other], [str(path)])]

    for path in (s.path, s.output_path("cpu"), s.facts_path("cpu"), s.output_path("cuda")):
        assert named(path) == ["demo/example.py"], path
    assert named(s.path.parent) == ["demo/example.py", "demo/other.py"]
    page = tmp_path / "page.md"
    page.write_text("# Page\n\n<!-- snippet: demo/other.py -->\n")
    assert named(page) == ["demo/other.py"]
    (tmp_path / "snippets/demo/gone.out").write_text("a renamed snippet's\n")
    with pytest.raises(SelectionError, match="no snippet at"):
        named(tmp_path / "snippets/demo/gone.out")


def test_device_plan_without_and_with_a_gpu(tmp_path):
    from verifier.snippets import cuda_unavailable, planned_runs

    agnostic = make(tmp_path, "print(1)\n", name="demo/agnostic.py")
    cuda_only = make(tmp_path, "# snippet: requires=cuda\n", name="demo/gpu.py")
    snippets = [agnostic, cuda_only]

    def plan(gpu, require):
        return [(s.name, d) for s, d in planned_runs(snippets, gpu, require)]

    # No GPU: CPU runs, plus the CUDA-only snippet's run (which then skips).
    assert plan(False, False) == [("demo/agnostic.py", "cpu"), ("demo/gpu.py", "cuda")]
    assert cuda_unavailable(False)[0] == "skip"
    # A GPU, or the GPU flag: device-agnostic snippets run on CUDA too...
    both = [("demo/agnostic.py", "cpu"), ("demo/agnostic.py", "cuda"), ("demo/gpu.py", "cuda")]
    assert plan(True, False) == both == plan(False, True)
    # ...and with the flag but no GPU visible, those runs fail instead of skipping.
    assert cuda_unavailable(True)[0] == "fail"


def test_require_gpu_fails_without_a_gpu(runner, machine_facts):
    if machine_facts["cuda_available"]:
        pytest.skip("a GPU is visible here: the flag's failure path cannot show")
    run = subprocess.run(
        [
            sys.executable,
            "guide.py",
            "--system-python",
            "verify",
            "--require-gpu",
            "-x",
            "-k",
            "tensor_ranks",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0
    assert "--require-gpu was given but no CUDA GPU is visible" in run.stdout
