"""Printed as JSON by a fork-server child: what this machine verifies with."""

import json
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
        }
    )
)
