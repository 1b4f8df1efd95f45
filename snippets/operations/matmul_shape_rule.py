import torch

A = torch.ones(2, 3)
B = torch.ones(3, 4)

# (m x n) @ (n x p) -> (m x p): the inner sizes (3 and 3) must agree.
print("A:", tuple(A.shape), " B:", tuple(B.shape))
print("A @ B:", tuple((A @ B).shape))
# Each entry sums n = 3 products of ones.
print("A @ B =")
print(A @ B)

# Swapped, the inner sizes are 4 and 2.
B @ A  # raises RuntimeError
