import torch

torch.manual_seed(0)
X = torch.randn(100, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5 + 0.1 * torch.randn(100)

# For MSE the curvature is the same everywhere: H = 2/n * A.T @ A,
# with A = [X, 1]. Plain gradient descent is stable only for
# lr < 2 / (largest eigenvalue of H).
A = torch.cat([X, torch.ones(100, 1)], dim=1)
H = 2 / 100 * A.T @ A
top = torch.linalg.eigvalsh(H).max().item()
print(f"largest eigenvalue: {top:.4f}  limit 2/eig: {2 / top:.4f}")

for lr in (0.85, 0.86):  # just below and just above the limit
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    for _ in range(300):
        loss = ((X @ w + b - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"lr={lr}: loss after 300 steps {loss.item():.4g}")
