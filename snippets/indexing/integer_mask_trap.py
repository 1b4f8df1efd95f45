import torch

x = torch.tensor([10, 20, 30, 40])
keep = torch.tensor([1, 0, 1, 0])  # looks like a mask, but is int64
print("keep.dtype:", keep.dtype)

# Integers are positions: this reads x[1], x[0], x[1], x[0].
print("x[keep]        =", x[keep])

# Only a bool tensor acts as a mask.
print("x[keep.bool()] =", x[keep.bool()])
print("x[keep == 1]   =", x[keep == 1])
