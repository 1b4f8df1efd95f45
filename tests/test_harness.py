"""Each guarantee of the verifier, shown failing when it is broken.

The snippets here are written into a temporary tree, never into snippets/.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from textwrap import dedent

import pytest

from tests.harness_fixtures import CPU_FACTS, GPU_FACTS, make, verdict
from verifier import throwaway_site
from verifier.check import run_problems
from verifier.pages import coverage_problems, orphan_files, python_block_problems
from verifier.recording import record
from verifier.snippets import REPO, SnippetError
from verifier.update import record_all

# Outputs ------------------------------------------------------------------


def test_matching_output_passes(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.arange(3))\n", out="tensor([0, 1, 2])\n")
    assert verdict(runner, s) == ""


def test_drifted_output_fails_with_path_diff_and_update_command(runner, tmp_path):
    s = make(tmp_path, "print('x:', 2)\n", out="x: 1\n")
    message = verdict(runner, s)
    assert "snippets/demo/example.out:1: snippets/demo/example.py printed something else" in message
    assert "-x: 1\n+x: 2" in message
    assert "python3 guide.py update snippets/demo/example.py" in message


def test_missing_recorded_output_fails(runner, tmp_path):
    s = make(tmp_path, "print('hi')\n")
    assert "no recorded output" in verdict(runner, s)


def test_multiline_tensor_repr_is_recorded_verbatim(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.ones(2, 3) / 3)\n")
    result = runner.run(s)
    assert result.shown_output == (
        "tensor([[0.3333, 0.3333, 0.3333],\n        [0.3333, 0.3333, 0.3333]])\n"
    )


# Errors as content --------------------------------------------------------

LEAF_INPLACE = """
import torch
w = torch.ones(2, requires_grad=True)
print("before")
w.add_(1)  # raises {name}
"""


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


def test_directives_are_a_label_and_the_code_below_them_is_what_readers_run(runner, tmp_path):
    """The page shows no `# snippet:` line: its title says it in words, the
    copied code starts below it, and an error's traceback counts lines as the
    copied code does."""
    from verifier.markdown_markers import expand

    source = "# snippet: timeout=90\n" + LEAF_INPLACE.format(name="RuntimeError")
    s = make(tmp_path, source)
    assert s.code_start == 3 and s.labels == ["may run up to 90 s"]
    assert s.reader_code == LEAF_INPLACE.format(name="RuntimeError").lstrip()
    result = runner.run(s)
    assert run_problems(s, result) == []  # the marker's line is still the file's
    assert '  File "example.py", line 4, in <module>\n' in result.shown_output
    s.output_path("cpu").write_text(result.shown_output)
    code = expand("demo/example.py", "page.md:1", tmp_path / "snippets")[:2]
    assert code == [
        '```{.python title="snippets/demo/example.py · may run up to 90 s"}',
        '--8<-- "demo/example.py:3:"',
    ]
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    assert "snippet:" not in html and "timeout=90" not in html
    assert "may run up to 90 s" in html

    with pytest.raises(SnippetError, match="example.py:2: a '# snippet:' directive goes"):
        make(tmp_path, "print(1)\n# snippet: measured\n")


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


def test_undeclared_error_fails_and_says_how_to_declare_it(runner, tmp_path):
    s = make(tmp_path, "import torch\ntorch.ones(2).view(3)\n")
    message = verdict(runner, s)
    assert "example.py:2: raised an unexpected RuntimeError" in message
    assert "end that line with '# raises RuntimeError'" in message


def test_raises_marker_must_be_on_the_last_statement(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:1: '# raises' must mark"):
        make(tmp_path, "1 / 0  # raises ZeroDivisionError\nprint('never')\n")


# Warnings and stderr --------------------------------------------------------


def test_a_torch_warning_fails_naming_it(runner, tmp_path):
    s = make(tmp_path, "import torch\nt = torch.ones(2)\nprint(torch.tensor(t))\n")
    message = verdict(runner, s)
    assert (
        "example.py:3: emitted a warning: UserWarning: To copy construct from a tensor" in message
    )


def test_a_python_deprecation_warning_fails(runner, tmp_path):
    source = "import warnings\nwarnings.warn('old API', DeprecationWarning)\n"
    message = verdict(runner, make(tmp_path, source, out=""))
    assert "emitted a warning: DeprecationWarning: old API" in message


def test_writing_to_stderr_fails(runner, tmp_path):
    source = "import sys\nprint('oops', file=sys.stderr)\n"
    message = verdict(runner, make(tmp_path, source, out=""))
    assert "example.py:1: wrote to stderr (a page shows stdout only):\noops" in message


# Hangs ----------------------------------------------------------------------


def test_hung_snippet_is_killed_and_named(runner, tmp_path):
    source = """
    # snippet: timeout=1
    import multiprocessing, time
    worker = multiprocessing.Process(target=time.sleep, args=(600,))
    worker.start()
    print(worker.pid, flush=True)
    time.sleep(600)
    """
    s = make(tmp_path, source)
    started = time.monotonic()
    result = runner.run(s)
    assert time.monotonic() - started < 10
    assert result.timed_out
    assert run_problems(s, result) == [
        "snippets/demo/example.py:6: killed after 1 s (timeout) while running "
        "`time.sleep(600)`. "
        "Fix the hang, or if it really needs longer put '# snippet: timeout=SECONDS' "
        "at its top; then run: python3 guide.py verify snippets/demo/example.py"
    ]
    # The worker it started was killed with it: SIGKILL lands within moments
    # (afterwards the pid is gone, or a zombie until init reaps it).
    deadline = time.monotonic() + 5
    while _alive(int(result.stdout)):
        assert time.monotonic() < deadline, "the snippet's worker survived"
        time.sleep(0.05)


def _alive(pid):
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_timeout_directive_is_checked(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:1: timeout must be a positive"):
        make(tmp_path, "# snippet: timeout=soon\n")
    with pytest.raises(SnippetError, match=r"example.py:1: unknown snippet option 'gpu'"):
        make(tmp_path, "# snippet: gpu\n")


# Isolation -------------------------------------------------------------------

REPORT_STATE = """
import os, sys, warnings
import torch
print("random:", torch.rand(2))
print("third:", torch.tensor([1 / 3]))
print("default dtype:", torch.get_default_dtype())
print("threads:", torch.get_num_threads())
print("env:", os.environ.get("SNIPPET_LEAK"))
print("module attr:", hasattr(torch, "snippet_leak"))
print("global:", "leaked" in globals())
print("files in cwd:", os.listdir("."))
print("sys.path entries:", "/leak" in sys.path)
print("warning filters:", len(warnings.filters))
"""

CHANGE_STATE = """
import os, sys, warnings
import torch
torch.manual_seed(123)
torch.rand(5)
torch.set_printoptions(precision=10)
torch.set_default_dtype(torch.float64)
torch.set_num_threads(2)
os.environ["SNIPPET_LEAK"] = "1"
torch.snippet_leak = True
leaked = True
open("checkpoint.pt", "w").close()
sys.path.append("/leak")
warnings.simplefilter("ignore")
"""


def test_no_state_leaks_from_one_snippet_to_the_next(runner, tmp_path):
    report = make(tmp_path, REPORT_STATE, name="demo/report.py")
    change = make(tmp_path, CHANGE_STATE, name="demo/change.py")
    before = runner.run(report)
    assert run_problems(change, runner.run(change)) == []
    after = runner.run(report)
    assert run_problems(report, after) == []
    assert after.stdout == before.stdout
    # ...and what it reports is a fresh interpreter's defaults.
    assert "third: tensor([0.3333])" in after.stdout
    assert "default dtype: torch.float32" in after.stdout
    assert "threads: 1" in after.stdout
    assert "env: None\nmodule attr: False\nglobal: False" in after.stdout
    assert "files in cwd: []" in after.stdout


def test_saved_files_never_land_in_the_repo(runner, tmp_path):
    source = """
    import os
    import torch
    torch.save({"w": torch.ones(1)}, "model.pt")
    print(os.path.exists("model.pt"), os.getcwd())
    """
    s = make(tmp_path, source)
    result = runner.run(s)
    saved, cwd = result.stdout.split()
    assert saved == "True"
    assert not Path(cwd).is_relative_to(REPO)
    assert not (REPO / "model.pt").exists() and not (s.path.parent / "model.pt").exists()


def test_cpu_runs_hide_any_gpu(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.cuda.is_available())\n")
    assert runner.run(s, "cpu").stdout == "False\n"


def test_same_results_twice(runner, tmp_path):
    s = make(tmp_path, "import torch\nprint(torch.randn(3, 3) @ torch.randn(3, 3))\n")
    assert runner.run(s).stdout == runner.run(s).stdout


# Recording ------------------------------------------------------------------


def test_update_records_good_runs_and_never_records_bad_ones(runner, tmp_path):
    good = make(tmp_path, "print('fine')\n", name="demo/good.py")
    bad = make(tmp_path, "1 / 0\n", name="demo/bad.py", out="kept\n")
    written, failed = record_all(runner, [good, bad], "cpu", CPU_FACTS)
    assert written == ["snippets/demo/good.out"]
    assert failed == [bad]
    assert good.output_path("cpu").read_text() == "fine\n"
    assert bad.output_path("cpu").read_text() == "kept\n"
    assert sorted(p.name for p in good.path.parent.iterdir()) == [
        "bad.out",
        "bad.py",
        "good.out",
        "good.py",
    ]  # no temporary file left behind


def test_gpu_output_is_kept_only_where_it_differs_and_names_its_machine(tmp_path):
    s = make(tmp_path, "", out="same\n")
    cuda, facts = s.output_path("cuda"), s.facts_path("cuda")
    assert record(s, "cuda", "same\n", GPU_FACTS, same_as_cpu=True) is None
    assert not cuda.exists()
    record(s, "cuda", "device='cuda:0'\n", GPU_FACTS)
    assert cuda.read_text() == "device='cuda:0'\n"
    label = json.loads(facts.read_text())
    assert (label["device"], label["torch"]) == ("NVIDIA H200", "2.11.0+cu130")
    assert s.expected_output_path("cuda") == cuda
    assert "removed" in record(s, "cuda", "same\n", GPU_FACTS, same_as_cpu=True)
    assert not cuda.exists() and not facts.exists()
    assert s.expected_output_path("cuda") == s.output_path("cpu")
    facts.write_text("{}")  # facts of a recording that is gone
    assert orphan_files(tmp_path / "snippets") == [facts]


def test_a_gpu_recording_without_its_facts_is_refused(tmp_path):
    from verifier.markdown_markers import MarkerError, expand

    s = make(tmp_path, "print(1)\n", out="1\n")
    s.output_path("cuda").write_text("1 on cuda\n")  # by hand: no facts file
    with pytest.raises(MarkerError, match=r"needs its machine's facts in snippets/demo/example"):
        expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text("<!-- snippet: demo/example.py -->\n")
    assert any(
        "example.cuda.out: recorded without its machine's facts" in p
        for p in coverage_problems(tmp_path / "docs", tmp_path / "snippets")
    )


# Measurements and torch builds ----------------------------------------------


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


def test_a_measurement_is_kept_until_its_shape_changes_or_it_is_named(tmp_path):
    s = make(tmp_path, "# snippet: measured\n", out="t 1.0 s\n")
    assert record(s, "cpu", "t 2.0 s\n", CPU_FACTS, remeasure=False) == "snippets/demo/example.out"
    assert s.facts_path("cpu").exists()  # a measurement always says where
    assert record(s, "cpu", "t 3.0 s\n", CPU_FACTS, remeasure=False) is None
    assert s.output_path("cpu").read_text() == "t 2.0 s\n"
    assert record(s, "cpu", "t 3.0 s\n", CPU_FACTS, remeasure=True)
    assert record(s, "cpu", "t 3.0 h\n", CPU_FACTS, remeasure=False)
    assert s.output_path("cpu").read_text() == "t 3.0 h\n"


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


def test_cpu_outputs_are_recorded_only_by_the_cpu_build_of_the_pin():
    from verifier.pins import pinned_torch
    from verifier.update import cpu_recording_refusal

    pin = pinned_torch()
    assert cpu_recording_refusal({"torch": f"{pin}+cpu", "cuda_version": None}) is None
    other = cpu_recording_refusal({"torch": "2.11.0+cpu", "cuda_version": None})
    assert f"recorded with torch {pin} (the pin in requirements.txt)" in other
    cuda_build = cpu_recording_refusal({"torch": pin, "cuda_version": "13.0"})
    assert "this is a CUDA 13.0 build" in cuda_build
    assert f"install torch=={pin} --index-url https://download.pytorch.org/whl/cpu" in cuda_build


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


# Pages ----------------------------------------------------------------------


def test_orphan_snippet_and_dangling_include_are_reported(tmp_path):
    make(tmp_path, "print(1)\n", name="demo/shown.py", out="1\n")
    make(tmp_path, "print(2)\n", name="demo/forgotten.py", out="2\n")
    (tmp_path / "snippets/demo/gone.out").write_text("stale\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "demo.md").write_text(
        "# Demo\n\n<!-- snippet: demo/shown.py -->\n\n<!-- snippet: demo/typo.py -->\n"
    )
    problems = "\n".join(coverage_problems(docs, tmp_path / "snippets"))
    assert "snippets/demo/forgotten.py:1: no page shows it (orphan snippet)" in problems
    assert "demo.md:5: <!-- snippet: demo/typo.py --> names no file" in problems
    assert "gone.out: belongs to no snippet" in problems
    assert "shown.py" not in problems


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        ("", "docs/demo.md:1: a chapter page carries one line <!-- provenance: demo -->"),
        ("<!-- provenance: other -->\n", ", not other"),
        ("<!-- provenance: demo -->\n" * 2, "; found 2"),
        ("<!-- provenance: demo -->\n", None),
    ],
)
def test_a_chapter_page_must_carry_its_own_provenance_box(tmp_path, boxes, expected):
    make(tmp_path, "print(1)\n", name="demo/shown.py", out="1\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text(f"# Demo\n\n{boxes}\n<!-- snippet: demo/shown.py -->\n")
    problems = "\n".join(coverage_problems(tmp_path / "docs", tmp_path / "snippets"))
    if expected is None:
        assert problems == ""
    else:
        assert expected in problems


def test_every_python_block_typed_into_a_page_is_refused(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        dedent(
            """
            ```python
            print("its output would never be compared")
            ```

            ```python title="x.py"
            print(1)
            ```

            ```{.py}
            print(2)
            ```

            ```text
            print("just text")
            ```

            ```shell
            python3 guide.py build
            ```
            """
        )
    )
    problems = python_block_problems(page)
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "6", "10"]
    assert all("snippets/<chapter>/<topic>.py" in p and "guide.py update" in p for p in problems)


def build_demo_page(tmp_path, page_text):
    """Build a one-page site with the real config; returns (process, site)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text(page_text)
    return throwaway_site.build(tmp_path, ["demo.md"]), tmp_path / "site"


