"""Charts and outputs as readers see them: the light and the dark scheme on
a 1280 px desktop, and a 390 px wide phone.

Rules measured here (in Chromium, on the built site):

* Chart text (title, axis titles, tick labels, legend) has WCAG contrast
  >= 4.5:1 against the chart's panel, and axis and data lines >= 3:1.
* Every line of a chart is named in its legend.
* Colour-blind readers can tell the lines apart: every pair of line colours
  differs by CIE76 Delta E >= 15 as seen with normal vision and with
  simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and
  Fernandes 2009, full severity). The palette is Okabe-Ito's.
* On a phone, outputs keep their columns: no row wraps (rows on screen equal
  lines in the text), a block too wide scrolls sideways. Error messages may
  wrap, each continued row indented under its line (hanging indent). The
  newer-torch page's diffs wrap the same way, and never scroll sideways, so
  a - line and its + line show whole.
* The copy button covers no part of any block's first line, on any page.
* On a phone, chart tick labels are drawn at >= 11 px and do not overlap.

Screenshots (light, dark, phone) go to test-results/screenshots.
"""

import itertools
import math
import re

import pytest

from tests.browser import on_each_page, screenshot
from verifier.pages import DOCS_DIR, find_markers
from verifier.snippets import SNIPPETS_DIR

PHONE = 390
# Material draws each diagram into a closed shadow root; open it (for the
# test only) so the chart inside can be measured.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attach.call(this, { ...init, mode: "open" });
};
"""


def _line_charts() -> dict[str, int]:
    """Page URL -> how many line charts its markers put on it."""
    charts = {}
    for md in sorted(DOCS_DIR.glob("*.md")):
        for marker in find_markers(md.read_text(encoding="utf-8"), md, md.name):
            out = (SNIPPETS_DIR / marker.snippet_name).with_suffix(".out")
            if "mermaid" in marker.options and out.read_text().startswith("xychart"):
                charts[md.stem + "/"] = charts.get(md.stem + "/", 0) + 1
    return charts


LINE_CHARTS = _line_charts()

# What each line chart on the page draws, with its colours as computed.
CHARTS_JS = """() => [...document.querySelectorAll("div.mermaid")]
  .map((host) => host.shadowRoot.querySelector("svg"))
  .filter((svg) => svg.getAttribute("aria-roledescription") === "xychart")
  .map((svg) => {
    const all = (sel) => [...svg.querySelectorAll(sel)];
    const style = (e) => getComputedStyle(e);
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const ticks = (axis) =>
      all(`.${axis} .label text`).map((t) => ({
        box: box(t),
        px: parseFloat(style(t).fontSize) * scale,
      }));
    return {
      title: svg.querySelector(".chart-title text").textContent,
      panel: style(svg.querySelector("rect.background")).fill,
      texts: all("text").map((t) => [t.textContent, style(t).fill]),
      axes: all(".axis-line path, .axisl-line path, .ticks path").map((p) => style(p).stroke),
      lines: all(".plot path").map((p) => style(p).stroke),
      legend: all(".legend .label text").map((t) => t.textContent),
      markers: all(".legend .markers path").map((p) => style(p).stroke),
      xTicks: ticks("bottom-axis"),
      yTicks: ticks("left-axis"),
    };
  })"""


# Colour arithmetic --------------------------------------------------------------


def rgba(css: str) -> tuple[float, float, float, float]:
    """'rgb(r, g, b)' or 'rgba(r, g, b, a)' as 0..1 floats."""
    values = [float(v) for v in re.findall(r"[\d.]+", css)]
    assert css.startswith("rgb") and len(values) in (3, 4), css
    r, g, b = (v / 255 for v in values[:3])
    return r, g, b, values[3] if len(values) == 4 else 1.0


def over(fg: str, bg: str) -> tuple[float, float, float]:
    """fg drawn over an opaque bg."""
    *f, a = rgba(fg)
    *b, _ = rgba(bg)
    return tuple(a * x + (1 - a) * y for x, y in zip(f, b, strict=True))


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of fg (alpha composited) on bg."""
    a, b = sorted([luminance(over(fg, bg)), luminance(over(bg, bg))])
    return (b + 0.05) / (a + 0.05)


# Machado et al. 2009, severity 1.0, on linear RGB.
CVD = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}


def seen_with(rgb, vision: str):
    """rgb (0..1, sRGB) as a reader with this vision sees it."""
    if vision == "normal":
        return rgb
    lin = [_linear(c) for c in rgb]
    mixed = (sum(m * c for m, c in zip(row, lin, strict=True)) for row in CVD[vision])
    out = [min(1.0, max(0.0, c)) for c in mixed]
    return [12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055 for c in out]


