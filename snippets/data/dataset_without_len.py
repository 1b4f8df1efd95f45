import torch
from torch.utils.data import DataLoader, Dataset


class NoLen(Dataset):
    def __getitem__(self, i):
        return torch.tensor(float(i))


ds = NoLen()
print("ds[2]:", ds[2])  # indexing works
loader = DataLoader(ds, batch_size=2)  # building the loader works too
print("loader built")
batch = next(iter(loader))  # raises TypeError
