import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
loss_fn = nn.MSELoss()

# Fix: compute the loss while autograd records, then call backward().
loss = loss_fn(model(x), y)
print("loss.grad_fn:", type(loss.grad_fn).__name__)
loss.backward()
print("weight.grad shape:", tuple(model.weight.grad.shape))

# Three ways to end up with a loss that autograd never recorded:
w = torch.tensor([1.0, 2.0])  # forgot requires_grad=True
print("from a plain tensor:", (w * 3).sum().requires_grad)
print("rebuilt from .item():", torch.tensor(loss.item()).requires_grad)
with torch.no_grad():  # code copied from an evaluation loop
    loss = loss_fn(model(x), y)
print("under no_grad():", loss.requires_grad, loss.grad_fn)
loss.backward()  # raises RuntimeError
