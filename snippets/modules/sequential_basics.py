import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 3),
)
print(model)

x = torch.randn(5, 4)
print("output shape:", tuple(model(x).shape))  # each layer feeds the next
print("len(model):  ", len(model))
print("model[0]:    ", model[0])  # index like a list
# Layers are named by position; ReLU (index 1) has no parameters.
print("names:", [name for name, _ in model.named_parameters()])
