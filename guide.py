#!/usr/bin/env python3
"""One entry point for readers, contributors and CI; needs only python3.

Commands are in the table COMMANDS; `python3 guide.py` lists them. The first
run creates .venv from requirements.txt (and again whenever that file
changes). Extra arguments go to pytest (test, verify) or to mkdocs (build,
serve). On a GPU machine, `verify --require-gpu` runs every snippet on CUDA
too and fails if no GPU is visible. `--system-python` (first argument) skips
.venv and uses the running interpreter, for machines that already hold torch
and cannot install (a GPU runner, say); `verify` needs only torch, numpy,
einops and pytest there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import venv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent
VENV = REPO / ".venv"
REQUIREMENTS = REPO / "requirements.txt"
STAMP = VENV / "requirements.sha256"


def ensure_venv() -> Path:
    """Create or refresh .venv so it matches requirements.txt exactly."""
    python = VENV / "bin" / "python"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        _put_repo_on_path()
        return python
    if not python.exists():
        print(f"guide: creating {VENV.name}/ ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("guide: installing requirements.txt ...", flush=True)
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "-r", REQUIREMENTS],
        check=True,
    )
    STAMP.write_text(wanted)
    _put_repo_on_path()
    return python


def _put_repo_on_path() -> None:
    """Make the repo importable in .venv (a .pth file), so that any site
    engine started from it, from any directory, finds the Markdown extension
    verifier.markdown_markers that mkdocs.yml names."""
    for site_packages in (VENV / "lib").glob("python3*/site-packages"):
        pth = site_packages / "pytorch_proven_repo.pth"
        if not pth.exists() or pth.read_text() != f"{REPO}\n":
            pth.write_text(f"{REPO}\n")


def run(python: Path | str, *args: str, **extra_env: str) -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **extra_env)
    return subprocess.run([str(python), *args], cwd=REPO, env=env).returncode


def build_env() -> dict[str, str]:
    """SOURCE_DATE_EPOCH set to the checked-out commit's time, unless given.

    MkDocs dates every sitemap entry and the sitemap.xml.gz header with it,
    and with the day of the build without it: two builds of one commit on
    different days would differ. Outside a git checkout it stays unset.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        return {}
    commit_time = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True
    )
    if commit_time.returncode or not commit_time.stdout.strip():
        return {}
    return {"SOURCE_DATE_EPOCH": commit_time.stdout.strip()}


# What `verify` runs: every snippet, and the pages' agreement with them
# (orphans, missing includes, prose numbers no output prints). A contributor's
# quick check (--changed) adds the linters, so it catches what CI would.
VERIFY_TESTS = ["tests/test_snippets.py", "tests/test_pages.py"]
QUICK_CHECK_TESTS = ["tests/test_lint.py"]


def verify(python: Path | str, *pytest_args: str) -> int:
    """The snippet verification that gates every build.

    Clears the suite's addopts so that it needs no plugin beyond pytest and
    the verifier's own.
    """
    quick = any(a == "--changed" or a.startswith("--changed=") for a in pytest_args)
    return run(
        python,
        "-m",
        "pytest",
        "-o",
        "addopts=",
        "-p",
        "verifier.pytest_plugin",
        "-q",
        "-rfEsx",  # failures, skips and xfails (torch-build differences) with reasons
        *VERIFY_TESTS,
        *(QUICK_CHECK_TESTS if quick else []),
        *pytest_args,
    )


def site(python: Path | str, command: str, rest: list[str]) -> int:
    """build or serve: verify every snippet first, and stop if one fails."""
    if code := verify(python):
        doing = {"build": "building", "serve": "serving"}[command]
        print(f"guide: snippet verification failed; not {doing} the site.")
        return code
    # The pages show that run's record: a build refuses to go without one
    # (serve only warns on the page, since every edit outdates it).
    require = {"GUIDE_REQUIRE_RECORD": "1"} if command == "build" else {}
    return run(python, "-m", "mkdocs", command, *rest, **require, **build_env())


def verify_paths(python: Path | str, command: str, rest: list[str]) -> int:
    # Paths (snippets, outputs, chapter folders, pages) narrow the run.
    return verify(
        python, *(f"--snippet={a}" if (REPO / a).exists() and a != "." else a for a in rest)
    )


def module(*target: str):
    """A command that runs ``python -m TARGET`` (or a script) with the extra arguments."""
    return lambda python, command, rest: run(python, *target, *rest)


@dataclass(frozen=True)
class Command:
    run: Callable[[Path | str, str, list[str]], int]
    usage: str  # the arguments it takes
    help: str


# Every command, once: main() dispatches on it, `python3 guide.py` lists it,
# and the tests check that the docs name only these.
COMMANDS = {
    "build": Command(site, "", "verify every snippet, then build the site"),
    "serve": Command(site, "", "verify every snippet, then serve it locally"),
    "test": Command(module("-m", "pytest"), "", "run the whole test suite"),
    "verify": Command(
        verify_paths,
        "[--require-gpu] [--changed] [--matrix] [--variant NAME] [PATH ...]",
        "run the snippet checks (all, those of PATHs, or those touched since main, "
        "then also the linters) and the pages' agreement with them (orphans, prose "
        "numbers); --matrix: also under every execution variant (CPU kernels, threads, "
        "start methods); --variant NAME: only that one, e.g. threads=4",
    ),
    "update": Command(
        module("-m", "verifier.update"), "[--gpu] [PATH ...]", "re-record snippet outputs"
    ),
    "drill": Command(
        module("-m", "verifier.drill"),
        "VERSION [--publish]",
        "report what another torch would change; --publish: as the site's page",
    ),
    "bench": Command(
        module("benchmarks/isolation_overhead.py"),
        "",
        "measure the verifier's per-snippet overhead",
    ),
}


def usage() -> str:
    lines = []
    for name, command in COMMANDS.items():
        lines.append(f"  python3 guide.py {name} {command.usage}".rstrip())
        lines += textwrap.wrap(command.help, 72, initial_indent=" " * 6, subsequent_indent=" " * 6)
    return "\n".join(lines) + "\n\n" + __doc__.split("\n\n", 1)[1]


def main(argv: list[str]) -> int:
    system_python = argv[:1] == ["--system-python"]
    command, *rest = (argv[1:] if system_python else argv) or ["help"]
    if command not in COMMANDS:
        print(usage())
        return 0 if command in ("help", "--help", "-h") else 2
    python = sys.executable if system_python else ensure_venv()
    return COMMANDS[command].run(python, command, rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
