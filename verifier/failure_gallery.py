"""Break a throwaway copy of the guide in each way a contribution can, and
collect the message each breakage really gets.

CONTRIBUTING.md shows these messages; tests/test_contributing.py fails when
what it shows is no longer what the tools print. After changing a message:

    .venv/bin/python -m verifier.failure_gallery --write
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from verifier import throwaway_site
from verifier.check import judge
from verifier.pages import coverage_problems, python_block_problems
from verifier.runner import SnippetRunner
from verifier.snippets import REPO, parse_snippet

CONTRIBUTING = REPO / "CONTRIBUTING.md"
BLOCK = re.compile(
    r"<!-- failure: (?P<name>[a-z-]+) -->\n```text\n(?P<text>.*?)^```$", re.DOTALL | re.MULTILINE
)

# Snippet sources for the breakages that need a run; each is a small,
# realistic mistake in snippets/tensors/.
RUNS = {
    "drifted-output": ("print(torch.arange(3) * 2)\n", "tensor([0, 1, 2])\n"),
    "missing-output": ("print(torch.arange(3))\n", None),
    "unexpected-error": ("x = torch.zeros(2, 3).t()\nprint(x.view(6))\n", ""),
    "warning": ("t = torch.ones(2)\nprint(torch.tensor(t))\n", ""),
    "hung-snippet": ("# snippet: timeout=1\nimport time\n\ntime.sleep(600)\n", ""),
}


def gallery() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        snippets, docs = root / "snippets" / "tensors", root / "docs"
        snippets.mkdir(parents=True)
        docs.mkdir()
        messages = _runs(snippets)
        (snippets / "forgotten.py").write_text("import torch\n")
        (snippets / "forgotten.out").write_text("")
        (docs / "tensors.md").write_text(
            "# Tensors\n\n" + "".join(f"<!-- snippet: tensors/{n}.py -->\n\n" for n in RUNS)
        )
        orphan = [p for p in coverage_problems(docs, root / "snippets") if "forgotten" in p]
        messages["orphan-snippet"] = "\n".join(orphan)
        page = docs / "tensors.md"
        page.write_text("# Tensors\n\n```python\nprint(1)\n```\n")
        messages["untested-block"] = python_block_problems(page)[0].replace(
            str(page), "docs/tensors.md"
        )
        page.write_text("# Tensors\n\n<!-- snippet: tensors/brodcast.py -->\n")
        messages["missing-include"] = _build_error(root)
    return {name: text.rstrip() + "\n" for name, text in messages.items()}


def _runs(snippets: Path) -> dict[str, str]:
    messages = {}
    with SnippetRunner() as runner:
        for name, (body, recorded) in RUNS.items():
            path = snippets / f"{name.replace('-', '_')}.py"
            path.write_text("import torch\n\n" + body if "snippet:" not in body else body)
            snippet = parse_snippet(path, snippets.parent)
            if recorded is not None:
                snippet.output_path("cpu").write_text(recorded)
            messages[name] = judge(snippet, "cpu", runner.run(snippet), runner.probe()).message
    return messages


def _build_error(root: Path) -> str:
    build = throwaway_site.build(root, ["tensors.md"])
    assert build.returncode != 0, "the broken include did not fail the build"
    return build.stderr.replace(str(root) + "/", "")


def shown_in_contributing() -> dict[str, str]:
    return {m["name"]: m["text"] for m in BLOCK.finditer(CONTRIBUTING.read_text())}


def write() -> None:
    fresh = gallery()
    text = CONTRIBUTING.read_text()
    for name, message in fresh.items():
        text = re.sub(
            rf"(<!-- failure: {name} -->\n```text\n).*?(^```$)",
            lambda m, message=message: m[1] + message + m[2],
            text,
            flags=re.DOTALL | re.MULTILINE,
        )
    CONTRIBUTING.write_text(text)


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        for name, message in gallery().items():
            print(f"<!-- failure: {name} -->\n```text\n{message}```\n")
