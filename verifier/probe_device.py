"""Printed as JSON by a fork-server child: what this machine verifies with."""

import json
import platform

import torch

available = torch.cuda.is_available()
print(
    json.dumps(
        {
            "torch": torch.__version__,
            "python": platform.python_version(),
            "cuda_available": available,
            "cuda_version": torch.version.cuda,
            "gpu": torch.cuda.get_device_name(0) if available else None,
        }
    )
)