def lab(rgb):
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def closest_pair(colours: list[str]) -> tuple[float, str]:
    """The smallest Delta E between two of the colours, over all visions."""
    worst = (math.inf, "")
    for a, b in itertools.combinations(colours, 2):
        for vision in ("normal", *CVD):
            seen_a, seen_b = (seen_with(rgba(c)[:3], vision) for c in (a, b))
            delta = math.dist(lab(seen_a), lab(seen_b))
            worst = min(worst, (delta, f"{a} / {b} ({vision})"))
    return worst


def test_colour_rules_tell_good_from_bad():
    """The measures reject what the issue saw: near-white text on white
    (1.1:1) and the old orange/green pair under protanopia."""
    assert contrast("rgba(226, 228, 233, 0.82)", "rgb(255, 255, 255)") < 1.3
    assert contrast("rgba(0, 0, 0, 0.87)", "rgb(255, 255, 255)") > 15
    assert closest_pair(["rgb(230, 74, 25)", "rgb(46, 125, 50)"])[0] < 15
    assert closest_pair(["rgb(213, 94, 0)", "rgb(0, 114, 178)"])[0] > 15


# Charts -----------------------------------------------------------------------


@on_each_page(
    "light", "dark", "phone", pages=LINE_CHARTS.__contains__, init_script=OPEN_SHADOW_ROOTS
)
def line_charts(visit, path):
    """What each line chart on the page draws (CHARTS_JS), and how wide the
    page is."""
    charts = visit.page.evaluate(CHARTS_JS)
    if path == "activations/":
        name = "phone" if visit.width == PHONE else visit.color_scheme
        screenshot(visit.page, f"chart-{name}")
    return charts, visit.page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", sorted(LINE_CHARTS))
def test_charts_are_readable_in_both_schemes(site_pass, path, scheme):
    charts, _ = site_pass.result(line_charts, path, scheme)
    assert len(charts) == LINE_CHARTS[path], "a line chart did not render"
    for chart in charts:
        where = f"{path} {scheme}: {chart['title']!r}"
        panel = chart["panel"]
        for text, fill in chart["texts"]:
            ratio = contrast(fill, panel)
            assert ratio >= 4.5, f"{where}: {text!r} {fill} on {panel}: {ratio:.2f}:1"
        for stroke in chart["axes"] + chart["lines"]:
            ratio = contrast(stroke, panel)
            assert ratio >= 3, f"{where}: line {stroke} on {panel}: {ratio:.2f}:1"
        # A legend names every line, each marker in its line's colour.
        assert len(chart["legend"]) == len(chart["lines"]), f"{where}: unnamed lines"
        assert all(name.strip() for name in chart["legend"]), where
        assert chart["markers"] == chart["lines"], where
        if len(chart["lines"]) > 1:
            delta, pair = closest_pair(chart["lines"])
            assert delta >= 15, f"{where}: {pair} differ by Delta E {delta:.1f}"


@pytest.mark.parametrize("path", sorted(LINE_CHARTS))
def test_charts_keep_readable_ticks_on_a_phone(site_pass, path):
    charts, page_width = site_pass.result(line_charts, path, "phone")
    assert len(charts) == LINE_CHARTS[path], "a line chart did not render"
    for chart in charts:
        where = f"{path}: {chart['title']!r}"
        x, y = chart["xTicks"], chart["yTicks"]
        smallest = min(t["px"] for t in x + y)
        assert smallest >= 11, f"{where}: tick labels drawn at {smallest:.1f} px"
        x = sorted(t["box"] for t in x)
        for a, b in itertools.pairwise(x):
            assert a[2] <= b[0], f"{where}: x tick labels overlap"
        y = sorted((t["box"] for t in y), key=lambda box: box[1])
        for a, b in itertools.pairwise(y):
            assert a[3] <= b[1], f"{where}: y tick labels overlap"
    # A chart may scroll in its frame, but the page never scrolls sideways.
    assert page_width <= PHONE


# Outputs on a phone -----------------------------------------------------------

# For each output block on screen: its text's lines, and each line's rows as
# laid out (the left edge of each row the line's text occupies).
OUTPUTS_JS = """(selector) => [...document.querySelectorAll(selector)]
  .filter((code) => code.offsetHeight > 0)
  .map((code) => {
    const rows = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Map();
      for (const r of range.getClientRects()) {
        if (r.width > 0 && !tops.has(Math.round(r.top))) tops.set(Math.round(r.top), r.left);
      }
      return [...tops.values()];
    };
    const spans = [...code.children].filter((e) => e.tagName === "SPAN");
    const style = getComputedStyle(code);
    const lineHeight = parseFloat(style.lineHeight);
    const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return {
      error: code.closest(".snippet-error") !== null,
      wraps: style.whiteSpace === "pre-wrap",
      text: code.textContent.slice(0, 40),
      whiteSpace: style.whiteSpace,
      overflowX: style.overflowX,
      lines: code.textContent.replace(/\\n$/, "").split("\\n").length,
      rowsOnScreen: Math.round((code.clientHeight - pad) / lineHeight),
      rowsPerLine: spans.map(rows),
      charWidth: parseFloat(style.fontSize) * 0.5,
      tooWide: code.scrollWidth > code.clientWidth,
    };
  })"""

