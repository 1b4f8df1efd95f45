import torch

x = torch.arange(10)
print("with &:", x[(x >= 3) & (x < 7)])

# Python's `and` asks each tensor for a single True or False.
inside = (x >= 3) and (x < 7)  # raises RuntimeError
