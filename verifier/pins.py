"""The exact versions requirements.txt pins: what CPU outputs are recorded with."""

from __future__ import annotations

from verifier.snippets import REPO


def pins(*names: str) -> list[str]:
    """The requirements.txt lines (``name==version``) pinning ``names``."""
    lines = (REPO / "requirements.txt").read_text().splitlines()
    return [line for line in lines if line.split("==")[0].lower() in names]


def pinned_torch() -> str | None:
    torch = pins("torch")
    return torch[0].split("==", 1)[1].strip() if torch else None


def release(version: str) -> str:
    """``2.13.0+cu130`` -> ``2.13.0``: CPU and CUDA builds of one release
    count as the same torch."""
    return version.split("+", 1)[0]
