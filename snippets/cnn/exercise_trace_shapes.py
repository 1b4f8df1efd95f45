import torch
from torch import nn

torch.manual_seed(0)
layers = [
    nn.Conv2d(3, 8, kernel_size=5),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3, stride=2, padding=1),
    nn.MaxPool2d(2),
    nn.Flatten(),
]
x = torch.rand(16, 3, 32, 32)
print("input:", tuple(x.shape))
for layer in layers:
    x = layer(x)
    print(f"after {type(layer).__name__}:", tuple(x.shape))
print("Linear needs in_features =", x.shape[1])
