"""The real site builds strictly, shows every snippet, and needs no network."""

import re

from verifier.pages import all_markers
from verifier.snippets import REPO, parse_snippet

EXTERNAL = re.compile(
    r"<(?:script|img|iframe|source)\b[^>]*\bsrc=[\"'](?:https?:)?//"
    r"|<link\b[^>]*\bhref=[\"'](?:https?:)?//[^\"']*[\"'][^>]*>",
    re.IGNORECASE,
)


def test_every_marker_became_code_and_output(site):
    for page in {m.page for m in all_markers()}:
        rel = page.relative_to(REPO / "docs").with_suffix("")
        html_path = site / ("index.html" if rel.name == "index" else rel / "index.html")
        html = html_path.read_text()
        markers = [m for m in all_markers() if m.page == page]
        # A CUDA-only snippet never run on a GPU shows a notice, not output.
        pending = [
            m
            for m in markers
            if (s := parse_snippet(REPO / "snippets" / m.snippet_name)).requires_cuda
            and not s.output_path("cuda").exists()
        ]
        expected = len(markers) - len(pending)
        assert html.count("Output not recorded yet") == len(pending), html_path
        assert "<!-- snippet:" not in html
        assert len(re.findall(r'class="[^"]*\bsnippet-output\b', html)) == expected, html_path


def test_pages_load_nothing_from_the_network(site):
    problems = []
    for path in site.rglob("*.html"):
        for m in EXTERNAL.finditer(path.read_text()):
            if 'rel="canonical"' not in m[0]:
                problems.append(f"{path.relative_to(site)}: {m[0]}")
    assert not problems, "\n".join(problems)


def test_math_renderer_is_vendored(site):
    html = (site / "tensors/index.html").read_text()
    assert '<script src="../assets/vendor/katex/katex.min.js"></script>' in html
    fonts = list((site / "assets/vendor/katex/fonts").glob("*.woff2"))
    css = (site / "assets/vendor/katex/katex.min.css").read_text()
    needed = set(re.findall(r"fonts/([\w-]+\.woff2)", css))
    assert needed and needed <= {f.name for f in fonts}


def test_chapter_notebooks_are_offered(site):
    from verifier.notebooks import chapters, colab_url

    for page in chapters(REPO / "docs"):
        assert (site / "notebooks" / f"{page.stem}.ipynb").exists()
        html = (site / page.stem / "index.html").read_text()
        assert f'href="../notebooks/{page.stem}.ipynb"' in html
        # A plain link: Colab is asked for nothing until a reader clicks.
        assert f'<a href="{colab_url(page.stem)}">open it in Colab</a>' in html


def test_a_404_page_exists(site):
    # GitHub Pages serves 404.html for unknown paths; Material's keeps the
    # navigation so a reader can find their way back.
    html = (site / "404.html").read_text()
    assert "404" in html and "md-nav" in html
