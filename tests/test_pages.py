"""The pages and the snippets agree: nothing shown is untested, nothing
tested is hidden."""

import re

from verifier.pages import coverage_problems, markdown_files, untested_python_blocks
from verifier.snippets import REPO, discover


def test_every_snippet_shown_and_every_include_real():
    problems = coverage_problems()
    assert not problems, "\n".join(problems)


def test_no_python_block_escapes_execution():
    pages = [*markdown_files(), REPO / "README.md"]
    problems = [p for page in pages for p in untested_python_blocks(page)]
    assert not problems, "\n".join(problems)


def test_markdown_python_blocks_are_collected(pytestconfig):
    # Plain ```python blocks run only because pytest-codeblocks is switched on.
    assert pytestconfig.getoption("codeblocks"), "run pytest with --codeblocks"


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
    # pytest-codeblocks runs ```bash and ```sh blocks, so a command for
    # readers (`serve` never returns) goes in a ```shell block.
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
