import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 17)  # steps of 0.5


def slope(fn):
    t = x.clone().requires_grad_()
    fn(t).sum().backward()  # each output depends on one input only
    return "[" + ", ".join(f"{v:.3f}" for v in t.grad.tolist()) + "]"


print("xychart-beta")
print('  title "Derivatives from autograd: ReLU, sigmoid, tanh"')
print('  x-axis "x" [' + ", ".join(f"{v:g}" for v in x.tolist()) + "]")
print('  y-axis "df/dx" 0 --> 1.1')
for name, fn in {
    "ReLU": F.relu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
}.items():
    print(f'  line "{name}" ' + slope(fn))
