# snippet: varies atol=0.02 rtol=0.02 -- 15 epochs amplify last-bit differences
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)  # fixes the initial weights and the batch order
digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
test, train = perm[:360], perm[360:]
train_set = TensorDataset(X[train], y[train])
loader = DataLoader(train_set, batch_size=64, shuffle=True)

model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 2 * 2, 10),
)  # fmt: skip
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
loss_fn = nn.CrossEntropyLoss()

print("epoch  train loss  test loss  test accuracy")
for epoch in range(1, 16):
    model.train()
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)  # the batch's summed loss
    model.eval()
    with torch.no_grad():
        logits = model(X[test])
        test_loss = loss_fn(logits, y[test]).item()
        right = (logits.argmax(dim=1) == y[test]).sum().item()
    print(f"{epoch:>5} {total / len(train):>11.4f} {test_loss:>10.4f}", end="")
    print(f"  {right}/360 = {right / 360:.4f}")
