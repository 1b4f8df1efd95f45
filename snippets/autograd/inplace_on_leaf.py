import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * w).sum().backward()

# Updating a weight in place is fine when autograd is told to look away.
with torch.no_grad():
    w -= 0.1 * w.grad
print("w after update:", w)
print("still a leaf:", w.is_leaf)

# Outside no_grad, the same kind of in-place change to the leaf is refused.
w.add_(1.0)  # raises RuntimeError
