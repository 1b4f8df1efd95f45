"""The pytest plugin that verifies snippets: one test per planned run.

A run is a ``SnippetRun``: (snippet, device, variant), carried as data from
collection to report. ``tests/test_snippets.py`` holds the one test; whether
a run passes is decided by ``check.judge``, like everywhere else. Loaded
with ``-p verifier.pytest_plugin`` (pyproject.toml's addopts, and
``guide.py verify``).

Options: ``--snippet PATH`` and ``--changed [BASE]`` narrow the runs,
``--require-gpu`` makes a missing GPU fail, ``--matrix`` adds a run under
every execution variant (variants.py) to each CPU run and prints, per
snippet, whether its output was the same under all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from verifier import provenance
from verifier.check import FAILED, NOT_COMPARABLE, RERECORD, SKIPPED, VARIES, Verdict, judge
from verifier.runner import SnippetRunner
from verifier.selection import SelectionError, changed_since, select
from verifier.snippets import Snippet, cuda_unavailable, discover, planned_runs
from verifier.variants import MATRIX, RECORDING, Variant, by_name


@dataclass(frozen=True)
class SnippetRun:
    snippet: Snippet
    device: str
    variant: Variant = RECORDING

    @property
    def id(self) -> str:
        extra = "" if self.variant is RECORDING else f"::{self.variant.name}"
        return f"{self.snippet.name}::{self.device}{extra}"


class Runners:
    """One fork server per variant, each started on first use."""

    def __init__(self) -> None:
        self._runners: dict[str, SnippetRunner] = {}

    def get(self, variant: Variant = RECORDING) -> SnippetRunner:
        if variant.name not in self._runners:
            # One server at a time: two would compete for this machine's cores.
            for name in [n for n in self._runners if n != RECORDING.name]:
                self._runners.pop(name).close()
            self._runners[variant.name] = SnippetRunner(variant=variant)
        return self._runners[variant.name]

    def facts(self, variant: Variant = RECORDING) -> dict:
        """The probe of this machine under ``variant``."""
        return self.get(variant).probe()

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()
        self._runners.clear()


class Session:
    def __init__(self) -> None:
        self.runners = Runners()
        self.planned: set[SnippetRun] = set()  # when every snippet was chosen
        self.outcomes: dict[SnippetRun, str] = {}
        self.variants: list[Variant] = []  # the matrix's variants run here
        self.not_run_here: dict[str, str] = {}  # variant name: why


_session = Session()


def pytest_addoption(parser):
    group = parser.getgroup("snippets", "snippet verification")
    group.addoption(
        "--require-gpu",
        action="store_true",
        help="GPU verification: run every snippet on CUDA too, and fail "
        "instead of skipping when no GPU is visible.",
    )
    group.addoption(
        "--snippet",
        action="append",
        default=[],
        metavar="PATH",
        help="verify only these: snippet files, outputs, chapter folders or "
        "docs pages (repeatable)",
    )
    group.addoption(
        "--changed",
        nargs="?",
        const="main",
        default=None,
        metavar="BASE",
        help="verify only snippets touched since BASE (default main): changed "
        "snippets and outputs, and the snippets of changed pages",
    )
    group.addoption(
        "--matrix",
        action="store_true",
        help="also run every CPU snippet under each execution variant "
        "(other CPU kernels, thread counts, start methods)",
    )
    group.addoption(
        "--variant",
        action="append",
        default=[],
        metavar="NAME",
        help="like --matrix, but only this variant (repeatable), e.g. threads=4",
    )


@pytest.fixture(scope="session")
def runner() -> SnippetRunner:
    """The recording variant's fork server."""
    return _session.runners.get()


@pytest.fixture(scope="session")
def machine_facts() -> dict:
    return _session.runners.facts()


@pytest.fixture
def verify_snippet(request):
    """Run one ``SnippetRun`` and end the test as its verdict says."""
    return lambda run: check(run, request.config.getoption("--require-gpu"))


def check(run: SnippetRun, require_gpu: bool) -> None:
    facts = _session.runners.facts(run.variant)
    if run.device == "cuda" and not facts["cuda_available"]:
        verdict, reason = cuda_unavailable(require_gpu)
        _session.outcomes[run] = FAILED if verdict == "fail" else SKIPPED
        getattr(pytest, verdict)(reason)
    runner = _session.runners.get(run.variant)
    result = runner.run(run.snippet, run.device)
    verdict = judge(
        run.snippet, run.device, result, facts, cpu_run=lambda: runner.run(run.snippet, "cpu")
    )
    _session.outcomes[run] = verdict.outcome
    if run.variant is not RECORDING and verdict.outcome == FAILED:
        verdict = under_variant(verdict, run.variant)
    _end_test(verdict)


def under_variant(verdict: Verdict, variant: Variant) -> Verdict:
    """A variant's failure, told as one: re-recording cannot fix it, since
    recordings are made under the recording variant."""
    settings = ", ".join(f"{k}={v}" for k, v in variant.process_env().items())
    if variant.start_method:
        settings += f", start method {variant.start_method}"
    where = (
        f"Under the execution variant {variant.name} ({settings}), as on a reader's "
        "machine that differs this way:\n"
    )
    if not verdict.recordable:  # a hang, a crash, a warning: its own advice holds
        return Verdict(FAILED, where + verdict.message, recordable=False)
    return Verdict(
        FAILED,
        f"{where}{verdict.message.split(RERECORD)[0].rstrip()}\n"
        "Re-recording does not help here: make the output hold on every machine "
        "(a bigger margin, fewer printed digits), or declare it in the snippet with "
        "'# snippet: varies atol=... rtol=... -- why' (README: 'Every machine').",
        recordable=False,
    )


