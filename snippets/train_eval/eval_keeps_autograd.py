import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
x = torch.randn(8, 2)

model.eval()  # changes layer behaviour, not gradient tracking
out = model(x)
print("eval(): requires_grad", out.requires_grad)
print("eval(): grad_fn", type(out.grad_fn).__name__)

model.train()
bn = model[1]
before = bn.running_mean.clone()
with torch.no_grad():  # stops tracking, not the BatchNorm update
    out = model(x)
print("no_grad(): requires_grad", out.requires_grad)
print("running_mean changed:", not torch.equal(before, bn.running_mean))
