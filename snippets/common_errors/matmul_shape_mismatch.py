import torch

a = torch.ones(2, 3)
b = torch.ones(2, 3)

# Inner sizes must agree: (2 x 3) @ (3 x 2). Transpose b to get there.
print("a @ b.T shape:", tuple((a @ b.T).shape))
print("a.T @ b shape:", tuple((a.T @ b).shape))

a @ b  # raises RuntimeError
