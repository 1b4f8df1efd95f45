"""ruff keeps snippets and tooling clean; pre-commit never touches outputs."""

import subprocess
import sys

import yaml

from verifier.commands import python_command
from verifier.snippets import REPO

CODE = ["snippets", "tests", "verifier", "benchmarks", "guide.py"]


def ruff(*args):
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *CODE], cwd=REPO, capture_output=True, text=True
    )


def test_ruff_lint():
    run = ruff("check", "--no-cache")
    ruff_ = f"{python_command()} -m ruff"
    assert run.returncode == 0, (
        f"{run.stdout}{run.stderr}\nFix with: {ruff_} format (wraps long code lines), then "
        f"{ruff_} check --fix; what it still lists (a long string or comment, say) "
        "is shortened by hand"
    )


def test_ruff_format():
    run = ruff("format", "--check", "--no-cache")
    assert run.returncode == 0, (
        f"{run.stdout}{run.stderr}\nFix with: {python_command()} -m ruff format"
    )


def test_snippets_are_linted_at_80_columns():
    config = (REPO / "snippets/ruff.toml").read_text()
    assert "line-length = 80" in config


def test_pre_commit_config_is_valid_and_spares_recorded_outputs():
    config_path = REPO / ".pre-commit-config.yaml"
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config_path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    hooks = {
        h["id"]: h
        for repo in yaml.safe_load(config_path.read_text())["repos"]
        for h in repo["hooks"]
    }
    assert {"ruff-check", "ruff-format"} <= hooks.keys()
    for fixer in ("trailing-whitespace", "end-of-file-fixer"):
        assert hooks[fixer]["exclude"] == r"^snippets/.*\.out$"
