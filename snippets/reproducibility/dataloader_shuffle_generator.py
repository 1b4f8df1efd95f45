import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(8))
g = torch.Generator().manual_seed(0)
loader = DataLoader(data, batch_size=4, shuffle=True, generator=g)


def order(loader):
    # One epoch: the sample indices in the order the batches deliver them.
    return [i for (batch,) in loader for i in batch.tolist()]


print("epoch 1:", order(loader))
print("epoch 2:", order(loader))  # each epoch draws a new order from g

g.manual_seed(0)  # rewind the loader's generator: the epochs repeat
print("epoch 1 again:", order(loader))
print("epoch 2 again:", order(loader))
