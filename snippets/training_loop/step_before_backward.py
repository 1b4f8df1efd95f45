import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 2)
y = (X[:, 0] > 0).long()
model = nn.Linear(2, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.5)

print("grads before backward:", [p.grad for p in model.parameters()])
w_before = model.weight.detach().clone()
opt.step()  # no gradients yet: every parameter is skipped
print("weight unchanged:", torch.equal(model.weight, w_before))

# The same mistake inside a loop: the model never learns.
losses = []
for _ in range(5):
    loss = nn.functional.cross_entropy(model(X), y)
    opt.zero_grad()
    opt.step()  # too early: .grad is None here
    loss.backward()  # these gradients are cleared before any step uses them
    losses.append(round(loss.item(), 4))
print("losses:", losses)
