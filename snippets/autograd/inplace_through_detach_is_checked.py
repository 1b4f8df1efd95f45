import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x.sigmoid()  # saves y for the backward pass

# Neither detach() nor no_grad() hides an in-place change from autograd.
y.detach().mul_(2)
print("y._version after y.detach().mul_(2):", y._version)
with torch.no_grad():
    y.add_(1)
print("y._version after add_ under no_grad:", y._version)

y.sum().backward()  # raises RuntimeError
