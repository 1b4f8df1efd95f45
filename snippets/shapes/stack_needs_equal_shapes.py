import torch

a = torch.zeros(2, 3)
c = torch.ones(1, 3)

# cat only needs the other axes to match: 2 + 1 rows.
print("cat dim=0:", tuple(torch.cat([a, c], dim=0).shape))

# stack puts tensors side by side, so they must be the same shape.
torch.stack([a, c])  # raises RuntimeError