@pytest.mark.parametrize(
    ("marker", "error"),
    [
        ("demo/no_such_file.py", "docs/demo.md:3: no snippet snippets/demo/no_such"),
        ("demo/example.py:no_such_section", "Snippet section 'no_such_section'"),
        ("demo/example.py:3:5", "never by line numbers"),
    ],
)
def test_missing_include_fails_the_strict_build(tmp_path, marker, error):
    make(tmp_path, "print(1)\n", out="1\n")
    build, _ = build_demo_page(tmp_path, f"# Demo\n\n<!-- snippet: {marker} -->\n")
    assert build.returncode != 0
    assert error in build.stderr + build.stdout


def test_named_section_shows_only_that_part(tmp_path):
    source = """
    import torch

    # --8<-- [start:core]
    x = torch.arange(3)
    # --8<-- [end:core]
    print("x =", x)
    """
    make(tmp_path, source, out="x = tensor([0, 1, 2])\n")
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py:core -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    code = html.split("example.py (excerpt)")[1].split("Output")[0]
    assert "arange" in code and "import" not in code and "start:core" not in code
    assert "x = tensor([0, 1, 2])" in html


# Page expansion ---------------------------------------------------------------


def test_marker_expands_to_code_then_output(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "print(1)\n", out="1\n")
    assert expand("demo/example.py", "page.md:1", tmp_path / "snippets") == [
        '```{.python title="snippets/demo/example.py"}',
        '--8<-- "demo/example.py"',
        "```",
        "",
        '```{.text .snippet-output title="Output"}',
        '--8<-- "demo/example.out"',
        "```",
    ]


