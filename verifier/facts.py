"""What a recording's facts file says: which torch and machine made it, and its fingerprint."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

from verifier.pins import pinned_torch, release
from verifier.snippets import Snippet, facts_file

# What decides a declared-varying output's digits, besides torch itself.
SETTINGS = ("cpu", "cpu_capability", "threads", "kernel_env")


def same_settings(recorded: dict | None, here: dict) -> bool:
    """Whether ``here`` runs with the CPU, kernels and threads of a recording."""
    return recorded is not None and all(recorded.get(k) == here.get(k) for k in SETTINGS)


# Which torch made a recording ------------------------------------------------


def torch_build(facts: dict) -> str:
    """The torch a run or recording used, as far as it changes what prints:
    the release, and whether it is a CPU build or which CUDA it was built for."""
    cuda = facts.get("cuda_version")
    return f"{release(facts['torch'])} " + (f"(CUDA {cuda} build)" if cuda else "(CPU build)")


def recording_facts(snippet: Snippet, device: str) -> dict | None:
    """The facts file beside the recording a ``device`` run is compared with."""
    path = facts_file(snippet.expected_output_path(device))
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def recorded_build(snippet: Snippet, device: str) -> str:
    """Which torch made the recording a ``device`` run is compared with.

    A facts file says so where there is one; every other recording was made
    by ``guide.py update`` with the CPU build of the torch requirements.txt
    pins (update refuses any other).
    """
    facts = recording_facts(snippet, device)
    return torch_build(facts) if facts else pinned_cpu_build()


def pinned_cpu_build() -> str:
    """The torch every plain ``.out`` recording is made with."""
    return torch_build({"torch": pinned_torch() or "unpinned"})


def build_gap(snippet: Snippet, device: str, here: dict) -> str | None:
    """The torch build that made the recording, when it is not this one:
    then a difference may be the other torch's, not a fault."""
    recorded = recorded_build(snippet, device)
    return recorded if recorded != torch_build(here) else None


# A measurement's fingerprint: what proves it is the one update measured ----

# The facts file's key for the sha256 (hex digits) of its recording's bytes.
FINGERPRINT = "output_sha256"


def fingerprint(data: bytes) -> str:
    """The sha256 of a recording's bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def fingerprint_fault(recording: Path) -> str | None:
    """What is wrong with the fingerprint kept for an existing ``recording``:
    ``"missing"`` (no facts file, or none in it), ``"changed"`` (the file's
    bytes are not those fingerprinted), or None."""
    facts_path = facts_file(recording)
    facts = json.loads(facts_path.read_text(encoding="utf-8")) if facts_path.exists() else {}
    if FINGERPRINT not in facts:
        return "missing"
    return "changed" if facts[FINGERPRINT] != fingerprint(recording.read_bytes()) else None


# What a facts file holds ------------------------------------------------------


def machine_label(facts: dict, device: str) -> dict:
    """What a machine-dependent recording keeps about where it was made."""
    return {
        "device": facts["gpu"] if device == "cuda" else facts.get("cpu") or "CPU",
        # What a varying output's digits depend on (see same_settings).
        "cpu": facts.get("cpu"),
        "cpu_capability": facts.get("cpu_capability"),
        "threads": facts.get("threads"),
        "kernel_env": facts.get("kernel_env"),
        "torch": facts["torch"],
        "cuda_version": facts.get("cuda_version"),
        "python": facts["python"],
        "recorded": datetime.datetime.now(datetime.UTC).date().isoformat(),
    }
