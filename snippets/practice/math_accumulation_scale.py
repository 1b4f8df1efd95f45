import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 3), torch.randn(32, 1)
model = nn.Linear(3, 1)

loss = nn.functional.mse_loss(model(X), y)  # one batch of 32
(big,) = torch.autograd.grad(loss, model.weight)

for xb, yb in zip(X.chunk(4), y.chunk(4), strict=True):  # 4 batches of 8
    nn.functional.mse_loss(model(xb), yb).backward()  # no division by 4
acc = model.weight.grad
print(f"accumulated / big-batch gradient: {(acc / big).mean():.2f}")
print("equal after dividing by 4:", torch.allclose(acc / 4, big, atol=1e-6))
