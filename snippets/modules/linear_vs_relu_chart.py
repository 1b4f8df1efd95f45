import torch
from torch import nn

torch.manual_seed(0)
l1, l2 = nn.Linear(1, 16), nn.Linear(16, 1)
x = torch.linspace(-3, 3, 13).unsqueeze(1)  # 13 inputs, one feature each

with torch.no_grad():
    straight = l2(l1(x)).squeeze(1)  # no activation
    bent = l2(torch.relu(l1(x))).squeeze(1)  # ReLU between the layers


def row(t):
    return "[" + ", ".join(f"{v:.3f}" for v in t.tolist()) + "]"


print("xychart-beta")
print('  title "Two stacked Linear layers, without and with ReLU"')
print('  x-axis "x" [' + ", ".join(f"{v:g}" for v in x.squeeze(1)) + "]")
print('  y-axis "output"')
print('  line "without ReLU" ' + row(straight))
print('  line "with ReLU" ' + row(bent))
