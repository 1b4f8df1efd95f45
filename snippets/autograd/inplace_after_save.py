import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)

# In place is fine when no backward formula needs the old value:
# the gradient of x * 2 is 2 whatever a holds.
a = x * 2
a.add_(1)
a.sum().backward()
print("x.grad through a.add_(1):", x.grad)

# sigmoid saves its output y: its derivative is y * (1 - y).
y = x.sigmoid()
print("y._version before:", y._version)
y.mul_(2)  # overwrites the saved y; the forward pass raises nothing
print("y._version after mul_:", y._version)

# Only backward notices that the saved value is no longer the one it needs.
y.sum().backward()  # raises RuntimeError
