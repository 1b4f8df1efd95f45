"""The pages and the snippets agree: nothing shown is untested, nothing
tested is hidden."""

import re

import pytest

from tests.harness_fixtures import CPU_FACTS, make
from verifier.markdown_markers import MarkerError, expand
from verifier.pages import (
    coverage_problems,
    markdown_files,
    prose_number_problems,
    python_block_problems,
)
from verifier.recording import record
from verifier.snippets import REPO, discover


def test_every_snippet_shown_and_every_include_real():
    problems = coverage_problems()
    assert not problems, "\n".join(problems)


def test_no_python_typed_into_a_page():
    pages = [*markdown_files(), REPO / "README.md"]
    problems = [p for page in pages for p in python_block_problems(page)]
    assert not problems, "\n".join(problems)


def test_snippet_lines_fit_a_laptop_screen():
    # Code blocks on the site fit about 80 columns before they scroll.
    problems = [
        f"{s.display_path}:{number}: {len(line)} columns (at most 80)"
        for s in discover()
        for number, line in enumerate(s.path.read_text().splitlines(), 1)
        if len(line) > 80
    ]
    assert not problems, "\n".join(problems)


def test_shell_commands_on_the_site_paste_and_run():
    # A copy button copies the whole block: a "$ " prompt would be pasted too.
    # One info string for commands, ```shell, keeps them highlighted alike.
    executed = re.compile(r"\s*```(bash|sh)\b")
    problems = []
    for page in markdown_files():
        for number, line in enumerate(page.read_text().splitlines(), 1):
            where = f"{page.relative_to(REPO)}:{number}"
            if line.lstrip().startswith("$ "):
                problems.append(f"{where}: drop the '$ ' prompt")
            elif executed.match(line):
                problems.append(f"{where}: show a command in a ```shell block, not ```bash")
    assert not problems, "\n".join(problems)


def test_a_number_in_prose_must_be_printed_on_its_page(tmp_path):
    docs, snippets = tmp_path / "docs", tmp_path / "snippets" / "train_eval"
    docs.mkdir()
    snippets.mkdir(parents=True)
    (snippets / "accuracy.py").write_text("print(1789 / 2000, 682 / 2000)\n")
    page = docs / "train_eval.md"
    page.write_text(
        "# Train and eval\n\n<!-- snippet: train_eval/accuracy.py -->\n\n"
        "Accuracy reaches 0.8945 (about 0.89, or 34% of\nthe rest); Python 3.14 "
        "and [v2.0](https://x.org/2.0.1) are no results.\n\n```text\n12.5\n```\n"
    )
    (snippets / "accuracy.out").write_text("0.8945 0.341\n")
    assert prose_number_problems(docs, tmp_path / "snippets") == []

    # The code changed and was re-recorded; the prose still quotes the old
    # values, and each is named.
    (snippets / "accuracy.py").write_text("print(1804.6 / 2000, round(722.4 / 2000, 4))\n")
    (snippets / "accuracy.out").write_text("0.9023 0.3612\n")
    problems = prose_number_problems(docs, tmp_path / "snippets")
    assert [p.split(" which")[0] for p in problems] == [
        "docs/train_eval.md:5: the prose quotes 0.8945,",
        "docs/train_eval.md:5: the prose quotes 0.89,",
        "docs/train_eval.md:5: the prose quotes 34%,",
    ]


def test_the_build_refuses_a_hand_edited_measurement(tmp_path):
    snippet = make(tmp_path, "# snippet: measured\nprint('fp16 took 1.234 s')\n")
    record(snippet, "cpu", "fp16 took 1.234 s\n", dict(CPU_FACTS, cpu_capability="AVX2", threads=1))
    root = tmp_path / "snippets"
    # Its title names the kernels and threads, which decide CPU timings.
    title = "Measured on AMD EPYC (AVX2 kernels, 1 thread), torch"
    assert any(title in line for line in expand("demo/example.py", "docs/demo.md:3", root))
    snippet.output_path("cpu").write_text("fp16 took 0.001 s\n")
    with pytest.raises(MarkerError) as error:
        expand("demo/example.py", "docs/demo.md:3", root)
    assert str(error.value).startswith("docs/demo.md:3: snippets/demo/example.out:1: changed")
    assert "python3 guide.py update snippets/demo/example.py" in str(error.value)
