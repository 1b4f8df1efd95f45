import torch

x = torch.tensor([[1.5, -0.3, 2.0], [-1.2, 0.8, -0.1]])
print("x shape:", tuple(x.shape))
mask = x > 0  # a comparison gives a bool tensor of the same shape
print("mask =")
print(mask)

# The kept values come back as a flat 1-D tensor, in row-major order.
kept = x[mask]
print("x[mask] =", kept, "shape:", tuple(kept.shape))
print("count:", mask.sum().item())

# A mask over the first axis only selects whole rows.
rows = x[x[:, 0] > 0]
print("x[x[:, 0] > 0] =", rows, "shape:", tuple(rows.shape))
