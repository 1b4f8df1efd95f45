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
with torch.no_grad():  # the update is not part of the model
    w -= lr * w.grad
    b -= lr * b.grad
w.grad.zero_()  # clear the gradients for the next step
b.grad.zero_()

new_loss = ((X @ w + b - y) ** 2).mean()
print("lr:", lr)
print("w after one step:", w)
print("b after one step:", b)
print("still leaves:", w.is_leaf, b.is_leaf)
print("grads now:", w.grad, b.grad)
print(f"loss: {loss.item():.4f} -> {new_loss.item():.4f}")
