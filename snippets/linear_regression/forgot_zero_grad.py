import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)


def train(zero_grads, lr=0.1, steps=40):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    losses = []
    for _ in range(steps):
        loss = ((X @ w + b - y) ** 2).mean()
        losses.append(round(loss.item(), 4))
        loss.backward()  # adds to whatever .grad already holds
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        if zero_grads:
            w.grad.zero_()
            b.grad.zero_()
    return losses


print("steps:          ", list(range(0, 40, 5)))
print("with zeroing:   ", train(True)[::5])
print("without zeroing:", train(False)[::5])
