import torch

A = torch.ones(2, 3)
B = torch.ones(2, 3)

# Row-wise dot products of two matrices: multiply, then sum each row.
print("row dots:", (A * B).sum(dim=1))

# torch.dot itself takes 1-D tensors only.
torch.dot(A, B)  # raises RuntimeError
