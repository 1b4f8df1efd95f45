# snippet: requires=cuda
import torch

x = torch.ones(3, device="cuda")

# A 0-dim CPU tensor is accepted as a plain number would be.
s = torch.tensor(2.0)
print("x * s:", x * s)

# One dimension more, and it is an ordinary CPU tensor again.
v = torch.tensor([2.0])
print("v.shape:", tuple(v.shape), "| v.device:", v.device)
x * v  # raises RuntimeError