# For each code or output block on screen: its copy button, and the boxes of
# its first line's text as far as the block shows it (a titled block's
# button sits in the title bar, an untitled one's over the text).
COPY_JS = """() => [...document.querySelectorAll(".highlight > pre")]
  .filter((pre) => pre.offsetHeight > 0)
  .map((pre) => {
    const code = pre.querySelector("code");
    const shown = code.getBoundingClientRect();
    // Text only: Material draws each line's span across the whole block.
    const boxes = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.left < shown.right));
    }
    const top = Math.min(...boxes.map((r) => r.top));
    const text = boxes
      .filter((r) => r.top < top + 2)
      .map((r) => [r.left, r.top, Math.min(r.right, shown.right), r.bottom]);
    const b = pre.querySelector(".md-code__nav").getBoundingClientRect();
    const line = code.textContent.split("\\n")[0];
    return { line, button: [b.left, b.top, b.right, b.bottom], text };
  })"""

PHONE_PAGES = ["cnn/", "mixed_precision/", "operations/"]


def assert_wraps_are_visible(block, where):
    """A wrapped line's continued rows start further right (hanging indent)."""
    for rows in block["rowsPerLine"]:
        for left in rows[1:]:
            assert left >= rows[0] + 2 * block["charWidth"], f"{where}: wrap hidden"


@on_each_page("phone", pages="upgrade_drift/".__eq__)
def phone_diffs(visit, path):
    """The drift page's diff blocks as laid out (OUTPUTS_JS)."""
    return visit.page.evaluate(OUTPUTS_JS, ".language-diff pre > code")


def test_drift_diffs_show_whole_lines_on_a_phone(site_pass):
    """A - line and its + line can be compared without scrolling sideways:
    they wrap, visibly."""
    blocks = site_pass.result(phone_diffs, "upgrade_drift/", "phone")
    assert len(blocks) > 5
    for block in blocks:
        where = f"upgrade_drift/ diff {block['text']!r}"
        assert not block["tooWide"], f"{where}: scrolls sideways"
        assert_wraps_are_visible(block, where)
    assert any(len(rows) > 1 for b in blocks for rows in b["rowsPerLine"]), "nothing wrapped"


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@on_each_page("phone", pages=PHONE_PAGES.__contains__)
def phone_outputs(visit, path):
    """Each output block as laid out (OUTPUTS_JS), and how wide the page is."""
    blocks = visit.page.evaluate(OUTPUTS_JS, ".snippet-output pre > code")
    screenshot(visit.page, f"outputs-phone-{path.strip('/')}")
    return blocks, visit.page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_outputs_keep_their_columns_on_a_phone(site_pass, path):
    blocks, page_width = site_pass.result(phone_outputs, path, "phone")
    for block in blocks:
        where = f"{path} output {block['text']!r}"
        if block["wraps"]:  # error messages only
            assert block["error"], f"{where}: wraps"
            assert_wraps_are_visible(block, where)
            continue
        assert block["whiteSpace"] == "pre", where
        assert block["rowsOnScreen"] == block["lines"], (
            f"{where}: {block['lines']} lines take {block['rowsOnScreen']} rows"
        )
        if block["tooWide"]:
            assert block["overflowX"] in ("auto", "scroll"), f"{where}: cannot scroll"
    assert any(b["tooWide"] and not b["wraps"] for b in blocks), "no wide output to test"
    assert page_width <= PHONE


@on_each_page("light", "phone")
def copy_buttons(visit, path):
    """Each block's copy button and first line's text boxes (COPY_JS)."""
    # Material adds the buttons after the load, sometimes after networkidle.
    visit.page.wait_for_function(
        "[...document.querySelectorAll('.highlight > pre')]"
        ".every((pre) => pre.querySelector('.md-code__nav'))"
    )
    return visit.page.evaluate(COPY_JS)


@pytest.mark.parametrize("viewing", ["phone", "light"], ids=[str(PHONE), "1280"])
def test_copy_button_covers_no_first_line(site_pass, viewing):
    """On every page: an untitled block whose first line reaches the button
    needs a title (title="..." after the fence's language)."""
    pages = site_pass.results(copy_buttons, viewing)
    assert sum(len(blocks) for blocks in pages.values()) > 800
    covered = [
        f"{path} ({viewing}): copy button covers {block['line']!r}"
        for path, blocks in pages.items()
        for block in blocks
        if any(overlap(block["button"], box) for box in block["text"])
    ]
    assert not covered, "\n".join(covered)
