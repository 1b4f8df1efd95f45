import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

# Fix: change parameters under no_grad (this is what optimizers do).
with torch.no_grad():
    w.sub_(0.5)
print("after no_grad update:", w)

w.sub_(0.5)  # raises RuntimeError
