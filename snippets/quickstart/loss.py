import math

import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))

loss_fn = nn.CrossEntropyLoss()  # takes raw scores and integer labels
loss = loss_fn(model(X), y)
print(f"loss of the untrained model: {loss.item():.2f}")
print("a 0-d tensor:", tuple(loss.shape), loss.dtype)

same = torch.zeros(len(y), 10)  # the same score for all 10 digits
print(f"loss of equal scores: {loss_fn(same, y).item():.2f}")
print(f"ln(10):               {math.log(10):.2f}")
