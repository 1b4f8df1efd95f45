import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

for step in range(1, 4):
    loss = loss_fn(model(X), y)  # forward pass and loss
    optimizer.zero_grad()  # drop the previous step's gradients
    loss.backward()  # fill .grad of every parameter
    optimizer.step()  # move every parameter against its gradient
    print(f"step {step}: loss before the update {loss.item():.2f}")
print("first layer's weight gradient:", tuple(model[0].weight.grad.shape))
