import torch

x = torch.tensor(1.0, requires_grad=True)
u = 2 * x + 1  # u = 3
u.retain_grad()
y = u**3  # y = 27
y.backward()
print("u.grad (dy/du = 3u^2):", u.grad)
print("x.grad (dy/du * du/dx):", x.grad)
