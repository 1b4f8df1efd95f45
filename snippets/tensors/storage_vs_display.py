import torch

x = torch.tensor([0.1, 0.2, 0.3])

# The repr rounds to 4 decimals; the stored float32 bits do not.
print("x =", x)
print("x[0].item():", x[0].item())
print("float64 0.1: ", torch.tensor(0.1, dtype=torch.float64).item())

# Two values that print the same need not be equal.
d = torch.tensor([0.1, 0.2], dtype=torch.float64)
s = d.sum()
print("0.1 + 0.2 =", s)
print("equal to 0.3?", bool(s == 0.3))
print("s.item():", s.item())
# Compare floats with a tolerance instead.
target = torch.tensor(0.3, dtype=torch.float64)
print("isclose:", bool(torch.isclose(s, target)))
