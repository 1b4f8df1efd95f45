import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 2)  # 8 points in the plane
y = (X[:, 0] > 0).long()  # class 1 right of the y-axis, else class 0
model = nn.Linear(2, 2)  # one logit per class
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)

logits = model(X)  # 1. forward pass
print("logits:", tuple(logits.shape))
loss = loss_fn(logits, y)  # 2. loss: one number for the batch
print("loss:", round(loss.item(), 4))
opt.zero_grad()  # 3. clear gradients left by an earlier step
print("grad after zero_grad:", model.weight.grad)
loss.backward()  # 4. backward: fill .grad of every parameter
print("grad after backward:", tuple(model.weight.grad.shape))
before = model.weight.detach().clone()
opt.step()  # 5. update: w <- w - lr * grad
moved = before - 0.5 * model.weight.grad
print("step did w - lr*grad:", torch.allclose(model.weight, moved))
print("loss after the step:", round(loss_fn(model(X), y).item(), 4))
