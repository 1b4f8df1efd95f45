"""The site as GitHub Pages publishes it for a project: under a sub-path
(``user.github.io/<repo>/``, here the path of mkdocs.yml's site_url), with
404.html answering every unknown address. Pages, and the 404 page met at
any depth, load their CSS and JavaScript with no failed request."""

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from verifier.notebooks import published
from verifier.snippets import REPO

PREFIX = urlparse(published("site_url")).path  # "/guide/"


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the site under PREFIX, and 404.html with status 404 for any
    other path, as GitHub Pages does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(PREFIX):
            file = Path(self.translate_path("/" + path[len(PREFIX) :]))
            if file.is_dir() and path.endswith("/"):
                file = file / "index.html"
            if file.is_file():
                self.path = "/" + path[len(PREFIX) :]
                return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@pytest.fixture(scope="module")
def published_url(site):
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    server.shutdown()
    server.server_close()


def visit(browser, url):
    """Load url; return its status and every request that failed or was
    answered with an error, other than the page itself."""
    context = browser.new_context()
    context.route(
        "**/*",
        lambda route: route.continue_()
        if urlparse(route.request.url).hostname == "127.0.0.1"
        else route.abort(),
    )
    page = context.new_page()
    bad = []
    page.on("requestfailed", lambda r: bad.append(f"{r.url} ({r.failure})"))
    page.on(
        "response",
        lambda r: r.status >= 400 and r.url != url and bad.append(f"{r.url} ({r.status})"),
    )
    response = page.goto(url, wait_until="networkidle")
    return context, page, response.status, bad


# A missing page at the top, deeper, and one whose parent is a real page.
@pytest.mark.parametrize("missing", ["nowhere", "no/such/page/", "tensors/nowhere/deeper"])
def test_404_page_loads_its_css_and_javascript_under_the_sub_path(browser, published_url, missing):
    context, page, status, bad = visit(browser, published_url + missing)
    try:
        assert status == 404
        assert bad == [], f"{len(bad)} requests failed on the 404 page: {bad}"
        sheets = page.evaluate(
            "[...document.styleSheets].filter(s => s.href && s.cssRules.length).length"
        )
        assert sheets >= 3, f"{sheets} stylesheets applied"  # Material's two, the guide's
        # Material's JavaScript ran: it wires the search box to its worker.
        assert page.evaluate("typeof window.document$") == "object"
        header = page.eval_on_selector(".md-header", "e => getComputedStyle(e).position")
        assert header == "sticky", "the header is unstyled"
        home = page.eval_on_selector("a.md-header__button.md-logo", "a => a.href")
        assert home == published_url, "the logo does not lead home"
    finally:
        context.close()


def test_a_chapter_loads_cleanly_under_the_sub_path(browser, published_url):
    context, page, status, bad = visit(browser, published_url + "tensors/")
    try:
        assert status == 200
        assert bad == [], bad
        edit = page.get_attribute("a[rel=edit]", "href")
        assert edit == published("repo_url") + "/edit/main/docs/tensors.md"
    finally:
        context.close()


def test_sitemap_lists_every_page_at_its_published_address(site):
    urls = re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text())
    pages = [p.relative_to(site).parent.as_posix() for p in site.rglob("index.html")]
    expected = sorted(published("site_url") + ("" if p == "." else p + "/") for p in pages)
    assert sorted(urls) == expected


def test_a_fork_changes_two_lines():
    """README's "Publishing under another name" names the two settings that
    every published address is derived from."""
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Publishing under another name", 1)[1].split("\n## ", 1)[0]
    for setting in ("site_url", "repo_url"):
        assert f"{setting}: {published(setting)}" in (REPO / "mkdocs.yml").read_text()
        assert setting in section
