import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)

loss = ((X @ w + b - y) ** 2).mean()
loss.backward()  # fills w.grad and b.grad

# The same derivatives from calculus: r = pred - y, n = 100 rows.
r = (X @ w + b - y).detach()
n = len(y)
print("w.grad:        ", w.grad)
print("2/n * X.T @ r: ", 2 / n * X.T @ r)
print("b.grad:        ", b.grad)
print("2/n * r.sum(): ", 2 / n * r.sum())
print("shapes:", tuple(w.grad.shape), tuple(b.grad.shape))
