import torch
from torch import nn

torch.manual_seed(1)
drop = nn.Dropout(p=0.25)  # a new module is in training mode
x = torch.ones(10_000)
out = drop(x)

print("p:", drop.p, "| 1 / (1 - p) =", round(1 / (1 - drop.p), 4))
print("values in the output:", out.unique())
print("zeroed:", (out == 0).sum().item(), "of", x.numel())
print(f"mean before: {x.mean().item():.4f}, after: {out.mean().item():.4f}")
