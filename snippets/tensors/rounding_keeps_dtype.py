import torch

x = torch.tensor([3.14159, 2.71828, 0.12345])

r = x.round(decimals=2)
print("r =", r)
print("dtype before:", x.dtype, "after:", r.dtype)

# Rounding changed the values, but 0.12 has no exact binary form,
# so the stored float32 is only the closest neighbour.
print("r[2].item():", r[2].item())
