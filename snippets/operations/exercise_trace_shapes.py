import torch

a = torch.ones(8, 1, 5)
b = torch.ones(3, 1)
c = torch.ones(10, 2, 3)
d = torch.ones(3, 4)
v = torch.ones(4)

print("a + b:               ", tuple((a + b).shape))
print("(a + b).sum(dim=1):  ", tuple((a + b).sum(dim=1).shape))
print("c @ d:               ", tuple((c @ d).shape))
print("c @ d @ v:           ", tuple((c @ d @ v).shape))
print("(c @ d).max(dim=-1): ", tuple((c @ d).max(dim=-1).values.shape))
