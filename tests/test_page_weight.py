"""Page weight (issue 14, item 7): every byte a page load makes the browser
fetch, uncompressed, page by page, with the site served as it is published
(under site_url's sub-path). The table goes to test-results/page-weights.txt.

The 3.6 MB Mermaid bundle comes only to pages with a diagram
(overrides/main.html), and the 1 MB search index only once search is opened
(assets/javascripts/search-on-demand.js)."""

from tests.browser import FIRST, Visit, built_pages, on_each_page
from verifier.snippets import REPO

LIMIT = 1_000_000  # bytes, uncompressed, for a page without a diagram
REPORT = REPO / "test-results" / "page-weights.txt"

# Every response body the page fetched, workers included: the navigation
# and resource timing entries, all same-origin, so decodedBodySize is known.
FETCHED = """() => [
  ...performance.getEntriesByType('navigation'),
  ...performance.getEntriesByType('resource'),
].map(e => [e.name, e.decodedBodySize])"""


# First on its load: what the load itself fetched, before any check acts.
@on_each_page("light", step=FIRST)
def weigh(visit, path):
    """(diagrams drawn, [(url, bytes)] fetched) once the page has settled."""
    return visit.page.locator("div.mermaid").count(), visit.page.evaluate(FETCHED)


def test_a_page_without_a_diagram_weighs_under_1_mb(site_pass, site):
    weighed = site_pass.results(weigh)
    assert list(weighed) == built_pages(site)
    rows, problems = [], []
    for path, (diagrams, fetched) in weighed.items():
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


def test_search_loads_its_index_when_opened(browser, published_url):
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
