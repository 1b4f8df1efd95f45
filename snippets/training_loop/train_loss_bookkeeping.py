import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

# The same data, split, model and optimizer as the loop above.
torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (600,))
X = centers[y] + torch.randn(600, 2)
g = torch.Generator().manual_seed(0)
train_ds, val_ds = random_split(TensorDataset(X, y), [480, 120], generator=g)
train_dl = DataLoader(train_ds, batch_size=32, shuffle=True, generator=g)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X_train, y_train = X[train_ds.indices], y[train_ds.indices]
X_val, y_val = X[val_ds.indices], y[val_ds.indices]

for epoch in range(1, 9):
    running = 0.0
    for xb, yb in train_dl:
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        running += loss.item() * len(xb)
    with torch.no_grad():  # all 480 training points, end-of-epoch weights
        end = loss_fn(model(X_train), y_train).item()
        val = loss_fn(model(X_val), y_val).item()
    print(
        f"epoch {epoch}: train loss {running / len(train_ds):.4f}",
        f"| at epoch end {end:.4f} | val loss {val:.4f}",
    )
