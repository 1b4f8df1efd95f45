import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 17)  # steps of 0.5
curves = [F.relu(x), torch.sigmoid(x), torch.tanh(x), F.gelu(x)]


def fmt(values):
    # round(v, 3) + 0.0 prints a tiny negative as 0.000, not -0.000.
    rounded = [round(v, 3) + 0.0 for v in values.tolist()]
    return "[" + ", ".join(f"{v:.3f}" for v in rounded) + "]"


print("xychart-beta")
print('  title "ReLU, sigmoid, tanh and GELU"')
print("  x-axis [" + ", ".join(f"{v:g}" for v in x.tolist()) + "]")
print('  y-axis "f(x)" -1 --> 4')
for y in curves:
    print("  line " + fmt(y))
