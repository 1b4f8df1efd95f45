import torch
from torch import nn

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (600,))
X = centers[y] + torch.randn(600, 2)
X_train, y_train, X_val, y_val = X[:400], y[:400], X[400:], y[400:]

model = nn.Sequential(
    nn.Linear(2, 8), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(8, 3)
)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for _ in range(100):  # full-batch training, in train mode
    loss = nn.functional.cross_entropy(model(X_train), y_train)
    opt.zero_grad()
    loss.backward()
    opt.step()


def val_accuracy():
    with torch.no_grad():
        pred = model(X_val).argmax(dim=1)
    return round((pred == y_val).float().mean().item(), 3)


print("train mode:", [val_accuracy() for _ in range(5)])  # dropout on
model.eval()
print("eval mode: ", [val_accuracy() for _ in range(5)])  # dropout off
