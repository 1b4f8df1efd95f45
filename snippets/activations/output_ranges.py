import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 801)  # a fine grid of inputs, step 0.01
for name, fn in [
    ("relu", F.relu),
    ("sigmoid", torch.sigmoid),
    ("tanh", torch.tanh),
    ("leaky_relu", F.leaky_relu),
    ("gelu", F.gelu),
]:
    y = fn(x)
    print(f"{name:10} min={y.min().item():8.4f}  max={y.max().item():7.4f}")
