import torch

# Three samples (rows) with three features each.
x = torch.tensor([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0], [0.0, 0.0, 6.0]])

# The bug: the means have shape (3,), which lines up with COLUMNS.
buggy = x - x.mean(dim=1)
print("buggy row means:", buggy.mean(dim=1))

# The fix: keepdim=True gives shape (3, 1), one mean per row.
fixed = x - x.mean(dim=1, keepdim=True)
print("fixed row means:", fixed.mean(dim=1))
print("fixed =")
print(fixed)
