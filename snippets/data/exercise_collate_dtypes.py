import torch
from torch.utils.data import DataLoader

# Regression samples: features as a tensor, target as a Python float.
samples = [(torch.tensor([0.1, 0.2]), 1.5), (torch.tensor([0.3, 0.4]), 2.5)]
batch = next(iter(DataLoader(samples, batch_size=2)))

print("batch is a", type(batch).__name__)
x, y = batch
print("x:", tuple(x.shape), x.dtype)
print("y:", tuple(y.shape), y.dtype)
print("float32 minus y:", (torch.zeros(2) - y).dtype)  # promotion

# Returning the target as a float32 tensor keeps the dtypes consistent.
fixed = [(x, torch.tensor(t, dtype=torch.float32)) for x, t in samples]
_, y32 = next(iter(DataLoader(fixed, batch_size=2)))
print("fixed y:", y32.dtype)
