import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3),
    nn.ReLU(),
    nn.BatchNorm2d(4),
    nn.Flatten(),
    nn.Linear(4 * 6 * 6, 10),
)
for name, tensor in model.state_dict().items():
    print(f"{name:<22} {tuple(tensor.shape)}")
