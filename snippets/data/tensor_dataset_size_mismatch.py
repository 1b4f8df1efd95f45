import torch
from torch.utils.data import TensorDataset

X = torch.zeros(100, 3)
y = torch.zeros(99)  # one label short

ds = TensorDataset(X, y)  # raises AssertionError
