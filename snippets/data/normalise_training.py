import torch
from sklearn.datasets import load_wine
from torch import nn

data = load_wine()
X = torch.tensor(data.data, dtype=torch.float32)
y = torch.tensor(data.target)
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
X_train, y_train = X[perm[:124]], y[perm[:124]]
X_test, y_test = X[perm[124:]], y[perm[124:]]
mean, std = X_train.mean(dim=0), X_train.std(dim=0)


def train(X_tr, X_te, lr, steps=200):
    torch.manual_seed(0)
    model = nn.Linear(13, 3)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    previous = float("inf")
    for _ in range(steps):  # full batch: all 124 training samples
        loss = nn.functional.cross_entropy(model(X_tr), y_train)
        if loss.item() > 1.1 * previous:
            return "loss jumps up: unstable"
        previous = loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = (model(X_te).argmax(1) == y_test).float().mean().item()
    return f"loss {loss.item():5.2f}, test acc {acc:.2f}"


print("lr     | raw features              | standardised")
for lr in [0.1, 0.01, 1e-3, 1e-4, 1e-5]:
    raw = train(X_train, X_test, lr)
    z = train((X_train - mean) / std, (X_test - mean) / std, lr)
    print(f"{lr:<6g} | {raw:<25} | {z}")
