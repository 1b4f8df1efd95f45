import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.bias.copy_(torch.tensor([0.0, -10.0]))  # unit 1 pushed far down

x = torch.randn(64, 3)  # 64 typical inputs
pre = layer(x)
print("unit 1 inputs below 0:", (pre[:, 1] < 0).all().item())

torch.relu(pre).sum().backward()
print("grad of unit 0 weights:", layer.weight.grad[0])
print("grad of unit 1 weights:", layer.weight.grad[1])  # all zero
