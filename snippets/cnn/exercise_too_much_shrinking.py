import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(2, 1, 8, 8)

# padding=1 keeps every conv output at its input size: 8 -> 4 -> 2.
fixed = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 2 * 2, 10),
)  # fmt: skip
print("fixed model output:", tuple(fixed(x).shape))

buggy = nn.Sequential(
    nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32, 10),
)  # fmt: skip
for layer in buggy:
    x = layer(x)  # raises RuntimeError
    print(f"after {type(layer).__name__}:", tuple(x.shape))
