import torch
from torch.utils.data import DataLoader

# Sentences of different lengths, as token ids.
samples = [torch.tensor([5, 8, 2]), torch.tensor([7, 1])]
loader = DataLoader(samples, batch_size=2)
batch = next(iter(loader))  # raises RuntimeError
