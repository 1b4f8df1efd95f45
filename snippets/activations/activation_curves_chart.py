import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 17)  # steps of 0.5
curves = {
    "ReLU": F.relu(x),
    "sigmoid": torch.sigmoid(x),
    "tanh": torch.tanh(x),
    "GELU": F.gelu(x),
}


def fmt(values):
    # round(v, 3) + 0.0 prints a tiny negative as 0.000, not -0.000.
    rounded = [round(v, 3) + 0.0 for v in values.tolist()]
    return "[" + ", ".join(f"{v:.3f}" for v in rounded) + "]"


print("xychart-beta")
print('  title "ReLU, sigmoid, tanh and GELU"')
print('  x-axis "x" [' + ", ".join(f"{v:g}" for v in x.tolist()) + "]")
print('  y-axis "f(x)" -1 --> 4')
for name, y in curves.items():
    print(f'  line "{name}" ' + fmt(y))
