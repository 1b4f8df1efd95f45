"""Browser fixtures shared by the site tests: Debian's Chromium, driven by
Playwright, over the built site served on 127.0.0.1 with every other address
blocked.

Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it).
Without it browser tests skip, except under CI=true, where they fail.
"""

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from verifier.snippets import REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAGES = sorted("" if p.name == "index.md" else p.stem + "/" for p in (REPO / "docs").glob("*.md"))


@pytest.fixture(scope="module")
def base_url(site):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)
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
        yield browser
        browser.close()


class Visit:
    """A page load that records what went wrong and what left the machine."""

    # 1280 x 720 is Playwright's own default viewport.
    def __init__(self, browser, url, color_scheme="light", width=1280, init_script=None):
        self.context = browser.new_context(
            color_scheme=color_scheme, viewport={"width": width, "height": 720}
        )
        if init_script:  # runs in every page before the page's own scripts
            self.context.add_init_script(init_script)
        self.errors, self.failed, self.external = [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "requestfailed",
            lambda r: r.url not in self.external and self.failed.append(r.url),
        )
        self.page.goto(url, wait_until="networkidle")

    def _route(self, route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", None):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

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
