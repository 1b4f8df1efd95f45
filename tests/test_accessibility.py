"""Accessibility of the built site (issue 14, item 8), in Chromium: axe-core
over every page in both colour schemes, the contrast of the palette's own
colours, and keyboard access to every box that scrolls sideways, at desktop
and phone widths. Each axe report goes to test-results/axe-<scheme>.txt.
Every page is loaded once per viewing for all browser tests
(tests/browser.py's ``site_pass``)."""

import collections

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import CHANGE, built_pages, on_each_page, screenshot
from verifier.snippets import REPO

AXE = Axe()
SCHEMES = {"light": "default", "dark": "slate"}  # Material's name for each

# Serious violations that come from Material for MkDocs itself, which neither
# its configuration nor CSS can change: (axe rule, the node's selector).
MATERIAL_OWN = {
    # The search overlay is <div class="md-search" role="dialog"> with no
    # accessible name, written by Material's partials/search.html; naming it
    # would mean keeping a copy of that partial.
    ("aria-dialog-name", ".md-search"),
}


@on_each_page(*SCHEMES)
def axe_violations(visit, path):
    """axe-core's violations on the page as loaded."""
    page = visit.page
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[visit.color_scheme]
    return AXE.run(page).response["violations"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_serious_violation(site_pass, site, scheme):
    nodes_by_impact = collections.Counter()
    problems = []
    for path in built_pages(site):
        for rule in site_pass.result(axe_violations, path, scheme):
            nodes_by_impact[rule["impact"]] += len(rule["nodes"])
            if rule["impact"] not in ("serious", "critical"):
                continue
            for node in rule["nodes"]:
                if (rule["id"], node["target"][-1]) in MATERIAL_OWN:
                    continue
                checks = node["any"] + node["all"] + node["none"]
                why = checks[0]["message"] if checks else rule["help"]
                problems.append(f"{path or '(home)'} {rule['id']} {node['target']}: {why}")
    report = REPO / "test-results" / f"axe-{scheme}.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text(
        f"axe-core, {scheme} scheme, nodes per impact: {dict(nodes_by_impact)}\n"
        f"serious or critical, not Material's own: {len(problems)}\n" + "\n".join(problems) + "\n"
    )
    assert not problems, f"{len(problems)} serious or critical (first 30):\n" + "\n".join(
        problems[:30]
    )


# The WCAG contrast ratio of an element's text colour against the first
# opaque background behind it.
CONTRAST = """(e) => {
  const rgba = (c) => c.match(/[\\d.]+/g).map(Number);
  let back = e;
  while (back && (rgba(getComputedStyle(back).backgroundColor)[3] ?? 1) === 0) {
    back = back.parentElement;
  }
  const bg = back ? getComputedStyle(back).backgroundColor : "rgb(255, 255, 255)";
  const lum = (c) => rgba(c).slice(0, 3).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [a, b] = [lum(getComputedStyle(e).color), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""
TEXTS = {
    "header title": ".md-header__title .md-ellipsis",
    "link": ".md-content p a",
    "code comment": ".highlight .c1",
}


@on_each_page(*SCHEMES, pages="tensors/".__eq__)
def palette(visit, path):
    """({text: contrast ratio}, the words of links not underlined)."""
    page = visit.page
    screenshot(page, f"palette-{visit.color_scheme}")
    ratios = {name: page.eval_on_selector(css, CONTRAST) for name, css in TEXTS.items()}
    plain = page.eval_on_selector_all(
        ".md-content p a:not(.headerlink)",
        "as => as.filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))"
        ".map(a => a.textContent)",
    )
    return ratios, plain


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_palette_reaches_4_5_to_1_and_links_are_underlined(site_pass, scheme):
    ratios, plain = site_pass.result(palette, "tensors/", scheme)
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert not low, f"contrast under 4.5:1 in the {scheme} scheme: {low}"
    assert plain == [], "links told from the text around them by colour alone"


# Every element of the page's content that scrolls sideways and that a
# keyboard cannot reach: neither focusable itself nor holding anything
# focusable (axe's scrollable-region-focusable, at any width).
UNREACHABLE = """() => [...document.querySelectorAll('.md-content *')]
  .filter(e => /auto|scroll/.test(getComputedStyle(e).overflowX))
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .filter(e => e.tabIndex < 0 && !e.querySelector(
    'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'))
  .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')
            + ': ' + e.textContent.trim().slice(0, 50))"""

KATEX_DONE = "document.querySelectorAll('.arithmatex:not(:has(.katex))').length === 0"
SETTLED = """() => document.fonts.ready
  .then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))"""

# One box of each kind, to scroll from the keyboard: the index of the first
# one that scrolls, or -1.
KINDS = {
    "code": ".md-content pre > code",
    "formula": ".md-content div.arithmatex",
    "table": ".md-content .md-typeset__scrollwrap",
}
FIRST_SCROLLING = """(css) => [...document.querySelectorAll(css)]
  .findIndex(e => e.scrollWidth > e.clientWidth + 1)"""


# The box has scrolled sideways.
MOVED = "box => box.scrollLeft > 0"


# Last on its load: it opens collapsed blocks and scrolls.
@on_each_page("light", "phone", step=CHANGE)
def keyboard_scrolling(visit, path):
    """(boxes that scroll but no keyboard reaches, {kind: scrollLeft of its
    first scrolling box after focus and ArrowRight})."""
    page = visit.page
    page.wait_for_function(KATEX_DONE, timeout=15000)
    # Open every collapsed block, so that what it holds is checked too.
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.evaluate(SETTLED)  # fonts in, formulas at their final width
    unreachable = page.evaluate(UNREACHABLE)
    lefts = {}
    for kind, css in KINDS.items():
        first = page.evaluate(FIRST_SCROLLING, css)
        if first < 0:
            continue
        box = page.locator(css).nth(first)
        box.focus()  # a no-op on an element the keyboard cannot reach
        page.keyboard.press("ArrowRight")
        try:  # smooth scrolling; the next focus must wait for it
            page.wait_for_function(MOVED, arg=box.element_handle(), timeout=2000)
        except PlaywrightTimeout:
            pass  # reported by the test, as a scrollLeft of 0
        lefts[kind] = box.evaluate("e => e.scrollLeft")
    return unreachable, lefts


@pytest.mark.parametrize("viewing", ["light", "phone"], ids=["desktop", "phone"])
def test_every_box_that_scrolls_can_be_scrolled_by_keyboard(site_pass, site, viewing):
    problems, scrolled, unmoved = [], set(), []
    for path in built_pages(site):
        unreachable, lefts = site_pass.result(keyboard_scrolling, path, viewing)
        problems += [f"{path}: {box}" for box in unreachable]
        scrolled |= lefts.keys()
        unmoved += [f"{path}: {kind}" for kind, left in lefts.items() if left == 0]
    assert not problems, "scrolls, but no keyboard can reach it:\n" + "\n".join(problems)
    # What scrolls on this site today (so that the check proves something):
    # code at any width; formulas and tables on a phone too.
    expected = set(KINDS) if viewing == "phone" else {"code"}
    assert expected <= scrolled, f"nothing of a kind scrolls: {scrolled}"
    assert not unmoved, "focused, ArrowRight did not scroll:\n" + "\n".join(unmoved)
