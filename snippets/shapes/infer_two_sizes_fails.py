import torch

x = torch.arange(12)
print("reshape(3, -1):", tuple(x.reshape(3, -1).shape))

# Two unknowns have many solutions (2x6, 3x4, ...), so PyTorch refuses.
x.reshape(-1, -1)  # raises RuntimeError
