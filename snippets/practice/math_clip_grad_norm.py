import torch
from torch.nn.utils import clip_grad_norm_

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
w.grad = torch.tensor([6.0, 0.0])
b.grad = torch.tensor([8.0])

returned = clip_grad_norm_([w, b], max_norm=5.0)
print("returned:", returned)
print("w.grad:", w.grad)
print("b.grad:", b.grad)

# For comparison: each parameter clipped on its own
w.grad = torch.tensor([6.0, 0.0])
b.grad = torch.tensor([8.0])
for p in (w, b):
    clip_grad_norm_([p], max_norm=5.0)
print("one by one:", w.grad, b.grad)
