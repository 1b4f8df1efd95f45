import torch
from torch import nn

torch.manual_seed(0)
x = torch.ones(100_000)

for p in [0.2, 0.5]:
    out = nn.Dropout(p=p)(x)
    # Survivors are scaled by 1 / (1 - p), so the mean stays near 1.
    print(f"p={p}: values {out.unique().tolist()}, 1/(1-p) = {1 / (1 - p)}")
    print(f"  fraction zeroed {(out == 0).float().mean().item():.4f}")
    print(f"  mean {out.mean().item():.4f}")
