"""The site as GitHub Pages publishes it for a project: under a sub-path
(``user.github.io/<repo>/``, here the path of mkdocs.yml's site_url), with
404.html answering every unknown address. Pages, and the 404 page met at
any depth, load their CSS and JavaScript with no failed request. The server
is tests/browser.py's ``published_url``, which every browser test uses."""

import re

import pytest

from tests.browser import Visit, on_each_page, page_files, redirects
from verifier.notebooks import published
from verifier.snippets import REPO


def problems(visit):
    """Every request that failed, left the machine or was answered with an
    error, other than the page itself."""
    return visit.failed + visit.external + visit.bad_status


# A missing page at the top, deeper, and one whose parent is a real page.
@pytest.mark.parametrize("missing", ["nowhere", "no/such/page/", "tensors/nowhere/deeper"])
def test_404_page_loads_its_css_and_javascript_under_the_sub_path(browser, published_url, missing):
    visit = Visit(browser, published_url + missing)
    page = visit.page
    try:
        assert visit.response.status == 404
        bad = problems(visit)
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
        visit.close()


@on_each_page("light", pages="tensors/".__eq__)
def chapter_under_the_sub_path(visit, path):
    """(status, failed requests, the edit link)."""
    edit = visit.page.get_attribute("a[rel=edit]", "href")
    return visit.response.status, problems(visit), edit


def test_a_chapter_loads_cleanly_under_the_sub_path(site_pass):
    status, bad, edit = site_pass.result(chapter_under_the_sub_path, "tensors/")
    assert status == 200
    assert bad == [], bad
    assert edit == published("repo_url") + "/edit/main/docs/tensors.md"


# Addresses that moved, and where they lead now (docs/labs/*/index.html):
# the labs were notebooks under labs/ until they became pages.
MOVED = {
    "labs/linear_regression_lab/": "linear_regression_lab/",
    "labs/cnn_lab/": "cnn_lab/",
}


def test_the_redirect_pages_are_the_moved_addresses(site):
    assert redirects(site) == sorted(MOVED)


@pytest.mark.parametrize("old", MOVED)
def test_a_moved_page_leads_to_its_new_address(browser, published_url, old):
    visit = Visit(browser, published_url + old)
    try:
        visit.page.wait_for_url(published_url + MOVED[old], timeout=10000)
        assert visit.page.locator("h1").first.inner_text().startswith("Lab:")
        assert problems(visit) == []
    finally:
        visit.close()


def test_sitemap_lists_every_page_at_its_published_address(site):
    urls = re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text())
    pages = [p.relative_to(site).parent.as_posix() for p in page_files(site)]
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
