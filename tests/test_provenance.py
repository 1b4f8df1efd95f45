"""The verification record: a full run counts its outcomes per chapter and
device, goes stale when a snippet or recording changes, and gives each chapter
page a box that says what verified it (a success box only when all passed).

The snippets and pages here are written into a temporary tree, never into
snippets/ or docs/.
"""

import shutil

from tests.harness_fixtures import (
    CPU_FACTS,
    build_demo_page,
    make,
)


def test_record_counts_runs_and_goes_stale_when_a_snippet_changes(tmp_path, monkeypatch):
    from verifier import provenance

    monkeypatch.setenv("GUIDE_RECORD", str(tmp_path / "record.json"))
    s = make(tmp_path, "print(1)\n", out="1\n")
    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, start_method="fork")
    outcomes = {("demo/example.py", "cpu"): "passed", ("demo/other.py", "cuda"): "skipped"}
    provenance.save(provenance.build_record(outcomes, facts, tmp_path / "snippets"))
    record = provenance.load(tmp_path / "snippets")
    assert record["chapters"] == {"demo": {"cpu": {"passed": 1}, "cuda": {"skipped": 1}}}
    text = " ".join(provenance.summary("demo", record))
    assert text.startswith('!!! success "Verified"')
    # The box names the execution environment the outputs depend on.
    assert (
        f"(Python 3.11.7; torch {CPU_FACTS['torch']} (CPU build), AMD EPYC with AVX2 kernels, "
        "1 thread, 'fork' worker start): CPU runs 1 of 1 passed" in text
    )
    # A CUDA example that could not run here is not a failure to pass.
    assert "its 1 CUDA-only examples were not run here (no GPU in this run)" in text
    assert "0 of" not in text
    s.output_path("cpu").write_text("2\n")  # an edit the record never saw
    assert provenance.load(tmp_path / "snippets") is None


def test_a_chapter_with_failures_gets_no_success_box():
    from verifier import provenance

    facts = dict(CPU_FACTS, cpu_capability="AVX2", threads=1, start_method="fork")
    outcomes = {("demo/a.py", "cpu"): "passed", ("demo/b.py", "cpu"): "failed"}
    text = " ".join(provenance.summary("demo", provenance.build_record(outcomes, facts)))
    assert text.startswith('!!! failure "Not fully verified"')
    assert "CPU runs 1 of 2 passed, 1 failed" in text


def test_chapter_pages_show_their_record_and_builds_require_one(tmp_path, monkeypatch):
    from verifier import provenance

    monkeypatch.setenv("GUIDE_RECORD", str(tmp_path / "record.json"))
    make(tmp_path, "print(1)\n", out="1\n")
    page = "# Demo\n\n<!-- provenance: demo -->\n\n<!-- snippet: demo/example.py -->\n"
    build, site = build_demo_page(tmp_path, page)
    assert build.returncode == 0, build.stderr
    assert "Not verified in this build" in (site / "demo/index.html").read_text()
    monkeypatch.setenv("GUIDE_REQUIRE_RECORD", "1")
    shutil.rmtree(tmp_path / "docs")
    build, _ = build_demo_page(tmp_path, page)
    assert "no verification record covers the snippets" in build.stderr
    facts = {"torch": CPU_FACTS["torch"], "python": "3.11.7", "gpu": None}
    outcomes = {("demo/example.py", "cpu"): "passed"}
    provenance.save(provenance.build_record(outcomes, facts, tmp_path / "snippets"))
    shutil.rmtree(tmp_path / "docs")
    build, site = build_demo_page(tmp_path, page)
    assert build.returncode == 0, build.stderr
    assert "CPU runs 1 of 1 passed" in (site / "demo/index.html").read_text()
