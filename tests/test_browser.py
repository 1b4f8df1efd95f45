"""The built site as a reader meets it: Debian's Chromium, driven by
Playwright, over the site served on 127.0.0.1 as it is published, with every
other address blocked (tests/browser.py).

Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it).
Without it these tests skip, except under CI=true, where they fail.
"""

import html.parser
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from tests.browser import PAGES, Visit, on_each_page
from verifier.notebooks import published

PUBLISHED_PATH = urlparse(published("site_url")).path


@on_each_page("light", pages=PAGES.__contains__)
def renders_offline_and_cleanly(visit, path):
    page = visit.page
    # Diagrams: Material swaps each pre.mermaid for a rendered div (the
    # pass waited for that).
    for height in page.eval_on_selector_all(
        "div.mermaid", "els => els.map(e => e.getBoundingClientRect().height)"
    ):
        assert height > 20, "a Mermaid diagram rendered empty"
    # Formulas: every arithmatex span/div holds KaTeX output, no raw TeX.
    raw = page.eval_on_selector_all(
        ".arithmatex", "els => els.filter(e => !e.querySelector('.katex')).length"
    )
    assert raw == 0, f"{raw} formulas left unrendered"
    code_blocks = page.locator(".md-content .highlight pre > code").count()
    copy_buttons = page.locator("button[data-md-type=copy]").count()
    assert copy_buttons == code_blocks, f"{copy_buttons} copy buttons, {code_blocks} blocks"
    assert visit.external == [], "requests tried to leave the machine"
    assert visit.failed == [], "requests failed"
    assert visit.errors == [], "console errors"


# Pages with code, plain outputs, error outputs (whose lines the CSS lays out
# as blocks, for their hanging indent) and diffs.
COPY_PAGES = ["tensors/", "common_errors/", "upgrade_drift/"]


@pytest.mark.parametrize("path", COPY_PAGES)
def test_each_copy_button_copies_exactly_the_text_shown(browser, published_url, path):
    # Material copies a block's rendered text (innerText), so CSS that lays
    # a line out as a block adds a newline to what the reader pastes.
    visit = Visit(browser, published_url + path)
    try:
        visit.context.grant_permissions(["clipboard-read", "clipboard-write"])
        blocks = [pre for pre in visit.page.locator(".highlight > pre").all() if pre.is_visible()]
        assert len(blocks) > 10
        wrong = []
        for pre in blocks:
            visit.page.evaluate("navigator.clipboard.writeText('')")
            pre.locator("button[data-md-type=copy]").click()
            copied = visit.page.evaluate("navigator.clipboard.readText()")
            shown = pre.locator("code").text_content()
            if copied.rstrip("\n") != shown.rstrip("\n"):
                wrong.append(f"{path}: copied {copied[:80]!r}, shown {shown[:80]!r}")
        assert not wrong, "\n".join(wrong)
    finally:
        visit.close()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "index")
def test_page_renders_offline_and_cleanly(site_pass, path):
    site_pass.result(renders_offline_and_cleanly, path)


def test_search_finds_a_known_term(browser, published_url):
    visit = Visit(browser, published_url)
    try:
        visit.page.click("input.md-search__input", timeout=5000)
        visit.page.keyboard.type("broadcasting", delay=20)
        visit.page.wait_for_selector(".md-search-result__item", timeout=15000)
        titles = visit.page.locator(".md-search-result__item").all_inner_texts()
        assert any("Operations" in t or "roadcast" in t for t in titles), titles
    finally:
        visit.close()


def test_dark_mode_toggle_switches_the_palette(browser, published_url):
    visit = Visit(browser, published_url + "tensors/")
    page = visit.page
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    try:
        seen = {page.evaluate(scheme)}
        for _ in range(3):  # auto -> light -> dark -> auto
            page.locator("form[data-md-component=palette] label:visible").first.click()
            seen.add(page.evaluate(scheme))
        assert {"default", "slate"} <= seen
    finally:
        visit.close()


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def test_every_internal_link_and_anchor_resolves(site):
    parsed = {}

    def parse(path):
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    problems = []
    for page in sorted(site.rglob("*.html")):
        url = "http://site/" + page.relative_to(site).as_posix()
        for href in parse(page).hrefs:
            target, fragment = urldefrag(urljoin(url, href))
            if urlparse(target).hostname != "site":
                continue
            # The 404 page links absolutely, under site_url's path (/guide/).
            path = site / urlparse(target).path.removeprefix(PUBLISHED_PATH).lstrip("/")
            if path.is_dir() or not path.suffix:
                path = path / "index.html"
            if not path.exists():
                problems.append(f"{page.relative_to(site)}: {href} -> missing page")
            elif fragment and path.suffix == ".html" and fragment not in parse(path).ids:
                problems.append(f"{page.relative_to(site)}: {href} -> missing anchor")
    assert not problems, "\n".join(problems)
