import torch

x = torch.tensor([[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]], dtype=torch.float64)

# *_like copies shape, dtype and device from x, not its values.
z = torch.zeros_like(x)
print("zeros_like =")
print(z)
print("full_like =")
print(torch.full_like(x, 9))

torch.manual_seed(0)
r = torch.rand_like(x)
print("rand_like shape:", tuple(r.shape), "dtype:", r.dtype)

# Any attribute can be overridden; here we keep the shape only.
m = torch.ones_like(x, dtype=torch.bool)
print("ones_like(bool) =")
print(m)
e = torch.empty_like(x)
print("empty_like shape:", tuple(e.shape), "dtype:", e.dtype)
