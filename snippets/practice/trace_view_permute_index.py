import torch

t = torch.randn(4, 3, 28, 28)
print("t:", tuple(t.shape))
print("t.view(4, -1):", tuple(t.view(4, -1).shape))

p = t.permute(0, 2, 3, 1)
print("p = t.permute(0, 2, 3, 1):", tuple(p.shape))

# The same index means different things before and after the permute.
print("t[:, 0, :, :]:", tuple(t[:, 0, :, :].shape))
print("p[:, 0, :, :]:", tuple(p[:, 0, :, :].shape))
