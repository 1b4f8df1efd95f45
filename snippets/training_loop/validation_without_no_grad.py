import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
X_val, y_val = torch.randn(5, 2), torch.tensor([0, 1, 2, 1, 0])

model.eval()  # switches layers such as dropout; autograd still records
out = model(X_val)
print("eval only:    requires_grad", out.requires_grad)
print("eval only:    grad_fn", type(out.grad_fn).__name__)

with torch.no_grad():  # nothing is recorded inside this block
    out = model(X_val)
print("with no_grad: requires_grad", out.requires_grad)
print("with no_grad: grad_fn", out.grad_fn)

# Summing loss tensors keeps every batch's graph alive; .item() does not.
total, total_item = 0.0, 0.0
for _ in range(3):
    loss = nn.functional.cross_entropy(model(X_val), y_val)
    total = total + loss
    total_item += loss.item()
print("sum of tensors:", type(total.grad_fn).__name__)
print("sum of items:  ", type(total_item).__name__, round(total_item, 4))
