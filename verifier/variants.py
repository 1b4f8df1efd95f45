"""Execution variants: the ways one reader's machine differs from another's.

Outputs are recorded under ``RECORDING``: this machine's own CPU kernels, one
thread, the platform's default process start method. A reader's machine
differs in what the variants below change, each simulated on one machine:

* which vectorised ATen kernels run (``ATEN_CPU_CAPABILITY``): an Intel CPU
  with AVX-512 runs wider kernels than an AMD one with AVX2, and wider
  kernels add floats up in another order; ``default`` (no vector kernels)
  stands in for a width this machine cannot run;
* which code path Intel MKL takes for matrix products (``MKL_CBWR``): MKL
  picks its kernels by CPU vendor and instruction set;
* which instruction set oneDNN's convolution kernels use
  (``ONEDNN_MAX_CPU_ISA``): AVX-512 and AMX on recent Xeons;
* how many intra-op threads split a reduction (``torch.set_num_threads``
  defaults to the number of cores, so a reader's laptop uses several);
* how DataLoader workers start (``spawn`` on macOS and Windows, and in many
  Jupyter setups; ``forkserver`` on Linux from Python 3.14; ``fork`` else).

``python3 guide.py verify --matrix`` runs every snippet under each variant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Environment variables that choose CPU kernels. The verifier sets them only
# through a variant, and clears any a user exported, so that the recording
# variant really is this machine's default.
# (probe_device.py, which imports nothing from here, reads the first three.)
KERNEL_ENV = ("ATEN_CPU_CAPABILITY", "MKL_CBWR", "ONEDNN_MAX_CPU_ISA", "DNNL_MAX_CPU_ISA")


@dataclass(frozen=True, eq=False)  # each variant is one module constant
class Variant:
    name: str  # short, as shown in reports and test ids: "threads=4"
    env: dict[str, str] = field(default_factory=dict)  # set before torch loads
    threads: int = 1  # intra-op threads (OMP_NUM_THREADS, MKL_NUM_THREADS)
    start_method: str | None = None  # multiprocessing start method; None: platform default
    # Only snippets that start processes can differ by start method; running
    # the others again under it would test nothing.
    processes_only: bool = False

    def process_env(self) -> dict[str, str]:
        """The environment a fork server for this variant starts with."""
        threads = str(self.threads)
        return {"OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads, **self.env}

    def applies_to(self, starts_processes: bool) -> bool:
        return starts_processes or not self.processes_only

    def not_here(self, facts: dict) -> str | None:
        """Why this machine cannot run this variant, or would only repeat the
        recording variant with it; ``facts`` is the recording's probe."""
        capability = self.env.get("ATEN_CPU_CAPABILITY")
        if capability is None or len(self.env) > 1 or self.threads != 1:
            return None
        flag = CPU_FLAG.get(capability)
        if flag and flag not in facts["cpu_flags"]:
            # torch would accept the setting and fault on the first such kernel.
            return f"this CPU has no {flag} (its own kernels: {facts['cpu_capability']})"
        if capability.upper() == facts["cpu_capability"]:
            return f"{facts['cpu_capability']} is this CPU's own: the recording variant"
        return None


# The /proc/cpuinfo flag a capability needs.
CPU_FLAG = {"avx2": "avx2", "avx512": "avx512f"}

RECORDING = Variant("recording")

MATRIX = (
    Variant("threads=2", threads=2),
    Variant("threads=4", threads=4),
    Variant("aten=default", {"ATEN_CPU_CAPABILITY": "default"}),
    Variant("aten=avx2", {"ATEN_CPU_CAPABILITY": "avx2"}),
    Variant("aten=avx512", {"ATEN_CPU_CAPABILITY": "avx512"}),
    Variant("mkl=compatible", {"MKL_CBWR": "COMPATIBLE"}),
    Variant("mkl=avx2", {"MKL_CBWR": "AVX2"}),
    Variant("onednn=sse41", {"ONEDNN_MAX_CPU_ISA": "SSE41"}),
    # Everything at once: a machine unlike this one in every respect.
    Variant(
        "far-machine",
        {"ATEN_CPU_CAPABILITY": "default", "MKL_CBWR": "COMPATIBLE", "ONEDNN_MAX_CPU_ISA": "SSE41"},
        threads=3,
    ),
    # Readers' Pythons hash strings with a random seed: set order changes.
    Variant("hashseed=random", {"PYTHONHASHSEED": "random"}),
    Variant("start=spawn", start_method="spawn", processes_only=True),
    Variant("start=forkserver", start_method="forkserver", processes_only=True),
)


def by_name(name: str) -> Variant:
    for variant in (RECORDING, *MATRIX):
        if variant.name == name:
            return variant
    known = ", ".join(v.name for v in (RECORDING, *MATRIX))
    raise ValueError(f"unknown variant {name!r}; known: {known}")
