import torch

# A float tensor can require grad.
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print("float:", x.dtype, x.requires_grad)

# Integer data can take part as a constant, and gives a float gradient.
counts = torch.tensor([1, 2, 3])
(x * counts).sum().backward()
print("x.grad =", x.grad)

# But an integer tensor itself has no gradient to track.
bad = torch.tensor([1, 2, 3], requires_grad=True)  # raises RuntimeError
