import torch

x = torch.tensor([-1.0, 0.0, 1.0])

# Same values; at the corner x = 0 each picks its own gradient.
for name, fn in [
    ("relu", torch.relu),
    ("clamp(min=0)", lambda t: t.clamp(min=0)),
]:
    t = x.clone().requires_grad_()
    y = fn(t)
    y.sum().backward()
    print(f"{name:12} values: {y.detach()}  grad: {t.grad}")
