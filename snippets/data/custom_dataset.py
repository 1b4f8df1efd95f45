import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    """Sample i is the pair (i, i**2), computed when it is asked for."""

    def __init__(self, n):
        self.n = n

    def __len__(self):  # how many samples there are
        return self.n

    def __getitem__(self, i):  # one sample, given its index
        x = torch.tensor([float(i)])
        y = torch.tensor([float(i) ** 2])
        return x, y


ds = SquaresDataset(5)
print("len(ds):", len(ds))
print("ds[3]:", ds[3])
x, y = ds[4]
print("x:", x, "shape:", tuple(x.shape))
print("y:", y)
print("all x:", [ds[i][0].item() for i in range(len(ds))])
