import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=3, out_features=2)
print("weight shape:", tuple(layer.weight.shape))  # (out, in)
print("bias shape:  ", tuple(layer.bias.shape))

x = torch.randn(5, 3)  # 5 samples, 3 features
y = layer(x)
by_hand = x @ layer.weight.T + layer.bias  # y = x W^T + b
print("output shape:", tuple(y.shape))
print("matches x @ W.T + b:", torch.allclose(y, by_hand))

# Only the last axis must equal in_features; leading axes pass through.
batch = torch.randn(7, 5, 3)
print("(7, 5, 3) ->", tuple(layer(batch).shape))
