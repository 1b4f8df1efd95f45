import torch
from torch import nn

layer = nn.Linear(4, 3)  # expects 4 features per sample
print("weight shape:", tuple(layer.weight.shape))

# Fix: give the layer inputs whose last size is in_features.
x = torch.ones(8, 4)
print("output shape:", tuple(layer(x).shape))

layer(torch.ones(8, 5))  # raises RuntimeError
