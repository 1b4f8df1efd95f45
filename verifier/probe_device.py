"""Printed as JSON by a fork-server child: what this machine verifies with."""

import json
import multiprocessing
import os
import platform
from pathlib import Path

import torch


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def cpu_flags() -> set[str]:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    return set()


available = torch.cuda.is_available()
print(
    json.dumps(
        {
            "torch": torch.__version__,
            "python": platform.python_version(),
            "cuda_available": available,
            "cuda_version": torch.version.cuda,
            "gpu": torch.cuda.get_device_name(0) if available else None,
            "cpu": cpu_model(),
            "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "cpu_flags": sorted(cpu_flags() & {"avx2", "avx512f", "amx_tile"}),
            "threads": torch.get_num_threads(),
            # Kernel choices made by environment (verifier/variants.py).
            "kernel_env": {
                k: os.environ[k]
                for k in ("ATEN_CPU_CAPABILITY", "MKL_CBWR", "ONEDNN_MAX_CPU_ISA")
                if k in os.environ
            },
            "start_method": multiprocessing.get_start_method(),
        }
    )
)