def test_gpu_output_that_differs_becomes_tabs(tmp_path):
    from verifier.markdown_markers import expand

    s = make(tmp_path, "print(1)\n", out="1\n")
    record(s, "cuda", "1 on cuda\n", GPU_FACTS)
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '=== "CPU"' in lines and '=== "GPU (CUDA)"' in lines
    assert '    --8<-- "demo/example.cuda.out"' in lines
    day = json.loads(s.facts_path("cuda").read_text())["recorded"]
    title = f'title="Output on NVIDIA H200, torch 2.11.0+cu130, {day}"}}'
    assert f"    ```{{.text .snippet-output {title}" in lines
    assert '```{.text .snippet-output title="Output"}' in [x.strip() for x in lines]


def test_a_varying_output_says_so_with_its_machine_and_tolerance(tmp_path):
    from verifier.markdown_markers import expand

    s = make(tmp_path, "# snippet: varies atol=0.02 -- long training\nprint(0.5)\n")
    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, kernel_env={})
    record(s, "cpu", "0.5\n", facts)  # update writes the facts beside it
    assert json.loads(s.facts_path("cpu").read_text())["cpu_capability"] == "AVX2"
    text = "\n".join(expand("demo/example.py", "page.md:1", tmp_path / "snippets"))
    assert (
        'title="Output on AMD EPYC (AVX2 kernels, 1 thread), torch 2.13.0+cpu: '
        'the last digits vary with CPU and thread count"' in text
    )
    assert "Long training: on another" in text
    assert "0.02 + 0 × its value" in text


