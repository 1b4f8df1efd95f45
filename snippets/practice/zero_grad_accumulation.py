import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)


def bias_grad_after_backward():
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return round(model.bias.grad.item(), 4)


# Same batch, same weights, two backward passes without clearing.
print("1st backward, bias.grad:", bias_grad_after_backward())
print("2nd backward, bias.grad:", bias_grad_after_backward())

opt.zero_grad()  # sets every .grad to None
print("after zero_grad:", model.bias.grad)
print("3rd backward, bias.grad:", bias_grad_after_backward())
