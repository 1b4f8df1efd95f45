import torch

x = torch.tensor([-3, 1, 4, 8, 2])

# Fix: bracket each comparison before combining with &.
print("fixed:", x[(x > 0) & (x < 5)])

# The bug: & runs first, giving x > (0 & x) < 5, a chained comparison.
small = x[x > 0 & x < 5]  # raises RuntimeError
