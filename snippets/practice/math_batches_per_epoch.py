import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.zeros(10_000, 1))
loader = DataLoader(data, batch_size=32)
print("samples:", len(data), "| batch_size:", loader.batch_size)
sizes = [len(batch[0]) for batch in loader]
print("len(loader):", len(loader), "| batches seen:", len(sizes))
print("full batches:", sizes.count(32), "| last batch:", sizes[-1])

dropped = DataLoader(data, batch_size=32, drop_last=True)
print("with drop_last=True:", len(dropped), "batches")
