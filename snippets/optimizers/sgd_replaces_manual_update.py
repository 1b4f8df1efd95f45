import torch

torch.manual_seed(0)
X = torch.randn(100, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5 + 0.1 * torch.randn(100)


def fit(use_optimizer, lr=0.1, steps=50):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    for _ in range(steps):
        loss = ((X @ w + b - y) ** 2).mean()
        loss.backward()
        if use_optimizer:
            opt.step()  # the two update lines of the manual loop
            opt.zero_grad()  # the two zeroing lines
        else:
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
            w.grad, b.grad = None, None
    return torch.cat([w.detach(), b.detach().reshape(1)])


print("manual w, b:", fit(use_optimizer=False))
print("SGD    w, b:", fit(use_optimizer=True))
print("allclose:", torch.allclose(fit(False), fit(True)))
