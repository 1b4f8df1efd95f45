import torch

x = torch.tensor(4.0, requires_grad=True)
y = 3 * x**3 + 2 * x + 1
y.backward()

print("x =", x.item())
print("y = 3x^3 + 2x + 1 =", y.item())
print("autograd dy/dx:", x.grad.item())

# The derivative by hand: d/dx (3x^3 + 2x + 1) = 9x^2 + 2.
v = x.item()
print("formula 9x^2 + 2:", 9 * v**2 + 2)
