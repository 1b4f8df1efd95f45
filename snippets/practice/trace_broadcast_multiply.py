import torch

col = torch.tensor([[1.0], [2.0], [3.0]])  # shape (3, 1)
row = torch.tensor([10.0, 20.0, 30.0, 40.0])  # shape (4,)

# Shapes are aligned from the right: (3, 1) with (4,) gives (3, 4).
out = col * row
print("col:", tuple(col.shape), "row:", tuple(row.shape))
print("col * row:", tuple(out.shape))
print(out)

col * torch.ones(4, 1)  # raises RuntimeError
