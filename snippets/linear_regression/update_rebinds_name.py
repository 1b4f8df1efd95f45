import warnings

import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)
lr = 0.1

loss = ((X @ w + b - y) ** 2).mean()
loss.backward()

# Out of place and outside no_grad: no error, but the name w now points
# to a new tensor computed from the old one, recorded in the graph.
w = w - lr * w.grad
print("w:", w)
print("w is a leaf:", w.is_leaf)
print("w.grad_fn:", type(w.grad_fn).__name__)

# The next step: backward() runs, but the new w gets no .grad.
loss = ((X @ w + b - y) ** 2).mean()
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grad = w.grad  # reading it warns
print("w.grad:", grad)
print("warning:", str(caught[0].message).split(". ")[0] + ".")
w = w - lr * grad  # raises TypeError
