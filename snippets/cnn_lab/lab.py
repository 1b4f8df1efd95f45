# snippet: cells timeout=180

# --8<-- [start:data]
import torch
from sklearn.datasets import load_digits
from torch import nn

torch.manual_seed(0)
digits = load_digits()
images = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
labels = torch.tensor(digits.target)
print("images:", tuple(images.shape), "labels:", tuple(labels.shape))
# --8<-- [end:data]

# --8<-- [start:split]
order = torch.randperm(len(images), generator=torch.Generator().manual_seed(0))
test_idx, train_idx = order[:360], order[360:]
x_train, y_train = images[train_idx], labels[train_idx]
x_test, y_test = images[test_idx], labels[test_idx]
print("train:", len(x_train), "test:", len(x_test))
# --8<-- [end:split]

# --8<-- [start:model]
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 2 * 2, 10),
)  # fmt: skip
print("parameters:", sum(p.numel() for p in model.parameters()))
# --8<-- [end:model]

# --8<-- [start:train]
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()


def accuracy():
    model.eval()
    with torch.no_grad():
        return (model(x_test).argmax(1) == y_test).float().mean().item()


for epoch in range(1, 9):
    model.train()
    losses = []
    for batch in torch.randperm(len(x_train)).split(64):
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    mean_loss = sum(losses) / len(losses)
    test_accuracy = accuracy()
    print(f"epoch {epoch}  loss {mean_loss:.2f}  accuracy {test_accuracy:.3f}")
# --8<-- [end:train]

# --8<-- [start:check]
final = accuracy()
print(f"final test accuracy: {final:.3f}")
assert final >= 0.95, "the lab promises at least 95% test accuracy"
# --8<-- [end:check]
