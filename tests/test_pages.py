"""The pages and the snippets agree: nothing shown is untested, nothing
tested is hidden."""

import re

from verifier.pages import coverage_problems, markdown_files, python_block_problems
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
