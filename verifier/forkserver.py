"""Import torch once, then fork one short-lived child per snippet run.

A fresh ``python snippet.py`` spends about two seconds importing torch. This
server pays that once. Every child starts from the same pristine state (torch
imported, nothing run), so whatever a snippet changes (seed, print options,
default dtype, thread count, globals, environment, working directory) dies
with the child and never reaches the next snippet.

Protocol: one JSON request per line on stdin, one JSON reply per line on
stdout. The server itself never initialises CUDA, so a child may.

Run as ``python verifier/forkserver.py``; it imports nothing from the repo.
"""

import faulthandler
import gc
import io
import json
import os
import re
import runpy
import select
import signal
import sys
import tempfile
import time
import traceback
import warnings

HANG_SIGNAL = signal.SIGUSR1
# What the server imports is what every child gets for free. torch._dynamo
# is what the first optimizer.step() of a process imports (about 4 s here):
# paying it once instead of in every training snippet.
PRELOAD = ("numpy", "torch", "torch._dynamo", "einops")
# A section line of pymdownx.snippets at the top level: in a "cells" snippet
# it starts or ends a cell, and the run prints it to mark that cell's output.
CELL_LINE = re.compile(r"^#\s*-+8<-+\s+\[\s*(?:start|end)\s*:\s*[-\w]+\s*\]\s*$")


def main() -> None:
    for module in PRELOAD:
        __import__(module)
    # A forked child cannot use CUDA once its parent has initialised it.
    if sys.modules["torch"].cuda.is_initialized():
        sys.exit(f"fork server: importing {PRELOAD} initialised CUDA; children could not use it")
    # Children then never scan (and so never copy-on-write) the server's
    # objects when their garbage collector runs.
    gc.freeze()
    protocol_out = sys.stdout
    _reply(protocol_out, {"ready": True, "pid": os.getpid()})
    for line in sys.stdin:
        request = json.loads(line)
        _reply(protocol_out, serve(request))


def _reply(stream, message: dict) -> None:
    stream.write(json.dumps(message) + "\n")
    stream.flush()


def serve(request: dict) -> dict:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="snippet-capture-") as capture:
        with warnings.catch_warnings():
            # Python 3.12+ warns about fork() in a multi-threaded process; that
            # is the server's own business, never the snippet's.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            try:
                _child(request, capture)
            finally:
                os._exit(70)  # only reached if _child itself broke
        timed_out, status = _wait(pid, request["timeout_s"])
        reply = _read_capture(capture)
    reply["timed_out"] = timed_out
    reply["signal"] = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    reply["wall_s"] = time.perf_counter() - started
    return reply


def _wait(pid: int, timeout_s: float) -> tuple[bool, int]:
    timed_out = not _exits_within(pid, timeout_s)
    if timed_out:
        os.kill(pid, HANG_SIGNAL)  # the child dumps its stack (faulthandler)
        _exits_within(pid, 0.5)
        _kill_group(pid)
    _, status = os.waitpid(pid, 0)
    _kill_group(pid)  # workers a snippet left behind (e.g. DataLoader's)
    return timed_out, status