def _end_test(verdict: Verdict) -> None:
    if verdict.outcome == FAILED:
        pytest.fail(verdict.message, pytrace=False)
    if verdict.outcome == NOT_COMPARABLE:
        pytest.xfail(verdict.message)
    # passed, or varied within its declared tolerance: a pass either way.


def chosen_snippets(config) -> list[Snippet]:
    snippets = discover()
    targets = list(config.getoption("--snippet"))
    if base := config.getoption("--changed"):
        changed = changed_since(base)
        if changed is None:
            print(f"\nverify --changed: the verifier changed since {base}; all snippets")
            return snippets
        targets += changed
        if not targets:
            return []
    if not targets:
        return snippets
    try:
        return select(snippets, targets)
    except SelectionError as exc:
        raise pytest.UsageError(str(exc)) from None


def planned(config) -> list[SnippetRun]:
    """Every run this session makes, in order."""
    facts = _session.runners.facts()
    base = planned_runs(
        chosen_snippets(config), facts["cuda_available"], config.getoption("--require-gpu")
    )
    try:
        named = [by_name(n) for n in config.getoption("--variant")]
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    variants = []
    if config.getoption("--matrix") or named:
        for variant in named or MATRIX:
            if why := variant.not_here(facts):
                _session.not_run_here[variant.name] = why
            else:
                variants.append(variant)
    _session.variants = variants
    runs = [SnippetRun(snippet, device) for snippet, device in base]
    # Variant after variant, so that each fork server starts once.
    for v in variants:
        runs += [
            SnippetRun(snippet, "cpu", v)
            for snippet, device in base
            if device == "cpu" and v.applies_to(snippet.starts_processes)
        ]
    return runs


def pytest_generate_tests(metafunc):
    if "snippet_run" not in metafunc.fixturenames:
        return
    runs = planned(metafunc.config)
    if not (metafunc.config.getoption("--snippet") or metafunc.config.getoption("--changed")):
        _session.planned.update(runs)
    metafunc.parametrize("snippet_run", runs, ids=[r.id for r in runs])


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    run = getattr(item, "callspec", None) and item.callspec.params.get("snippet_run")
    # A run the verifier itself broke on still counts, as failed.
    if run is not None and report.failed and run not in _session.outcomes:
        _session.outcomes[run] = FAILED
    return report


def _recording_outcomes() -> dict[tuple[str, str], str]:
    return {
        (run.snippet.name, run.device): outcome
        for run, outcome in _session.outcomes.items()
        if run.variant is RECORDING
    }


def pytest_terminal_summary(terminalreporter, config):
    """How many snippets ran on each device and how each run ended; with
    --matrix, per variant and per snippet."""
    if not _session.outcomes:
        return
    write = terminalreporter.write_line
    facts = _session.runners.facts()
    write("")
    write(f"Snippet runs with {provenance.environment(facts)}")
    for line in provenance.run_counts(_recording_outcomes()):
        write("  " + line)
    if _session.variants or _session.not_run_here:
        for line in matrix_report(_session.outcomes, _session.variants, _session.not_run_here):
            write(line)


MARK = {"passed": "=", VARIES: "~", FAILED: "X", NOT_COMPARABLE: "?", SKIPPED: "s"}


def matrix_report(
    outcomes: dict[SnippetRun, str], variants: list[Variant], not_run_here: dict[str, str]
) -> list[str]:
    """Per variant: counts. Per snippet: one mark per variant and a verdict."""
    lines = ["", "Execution variants (python3 guide.py verify --matrix):"]
    for v in variants:
        counts: dict[str, int] = {}
        for run, outcome in outcomes.items():
            if run.variant is v:
                counts[outcome] = counts.get(outcome, 0) + 1
        text = ", ".join(f"{n} {provenance.LABELS.get(k, k)}" for k, n in sorted(counts.items()))
        lines.append(f"  {v.name:<17} {text or 'no runs'}")
    for name, why in not_run_here.items():
        lines.append(f"  {name:<17} not run here: {why}")
    lines += [
        "",
        "Per snippet, one mark per variant ("
        + " ".join(f"{i + 1}={v.name}" for i, v in enumerate(variants))
        + "):",
        "  = same output   ~ other digits, within the declared tolerance   "
        "X differs   . not applicable (starts no processes)",
    ]
    by_snippet: dict[str, dict[str, str]] = {}
    for run, outcome in outcomes.items():
        if run.device == "cpu":
            by_snippet.setdefault(run.snippet.name, {})[run.variant.name] = outcome
    tally = {"identical under every variant": 0, "varies within tolerance": 0, "differs": 0}
    for name, got in sorted(by_snippet.items()):
        marks = "".join(MARK.get(got.get(v.name, ""), ".") for v in variants)
        rest = [got[v.name] for v in variants if v.name in got]
        if any(o not in ("passed", VARIES) for o in rest):
            verdict = "differs"
        elif VARIES in rest:
            verdict = "varies within tolerance"
        else:
            verdict = "identical under every variant"
        tally[verdict] += 1
        lines.append(f"  {marks}  {name}: {verdict}")
    lines.append("Snippets: " + ", ".join(f"{n} {k}" for k, n in tally.items()))
    return lines


def pytest_sessionfinish(session):
    # Only a run that checked every planned snippet may speak for the site.
    if _session.planned and _session.planned <= _session.outcomes.keys():
        provenance.save(provenance.build_record(_recording_outcomes(), _session.runners.facts()))


def pytest_unconfigure(config):
    _session.runners.close()
