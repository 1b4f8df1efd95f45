import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(16, 3)  # one small batch
y = X[:, 0] - 2 * X[:, 1] * X[:, 2] + 0.1 * torch.randn(16)  # shape (16,)
print(
    "y:", tuple(y.shape), "variance of y:", round(y.var(correction=0).item(), 2)
)


def fit(target, clear_grads=True, steps=300):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(3, 64), nn.ReLU(), nn.Linear(64, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    first = None
    for _ in range(steps):
        pred = model(X)  # shape (16, 1)
        loss = ((pred - target) ** 2).mean()
        if clear_grads:
            opt.zero_grad()
        loss.backward()
        opt.step()
        first = loss.item() if first is None else first
    return first, loss.item()


first, last = fit(y.unsqueeze(1))
print(f"correct, y as (16, 1): loss {first:.2f} -> {last:.3f}")
first, last = fit(y.unsqueeze(1), clear_grads=False)
print(f"no zero_grad():        loss {first:.2f} -> {last:.0f}")
first, last = fit(y)
print(f"y left as (16,):       loss {first:.2f} -> {last:.3f}")
print("(16, 1) - (16,) gives:", tuple((torch.zeros(16, 1) - y).shape))
