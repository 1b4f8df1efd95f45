import torch

x = torch.arange(12)
print("numel:", x.numel())

# 12 elements cannot fill rows of 5: no size for -1 works.
x.reshape(5, -1)  # raises RuntimeError
