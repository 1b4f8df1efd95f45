import torch

a = torch.arange(6)
b = a.view(2, 3)
c = b.t().reshape(6)
d = b[1]
e = torch.zeros(6, dtype=torch.int64).copy_(a)
f = a.clone()

a[4] = 100
print("b[1, 1]:", b[1, 1].item())
print("c[3]:", c[3].item())
print("d[1]:", d[1].item())
print("e[4]:", e[4].item())
print("f[4]:", f[4].item())
