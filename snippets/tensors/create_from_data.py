import torch

# torch.tensor infers the shape from the nesting of the lists ...
v = torch.tensor([1, 2, 3])
m = torch.tensor([[1, 2], [3, 4], [5, 6]])
print("v =", v)
print("m =")
print(m)
print("m shape:", tuple(m.shape))

# ... and the dtype from the Python values inside.
print("ints:    ", torch.tensor([1, 2]).dtype)
print("floats:  ", torch.tensor([1.0, 2.0]).dtype)
print("mixed:   ", torch.tensor([1, 2.5]).dtype)
print("bools:   ", torch.tensor([True, False]).dtype)

# An explicit dtype overrides the inference.
h = torch.tensor([1, 2, 3], dtype=torch.float16)
print("h =", h)
