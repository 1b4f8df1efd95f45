import torch

x = torch.tensor(2.0, requires_grad=True)
u = x**2  # h(x) = x^2
v = 3 * u + 1  # g(u) = 3u + 1
y = v**2  # f(v) = v^2, so y = f(g(h(x)))
u.retain_grad()  # keep the gradients of the intermediate results too
v.retain_grad()
print("u, v, y:", u.item(), v.item(), y.item())

# The three local derivatives, by hand, at the values above.
dh = 2 * x.item()  # h'(x) = 2x
dg = 3.0  # g'(u) = 3
df = 2 * v.item()  # f'(v) = 2v
print("h'(x), g'(u), f'(v):", dh, dg, df)
print("product:", df * dg * dh)

y.backward()
print("x.grad:", x.grad)
# backward walks from y towards x, multiplying one factor per step.
print("v.grad (f'):", v.grad)
print("u.grad (f' * g'):", u.grad)
