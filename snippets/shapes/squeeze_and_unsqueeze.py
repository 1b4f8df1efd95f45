import torch

x = torch.zeros(3, 1, 5)
print("x:", tuple(x.shape))

# squeeze() with no dim drops every axis of size 1.
print("squeeze():", tuple(x.squeeze().shape))
print("squeeze(1):", tuple(x.squeeze(1).shape))
# An axis whose size is not 1 is left alone, without an error.
print("squeeze(0):", tuple(x.squeeze(0).shape))

# unsqueeze(d) inserts a size-1 axis so that it ends up at position d.
v = torch.zeros(8, 16)
print("v:", tuple(v.shape))
print("unsqueeze(0):", tuple(v.unsqueeze(0).shape))
print("unsqueeze(1):", tuple(v.unsqueeze(1).shape))
print("unsqueeze(-1):", tuple(v.unsqueeze(-1).shape))
print("unsqueeze(0).unsqueeze(2):", tuple(v.unsqueeze(0).unsqueeze(2).shape))
