"""Judge a snippet run: the problems that fail it, and whether it prints what its page shows."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest

from verifier.commands import update_command, verify_command
from verifier.facts import (
    FINGERPRINT,
    build_gap,
    fingerprint_fault,
    recording_facts,
    same_settings,
    torch_build,
)
from verifier.runner import RunResult
from verifier.snippets import Snippet, facts_file

# Python's multiprocessing resource tracker, a helper process that spawned
# workers share, now and then reports at exit a semaphore the main process
# has just removed (a leak, then "No such file or directory" when it tries
# to remove it too): a race inside Python, seen with 3.11 under load, not the
# snippet's doing. docs/data.md tells readers they may see it; for a snippet
# that starts processes it is the one stderr text that does not fail a run.
RESOURCE_TRACKER_RACE = re.compile(
    r"^\S*resource_tracker\.py:\d+: UserWarning: resource_tracker: "
    r"(?:There appear to be \d+ leaked semaphore objects to clean up at shutdown"
    r"|'/[^'/]*': \[Errno 2\] No such file or directory)\n"
    r"[ \t]+warnings\.warn\(.*\n?",  # the source line Python quotes
    re.MULTILINE,
)
# A number standing on its own (not the 16 of "fp16" or "float16").
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def hang_line(snippet: Snippet, dump: str) -> int | None:
    """The snippet line a timed-out run was stuck on, from faulthandler's
    dump (most recent call first)."""
    pattern = rf'File "{re.escape(str(snippet.path))}", line (\d+)'
    m = re.search(pattern, dump)
    return int(m[1]) if m else None


def _source(snippet: Snippet, line: int) -> str:
    return snippet.path.read_text(encoding="utf-8").splitlines()[line - 1].strip()


def run_problems(snippet: Snippet, result: RunResult) -> list[str]:
    """Everything wrong with a run except drift from the recorded output.

    A run with any of these problems must never be recorded as content.
    """
    where = snippet.display_path
    recheck = f"then run: {verify_command(snippet)}"
    if result.timed_out:
        line = hang_line(snippet, result.hang_dump)
        stuck = f" while running `{_source(snippet, line)}`" if line else ""
        return [
            f"{where}:{line or 1}: killed after {snippet.timeout_s:g} s (timeout)"
            f"{stuck}. Fix the hang, or if it really needs longer put "
            f"'# snippet: timeout=SECONDS' at its top; {recheck}"
        ]
    if not result.completed:
        how = f"signal {result.signal}" if result.signal else "an early exit"
        return [f"{where}:1: the snippet process died ({how}) before finishing."]
    problems = [
        f"{where}:{w['line'] or 1}: emitted a warning: {w['text']} "
        f"(warned in {w['origin']}). Change the code so it does not warn; "
        f"{recheck}"
        for w in result.warnings
    ]
    stderr = result.stderr
    if snippet.starts_processes:
        stderr = RESOURCE_TRACKER_RACE.sub("", stderr)
    if stderr:
        problems.append(
            f"{where}:1: wrote to stderr (a page shows stdout only):\n"
            f"{stderr.rstrip()}\nPrint to stdout instead; {recheck}"
        )
    problems += _error_problems(snippet, result.exception)
    return problems


def _error_problems(snippet: Snippet, exc: dict | None) -> list[str]:
    where = snippet.display_path
    if snippet.raises is None:
        if exc is None:
            return []
        return [
            f"{where}:{exc['line']}: raised an unexpected {exc['type']}:\n"
            f"{exc['text'].rstrip()}\nFix the code; or, if the page is meant "
            f"to show this error, end that line with '# raises {exc['type']}' "
            f"and run: {update_command(snippet, 'cpu')}"
        ]
    expected = f"{where}:{snippet.raises_line}: expected {snippet.raises}"
    fix = (
        "Fix the code, or the '# raises' marker if the error really changed; "
        f"then run: {update_command(snippet, 'cpu')}"
    )
    if exc is None:
        return [f"{expected} from this line, but the snippet raised nothing. {fix}"]
    if exc["type"] != snippet.raises.rsplit(".", 1)[-1]:
        return [f"{expected}, got {exc['type']}:\n{exc['text'].rstrip()}\n{fix}"]
    if exc["line"] != snippet.raises_line:
        return [
            f"{expected} from this line, but it came from line {exc['line']}:"
            f"\n{exc['text'].rstrip()}\n{fix}"
        ]
    return []


def structure(text: str) -> str:
    """A measured output with its numbers masked and spacing evened out:
    what stays the same from one measurement to the next."""
    masked = _NUMBER.sub("#", text)
    return "\n".join(" ".join(line.split()) for line in masked.splitlines()) + "\n"


def same_output(snippet: Snippet, recorded: str, shown: str, exact: bool = True) -> bool:
    """Whether ``shown`` is what the recording shows. A measurement is
    compared around its numbers; a declared-varying output, unless ``exact``,
    number by number within its tolerance."""
    if snippet.measured:
        return structure(recorded) == structure(shown)
    if snippet.varies and not exact:
        return within_tolerance(recorded, shown, *snippet.tolerance) is None
    return recorded == shown


def within_tolerance(recorded: str, shown: str, atol: float, rtol: float) -> str | None:
    """None if ``shown`` has the recorded text around its numbers and each
    number within ``atol + rtol * |recorded|`` (numpy.isclose's rule);
    otherwise the first pair that is not, in words."""
    if structure(recorded) != structure(shown):
        return "the text around the numbers differs"
    for want, got in zip(_NUMBER.findall(recorded), _NUMBER.findall(shown), strict=True):
        if abs(float(got) - float(want)) > atol + rtol * abs(float(want)):
            return f"{got} is not within atol={atol:g}, rtol={rtol:g} of the recorded {want}"
    return None


def drift(snippet: Snippet, device: str, shown: str, exact: bool = True) -> str | None:
    """A unified diff if ``shown`` differs from the recorded output.

    A measured snippet's numbers may change from run to run; only the text
    around them must stay as recorded. A declared-varying one, unless
    ``exact``, may differ within its tolerance.
    """
    recorded_path = snippet.expected_output_path(device)
    rel = snippet.display_sibling(recorded_path)
    fix = update_command(snippet, device)
    if not recorded_path.exists():
        return (
            f"{snippet.display_path}:1: no recorded output ({rel} is missing).\n"
            f"Record it with: {fix}"
        )
    recorded = recorded_path.read_text(encoding="utf-8")
    if same_output(snippet, recorded, shown, exact):
        return None
    what, note = "something else", ""
    if snippet.measured:  # compare, and show, the masked texts
        recorded, shown = structure(recorded), structure(shown)
        what = "a differently shaped measurement (numbers shown as #)"
    elif snippet.varies and not exact:
        what = f"something else ({within_tolerance(recorded, shown, *snippet.tolerance)})"
    elif whitespace_only(recorded, shown):
        what, note = "other whitespace", f" Only whitespace differs: {AS_LITERALS}."
    diff = _unified(recorded, f"{rel} (recorded)", shown, f"{snippet.display_path} on {device}")
    return (
        f"{rel}:{_first_difference(recorded, shown)}: {snippet.display_path} printed "
        f"{what} on {device} than this recording.{note}\n{diff}\n"
        f"{RERECORD}{fix}"
    )


RERECORD = "If the change is intended, re-record with: "

# How lines that differ only in whitespace are shown, and why.
AS_LITERALS = "its lines are shown as Python strings, so spaces, tabs and line ends show"


def whitespace_only(a: str, b: str) -> bool:
    """Whether two different texts differ only in spaces, tabs or line ends,
    which a diff or a terminal prints alike."""
    return a != b and a.split() == b.split()


# How many changed lines a message lists before it says how many more.
SHOWN_LINES = 5


def unrepeatable(snippet: Snippet, device: str, first: str, second: str) -> str | None:
    """Why a snippet whose two runs (``first``, ``second``: what each showed)
    printed different things cannot be recorded, or None if they agree.

    They must agree as a run must agree with a recording (``same_output``):
    exactly, or a measurement around its numbers. Two runs in separate
    processes differ where the snippet draws unseeded random numbers, so a
    recording of either would fail every later verification.
    """
    if same_output(snippet, first, second):
        return None
    if snippet.measured:  # compare, and show, the masked texts
        first, second = structure(first), structure(second)
    if whitespace_only(first, second):
        first_lines, second_lines = _lines(first, second)
        note = f" (only whitespace; {AS_LITERALS})"
    else:
        first_lines, second_lines, note = first.splitlines(), second.splitlines(), ""
    rel = snippet.display_sibling(snippet.output_path(device))
    changed = [
        (number, a, b)
        for number, (a, b) in enumerate(zip_longest(first_lines, second_lines), start=1)
        if a != b
    ]
    lines = [
        f"{snippet.display_path}:1: printed something else when run again on {device} "
        "in a fresh process, as every verify runs it, so no recording of it could "
        f"pass (any old recording is kept as it was). What changed{note}:"
    ]
    for number, a, b in changed[:SHOWN_LINES]:
        lines.append(f"{rel}:{number}: first run:  {'(no such line)' if a is None else a}")
        lines.append(f"{rel}:{number}: second run: {'(no such line)' if b is None else b}")
    if len(changed) > SHOWN_LINES:
        lines.append(f"... and {len(changed) - SHOWN_LINES} more changed lines")
    lines.append(
        "Random numbers drawn without a seed differ from run to run: seed them "
        "with torch.manual_seed(0) at the snippet's top (and random.seed(0) or "
        "numpy.random.seed(0) if it uses those); then run: "
        f"{update_command(snippet, device)}"
    )
    return "\n".join(lines)


# The one rule: what a run of a snippet says about its page ------------------

PASSED = "passed"
VARIES = "varies"  # passed within the snippet's declared tolerance, not exactly
FAILED = "failed"
NOT_COMPARABLE = "torch-differs"  # recorded by another torch build
SKIPPED = "skipped"


@dataclass(frozen=True)
class Verdict:
    outcome: str  # one of the five above
    message: str = ""
    # False when the run itself is broken (warned, raised, hung): such a run
    # is never recorded, whatever it printed.
    recordable: bool = True

    @property
    def ok(self) -> bool:
        return self.outcome in (PASSED, VARIES)


def judge(
    snippet: Snippet,
    device: str,
    result: RunResult,
    here: dict,
    cpu_run: Callable[[], RunResult] | None = None,
) -> Verdict:
    """Does this run print what the page shows? The rule every caller uses.

    ``here`` is the probe of the machine and variant that ran it (torch
    build, CPU, CPU capability, threads, kernel settings). A run that warns, writes to
    stderr, hangs or raises what it does not declare fails. Its output must
    equal the recording, except that a measured one is compared around its
    numbers and a declared-varying one, on another machine or thread count
    than recorded it, within its tolerance (outcome ``varies``). A difference
    from a recording made by another torch build is ``not comparable``, unless
    a GPU run differs from a CPU run of the same torch here (``cpu_run``), which
    proves the GPU prints something else. A measurement fails, whatever the
    run printed, when its recording is not the file ``update`` measured
    (``measurement_problem``).
    """
    if problems := run_problems(snippet, result):
        return Verdict(FAILED, "\n\n".join(problems), recordable=False)
    if unmeasured := measurement_problem(snippet, device):
        return Verdict(FAILED, unmeasured)
    exact = not snippet.varies or same_settings(recording_facts(snippet, device), here)
    diff = drift(snippet, device, result.shown_output, exact)
    if diff is None:
        recorded = snippet.expected_output_path(device).read_text(encoding="utf-8")
        if exact or recorded == result.shown_output:
            return Verdict(PASSED)
        return Verdict(
            VARIES,
            f"{snippet.display_path}: last digits differ from the recording, within "
            f"its declared tolerance ({snippet.varies_because})",
        )
    recorded_with = build_gap(snippet, device, here)
    if recorded_with is None:
        return Verdict(FAILED, diff)
    if (
        device == "cuda"
        and cpu_run
        and snippet.expected_output_path(device) == snippet.output_path("cpu")
    ):
        # Same machine, same torch: what differs here is the GPU's doing.
        cpu = cpu_run()
        if not run_problems(snippet, cpu):
            if gpu_only := device_difference(snippet, cpu.shown_output, result.shown_output):
                return Verdict(FAILED, gpu_only)
    return Verdict(
        NOT_COMPARABLE,
        f"torch build differs: recorded with {recorded_with}, this is "
        f"{torch_build(here)}; not comparable, so not passed.\n{diff}",
    )


def device_difference(snippet: Snippet, cpu_here: str, cuda_here: str) -> str | None:
    """Set a GPU run beside a CPU run of the same torch on the same machine:
    whatever differs there is the device's doing, and needs a GPU recording."""
    if same_output(snippet, cpu_here, cuda_here):
        return None
    where = snippet.display_path
    diff = _unified(cpu_here, f"{where} on cpu", cuda_here, f"{where} on cuda")
    return (
        f"{where}:1: prints something else on CUDA than on this machine's CPU "
        f"(same torch), and has no GPU recording.\n{diff}\n"
        f"Record the GPU output with: {update_command(snippet, 'cuda')}"
    )


def _first_difference(a: str, b: str) -> int:
    old, new = a.splitlines(), b.splitlines()
    first = next((i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y), None)
    return (first if first is not None else min(len(old), len(new))) + 1


def _lines(a: str, b: str) -> tuple[list[str], list[str]]:
    """The lines of two texts, each as a Python string literal (with its
    line end) where the texts differ only in whitespace."""
    if whitespace_only(a, b):
        return [repr(x) for x in a.splitlines(True)], [repr(x) for x in b.splitlines(True)]
    return a.splitlines(), b.splitlines()


def _unified(a: str, a_name: str, b: str, b_name: str) -> str:
    a_lines, b_lines = _lines(a, b)
    diff = difflib.unified_diff(
        a_lines, b_lines, fromfile=a_name, tofile=f"{b_name} (printed now)", lineterm=""
    )
    return "".join(line + "\n" for line in diff)


# Measurements: what proves a recording is the one update measured -----------


def measurement_problem(snippet: Snippet, device: str) -> str | None:
    """Why the measured recording a ``device`` run is compared with is not
    known to be what ``update`` measured, or None.

    A measurement is compared with a run only around its numbers, so no run
    can show its numbers are real; the sha256 of its bytes, which ``record``
    keeps in its facts file, shows they are the ones measured. None for an
    unmeasured snippet and a missing recording (``drift`` reports that).
    """
    recording = snippet.expected_output_path(device)
    if not snippet.measured or not recording.exists():
        return None
    if (fault := fingerprint_fault(recording)) is None:
        return None
    rel = snippet.display_sibling(recording)
    facts = snippet.display_sibling(facts_file(recording))
    if fault == "missing":
        what = (
            f"a measurement without its fingerprint ({facts} has no {FINGERPRINT}), "
            "so nothing shows that update measured these numbers"
        )
    else:
        what = f"changed since update measured it: its sha256 is not the {FINGERPRINT} in {facts}"
    recorded_on = "cpu" if recording == snippet.output_path("cpu") else device
    where = " on a machine with a CUDA GPU" if recorded_on == "cuda" else ""
    return (
        f"{rel}:1: {what}. The page publishes its numbers as measured on the "
        "machine named there, so they may only come from a run, never from an edit.\n"
        f"Re-measure{where} with: {update_command(snippet, recorded_on)}"
    )
