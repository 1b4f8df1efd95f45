import torch

x = torch.tensor([[3.0, -1.0, 0.5], [-2.0, 5.0, -4.0]])

# Element by element: x where the condition holds, else the scalar 0.
print("torch.where(x > 0, x, 0.0) =")
print(torch.where(x > 0, x, 0.0))

# Branches broadcast like any operation: here one cap per column.
cap = torch.tensor([1.0, 1.0, 0.0])
print("torch.where(x > cap, cap, x) =")
print(torch.where(x > cap, cap, x))

# Two integer scalars give an int64 result, handy for hard labels.
scores = torch.tensor([0.2, 0.7, 0.5, 0.9])
labels = torch.where(scores >= 0.5, 1, 0)
print("labels:", labels, labels.dtype)
print("x unchanged:", x[0])
