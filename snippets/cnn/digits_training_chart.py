# snippet: varies atol=0.02 rtol=0.02 -- 15 epochs amplify last-bit differences
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# Same data, model, seeds and loop as train_digits_cnn.py; only the
# printing differs: this file prints a Mermaid chart of the history.
torch.manual_seed(0)
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

# --8<-- [start:history]
train_loss, test_loss, test_acc = [], [], []
for _ in range(15):
    model.train()
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    model.eval()
    with torch.no_grad():
        logits = model(X[test])
        test_loss.append(loss_fn(logits, y[test]).item())
        right = (logits.argmax(dim=1) == y[test]).sum().item()
    train_loss.append(total / len(train))
    test_acc.append(right / 360)


def points(values):
    return "[" + ", ".join(f"{v:.4f}" for v in values) + "]"


print("xychart-beta")
print('  title "Train loss, test loss and test accuracy per epoch"')
print('  x-axis "epoch"', list(range(1, 16)))
print('  y-axis "loss / accuracy" 0 --> 2.5')
print('  line "train loss"', points(train_loss))
print('  line "test loss"', points(test_loss))
print('  line "test accuracy"', points(test_acc))
# --8<-- [end:history]
