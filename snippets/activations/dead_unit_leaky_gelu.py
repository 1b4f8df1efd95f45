import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.bias.copy_(torch.tensor([0.0, -10.0]))  # the same dead unit 1
x = torch.randn(64, 3)
pre = layer(x)[:, 1]
print(f"unit 1 inputs: {pre.min():.1f} to {pre.max():.1f}")

for name, act in [
    ("relu", F.relu),
    ("leaky_relu", F.leaky_relu),
    ("gelu", F.gelu),
]:
    layer.zero_grad()
    act(layer(x)).sum().backward()
    print(f"{name:10} grad of unit 1 weights:", layer.weight.grad[1])

# GELU's slope far below zero: tiny in exact arithmetic, 0 in float32.
for dtype in (torch.float32, torch.float64):
    z = torch.tensor([-2.0, -4, -6, -8, -10], dtype=dtype, requires_grad=True)
    F.gelu(z).sum().backward()
    print(f"gelu slope {str(dtype)[6:]}:", [f"{g:.1e}" for g in z.grad])
