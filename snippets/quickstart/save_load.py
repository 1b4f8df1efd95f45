import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)
torch.manual_seed(0)
perm = torch.randperm(len(X))
test, train = perm[:360], perm[360:]
loader = DataLoader(
    TensorDataset(X[train], y[train]), batch_size=64, shuffle=True
)


def build():
    return nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))


def accuracy(model):
    model.eval()
    with torch.no_grad():
        guesses = model(X[test]).argmax(dim=1)
    return (guesses == y[test]).float().mean().item()


model = build()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(5):  # the training of step 5, without the printing
    model.train()
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

# --8<-- [start:save]
print(f"trained model: test accuracy {accuracy(model):.2f}")
torch.save(model.state_dict(), "digits_mlp.pt")  # the weights, by name

fresh = build()  # the same layers, with new random weights
print(f"fresh model:   test accuracy {accuracy(fresh):.2f}")
state = torch.load("digits_mlp.pt", weights_only=True)
print("saved tensors:", list(state))
fresh.load_state_dict(state)
print(f"loaded model:  test accuracy {accuracy(fresh):.2f}")

fresh.eval()
with torch.no_grad():
    guess = fresh(X[test[:1]]).argmax(dim=1).item()
print("first test image: guess", guess, "label", y[test[0]].item())
# --8<-- [end:save]
