import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (300,))
X = centers[y] + 1.3 * torch.randn(300, 2)
g = torch.Generator().manual_seed(0)
# The overfitting setup of the loss-curve chart: 48 training samples.
train_ds, val_ds = random_split(TensorDataset(X, y), [48, 252], generator=g)
X_val, y_val = val_ds[:]
loss_fn = nn.CrossEntropyLoss()


def run(dropout=0.0, weight_decay=0.0, epochs=60):
    torch.manual_seed(1)
    model = nn.Sequential(
        nn.Linear(2, 64), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(64, 64), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(64, 3),
    )  # fmt: skip
    opt = torch.optim.AdamW(
        model.parameters(), lr=0.01, weight_decay=weight_decay
    )
    dl = DataLoader(train_ds, batch_size=16, shuffle=True,
                    generator=torch.Generator().manual_seed(2))  # fmt: skip
    val_losses, val_accs = [], []
    for _ in range(epochs):
        model.train()
        for xb, yb in dl:
            loss = loss_fn(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            logits = model(X_val)
        val_losses.append(loss_fn(logits, y_val).item())
        val_accs.append((logits.argmax(1) == y_val).float().mean().item())
    return val_losses, val_accs


print("60 epochs          best val loss (epoch)  last val loss  last acc")
for name, kwargs in [
    ("none", {}),
    ("dropout 0.5", {"dropout": 0.5}),
    ("weight decay 2.0", {"weight_decay": 2.0}),
]:
    losses, accs = run(**kwargs)
    best = min(range(len(losses)), key=losses.__getitem__)
    print(f"{name:<18} {losses[best]:8.2f} ({best + 1:>2})"
          f" {losses[-1]:14.2f} {accs[-1]:9.2f}")  # fmt: skip
