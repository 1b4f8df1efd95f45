import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (600,))
X = centers[y] + torch.randn(600, 2)  # three overlapping blobs
g = torch.Generator().manual_seed(0)
train_ds, val_ds = random_split(TensorDataset(X, y), [480, 120], generator=g)
train_dl = DataLoader(train_ds, batch_size=32, shuffle=True, generator=g)
val_dl = DataLoader(val_ds, batch_size=60)

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(1, 9):
    model.train()
    train_loss = 0.0
    for xb, yb in train_dl:
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        train_loss += loss.item() * len(xb)  # batch mean -> batch sum
    model.eval()
    val_loss, correct = 0.0, 0
    with torch.no_grad():
        for xb, yb in val_dl:
            logits = model(xb)
            val_loss += loss_fn(logits, yb).item() * len(xb)
            correct += (logits.argmax(dim=1) == yb).sum().item()
    print(
        f"epoch {epoch}: train loss {train_loss / len(train_ds):.4f}",
        f"| val loss {val_loss / len(val_ds):.4f}",
        f"| val acc {correct / len(val_ds):.3f}",
    )
