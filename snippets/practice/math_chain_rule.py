import torch

x = torch.tensor(1.0, requires_grad=True)
u = x**2 + 1  # h(x) = x^2 + 1
v = u**3  # g(u) = u^3
y = 5 * v  # f(v) = 5v
y.backward()

dh = 2 * x.item()  # h'(x) = 2x
dg = 3 * u.item() ** 2  # g'(u) = 3u^2
df = 5.0  # f'(v) = 5
print("u, v, y:", u.item(), v.item(), y.item())
print("h'(x), g'(u), f'(v):", dh, dg, df)
print("product:", df * dg * dh)
print("x.grad:", x.grad)
