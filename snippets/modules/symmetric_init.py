import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 2)
y = (X[:, :1] * X[:, 1:]).sign()  # +1 or -1: needs hidden units


def train(fill):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    if fill is not None:  # every weight and bias set to the same number
        for p in model.parameters():
            nn.init.constant_(p, fill)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(200):
        loss = nn.functional.mse_loss(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model, loss.item()


for fill in [0.0, 0.5, None]:
    model, loss = train(fill)
    W = model[0].weight  # one row per hidden unit
    spread = (W - W[0]).abs().max().item()
    label = "default" if fill is None else f"all {fill}"
    print(f"{label}: loss {loss:.2f}")
    print("  hidden rows equal:", spread < 1e-6)
    rows = ["[" + " ".join(f"{v:+.2f}" for v in r) + "]" for r in W.tolist()]
    print("  hidden rows:", *rows)
