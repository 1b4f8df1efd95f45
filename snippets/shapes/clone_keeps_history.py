import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
c = x.clone()

# The clone is a recorded step, so gradients flow through it to x.
(c * 2).sum().backward()
print("x.grad:", x.grad)
