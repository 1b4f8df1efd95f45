import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
x = torch.zeros(2, 5, 4)
print("input:", tuple(x.shape))
for layer in model:  # a Sequential iterates over its layers in order
    x = layer(x)
    n = sum(p.numel() for p in layer.parameters())
    print(f"after {type(layer).__name__:6} {str(tuple(x.shape)):11} params={n}")

print("total parameters:", sum(p.numel() for p in model.parameters()))
