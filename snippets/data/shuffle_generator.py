import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(20))  # sample i holds the number i


def first_batch(loader):
    (xb,) = next(iter(loader))
    return xb.tolist()


def shuffled_loader(seed):
    g = torch.Generator().manual_seed(seed)  # the loader's own random stream
    return DataLoader(ds, batch_size=6, shuffle=True, generator=g)


print("no shuffle:  ", first_batch(DataLoader(ds, batch_size=6)))
print("seed 0:      ", first_batch(shuffled_loader(0)))
print("seed 0 again:", first_batch(shuffled_loader(0)))
print("seed 1:      ", first_batch(shuffled_loader(1)))
