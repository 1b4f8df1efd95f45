import torch

x = torch.arange(5)
# flip() is how PyTorch reverses an axis; it returns a copy.
r = x.flip(0)
print("x.flip(0) =", r)
r[0] = 100
print("x after r[0] = 100:", x)

# NumPy and Python lists accept a negative step; tensors do not.
backwards = x[::-1]  # raises ValueError
