import torch

t = torch.randn(8, 16)
u = t.unsqueeze(0)
print("t:", tuple(t.shape), "-> unsqueeze(0):", tuple(u.shape))
print("-> unsqueeze(2):", tuple(u.unsqueeze(2).shape))

s = torch.randn(3, 1, 5)
print("s:", tuple(s.shape), "-> squeeze():", tuple(s.squeeze().shape))

v = torch.arange(100.0)
# Four ways to turn (100,) into a column of shape (100, 1).
print("unsqueeze(1):", tuple(v.unsqueeze(1).shape))
print("reshape(100, 1):", tuple(v.reshape(100, 1).shape))
print("view(-1, 1):", tuple(v.view(-1, 1).shape))
print("v[:, None]:", tuple(v[:, None].shape))
