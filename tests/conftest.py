import collections
import hashlib
import json
import os
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# The browser fixtures, for every test file that drives Chromium.
from tests.browser import browser, published_url, site_pass  # noqa: E402, F401
from verifier.throwaway_site import build_guide  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once per session with --strict (with xdist, by
    the first worker that needs it, in the session's own temporary folder)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:  # one process
        return build_guide(tmp_path_factory.mktemp("site"))
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent  # this session's, above each worker's
    with FileLock(shared / "site.lock"):
        if not (shared / "site" / "index.html").exists():
            build_guide(shared / "site")
    return shared / "site"


# pytest-xdist (pyproject's addopts: -n auto) runs tests side
# by side in one worker per core, but only when the whole suite runs: for
# named files, starting workers costs more than it saves.
@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    whole_suite = config.args_source == pytest.Config.ArgsSource.TESTPATHS
    return len(os.sched_getaffinity(0)) if whole_suite else 0


# The snippet plugin's closing summary (runs per device), written where the
# snippets ran: forwarded from that worker to the terminal.
WORKER_SUMMARIES: list[str] = []


def pytest_sessionfinish(session):
    workeroutput = getattr(session.config, "workeroutput", None)  # an xdist worker's
    if workeroutput is not None:
        from verifier import pytest_plugin

        lines: list[str] = []
        writer = types.SimpleNamespace(write_line=lines.append)
        pytest_plugin.pytest_terminal_summary(writer, session.config)
        workeroutput["snippet summary"] = lines


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    WORKER_SUMMARIES.extend(getattr(node, "workeroutput", {}).get("snippet summary", []))


# What runs in one worker: every file that uses tests/browser.py (they share
# one pass over the site), and the snippet runs (one fork server; only a
# worker that ran them all writes the verification record). Any other test
# goes to whichever worker is free.
BROWSER_FILES = {
    f"tests/{p.name}"
    for p in (REPO / "tests").glob("test_*.py")
    if "from tests.browser import" in p.read_text(encoding="utf-8")
}


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class Together(LoadScopeScheduling):
        # xdist's own way to group (its loadfile scheduler is this override).
        def _split_scope(self, nodeid):
            path = nodeid.split("::", 1)[0]
            if path in BROWSER_FILES:
                return "browser"
            return path if path == "tests/test_snippets.py" else nodeid

    return Together(config, log)


# Runs that take long and whose outcome their inputs decide (a chapter
# notebook in a fresh kernel, a worker snippet as a script) remember a pass
# in pytest's cache (.pytest_cache), keyed by a digest of those inputs and of
# everything that judges them: the test file, the verifier, the pinned
# packages, Python and this machine's facts. A rerun with the same digest
# reuses the pass and says so in the summary; `--cache-clear`, or a fresh
# clone (CI), runs everything.
JUDGES = [REPO / "requirements.txt", *sorted((REPO / "verifier").glob("*.py"))]
REUSED = "reused an earlier pass"


class PassMemo:
    def __init__(self, request, facts: dict) -> None:
        self._item = request.node
        self._cache = getattr(request.config, "cache", None)  # None: -p no:cacheprovider
        self._name = "passed/" + request.node.nodeid.replace("::", "/")
        self._digest = hashlib.sha256()
        for path in [request.path, *JUDGES]:
            self._digest.update(path.read_bytes())
        self._digest.update(json.dumps([sys.version, facts], sort_keys=True).encode())

    def passed_before(self, *inputs: bytes) -> bool:
        """Whether this test passed before on exactly these inputs (the
        files it runs, as bytes); if not, a pass now is remembered."""
        for data in inputs:
            self._digest.update(hashlib.sha256(data).digest())
        if self._cache is not None and self._cache.get(self._name, None) == self.key:
            self._item.user_properties.append((REUSED, self.key))
            return True
        self._item.stash[PASS_KEY] = self
        return False

    @property
    def key(self) -> str:
        return self._digest.hexdigest()

    def remember(self) -> None:
        if self._cache is not None:
            self._cache.set(self._name, self.key)


PASS_KEY = pytest.StashKey[PassMemo]()


@pytest.fixture
def pass_memo(request, machine_facts) -> PassMemo:
    return PassMemo(request, machine_facts)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.when == "call" and report.passed and PASS_KEY in item.stash:
        item.stash[PASS_KEY].remember()
    return report


def pytest_terminal_summary(terminalreporter):
    for line in WORKER_SUMMARIES:
        terminalreporter.write_line(line)
    reused = collections.Counter(
        r.nodeid.split("::")[0]
        for r in terminalreporter.stats.get("passed", [])
        if any(name == REUSED for name, _ in r.user_properties)
    )
    if reused:
        terminalreporter.write_line(
            f"Passed without running again ({REUSED} of identical inputs; "
            "pytest --cache-clear runs them): "
            + ", ".join(f"{n} in {path}" for path, n in sorted(reused.items()))
        )
