"""docs/upgrade_drift.md shows the upgrade drill's real report: the file it
includes is what verifier.drill renders from the measurement beside it, that
measurement still matches the outputs the site shows, and the drill sorts a
changed run by kind from real snippet runs."""

import ast
import html
import importlib.metadata
import json
import re
import sys
from pathlib import Path

import pytest

from verifier import drill
from verifier.check import structure
from verifier.facts import pinned_cpu_build
from verifier.pins import pins
from verifier.snippets import REPO, discover

PAGE = REPO / "docs" / "upgrade_drift.md"


def test_the_page_includes_the_published_report_and_is_in_the_nav():
    include = f'--8<-- "{drill.PUBLISHED_PAGE.relative_to(REPO / "snippets")}"'
    assert include in PAGE.read_text(encoding="utf-8").splitlines()
    assert f": {PAGE.name}\n" in (REPO / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_published_report_is_the_drills_rendering_of_its_measurement():
    data = drill.load()  # raises, naming the file, if it is not a drill report
    assert drill.PUBLISHED_PAGE.read_text(encoding="utf-8") == drill.render(data), (
        f"{drill.PUBLISHED_PAGE.relative_to(REPO)} is not what the drill renders from "
        f"{drill.PUBLISHED_DATA.name}; rewrite both with: {drill.refresh_command(data)}"
    )


def test_the_published_report_matches_the_outputs_the_site_shows():
    # After a pin change or a re-recording, the page would quote old lines.
    data = drill.load()
    refresh = f"; refresh it with: {drill.refresh_command(data)}"
    assert data["recorded_with"] == pinned_cpu_build(), "the report predates the pin" + refresh
    assert data["snippets"] == len(data["unchanged"]) + len(data["changes"])
    snippets = {s.name: s for s in discover()}
    stale = []
    for change in data["changes"]:
        snippet = snippets.get(change["snippet"])
        if snippet is None:
            stale.append(f"snippets/{change['snippet']}: no such snippet any more")
            continue
        recorded = snippet.output_path("cpu").read_text(encoding="utf-8")
        shown = set((structure(recorded) if snippet.measured else recorded).splitlines())
        stale += [
            f"{snippet.display_path}: its recording no longer has the line {line[1:]!r}"
            for line in change["lines"]
            if line.startswith("-") and line[1:] not in shown
        ]
    assert not stale, "\n".join(stale) + "\n" + refresh


def test_the_built_page_shows_the_report(site):
    page = (site / "upgrade_drift" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))  # as a reader sees it
    data = drill.load()
    assert drill.refresh_command(data) in text
    for change in data["changes"]:
        assert change["snippet"] in text
        assert all(line in text for line in change["lines"]), change["snippet"]


def test_the_drill_installs_every_package_snippets_import():
    imported = set()
    for snippet in discover():
        for node in ast.walk(ast.parse(snippet.path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add(node.module.split(".")[0])
    distributions = importlib.metadata.packages_distributions()
    needed = {
        name.lower()
        for module in imported - set(sys.stdlib_module_names)
        for name in distributions.get(module, [module])
    } - {"torch"}
    assert needed <= set(drill.SNIPPET_PACKAGES), needed - set(drill.SNIPPET_PACKAGES)
    assert len(pins(*drill.SNIPPET_PACKAGES)) == len(drill.SNIPPET_PACKAGES)


# Each snippet prints something else than its recording in one way.
SNIPPETS = {
    "same": ('print("same 1")\n', "same 1\n"),
    "numbers": ('print("grad at 0 = 0.0")\n', "grad at 0 = 1.0\n"),
    "message": ('print("RuntimeError: mm: shapes differ")\n', "RuntimeError: shapes differ\n"),
    "text": ('print("dtype=torch.float32")\n', "dtype=float32\n"),
    "spacing": ('print("x:  1")\n', "x: 1\n"),
    "warns": (
        'import warnings\nwarnings.warn("going away", FutureWarning)\nprint("ok")\n',
        "ok\n",
    ),
    "fails": ('raise KeyError("gone")\n', "fine\n"),
}


def test_the_drill_sorts_each_changed_run_by_kind(tmp_path):
    for name, (code, recorded) in SNIPPETS.items():
        (tmp_path / "c").mkdir(exist_ok=True)
        (tmp_path / "c" / f"{name}.py").write_text(code)
        (tmp_path / "c" / f"{name}.out").write_text(recorded)
    data = drill.measure(Path(sys.executable), root=tmp_path)

    assert data["unchanged"] == ["c/same.py"]
    changes = {c["snippet"]: (c["kind"], c["lines"]) for c in data["changes"]}
    assert changes["c/numbers.py"] == ("numbers", ["-grad at 0 = 1.0", "+grad at 0 = 0.0"])
    assert changes["c/message.py"] == (
        "error message",
        ["-RuntimeError: shapes differ", "+RuntimeError: mm: shapes differ"],
    )
    assert changes["c/text.py"] == ("text", ["-dtype=float32", "+dtype=torch.float32"])
    assert changes["c/spacing.py"] == ("text", ["-x: 1", "+x:  1"])
    kind, lines = changes["c/warns.py"]
    assert kind == "warns"
    assert lines == ["warning (snippet line 2): FutureWarning: going away"]
    kind, lines = changes["c/fails.py"]
    assert kind == "fails"
    assert "raised an unexpected KeyError" in lines[0]
    assert lines[1:3] == ["-fine", "+Traceback (most recent call last):"]
    assert lines[-1] == "+KeyError: 'gone'"

    # The report groups them worst first, and its data file reads back.
    text = drill.render(data)
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["Measured", *drill.KINDS.values()]
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(data))
    assert drill.render(drill.load(saved)) == text


def test_a_file_that_is_not_a_drill_report_is_refused(tmp_path):
    bad = tmp_path / "upgrade_drift.json"
    bad.write_text(json.dumps({"torch": "2.15.0", "changes": [{"snippet": "a/b.py", "kind": "x"}]}))
    with pytest.raises(ValueError, match=r"upgrade_drift\.json: not a drill report .*a/b\.py"):
        drill.load(bad)
