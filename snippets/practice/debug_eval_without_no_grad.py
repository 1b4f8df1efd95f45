import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
model.eval()  # changes how some layers behave, does not stop autograd

out = model(x)
print("eval only:")
print("  requires_grad:", out.requires_grad)
print("  grad_fn:", type(out.grad_fn).__name__)

with torch.no_grad():
    out_ng = model(x)
print("eval + no_grad:")
print("  requires_grad:", out_ng.requires_grad)
print("  grad_fn:", out_ng.grad_fn)
print("same values:", torch.equal(out, out_ng))
