import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(16, 3), torch.randint(0, 2, (16,))


def make_model():
    return nn.Sequential(nn.Linear(3, 32), nn.ReLU(), nn.Linear(32, 2))


def fit(model, opt, steps=200):
    losses = []
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return f"loss {losses[0]:.2f} -> {losses[-1]:.2f}"


model = make_model()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
model = make_model()  # the bug: a new model, not the one opt updates
print("optimizer of an old model:", fit(model, opt))
print("grad of the new model:", model[0].weight.grad is not None)

model = make_model()
opt = torch.optim.Adam(model.parameters(), lr=0.01)  # built from this one
print("optimizer of this model:", fit(model, opt))
