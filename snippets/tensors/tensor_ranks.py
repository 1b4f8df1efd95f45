import torch

# One structure for every rank: only the number of axes changes.
scalar = torch.tensor(3.5)
vector = torch.tensor([1.0, 2.0, 3.0])
matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])
image = torch.zeros(3, 4, 4)  # C x H x W: an RGB image of 4x4 pixels
batch = torch.zeros(8, 3, 4, 4)  # B x C x H x W: eight such images

for name, t in [
    ("scalar", scalar),
    ("vector", vector),
    ("matrix", matrix),
    ("image", image),
    ("batch", batch),
]:
    print(f"{name:>6}: ndim={t.ndim} shape={tuple(t.shape)}")

# Indexing the batch axis gives back one C x H x W image.
print("batch[0] shape:", tuple(batch[0].shape))
print("scalar as a Python number:", scalar.item())