def test_cuda_only_snippet_without_recording_says_so(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "# snippet: requires=cuda\nprint(1)\n")
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '!!! warning "Output not recorded yet"' in lines
    assert not any(".out" in line for line in lines)


def test_error_output_is_marked(tmp_path):
    from verifier.markdown_markers import expand

    make(tmp_path, "1 / 0  # raises ZeroDivisionError\n", out="...")
    lines = expand("demo/example.py", "page.md:1", tmp_path / "snippets")
    assert '```{.text .snippet-output .snippet-error title="Output"}' in lines


# Devices ----------------------------------------------------------------------


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


def test_timeouts_work_without_pidfd(tmp_path, monkeypatch):
    # Some sandboxes (gVisor) lack pidfd_open; the server then polls.
    from verifier import forkserver

    def no_pidfd(pid):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "pidfd_open", no_pidfd)
    for source, timeout, timed_out in (
        ("print('hi')\n", 5, False),
        ("while True: pass\n", 1, True),
    ):
        path = tmp_path / "example.py"
        path.write_text(source)
        request = {
            "path": str(path),
            "device": "cpu",
            "workdir": str(tmp_path),
            "timeout_s": timeout,
            "threads": 1,
            "code_start": 1,
        }
        reply = forkserver.serve(request)
        assert reply["timed_out"] is timed_out
        assert reply["stdout"] == ("" if timed_out else "hi\n")