def _exits_within(pid: int, timeout_s: float) -> bool:
    try:
        pidfd = os.pidfd_open(pid)
    except OSError:  # no pidfd (gVisor, old kernels): poll without reaping
        deadline = time.monotonic() + timeout_s
        flags = os.WEXITED | os.WNOHANG | os.WNOWAIT
        while os.waitid(os.P_PID, pid, flags) is None:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True
    try:
        return bool(select.select([pidfd], [], [], timeout_s)[0])
    finally:
        os.close(pidfd)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _child(request: dict, capture: str) -> None:
    os.setpgid(0, 0)  # own process group, so a timeout kills its workers too
    _redirect(0, os.devnull, os.O_RDONLY)
    _redirect(1, os.path.join(capture, "stdout"), os.O_WRONLY | os.O_CREAT)
    _redirect(2, os.path.join(capture, "stderr"), os.O_WRONLY | os.O_CREAT)
    # Unbuffered text streams: Python prints and C-level writes keep order.
    sys.stdout = _text_stream(1)
    sys.stderr = _text_stream(2)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    if request["device"] == "cpu":
        # Hides any GPU; read when CUDA initialises, which the server never did.
        os.environ["CUDA_VISIBLE_DEVICES"] = ""
    # torch caps OMP_NUM_THREADS at the core count; a reader's 8-core laptop
    # is simulated here only by asking for the threads outright.
    import torch  # preloaded by the server: no cost

    torch.set_num_threads(request["threads"])
    if request.get("start_method"):
        # What a reader's platform would start DataLoader workers with.
        import multiprocessing

        multiprocessing.set_start_method(request["start_method"], force=True)
    path = request["path"]
    os.chdir(request["workdir"])
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)  # as `python path` would set it

    # On a timeout the server asks for a stack dump before killing, so the
    # report can name the line the snippet was stuck on.
    hang_dump = open(os.path.join(capture, "hang"), "w")  # noqa: SIM115
    faulthandler.register(HANG_SIGNAL, file=hang_dump, all_threads=False)

    result: dict = {"exception": None, "warnings": []}

    def record_warning(message, category, filename, lineno, file=None, line=None):
        result["warnings"].append(
            {
                "text": f"{category.__name__}: {message}",
                "line": _snippet_line(traceback.extract_stack(), path),
                "origin": f"{_short(filename, path)}:{lineno}",
            }
        )

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = record_warning  # called while the warner runs
        started = time.perf_counter()
        try:
            if request.get("cells"):
                _run_cells(path)
            else:
                runpy.run_path(path, run_name="__main__")
        except SystemExit as exc:
            if exc.code not in (None, 0):
                result["exception"] = _describe(exc, path, request["code_start"])
        except BaseException as exc:  # noqa: BLE001 - reported, not hidden
            result["exception"] = _describe(exc, path, request["code_start"])
        result["body_s"] = time.perf_counter() - started
        if "multiprocessing.util" in sys.modules:
            # What a normal interpreter exit does and os._exit skips: stop
            # workers and the resource tracker, which otherwise reports
            # "leaked semaphore objects" on stderr.
            sys.modules["multiprocessing.util"]._exit_function()
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.path.join(capture, "result.json"), "w") as fh:
        json.dump(result, fh)
    os._exit(0)  # skip the server's atexit handlers and buffered streams


def _run_cells(path: str) -> None:
    """Run a "cells" snippet as ``python path`` would, with each section line
    turned into a print of itself: the output then carries the same section
    lines as the code, around what each cell printed. Lines keep their
    numbers, so tracebacks and warnings point at the file's own lines."""
    import types

    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines(keepends=True)
    source = "".join(
        f"print({line.strip()!r})\n" if CELL_LINE.match(line) else line for line in lines
    )
    main = types.ModuleType("__main__")
    main.__file__ = path
    sys.modules["__main__"] = main  # the child never returns to the server
    exec(compile(source, path, "exec"), main.__dict__)


def _snippet_line(frames, path: str) -> int | None:
    """The innermost line of the snippet file in a stack."""
    lines = [f.lineno for f in frames if f.filename == path]
    return lines[-1] if lines else None


def _redirect(fd: int, path: str, flags: int) -> None:
    new = os.open(path, flags, 0o600)
    os.dup2(new, fd)
    os.close(new)


def _text_stream(fd: int) -> io.TextIOWrapper:
    raw = io.FileIO(fd, "w", closefd=False)
    return io.TextIOWrapper(raw, encoding="utf-8", write_through=True)


def _describe(exc: BaseException, path: str, code_start: int = 1) -> dict:
    """The error as a reader sees it: the snippet's own frames, then the
    message. Frames inside torch are left out: their paths and line numbers
    belong to the reader's installation, not to the lesson. Lines are numbered
    as in the code the page shows, which starts at the file's ``code_start``
    (below its directives); ``line`` stays the file's, for contributors."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
    name = os.path.basename(path)
    lines = ["Traceback (most recent call last):"]
    for frame in frames:
        shown = frame.lineno - (code_start - 1)
        lines.append(f'  File "{name}", line {shown}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    message = "".join(traceback.format_exception_only(type(exc), exc))
    return {
        "type": type(exc).__name__,
        "line": frames[0].lineno if frames else None,
        "text": "\n".join(lines) + "\n" + message,
    }


def _short(filename: str, snippet_path: str) -> str:
    if filename == snippet_path:
        return os.path.basename(filename)
    marker = os.sep + "site-packages" + os.sep
    return filename.split(marker, 1)[-1]


def _read_capture(capture: str) -> dict:
    def read(name: str) -> str:
        try:
            with open(os.path.join(capture, name), encoding="utf-8") as fh:
                return fh.read()
        except FileNotFoundError:
            return ""

    result = read("result.json")
    reply = json.loads(result) if result else {"exception": None}
    reply["completed"] = bool(result)
    reply["stdout"] = read("stdout")
    reply["hang_dump"] = read("hang")
    reply["stderr"] = read("stderr")
    return reply


if __name__ == "__main__":
    main()
