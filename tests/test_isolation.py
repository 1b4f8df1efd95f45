"""Each run starts from a fresh interpreter in a throwaway folder, sees no GPU
when it runs on the CPU, leaves nothing behind for the next, and is killed,
with every process it started, when it runs past its time limit.

The snippets here are written into a temporary tree, never into snippets/.
"""

import os
import time
from pathlib import Path

import pytest

from tests.harness_fixtures import (
    make,
)
from verifier.check import run_problems
from verifier.runner import RunResult
from verifier.snippets import REPO, SnippetError


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


def test_timeouts_work_without_pidfd(tmp_path, monkeypatch):
    # Some sandboxes (gVisor) lack pidfd_open; the server then polls.
    from verifier import forkserver

    def no_pidfd(pid):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "pidfd_open", no_pidfd)
    # serve() runs in the server, whose child imports torch for free because
    # the server preloaded it. A test worker may not have: a child's cold
    # import under a loaded suite took longer than the 5 s budget below.
    for module in forkserver.PRELOAD:
        __import__(module)
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


def test_timeout_directive_is_checked(tmp_path):
    with pytest.raises(SnippetError, match=r"example.py:1: timeout must be a positive"):
        make(tmp_path, "# snippet: timeout=soon\n")
    with pytest.raises(SnippetError, match=r"example.py:1: unknown snippet option 'gpu'"):
        make(tmp_path, "# snippet: gpu\n")


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


# What the resource tracker wrote in CI once (spawn workers, Python 3.11).
TRACKER_RACE = """\
/usr/lib/python3.11/multiprocessing/resource_tracker.py:254: UserWarning: resource_tracker: \
There appear to be 1 leaked semaphore objects to clean up at shutdown
  warnings.warn('resource_tracker: There appear to be %d '
/usr/lib/python3.11/multiprocessing/resource_tracker.py:267: UserWarning: resource_tracker: \
'/mp-u6kuvhs1': [Errno 2] No such file or directory
  warnings.warn('resource_tracker: %r: %s' % (name, e))
"""


@pytest.mark.parametrize("workers", [True, False])
def test_only_the_resource_tracker_race_passes_and_only_where_processes_start(tmp_path, workers):
    code = "import multiprocessing\n" if workers else "import torch\n"
    snippet = make(tmp_path, code + "print(1)\n", out="1\n")
    result = RunResult(stdout="1\n", stderr=TRACKER_RACE, exception=None)
    assert bool(run_problems(snippet, result)) is not workers
    other = RunResult(stdout="1\n", stderr=TRACKER_RACE + "oops\n", exception=None)
    assert run_problems(snippet, other)[0].endswith(
        "oops\nPrint to stdout instead; then run: python3 guide.py verify snippets/demo/example.py"
    )
