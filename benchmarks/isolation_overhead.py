"""What isolation costs per snippet: the verifier versus `python snippet.py`.

    python3 guide.py bench [--rounds N]

Every snippet runs through the verifier exactly as the tests run it (fork
server child, fresh temp directory, output checked) and as a plain
`python snippet.py` in a fresh temp directory. Overhead is wall time minus the
time the snippet's own code took (measured inside the verifier's child), so
what remains is start-up, isolation and checking. Prints numbers; asserts
nothing (this is a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifier.check import judge  # noqa: E402
from verifier.runner import SnippetRunner, verify_env  # noqa: E402
from verifier.snippets import discover  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    snippets = [s for s in discover() if "cpu" in s.devices]
    env = verify_env()

    started = time.perf_counter()
    runner = SnippetRunner()
    startup = time.perf_counter() - started

    verifier: dict[str, list[float]] = {s.name: [] for s in snippets}
    plain: dict[str, list[float]] = {s.name: [] for s in snippets}
    body: dict[str, list[float]] = {s.name: [] for s in snippets}
    for _ in range(rounds):
        for s in snippets:
            t0 = time.perf_counter()
            result = runner.run(s)
            failed = not judge(s, "cpu", result, runner.probe()).ok
            verifier[s.name].append(time.perf_counter() - t0)
            body[s.name].append(result.body_s)
            if failed:
                print(f"warning: {s.name} does not pass verification", file=sys.stderr)
        for s in snippets:
            with tempfile.TemporaryDirectory() as cwd:
                t0 = time.perf_counter()
                subprocess.run(
                    [sys.executable, str(s.path)],
                    cwd=cwd,
                    env=env,
                    capture_output=True,
                )
                plain[s.name].append(time.perf_counter() - t0)
    runner.close()

    med = statistics.median
    rows = []
    for s in snippets:
        b = med(body[s.name])
        rows.append((s.name, b, med(verifier[s.name]) - b, med(plain[s.name]) - b))
    width = max(len(r[0]) for r in rows)
    print(f"{'snippet':<{width}}  body ms  verifier overhead ms  plain overhead ms")
    for name, b, v, p in rows:
        print(f"{name:<{width}}  {b * 1e3:7.1f}  {v * 1e3:20.1f}  {p * 1e3:17.1f}")
    v_over = [r[2] for r in rows]
    p_over = [r[3] for r in rows]
    print()
    print(f"snippets: {len(rows)}, rounds: {rounds} (median per snippet)")
    print(f"fork server start-up (once per test session): {startup * 1e3:.0f} ms")
    for label, values in (("verifier", v_over), ("plain python", p_over)):
        print(
            f"{label:>12} overhead per snippet: mean {statistics.mean(values) * 1e3:.1f} ms, "
            f"median {med(values) * 1e3:.1f} ms, max {max(values) * 1e3:.1f} ms"
        )
    total_v = sum(med(verifier[s.name]) for s in snippets) + startup
    total_p = sum(med(plain[s.name]) for s in snippets)
    print(f"all snippets once: verifier {total_v:.2f} s, plain python {total_p:.2f} s")


if __name__ == "__main__":
    main()
