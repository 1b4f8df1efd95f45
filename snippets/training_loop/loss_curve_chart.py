import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (300,))
X = centers[y] + 1.3 * torch.randn(300, 2)
g = torch.Generator().manual_seed(0)
# Few training samples and a roomy model: made to overfit.
train_ds, val_ds = random_split(TensorDataset(X, y), [48, 252], generator=g)
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True, generator=g)
X_val, y_val = val_ds[:]  # the whole validation set as one batch
model = nn.Sequential(
    nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3)
)
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=0.01)

train_curve, val_curve = [], []
for _ in range(25):
    model.train()
    total = 0.0
    for xb, yb in train_dl:
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    train_curve.append(round(total / len(train_ds), 3))
    model.eval()
    with torch.no_grad():
        val_curve.append(round(loss_fn(model(X_val), y_val).item(), 3))

print("xychart-beta")
print('  title "Cross-entropy per epoch, train vs validation"')
print('  x-axis "epoch"', list(range(1, 26)))
print('  y-axis "loss" 0 --> 1.2')
print('  line "train"', train_curve)
print('  line "validation"', val_curve)
