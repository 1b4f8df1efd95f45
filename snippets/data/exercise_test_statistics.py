import torch
from sklearn.datasets import load_wine
from torch import nn

data = load_wine()
X = torch.tensor(data.data, dtype=torch.float32)
y = torch.tensor(data.target)
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
X_train, y_train = X[perm[:124]], y[perm[:124]]
X_test, y_test = X[perm[124:]], y[perm[124:]]
mean, std = X_train.mean(dim=0), X_train.std(dim=0)

torch.manual_seed(0)
model = nn.Linear(13, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(200):
    loss = nn.functional.cross_entropy(model((X_train - mean) / std), y_train)
    opt.zero_grad()
    loss.backward()
    opt.step()


def accuracy(Z, labels):
    with torch.no_grad():
        return (model(Z).argmax(1) == labels).float().mean().item()


one_class = y_test == 0  # a test batch holding only class 0
batch, labels = X_test[one_class], y_test[one_class]
print("class-0 batch size:", len(batch))
print(f"train stats: acc {accuracy((batch - mean) / std, labels):.2f}")
own = (batch - batch.mean(0)) / batch.std(0)
print(f"own stats:   acc {accuracy(own, labels):.2f}")
