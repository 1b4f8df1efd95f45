import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(32 * 2 * 2, 10),
)

x = torch.rand(2, 1, 8, 8)  # a batch of two 8x8 grey images
print(f"{'input':<10} {tuple(x.shape)}")
for layer in model:
    x = layer(x)
    n = sum(p.numel() for p in layer.parameters())
    print(f"{type(layer).__name__:<10} {str(tuple(x.shape)):<15} params {n}")
print("total parameters:", sum(p.numel() for p in model.parameters()))
