import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)

# cat joins along an axis that exists: that axis grows.
print("cat dim=0:", tuple(torch.cat([a, b], dim=0).shape))
print("cat dim=1:", tuple(torch.cat([a, b], dim=1).shape))

# stack first adds a new axis, then joins along it.
print("stack dim=0:", tuple(torch.stack([a, b], dim=0).shape))
print("stack dim=2:", tuple(torch.stack([a, b], dim=2).shape))

s = torch.stack([a, b])
print("s[1] equals b:", torch.equal(s[1], b))
