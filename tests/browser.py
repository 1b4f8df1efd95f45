"""The browser the site tests share: Debian's Chromium, driven by Playwright,
over the built site served as GitHub Pages publishes it (under site_url's
path, 404.html for any other address) on 127.0.0.1, with every other
address blocked.

One browser and one server serve the whole session, and each built page is
loaded once per viewing (light and dark at 1280 px, light on a 390 px
phone). A test file registers what it measures on a page with
``@on_each_page``; the session fixture ``site_pass`` makes those loads, runs
every registered check on each, and hands the results to the tests.

Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it).
Without it browser tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import os
import queue
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from verifier.snippets import REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Every page typed under docs/, as its address under the site's root.
PAGES = sorted("" if p.name == "index.md" else p.stem + "/" for p in (REPO / "docs").glob("*.md"))
# Material swaps each pre.mermaid for a drawn div.mermaid.
MERMAID_DONE = "document.querySelectorAll('pre.mermaid').length === 0"


def built_pages(site: Path) -> list[str]:
    """Every page of the built site, as paths under the site's root; the 404
    page as met at an address that does not exist."""
    pages = [p.parent.relative_to(site).as_posix() for p in page_files(site)]
    return ["" if p == "." else p + "/" for p in pages if p != "search"] + ["no-such-page"]


def is_redirect(page: Path) -> bool:
    """Whether a built index.html only sends the reader on: a moved page's
    old address (docs/labs/*/index.html)."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def page_files(site: Path) -> list[Path]:
    """The built site's pages, as their index.html files: redirects are not
    pages (no body, not in the sitemap)."""
    return [p for p in sorted(site.rglob("index.html")) if not is_redirect(p)]


def redirects(site: Path) -> list[str]:
    """The built site's redirect pages, as paths under the site's root."""
    return sorted(
        p.parent.relative_to(site).as_posix() + "/"
        for p in site.rglob("index.html")
        if is_redirect(p)
    )


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the site under ``prefix`` (site_url's path, "/guide/"), and
    404.html with status 404 for any other path, as GitHub Pages does."""

    def __init__(self, *args, prefix: str, **kwargs):
        self.prefix = prefix  # before the base class, which answers at once
        super().__init__(*args, **kwargs)

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(self.prefix):
            file = Path(self.translate_path("/" + path[len(self.prefix) :]))
            if file.is_dir() and path.endswith("/"):
                file = file / "index.html"
            if file.is_file():
                self.path = "/" + path[len(self.prefix) :]
                return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@pytest.fixture(scope="session")
def published_url(site):
    """The site's root address as published (``http://127.0.0.1:PORT/guide/``)."""
    from verifier.notebooks import published  # nbformat: not needed by `verify`

    prefix = urlparse(published("site_url")).path
    handler = functools.partial(PagesHandler, prefix=prefix, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{prefix}"
    server.shutdown()
    server.server_close()


def chromium_or_skip() -> None:
    """Skip the test without Chromium; fail it under CI=true."""
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)


@contextlib.contextmanager
def chromium():
    """Debian's Chromium, launched by this thread's own Playwright (its
    sync API serves one thread)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",  # CI runs as root
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def browser():
    """The browser of the tests that act on a page themselves (search, the
    scheme toggle, the 404 page)."""
    chromium_or_skip()
    with chromium() as browser:
        yield browser


class Visit:
    """A page load, in a fresh context (empty cache), that records what went
    wrong and what tried to leave the machine.

    ``wait_until="commit"`` returns as soon as the page answers, so that
    several pages can load at once; ``settle`` then waits for the rest.
    """

    # 1280 x 720 is Playwright's own default viewport.
    def __init__(
        self,
        browser,
        url,
        color_scheme="light",
        width=1280,
        init_script=None,
        wait_until="networkidle",
    ):
        self.url, self.color_scheme, self.width = url, color_scheme, width
        self.context = browser.new_context(
            color_scheme=color_scheme, viewport={"width": width, "height": 720}
        )
        if init_script:  # runs in every page before the page's own scripts
            self.context.add_init_script(init_script)
        # Console errors, failed requests, requests stopped from leaving the
        # machine, and answers >= 400 to anything but the page itself.
        self.errors, self.failed, self.external, self.bad_status = [], [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "requestfailed",
            lambda r: r.url not in self.external and self.failed.append(r.url),
        )
        self.page.on(
            "response",
            lambda r: r.status >= 400
            and r.url != url
            and self.bad_status.append(f"{r.url} ({r.status})"),
        )
        self.response = self.page.goto(url, wait_until=wait_until)

    def _route(self, route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", None):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def settle(self):
        """Wait until the network is idle and every diagram is drawn."""
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_function(MERMAID_DONE, timeout=15000)

    def close(self):
        self.context.close()


# Screenshots the browser tests take for a person to look at (light, dark,
# phone): kept after the run, ignored by git.
SCREENSHOTS = REPO / "test-results" / "screenshots"


def screenshot(page, name: str) -> Path:
    """Save the whole page as test-results/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# The session's page checks ------------------------------------------------

# Each viewing: (colour scheme, viewport width in px).
VIEWINGS = {"light": ("light", 1280), "dark": ("dark", 1280), "phone": ("light", 390)}
# When a check runs on its load: before any other (it measures the load
# itself), reading the page, or changing it (after every reader).
FIRST, READ, CHANGE = 0, 1, 2
# Browsers the pass drives at once, one thread each: axe-core, most of the
# pass's time, runs in one page's renderer at a time per browser, so two
# keep a 2-core machine busy.
BROWSERS = min(2, os.cpu_count() or 1)
# Pages loading at once in each browser: the next ones load while one is
# checked.
AT_ONCE = 2


@dataclass(frozen=True)
class PageCheck:
    run: Callable  # (visit, path) -> what its test asserts on
    viewing: str  # a key of VIEWINGS
    pages: Callable[[str], bool]  # which built pages (paths) it runs on
    step: int  # FIRST, READ or CHANGE
    init_script: str | None  # needed in the page before its own scripts run


CHECKS: list[PageCheck] = []


def on_each_page(*viewings, pages=None, step=READ, init_script=None):
    """Register ``fn(visit, path)`` to run once per session on every built
    page (or on those ``pages`` keeps) in each of ``viewings``; the test
    reads what it returned with ``site_pass.result(fn, path, viewing)``."""

    def register(fn):
        for viewing in viewings:
            assert viewing in VIEWINGS, viewing
            CHECKS.append(PageCheck(fn, viewing, pages or (lambda path: True), step, init_script))
        return fn

    return register


class SitePass:
    """Loads each built page once per viewing, runs every check registered
    for it, and keeps what each returned or raised."""

    def __init__(self, root_url: str, paths: list[str]) -> None:
        self.paths = paths
        self._results: dict[tuple, object] = {}
        loads = queue.SimpleQueue()
        for viewing in VIEWINGS:
            for path in paths:
                if checks := [c for c in CHECKS if c.viewing == viewing and c.pages(path)]:
                    loads.put((viewing, path, checks))
        failures = []
        workers = [
            threading.Thread(target=self._work, args=(root_url, loads, failures))
            for _ in range(BROWSERS)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        if failures:
            raise failures[0]

    def _work(self, root_url, loads, failures):
        """One thread's share: its own browser, taking loads until none is left."""
        try:
            with chromium() as browser:
                loading = collections.deque()
                while True:
                    try:
                        viewing, path, checks = loads.get_nowait()
                        visit = self._open(browser, root_url, viewing, path)
                        loading.append((viewing, path, checks, visit))
                        if len(loading) < AT_ONCE:
                            continue
                    except queue.Empty:
                        if not loading:
                            return
                    self._check(*loading.popleft())
        except Exception as exc:  # noqa: BLE001 - raised again by the fixture
            failures.append(exc)

    def _open(self, browser, root_url, viewing, path):
        scheme, width = VIEWINGS[viewing]
        scripts = {c.init_script for c in CHECKS if c.viewing == viewing and c.pages(path)}
        try:
            return Visit(
                browser,
                root_url + path,
                color_scheme=scheme,
                width=width,
                init_script="\n".join(s for s in scripts if s) or None,
                wait_until="commit",
            )
        except Exception as exc:  # noqa: BLE001 - handed to each check's test
            return exc

    def _check(self, viewing, path, checks, visit):
        try:
            if isinstance(visit, Exception):
                raise visit
            visit.settle()
            for check in sorted(checks, key=lambda c: c.step):
                try:
                    self._results[check.run, viewing, path] = check.run(visit, path)
                except Exception as exc:  # noqa: BLE001 - raised again in its test
                    exc.add_note(f"(on {path or 'the home page'}, {viewing} viewing)")
                    self._results[check.run, viewing, path] = exc
        except Exception as exc:  # noqa: BLE001 - the load itself failed
            exc.add_note(f"(loading {path or 'the home page'}, {viewing} viewing)")
            for check in checks:
                self._results.setdefault((check.run, viewing, path), exc)
        finally:
            if not isinstance(visit, Exception):
                visit.close()

    def result(self, check: Callable, path: str, viewing: str = "light"):
        """What ``check`` returned on ``path`` in ``viewing``; what it raised
        is raised again here, with the page named."""
        if (check, viewing, path) not in self._results:
            pytest.fail(f"{check.__name__} did not run on {path!r} ({viewing}): not a built page")
        result = self._results[check, viewing, path]
        if isinstance(result, Exception):
            raise result
        return result

    def results(self, check: Callable, viewing: str = "light") -> dict[str, object]:
        """``result`` for every page the check ran on, by path, in order."""
        return {
            path: self.result(check, path, viewing)
            for path in self.paths
            if (check, viewing, path) in self._results
        }


@pytest.fixture(scope="session")
def site_pass(published_url, site) -> SitePass:
    chromium_or_skip()
    return SitePass(published_url, built_pages(site))
