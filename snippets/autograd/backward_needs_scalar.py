import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # three outputs, one per element

# Reducing to one number first works: d(sum of x^2)/dx = 2x.
y.sum().backward()
print("x.grad after y.sum().backward():", x.grad)

# Without the reduction, backward does not know how to weigh the outputs.
y = x**2
y.backward()  # raises RuntimeError
