import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (300,))
X = centers[y] + 1.3 * torch.randn(300, 2)
g = torch.Generator().manual_seed(0)
train_ds, val_ds = random_split(TensorDataset(X, y), [48, 252], generator=g)
X_val, y_val = val_ds[:]
loss_fn = nn.CrossEntropyLoss()
torch.manual_seed(1)
model = nn.Sequential(
    nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
)
opt = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.0)
dl = DataLoader(
    train_ds, batch_size=16, shuffle=True,
    generator=torch.Generator().manual_seed(2),
)  # fmt: skip


def validate():
    model.eval()
    with torch.no_grad():
        logits = model(X_val)
    acc = (logits.argmax(1) == y_val).float().mean().item()
    return loss_fn(logits, y_val).item(), acc


# --8<-- [start:loop]
patience = 5  # epochs without a new best before stopping
best_loss, best_state, bad_epochs = float("inf"), None, 0
for epoch in range(1, 61):
    model.train()
    for xb, yb in dl:
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    val_loss, val_acc = validate()
    if val_loss < best_loss:
        best_loss, best_epoch, bad_epochs = val_loss, epoch, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        bad_epochs += 1
        if bad_epochs == patience:
            break
print("stopped after epoch:", epoch)
print(f"at that epoch: val loss {val_loss:.2f}, val acc {val_acc:.2f}")
model.load_state_dict(best_state)  # back to the best epoch's weights
val_loss, val_acc = validate()
print(
    f"restored epoch {best_epoch}: val loss {val_loss:.2f}, acc {val_acc:.2f}"
)
# --8<-- [end:loop]
