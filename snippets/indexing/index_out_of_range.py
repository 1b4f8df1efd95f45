import torch

x = torch.tensor([10, 20, 30])

# Slices are clipped to the valid range, so they never fail.
print("x[1:10] =", x[1:10])
print("x[5:]   =", x[5:], "shape:", tuple(x[5:].shape))
print("x[-3]   =", x[-3])

# A single position must exist: valid ones are -3 to 2.
print(x[3])  # raises IndexError
