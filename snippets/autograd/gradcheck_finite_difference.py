import torch


def f(x):
    return (x.sin() * x**2).sum()


# gradcheck compares autograd with finite differences; it wants float64.
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
print("gradcheck:", torch.autograd.gradcheck(f, (x,)))

# The same idea by hand for one element:
# f'(x) is about (f(x + eps) - f(x - eps)) / (2 * eps).
f(x).backward()
eps = 1e-6
with torch.no_grad():
    step = torch.tensor([0.0, eps, 0.0], dtype=torch.float64)
    estimate = (f(x + step) - f(x - step)) / (2 * eps)
print(f"autograd d f / d x[1]:   {x.grad[1].item():.8f}")
print(f"central difference:      {estimate.item():.8f}")
# x^2 sin x has derivative 2x sin x + x^2 cos x.
exact = 2 * x[1] * x[1].sin() + x[1] ** 2 * x[1].cos()
print(f"formula:                 {exact.item():.8f}")
