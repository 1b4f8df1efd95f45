"""Run snippets in isolation through the fork server (see forkserver.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from verifier.snippets import Snippet
from verifier.variants import KERNEL_ENV, RECORDING, Variant

FORKSERVER = Path(__file__).with_name("forkserver.py")

# The verification environment. A fixed hash seed makes set and dict-of-set
# ordering repeatable. The thread count and CPU kernels come from the
# variant (variants.py): one thread when recording.
VERIFY_ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONUTF8": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}
# Variables that would change what a snippet prints or how warnings behave.
SCRUBBED_ENV = ("PYTHONWARNINGS", "TORCH_SHOW_CPP_STACKTRACES", "PYTHONPATH", *KERNEL_ENV)

TERMINAL_STYLE = re.compile(r"\x1b\[[0-9;]*m")

_PROBE = Path(__file__).with_name("probe_device.py")


@dataclass
class RunResult:
    stdout: str
    stderr: str
    exception: dict | None  # {"type", "line", "text"} when the snippet raised
    # Each {"text", "line" (of the snippet), "origin" (file:line that warned)}
    warnings: list[dict] = field(default_factory=list)
    timed_out: bool = False
    signal: int | None = None
    completed: bool = True  # False when the child died before reporting
    hang_dump: str = ""  # the stack faulthandler dumped when it timed out
    body_s: float = 0.0  # time spent running the snippet's own code
    wall_s: float = 0.0  # fork to reply, as measured by the server

    @property
    def shown_output(self) -> str:
        """What the page shows: stdout, then the error if the snippet raised.

        Terminal colour and bold codes (some torch messages carry them) are
        dropped: a terminal renders them as formatting, not as characters,
        and a web page cannot.
        """
        text = self.stdout
        if self.exception:
            text += self.exception["text"]
        return TERMINAL_STYLE.sub("", text)


def verify_env(variant: Variant = RECORDING) -> dict[str, str]:
    """This process's environment as a snippet run under ``variant`` sees it."""
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env.update(VERIFY_ENV)
    env.update(variant.process_env())
    return env


class SnippetRunner:
    """One fork server; ``run`` executes a snippet in a fresh child.

    Kernels and thread count are fixed when the server imports torch, so a
    runner serves one ``variant``; its start method is applied per child.
    """

    def __init__(self, python: str = sys.executable, variant: Variant = RECORDING) -> None:
        self.python, self.variant = python, variant
        env = verify_env(variant)
        self._proc = subprocess.Popen(
            [python, str(FORKSERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            encoding="utf-8",
        )
        hello = self._read_reply()
        if not hello.get("ready"):
            raise RuntimeError(f"fork server failed to start: {hello}")
        self._workdirs = tempfile.TemporaryDirectory(prefix="snippet-run-")
        self._count = 0
        self._facts: dict | None = None

    def run(self, snippet: Snippet, device: str = "cpu") -> RunResult:
        self._count += 1
        # A fresh, empty working directory per run: files a snippet saves
        # land here, never in the repo, and the next snippet cannot see them.
        workdir = Path(self._workdirs.name) / str(self._count)
        workdir.mkdir()
        request = {
            "path": str(snippet.path),
            "code_start": snippet.code_start,
            "cells": snippet.cells,
            "device": device,
            "workdir": str(workdir),
            "timeout_s": snippet.timeout_s,
            "threads": self.variant.threads,
            "start_method": self.variant.start_method,
        }
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        reply = self._read_reply()
        return RunResult(**{k: reply[k] for k in RunResult.__dataclass_fields__ if k in reply})

    def sibling(self) -> SnippetRunner:
        """Another fork server like this one, in a process of its own.

        Every child of one server starts from that server's random state and
        memory layout, so an unseeded ``torch.rand`` prints the same in each;
        a child of another server, as in a later ``verify``, prints other
        numbers. The caller closes it.
        """
        return SnippetRunner(self.python, self.variant)

    def probe(self) -> dict:
        """torch version, CUDA and CPU facts, read in a child (never the
        server): what prints differently from one machine to another.
        Probed once per runner."""
        if self._facts is None:
            result = self.run(Snippet(path=_PROBE, name=_PROBE.name), "cuda")
            if result.exception or not result.completed:
                raise RuntimeError(f"device probe failed: {result}")
            self._facts = json.loads(result.stdout)
        return self._facts

    def _read_reply(self) -> dict:
        line = self._proc.stdout.readline()
        if not line:
            code = self._proc.wait()
            raise RuntimeError(f"fork server exited (code {code})")
        return json.loads(line)

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.stdin.close()
            self._proc.wait(timeout=30)
        self._proc.stdout.close()
        self._workdirs.cleanup()

    def __enter__(self) -> SnippetRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
