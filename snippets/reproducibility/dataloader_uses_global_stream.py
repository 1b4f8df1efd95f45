import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(8))

torch.manual_seed(0)
print("no loader:      ", torch.rand(4))

# Starting an epoch draws a seed from the global stream, even unshuffled.
torch.manual_seed(0)
for _ in DataLoader(data, batch_size=4):
    pass
print("after a loader: ", torch.rand(4))

# With its own generator the loader leaves the global stream alone.
torch.manual_seed(0)
for _ in DataLoader(data, batch_size=4, generator=torch.Generator()):
    pass
print("own generator:  ", torch.rand(4))
