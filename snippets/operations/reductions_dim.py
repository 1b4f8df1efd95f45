import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)

# No dim: reduce every element to a 0-D tensor.
print("sum():", x.sum(), " shape:", tuple(x.sum().shape))

# dim=d removes axis d from the shape.
print("sum(dim=0):", x.sum(dim=0), " shape:", tuple(x.sum(dim=0).shape))
print("sum(dim=1):", x.sum(dim=1), " shape:", tuple(x.sum(dim=1).shape))
print("mean(dim=1):", x.mean(dim=1))
# Negative dims count from the end: -1 is the last axis.
print("sum(dim=-1):", x.sum(dim=-1))

# keepdim=True leaves a size-1 axis where the reduced one was.
print("keepdim dim=0:", tuple(x.sum(dim=0, keepdim=True).shape))
print("keepdim dim=1:", tuple(x.sum(dim=1, keepdim=True).shape))
print("sum(dim=1, keepdim=True) =")
print(x.sum(dim=1, keepdim=True))
