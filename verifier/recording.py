"""Write a snippet's recordings, its output and facts files, whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from verifier.check import same_output
from verifier.facts import FINGERPRINT, fingerprint, fingerprint_fault, machine_label
from verifier.snippets import Snippet


def write_atomically(path: Path, text: str) -> None:
    """Write all of ``text`` or nothing: a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def record(
    snippet: Snippet,
    device: str,
    shown: str,
    facts: dict,
    same_as_cpu: bool = False,
    remeasure: bool = True,
) -> str | None:
    """Store ``shown`` as the recorded output for ``device``.

    Returns the repo-relative path written or removed, or None if nothing
    changed. A GPU run gets its own file only where it differs from a CPU run
    on the same machine (``same_as_cpu``): a GPU file that has become the same
    is removed. A recording only one kind of machine can reproduce gets the
    ``facts`` of this one beside it; a measurement's facts also get its
    ``FINGERPRINT``. A measurement whose shape is unchanged is kept unless
    ``remeasure``, so re-recording a chapter does not churn it, and unless
    its fingerprint is missing or wrong: then ``shown`` replaces it.
    """
    own, facts_file = snippet.output_path(device), snippet.facts_path(device)
    if same_as_cpu:
        if not own.exists():
            return None
        own.unlink()
        facts_file.unlink(missing_ok=True)
        return f"{snippet.display_sibling(own)} (removed: same as CPU)"
    if own.exists():
        old = own.read_text(encoding="utf-8")
        unchanged = old == shown or (not remeasure and same_output(snippet, old, shown))
        labelled = facts_file.exists() or not snippet.needs_facts(device)
        if unchanged and labelled and not (snippet.measured and fingerprint_fault(own)):
            return None
    # Facts go last: a crash in between leaves a recording without facts,
    # which the build refuses, never one labelled with another machine.
    facts_file.unlink(missing_ok=True)
    write_atomically(own, shown)
    if snippet.needs_facts(device):
        label = machine_label(facts, device)
        if snippet.measured:
            label[FINGERPRINT] = fingerprint(shown.encode("utf-8"))
        write_atomically(facts_file, json.dumps(label, indent=2) + "\n")
    return snippet.display_sibling(own)
