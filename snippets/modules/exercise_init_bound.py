import math

import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(16, 32, 5)
fan_in = 16 * 5 * 5
print("fan_in:", fan_in)
print(f"bound 1/sqrt(fan_in): {1 / math.sqrt(fan_in):.3f}")
print(f"largest |weight|:     {conv.weight.abs().max().item():.3f}")