def test_mermaid_option_renders_the_recorded_output_as_a_diagram(tmp_path):
    source = 'print("flowchart BT")\nprint(\'  n1["AddBackward0"] --> n0["MulBackward0"]\')\n'
    make(tmp_path, source, out='flowchart BT\n  n1["AddBackward0"] --> n0["MulBackward0"]\n')
    build, site = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py mermaid -->\n")
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    # Not a line chart: no chart style, which would replace Material's CSS.
    assert '<pre class="mermaid"><code>flowchart BT\n' in html
    assert "snippet-output" in html  # the raw output stays on the page


def test_unknown_marker_option_fails_the_build(tmp_path):
    make(tmp_path, "print(1)\n", out="1\n")
    build, _ = build_demo_page(tmp_path, "# Demo\n\n<!-- snippet: demo/example.py svg -->\n")
    assert build.returncode != 0
    assert "unknown snippet option(s) ['svg']" in build.stderr


# Provenance -------------------------------------------------------------------


def test_record_counts_runs_and_goes_stale_when_a_snippet_changes(tmp_path, monkeypatch):
    from verifier import provenance

    monkeypatch.setenv("GUIDE_RECORD", str(tmp_path / "record.json"))
    s = make(tmp_path, "print(1)\n", out="1\n")
    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, start_method="fork")
    outcomes = {("demo/example.py", "cpu"): "passed", ("demo/other.py", "cuda"): "skipped"}
    provenance.save(provenance.build_record(outcomes, facts, tmp_path / "snippets"))
    record = provenance.load(tmp_path / "snippets")
    assert record["chapters"] == {"demo": {"cpu": {"passed": 1}, "cuda": {"skipped": 1}}}
    text = " ".join(provenance.summary("demo", record))
    assert text.startswith('!!! success "Verified"')
    # The box names the execution environment the outputs depend on.
    assert (
        "(Python 3.11.7; torch 2.13.0+cpu (CPU build), AMD EPYC with AVX2 kernels, "
        "1 thread, 'fork' worker start): CPU runs 1 of 1 passed" in text
    )
    # A CUDA example that could not run here is not a failure to pass.
    assert "its 1 CUDA-only examples were not run here (no GPU in this run)" in text
    assert "0 of" not in text
    s.output_path("cpu").write_text("2\n")  # an edit the record never saw
    assert provenance.load(tmp_path / "snippets") is None


