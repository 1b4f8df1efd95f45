import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10_000))  # 10,000 samples: 0, 1, ..., 9999
loader = DataLoader(ds, batch_size=32)
print("len(ds):", len(ds))
print("len(loader):", len(loader))  # number of batches per epoch

batches = [xb for (xb,) in loader]  # one epoch, every batch
sizes = [len(xb) for xb in batches]
print("batches seen:", len(batches))
print("first sizes:", sizes[:3])
print("last size:", sizes[-1])
print("samples seen:", sum(sizes))
print("last batch holds:", batches[-1][0].item(), "...", batches[-1][-1].item())
