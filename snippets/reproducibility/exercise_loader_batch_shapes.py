import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(10, 3), torch.arange(10))


def first_epoch(seed):
    g = torch.Generator().manual_seed(seed)
    loader = DataLoader(data, batch_size=4, shuffle=True, generator=g)
    return list(loader)


a, b = first_epoch(0), first_epoch(0)
print("x shapes:", [tuple(x.shape) for x, _ in a])
print("y shapes:", [tuple(y.shape) for _, y in a])
same = all(torch.equal(xa, xb) for (xa, _), (xb, _) in zip(a, b, strict=True))
print("same batches with the same seed:", same)
