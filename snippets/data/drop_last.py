import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10_000))
for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=32, drop_last=drop_last)
    sizes = [len(xb) for (xb,) in loader]
    print(f"drop_last={drop_last}:")
    print("  batches:", len(loader), "| sizes seen:", sorted(set(sizes)))
    print("  samples used:", sum(sizes))
