import torch
from torch.utils.data import DataLoader

samples = [{"x": torch.full((2,), float(i)), "y": i} for i in range(3)]
batch = next(iter(DataLoader(samples, batch_size=3)))

# A dict sample gives a dict batch: same keys, each value batched.
print("keys:", list(batch))
print("x shape:", tuple(batch["x"].shape))
print("y:", batch["y"])
