import torch

# Factories take a shape and fill every element the same way.
print("zeros =")
print(torch.zeros(2, 3))
print("ones =")
print(torch.ones(2, 3, dtype=torch.int64))
print("full =")
print(torch.full((2, 3), 7.5))
print("eye =")
print(torch.eye(3))

# empty only reserves memory; its contents are whatever was there,
# so we look at its shape and dtype, never at its values.
e = torch.empty(2, 3)
print("empty shape:", tuple(e.shape), "dtype:", e.dtype)
