import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)

# Hold out 360 images, chosen by a seeded shuffle, to test on.
torch.manual_seed(0)
perm = torch.randperm(len(X))
test, train = perm[:360], perm[360:]
print("training images:", len(train), " test images:", len(test))
loader = DataLoader(
    TensorDataset(X[train], y[train]), batch_size=64, shuffle=True
)

model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

for epoch in range(1, 6):
    model.train()
    total = 0.0
    for xb, yb in loader:  # one batch of 64 images at a time
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    model.eval()
    with torch.no_grad():  # testing needs no gradients
        guesses = model(X[test]).argmax(dim=1)
    accuracy = (guesses == y[test]).float().mean().item()
    print(
        f"epoch {epoch}: train loss {total / len(train):.2f},"
        f" test accuracy {accuracy:.2f}"
    )