def test_a_chapter_with_failures_gets_no_success_box():
    from verifier import provenance

    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, start_method="fork")
    outcomes = {("demo/a.py", "cpu"): "passed", ("demo/b.py", "cpu"): "failed"}
    text = " ".join(provenance.summary("demo", provenance.build_record(outcomes, facts)))
    assert text.startswith('!!! failure "Not fully verified"')
    assert "CPU runs 1 of 2 passed, 1 failed" in text


def test_chapter_pages_show_their_record_and_builds_require_one(tmp_path, monkeypatch):
    from verifier import provenance

    monkeypatch.setenv("GUIDE_RECORD", str(tmp_path / "record.json"))
    make(tmp_path, "print(1)\n", out="1\n")
    page = "# Demo\n\n<!-- provenance: demo -->\n\n<!-- snippet: demo/example.py -->\n"
    build, site = build_demo_page(tmp_path, page)
    assert build.returncode == 0, build.stderr
    assert "Not verified in this build" in (site / "demo/index.html").read_text()
    monkeypatch.setenv("GUIDE_REQUIRE_RECORD", "1")
    shutil.rmtree(tmp_path / "docs")
    build, _ = build_demo_page(tmp_path, page)
    assert "no verification record covers the snippets" in build.stderr
    facts = {"torch": "2.13.0+cpu", "python": "3.11.7", "gpu": None}
    outcomes = {("demo/example.py", "cpu"): "passed"}
    provenance.save(provenance.build_record(outcomes, facts, tmp_path / "snippets"))
    shutil.rmtree(tmp_path / "docs")
    build, site = build_demo_page(tmp_path, page)
    assert build.returncode == 0, build.stderr
    assert "CPU runs 1 of 1 passed" in (site / "demo/index.html").read_text()


