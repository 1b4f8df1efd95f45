import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
y_col = y.unsqueeze(1)  # the bug: targets stored as a (100, 1) column


def fit(target):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    for _ in range(100):
        residual = X @ w + b - target
        loss = (residual**2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
            b -= 0.1 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    print("  residual shape:", tuple(residual.shape))
    # Rounding hides float noise; adding 0.0 turns -0. into 0.
    print("  w =", w.detach().round(decimals=4) + 0.0)
    print(f"  b = {b.item():.4f}")


print(f"mean of y: {y.mean().item():.4f}")
print("target (100, 1):")
fit(y_col)
print("target (100,):")
fit(y)
