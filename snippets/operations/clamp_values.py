import torch

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0])

# clamp(min, max) cuts values off at the bounds, elementwise.
print("clamp(-1, 1):", torch.clamp(x, min=-1.0, max=1.0))

# One bound is enough; min=0 keeps positives and zeroes the rest.
print("clamp(min=0):", x.clamp(min=0.0))
print("clamp(max=0):", x.clamp(max=0.0))

# A typical use: keep probabilities away from 0 and 1 before log.
p = torch.tensor([0.0, 0.3, 1.0])
eps = 0.01  # large here so the output stays readable
print("log(p):        ", torch.log(p))
print("clamped p:     ", p.clamp(eps, 1 - eps))
print("log(clamped p):", torch.log(p.clamp(eps, 1 - eps)))
