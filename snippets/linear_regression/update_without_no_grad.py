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
print("w.grad:", w.grad)

# The update written without torch.no_grad(): autograd refuses it.
w -= lr * w.grad  # raises RuntimeError
