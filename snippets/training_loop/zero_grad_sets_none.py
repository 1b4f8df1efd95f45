import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 3)

model(x).sum().backward()
print("after backward:", model.bias.grad)
opt.zero_grad()  # the default drops the tensors
print("after zero_grad():", model.bias.grad)

model(x).sum().backward()
opt.zero_grad(set_to_none=False)  # keeps the tensors, filled with zeros
print("after zero_grad(set_to_none=False):", model.bias.grad)
