"""How a page shows a snippet's line chart (a Mermaid xychart-beta).

Styling only: the chart's data is the snippet's recorded output, included
unchanged below the style line.

Material for MkDocs draws each diagram inside a closed shadow root, with its
own Mermaid CSS, which colours an xychart's title with the dark scheme's
near-white text on a white panel. Page stylesheets cannot reach into the
shadow root, but CSS custom properties are inherited into it, so the rules
below (Mermaid's ``themeCSS``, set per chart) take the panel and text
colours from Material's scheme variables and the line colours from
``--chart-line-N`` in docs/assets/stylesheets/snippets.css: one chart
definition, readable in the light and the dark scheme.
"""

import json

_RULES = (
    ".background{fill:var(--md-default-bg-color)}"
    "text{fill:var(--md-default-fg-color)}"
    ".axis-line path,.axisl-line path,.ticks path{stroke:var(--md-default-fg-color--light)}"
    # Each line and its legend marker, in the same colour.
    + "".join(
        f".line-plot-{i} path,.legend .markers path:nth-child({i + 1})"
        f"{{stroke:var(--chart-line-{i + 1})}}"
        for i in range(4)
    )
    + ".plot path,.legend .markers path{stroke-width:2.5}"
)
CHART_STYLE = "%%{init: " + json.dumps({"themeCSS": _RULES}) + "}%%"


def mermaid_block(include: str, source: str) -> list[str]:
    """Markdown lines for the diagram whose Mermaid source (``source``) is
    in the file ``include``.

    Only a line chart gets the chart style (any other diagram keeps
    Material's own Mermaid CSS, which the style would replace) and a frame:
    on a narrow screen the chart keeps its minimum width (snippets.css), so
    tick labels stay readable, and the frame scrolls sideways; tabindex
    lets a keyboard scroll it too.
    """
    fence = ["```mermaid", f'--8<-- "{include}"', "```", ""]
    if not source.startswith("xychart"):
        return fence
    return [
        '<div class="snippet-chart" tabindex="0" markdown>',
        "",
        fence[0],
        CHART_STYLE,
        *fence[1:],
        "</div>",
        "",
    ]
