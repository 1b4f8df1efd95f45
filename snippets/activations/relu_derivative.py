import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
F.relu(x).sum().backward()
print("x        =", x.detach())
print("relu'(x) =", x.grad)  # 0 for x <= 0, 1 for x > 0

# ReLU has no derivative at 0, so each formula picks a value there.
for name, fn in [
    ("F.relu", F.relu),
    ("clamp(min=0)", lambda t: t.clamp(min=0)),
    ("maximum(t, 0)", lambda t: torch.maximum(t, torch.zeros_like(t))),
]:
    t = torch.tensor(0.0, requires_grad=True)
    fn(t).backward()
    print(f"{name:14} value={fn(t).item()}  grad at 0 = {t.grad.item()}")
