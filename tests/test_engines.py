"""The same tree builds with every engine that runs Python-Markdown
extensions: MkDocs (the `site` fixture), ProperDocs (MkDocs' maintained
fork) and Zensical (Material's successor, 0.0.73: the newest this registry
serves). The snippet markers are a Markdown extension, so no engine can
drop them silently, as Zensical did with the old MkDocs hook."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.browser import page_files
from verifier.snippets import REPO
from verifier.throwaway_site import build_guide

ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
OUTPUT = re.compile(r'class="[^"]*\bsnippet-output\b')


def article(page: Path) -> str:
    match = ARTICLE.search(page.read_text(encoding="utf-8"))
    assert match, f"{page}: no <article>"
    return match[0]


def pages(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in page_files(site)}


def test_properdocs_builds_the_same_page_bodies(site, tmp_path):
    out = build_guide(tmp_path / "site", engine="properdocs")
    mkdocs, properdocs = pages(site), pages(out)
    assert mkdocs.keys() == properdocs.keys()
    differ = [name for name in mkdocs if article(mkdocs[name]) != article(properdocs[name])]
    assert not differ, f"page bodies differ between MkDocs and ProperDocs: {differ}"


def test_zensical_shows_every_code_and_output_block(site, tmp_path):
    # Zensical wants docs_dir and site_dir inside the config's folder.
    project = tmp_path / "project"
    project.mkdir()
    for name in ("docs", "snippets", "overrides"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, project / name)
    shutil.copy(REPO / "mkdocs.yml", project)
    zensical = Path(sys.executable).with_name("zensical")
    build = subprocess.run(
        [str(zensical), "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    built = pages(project / "site")
    counts = {
        name: (len(OUTPUT.findall(article(page))), len(OUTPUT.findall(article(built[name]))))
        for name, page in pages(site).items()
        if name in built
    }
    assert sum(m for m, _ in counts.values()) > 400
    assert {n: c for n, c in counts.items() if c[0] != c[1]} == {}
    boxes = [n for n in built if "Download this chapter" in article(built[n])]
    assert len(boxes) == len(list((REPO / "snippets").glob("[!.]*/")))
