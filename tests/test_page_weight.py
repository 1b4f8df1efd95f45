"""Page weight (issue 14, item 7): every byte a page load makes the browser
fetch, uncompressed, page by page, with the site served as it is published
(under site_url's sub-path). The table goes to test-results/page-weights.txt.

The 3.6 MB Mermaid bundle comes only to pages with a diagram
(overrides/main.html), and the 1 MB search index only once search is opened
(assets/javascripts/search-on-demand.js)."""

from tests.browser import Visit

# The site served as GitHub Pages publishes it; used as a fixture (hence F811 below).
from tests.test_published import published_url  # noqa: F401
from verifier.snippets import REPO

LIMIT = 1_000_000  # bytes, uncompressed, for a page without a diagram
REPORT = REPO / "test-results" / "page-weights.txt"
MERMAID_DONE = "document.querySelectorAll('pre.mermaid').length === 0"

# Every response body the page fetched, workers included: the navigation
# and resource timing entries, all same-origin, so decodedBodySize is known.
FETCHED = """() => [
  ...performance.getEntriesByType('navigation'),
  ...performance.getEntriesByType('resource'),
].map(e => [e.name, e.decodedBodySize])"""


def built_pages(site):
    """Every page of the built site, as paths under the site's root; the 404
    page as met at an address that does not exist."""
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return ["" if p == "." else p + "/" for p in pages if p != "search"] + ["no-such-page"]


def test_a_page_without_a_diagram_weighs_under_1_mb(browser, published_url, site):  # noqa: F811
    rows, problems = [], []
    for path in built_pages(site):
        visit = Visit(browser, published_url + path)
        try:
            visit.page.wait_for_function(MERMAID_DONE, timeout=15000)
            diagrams = visit.page.locator("div.mermaid").count()
            fetched = visit.page.evaluate(FETCHED)
        finally:
            visit.close()
        total = sum(size for _, size in fetched)
        names = [url.rsplit("/", 1)[-1] for url, _ in fetched]
        rows.append(f"{path or '(home)':28} {total:>10,} {len(fetched):>9} {diagrams:>8}")
        if ("mermaid.min.js" in names) != (diagrams > 0):
            loaded = "mermaid.min.js" in names
            problems.append(f"{path}: {diagrams} diagrams, Mermaid loaded: {loaded}")
        if "search_index.json" in names:
            problems.append(f"{path}: the search index loaded before search was opened")
        if not diagrams and total >= LIMIT:
            problems.append(f"{path}: {total:,} bytes without a diagram (limit {LIMIT:,})")
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(
        "Bytes fetched per page load, uncompressed (decodedBodySize)\n"
        f"{'page':28} {'bytes':>10} {'requests':>9} {'diagrams':>8}\n" + "\n".join(rows) + "\n"
    )
    assert not problems, "\n".join(problems)


def test_search_loads_its_index_when_opened(browser, published_url):  # noqa: F811
    visit = Visit(browser, published_url + "tensors/")
    page = visit.page
    try:
        with page.expect_response(lambda r: r.url.endswith("/search_index.json")):
            page.keyboard.press("s")  # Material's shortcut: focuses the search field
        page.keyboard.type("broadcasting", delay=20)
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        titles = page.locator(".md-search-result__item").all_inner_texts()
        assert any("Operations" in t or "roadcast" in t for t in titles), titles
    finally:
        visit.close()
