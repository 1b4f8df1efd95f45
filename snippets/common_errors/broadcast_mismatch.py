import torch

x = torch.ones(3, 4)
row = torch.ones(4)  # trailing size 4 matches x's last axis
col = torch.ones(3)  # trailing size 3 does not

print("x + row:", tuple((x + row).shape))
# Fix: make col a column, (3, 1), so it lines up with the first axis.
print("x + col[:, None]:", tuple((x + col[:, None]).shape))

x + col  # raises RuntimeError
