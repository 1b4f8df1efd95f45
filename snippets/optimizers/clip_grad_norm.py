import torch
from torch.nn.utils import clip_grad_norm_

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
w.grad = torch.tensor([3.0, 0.0])  # gradients set by hand, easy to check
b.grad = torch.tensor([4.0])


def total_norm(params):
    # the norm of all gradients together, as if they were one long vector
    return torch.cat([p.grad.flatten() for p in params]).norm().item()


before = clip_grad_norm_([w, b], max_norm=1.0)
print("returned:", before)  # the norm before clipping
print("w.grad:", w.grad, "| b.grad:", b.grad)
print("norm after:", round(total_norm([w, b]), 4))

# Below max_norm the gradients are left as they are.
returned = clip_grad_norm_([w, b], max_norm=10.0)
print("returned:", round(returned.item(), 4), "| w.grad:", w.grad)
