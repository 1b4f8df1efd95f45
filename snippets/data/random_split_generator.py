import torch
from torch.utils.data import TensorDataset, random_split

ds = TensorDataset(torch.arange(1000))


def split(seed):
    g = torch.Generator().manual_seed(seed)
    return random_split(ds, [800, 200], generator=g)


train_ds, val_ds = split(seed=0)
print("sizes:", len(train_ds), len(val_ds))
print("type:", type(val_ds).__name__)
print("first val indices:", val_ds.indices[:6])
print("val_ds[0]:", val_ds[0], "from ds index", val_ds.indices[0])

again, other = split(seed=0), split(seed=1)
print("same seed, same split:", again[1].indices == val_ds.indices)
print("seed 1 first val:", other[1].indices[:6])

overlap = set(train_ds.indices) & set(val_ds.indices)
print("shared samples:", len(overlap))

# Fractions that sum to 1 are turned into sizes.
g = torch.Generator().manual_seed(0)
parts = random_split(ds, [0.7, 0.2, 0.1], generator=g)
print("fraction sizes:", [len(p) for p in parts])
