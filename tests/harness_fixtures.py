"""Helpers shared by the verifier's tests: throwaway snippet trees and pages
under tmp_path, never under snippets/ or docs/, and invented machine facts
for them."""

from textwrap import dedent

from verifier import throwaway_site
from verifier.check import judge
from verifier.pins import pinned_torch
from verifier.snippets import parse_snippet

# The pinned torch's CPU build, as if it recorded: moving the pin moves it.
CPU_FACTS = {
    "torch": f"{pinned_torch()}+cpu",
    "cuda_version": None,
    "python": "3.11.7",
    "gpu": None,
}
CPU_FACTS["cpu"] = "AMD EPYC"
# Invented machine facts for throwaway files only; real ones come from probe.
GPU_FACTS = dict(CPU_FACTS, torch="2.11.0+cu130", cuda_version="13.0", gpu="NVIDIA H200")


def make(tmp_path, source, name="demo/example.py", out=None):
    """Write a snippet (and its recorded output, if ``out``) under tmp_path/snippets."""
    path = tmp_path / "snippets" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dedent(source).lstrip())
    snippet = parse_snippet(path, tmp_path / "snippets")
    if out is not None:
        snippet.output_path("cpu").write_text(out)
    return snippet


def verdict(runner, snippet, device="cpu"):
    """All the problems the snippet test would fail with."""
    return judge(snippet, device, runner.run(snippet, device), runner.probe()).message


# A snippet whose point is the error its last line raises ({name}: its class).
LEAF_INPLACE = """
import torch
w = torch.ones(2, requires_grad=True)
print("before")
w.add_(1)  # raises {name}
"""


def build_demo_page(tmp_path, page_text):
    """Build a one-page site (docs/demo.md) with the real config; returns (process, site)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/demo.md").write_text(page_text)
    return throwaway_site.build(tmp_path, ["demo.md"]), tmp_path / "site"
