import torch

v = torch.tensor([1, 2, 3])
# None inserts a new axis of length 1 where it appears.
print("v[None]    shape", tuple(v[None].shape))
print("v[:, None] shape", tuple(v[:, None].shape))
print("same as unsqueeze(1):", torch.equal(v[:, None], v.unsqueeze(1)))

m = torch.zeros(2, 5)
print("m[:, None] shape", tuple(m[:, None].shape))
print("m[..., None] shape", tuple(m[..., None].shape))

# A column times a row broadcasts to a full table.
print("v[:, None] * v[None, :] =")
print(v[:, None] * v[None, :])