CELLS_SNIPPET = """
# snippet: cells

# --8<-- [start:make]
x = [1, 2, 3]
print("made", x)
# --8<-- [end:make]

# --8<-- [start:quiet]
total = sum(x)
# --8<-- [end:quiet]

# --8<-- [start:show]
print("total", total)
# --8<-- [end:show]
"""


def test_a_cells_snippet_records_each_cell_output_and_shows_it_under_its_cell(runner, tmp_path):
    """A lab is one snippet whose sections are notebook cells: the run marks
    each cell's output with the cell's section lines, and each marker on the
    page shows that cell's code and only its output (none when it printed
    nothing)."""
    s = make(tmp_path, CELLS_SNIPPET)
    result = runner.run(s)
    assert result.shown_output == (
        "# --8<-- [start:make]\nmade [1, 2, 3]\n# --8<-- [end:make]\n"
        "# --8<-- [start:quiet]\n# --8<-- [end:quiet]\n"
        "# --8<-- [start:show]\ntotal 6\n# --8<-- [end:show]\n"
    )
    s.output_path("cpu").write_text(result.shown_output)
    page = "".join(f"<!-- snippet: demo/example.py:{c} -->\n\n" for c in ("make", "quiet", "show"))
    build, site = build_demo_page(tmp_path, "# Demo\n\n" + page)
    assert build.returncode == 0, build.stderr
    html = (site / "demo/index.html").read_text()
    assert html.count("snippet-output") == 2  # the quiet cell shows no output
    make_cell = html.split("cell make")[1].split("cell quiet")[0]
    assert "made [1, 2, 3]" in make_cell and "total 6" not in make_cell
    assert "8&lt;" not in html and "--8<--" not in html


def test_a_cells_snippet_reports_errors_at_the_files_own_lines(runner, tmp_path):
    s = make(tmp_path, CELLS_SNIPPET.replace("total = sum(x)", "total = sum(x) / 0"))
    result = runner.run(s)
    assert result.exception["type"] == "ZeroDivisionError"
    assert result.exception["line"] == 9  # the file's line, marker lines included
    assert "made [1, 2, 3]" in result.stdout and "total" not in result.stdout


def test_a_cells_section_line_inside_a_block_is_refused(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:4: in a 'cells' snippet"):
        make(tmp_path, "# snippet: cells\n\nif True:\n    # --8<-- [start:x]\n    pass\n")


def test_a_chapter_notebook_drops_heading_anchors(tmp_path):
    # `## Title {#anchor}` keeps a link target on the site; in a notebook the
    # braces would be text.
    from verifier.notebooks import chapter_notebook

    (tmp_path / "snippets").mkdir()
    page = tmp_path / "demo.md"
    page.write_text("# Demo\n\n## Strides (optional) {#strides}\n\nText {#kept}\n")
    cells = chapter_notebook(page, tmp_path / "snippets").cells
    prose = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert "## Strides (optional)\n" in prose
    assert "{#strides}" not in prose and "Text {#kept}" in prose


def test_terminal_formatting_codes_are_not_shown(runner, tmp_path):
    s = make(tmp_path, "print('\\x1b[1mbold\\x1b[0m and plain')\n")
    assert runner.run(s).shown_output == "bold and plain\n"


# Other machines: execution variants and declared-varying outputs -------------


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
