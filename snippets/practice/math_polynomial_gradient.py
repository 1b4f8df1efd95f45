import torch

x = torch.tensor(4.0, requires_grad=True)
y = 3 * x**3 + 2 * x + 1
y.backward()

print("y(4) =", y.item())
print("x.grad =", x.grad)
print("9 * 4**2 + 2 =", 9 * 4**2 + 2)
