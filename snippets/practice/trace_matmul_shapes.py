import torch

a = torch.randn(32, 64)
b = torch.randn(64, 128)
print("(32, 64) @ (64, 128):", tuple((a @ b).shape))

# A leading batch axis is carried along; b is reused for every item.
batched = torch.randn(10, 32, 64)
print("(10, 32, 64) @ (64, 128):", tuple((batched @ b).shape))

v = torch.randn(64)
print("(32, 64) @ (64,):", tuple((a @ v).shape))
