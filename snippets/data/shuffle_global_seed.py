import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(20))


def first_batch(generator=None, build_model=False):
    torch.manual_seed(0)
    if build_model:
        nn.Linear(4, 2)  # its initial weights come from the global stream
    loader = DataLoader(ds, batch_size=6, shuffle=True, generator=generator)
    return next(iter(loader))[0].tolist()


print("global seed:               ", first_batch())
print("global seed, model first:  ", first_batch(build_model=True))
g1 = torch.Generator().manual_seed(0)
g2 = torch.Generator().manual_seed(0)
print("own generator:             ", first_batch(g1))
print("own generator, model first:", first_batch(g2, build_model=True))
