import math

import torch
from torch import nn

torch.manual_seed(0)
for layer in [nn.Linear(100, 50), nn.Conv2d(3, 16, 3)]:
    fan_in = layer.weight[0].numel()  # inputs feeding one output unit
    bound = 1 / math.sqrt(fan_in)
    w_max = layer.weight.abs().max().item()
    b_max = layer.bias.abs().max().item()
    print(type(layer).__name__, "fan_in:", fan_in)
    print(f"  1/sqrt(fan_in):       {bound:.3f}")
    print(f"  largest |weight|:     {w_max:.3f}")
    print(f"  largest |bias|:       {b_max:.3f}")
    print("  all within the bound:", w_max <= bound and b_max <= bound)
